"""Sentences: line breaks, abbreviations, Arabic punctuation and quotations."""

from claims.text.normalize import fold
from claims.text.packs import load_pack


def sentences(text: str, lang: str) -> list[str]:
    t = fold(text)
    return [t[s:e] for s, e in load_pack(lang).segmenter.spans(t)]


def test_headlines_without_a_full_stop_end_at_the_line_break():
    assert sentences("Erdogan and Putin meet in Moscow\nThe talks began.", "en") == [
        "Erdogan and Putin meet in Moscow",
        "The talks began.",
    ]


def test_english_abbreviations_do_not_end_sentences():
    text = "Mr. Putin met Gen. Akar. The U.N. says a million fled."
    assert sentences(text, "en") == ["Mr. Putin met Gen. Akar.", "The U.N. says a million fled."]


def test_arabic_commas_and_semicolons_do_not_split_but_question_marks_do():
    text = "قال بوتين، من جهته، إن الهدنة ستصمد؛ وأضاف أنها مهمة. هل تصمد؟ نعم"
    assert sentences(text, "ar") == [
        fold("قال بوتين، من جهته، إن الهدنة ستصمد؛ وأضاف أنها مهمة."),
        "هل تصمد؟",
        "نعم",
    ]


def test_a_quotation_with_full_stops_stays_one_sentence_with_its_attribution():
    text = '"We agreed. It will hold," Erdogan said. Then he left.'
    assert sentences(text, "en") == ['"We agreed. It will hold," Erdogan said.', "Then he left."]


def test_a_stop_that_closes_a_quotation_ends_the_sentence():
    text = 'He replied: "Relations are at their peak." He says more.'
    assert sentences(text, "en") == ['He replied: "Relations are at their peak."', "He says more."]


def test_hard_wrapped_lines_that_go_on_in_lower_case_stay_one_sentence():
    text = "Officials said 33 Turkish\nsoldiers were killed.\nHeadline"
    assert sentences(text, "en") == ["Officials said 33 Turkish\nsoldiers were killed.", "Headline"]
