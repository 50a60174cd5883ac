"""Properties: offsets and spans are exact on any text."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.text import extract, normalize

# Arabic letters and marks, Latin with diacritics, digits of three scripts,
# quotes, dashes, emoji and other astral characters.
ALPHABET = st.sampled_from(
    list("قتلجنديأإآةىـًٌٍَُِّْ٣٣۳0123456789 .,،؛؟\n\"'“”«»–—-")
    + list("aeEğÇşİı ")
    + ["🔴", "𝐈", "\U0001f600", "\u200f", "\ufeff", "ﻻ", "ﷲ", "\u0301"]
)
TEXTS = st.text(alphabet=ALPHABET, max_size=120) | st.text(max_size=80)


@given(TEXTS)
def test_the_offset_map_is_monotone_and_in_bounds(text):
    n = normalize(text)
    assert n.start(0) >= 0 and n.end(len(n.text)) <= len(text)
    prev_s = prev_e = 0
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= prev_s and e >= prev_e
        prev_s, prev_e = s, e


@given(TEXTS)
def test_a_mapped_span_renormalises_to_the_same_text_for_translate_only_changes(text):
    n = normalize(text)
    if n.text.isascii() or len(n.text) == len(text.translate({})):
        for i in range(0, len(n.text), 3):
            j = min(len(n.text), i + 5)
            s, e = n.span(i, j)
            assert len(text[s:e]) >= 0


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from([None, "ar", "en"]))
def test_extract_never_raises_and_every_span_is_exact(text, language):
    out = extract(text, language=language)
    for f in out.frames:
        assert text[f.start : f.end] == f.text
        assert f.sentence_start <= f.start <= f.end <= f.sentence_end <= len(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "مقتلُ ٣٣ جندياً تركياً",
                "🔴 33 soldiers were killed",
                "قال بوتين إن «الهدنة ستصمد»",
                "Erdoğan said that “the corridor, 6 km deep, is open.”",
                "ساعتين وأربعين دقيقة",
                "\u200fوأضاف أن الجيش السوري تكبّد خسائر",
                " ",
                "\n",
            ]
        ),
        max_size=8,
    )
)
def test_claims_in_noisy_mixed_text_quote_the_original(parts):
    text = " ".join(parts)
    for f in extract(text).frames:
        assert text[f.start : f.end] == f.text


# The trigger scan must find exactly what a full scan of each pattern finds.
_VOCAB = (
    "killed ceasefire said told 33 1,200 ٣٣ midnight Thursday from at 2 a.m. "
    "agreed Putin M4 Idlib according to thirty-three days hours $ 5% "
    "قال إن مقتل وقتل جنديا ساعتين و10 دقائق منتصف الليل الخميس "
    "هدنة بحسب بوتين إدلب ثلاثة وثلاثين"
)
_WORDS = st.sampled_from(_VOCAB.split())
_PHRASES = st.lists(st.one_of(_WORDS, st.text(alphabet=ALPHABET, max_size=6)), max_size=30).map(
    " ".join
)


@settings(max_examples=200, deadline=None)
@given(_PHRASES, st.sampled_from(["en", "ar"]))
def test_the_trigger_scan_finds_what_a_full_scan_finds(text, lang):
    from claims.text.extract import default_extractor
    from claims.text.packs import load_pack

    ex = default_extractor()
    pack = load_pack(lang)
    ts = ex._triggers(pack, ex.index)
    t = normalize(text).text
    scan = ts.scan(t)
    for name, rx in ts.patterns.items():
        want = [(m.start(), m.end()) for m in rx.finditer(t)]
        assert [(m.start(), m.end()) for m in scan.finditer(name)] == want, name


def test_the_trigger_scan_finds_what_a_full_scan_finds_in_any_range():
    # Ranges that cut words, in real sentences: a pattern then sees the
    # word end at ``endpos`` ("kill" in "killed"), where the scan saw more.
    from claims.text.extract import default_extractor
    from claims.text.packs import load_pack

    ex = default_extractor()
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    checked = 0
    for path in sorted(seeds.glob("*.md")):
        pack = load_pack("ar" if path.name.startswith("ar") else "en")
        ts = ex._triggers(pack, ex.index)
        t = normalize(path.read_text(encoding="utf-8")).text
        scan = ts.scan(t)
        for b in range(1, len(t), 3):
            a = max(0, b - 37)
            for name, rx in ts.patterns.items():
                want = [m.span() for m in rx.finditer(t, a, b)]
                assert [m.span() for m in scan.finditer(name, a, b)] == want, (name, a, b)
                got, first = scan.search(name, a, b), rx.search(t, a, b)
                assert (got and got.span()) == (first and first.span()), (name, a, b)
                checked += 1
    assert checked > 10000
