"""Normalisation folds what matching should not see and maps every position back."""

from claims.text.normalize import fold, fold_key, normalize


def test_arabic_diacritics_and_tatweel_are_dropped():
    assert fold("قُتِلَ") == "قتل"
    assert fold("جنديـــا") == "جنديا"


def test_alef_hamza_ta_marbuta_and_alef_maqsura_fold():
    assert fold("أإآٱ") == "اااا"
    assert fold("مدينة") == "مدينه"
    assert fold("مستوى") == "مستوي"


def test_every_digit_form_becomes_ascii():
    assert fold("٣٣") == "33"  # Arabic-Indic
    assert fold("۳۳") == "33"  # Persian
    assert fold("٣٫٥") == "3.5"  # Arabic decimal separator
    assert fold("١٬٢٠٠") == "1,200"  # Arabic thousands separator


def test_quote_and_dash_variants_unify():
    assert fold("“a” «b» ‘c’ – — −") == '"a" "b" \'c\' - - -'


def test_latin_diacritics_fold_for_names():
    assert fold("Erdoğan Çavuşoğlu") == "Erdogan Cavusoglu"
    assert fold_key("ارد وغان") == fold_key("أردوغان")


def test_spans_map_back_to_the_original_with_diacritics():
    original = "مقتلُ ٣٣ جندياً تركياً"
    n = normalize(original)
    i = n.text.index("جنديا")
    s, e = n.span(i, i + len("جنديا"))
    # The mapped span keeps the tanween that belongs to the last letter.
    assert original[s:e] == "جندياً"


def test_spans_count_code_points_with_emoji_and_astral_characters():
    original = "🔴 LIVE: 𝐈dlib ceasefire"
    n = normalize(original)
    i = n.text.index("ceasefire")
    s, e = n.span(i, i + 9)
    assert original[s:e] == "ceasefire"


def test_presentation_forms_take_the_slow_path_and_still_map_exactly():
    original = "ﻻ شيء ﷲ"
    n = normalize(original)
    assert n.text.startswith("لا")
    s, e = n.span(0, 2)
    assert original[s:e] == "ﻻ"


def test_unchanged_text_uses_the_identity_map():
    n = normalize("plain ascii text")
    assert n.starts is None and n.span(6, 11) == (6, 11)
