"""Statements and their speakers: phrasing families, in words of their own."""

from datetime import datetime

import pytest

from claims.text import ClaimKind, extract
from claims.text.entities import EntityIndex

PUB = datetime.fromisoformat("2021-06-10T12:00:00+03:00")


def statements(text, language="en", **kw):
    out = extract(text, language=language, published_at=PUB, **kw)
    for f in out.frames:
        assert text[f.start : f.end] == f.text
    return [f for f in out.frames if f.kind == ClaimKind.STATEMENT]


def test_a_call_table_does_not_leak_aliases_into_the_shipped_index():
    # One call's table gives Putin a titled alias; the shipped index, which
    # every later call extends, must not keep it.
    base = EntityIndex.default()
    before = list(base.get("Vladimir Putin").aliases)
    extra = [{"name": "Vladimir Putin", "kind": "person", "aliases": ["the Russian leader Putin"]}]
    grown = base.extended(extra)
    assert "the Russian leader Putin" in grown.get("Vladimir Putin").aliases
    assert base.get("Vladimir Putin").aliases == before


def test_praise_with_as_is_an_act_but_a_description_is_said():
    assert statements("Erdogan hailed the vote as a triumph for the nation.") == []
    (st,) = statements("Erdogan described the vote as a triumph for the nation.")
    assert st.text == "the vote as a triumph for the nation"
    # Praise in quotation marks still gives the words in the marks.
    (st,) = statements('Erdogan hailed the vote as "a triumph for the whole nation".')
    assert "a triumph for the whole nation" in st.text


def test_a_participle_that_adds_a_thing_reports_no_words():
    text = "Freighters now sail around South Africa, adding about nine days to each voyage."
    assert statements(text) == []
    sts = statements("Putin said the bridge was safe, adding that repairs would end soon.")
    assert [s.text for s in sts] == ["the bridge was safe", "repairs would end soon"]


def test_a_fronted_circumstance_of_speech_is_not_what_was_said():
    text = "Speaking in Vienna, Sergei Lavrov declared the talks over."
    assert statements(text) == []
    (st,) = statements("The talks are over, Sergei Lavrov said.")
    assert st.text == "The talks are over"


def test_that_after_a_quoted_label_completes_the_label():
    text = 'Lavrov called the accord "a real turning point" that the region had long awaited.'
    (st,) = statements(text)
    assert st.text == "a real turning point"


def test_arabic_reply_with_bianna_and_saying_no_more_than():
    (st,) = statements("وردّ بوتين بأن موسكو لن تسحب قواتها من الحدود.", language="ar")
    assert st.speaker == "Vladimir Putin" and st.negated
    reply_by_arms = "وردّت القوات التركية بقصف مواقع قرب الحدود بعد أن سقطت قذائف."
    assert statements(reply_by_arms, language="ar") == []
    (st,) = statements(
        "ورفض لافروف التعليق على التقارير، واكتفى بالقول إن المحادثات ستستمر.", language="ar"
    )
    assert st.speaker == "Sergei Lavrov" and st.text == "المحادثات ستستمر"


def test_a_clause_cut_off_by_a_quotation_after_its_relative_pronoun_is_no_claim():
    # The quotation inside the clause is the claim; the half before it is not.
    text = (
        "وأكد وزير الخارجية الروسي سيرغي لافروف أن التقرير الذي نشرته اللجنة "
        "«لا يستند إلى أي دليل»."
    )
    got = [s.text for s in statements(text, "ar")]
    assert not [s for s in got if s.endswith("الذي")], got


def test_a_contrast_hands_the_sentence_to_a_titled_speaker():
    # The first clause is the ministry's; after "غير أن" the titled speaker
    # (named earlier) says the second, and the ministry says neither of
    # Lavrov's words.
    text = (
        "وقال لافروف إن موسكو مستعدة للحوار. وكانت الوزارة قد ذكرت أن الوفد سيصل صباحاً، "
        "غير أن وزير الخارجية الروسي عاد ليقول إن الزيارة أُرجئت."
    )
    got = {s.text: s.speaker for s in statements(text, "ar")}
    assert got.get("الزيارة أُرجئت") == "Sergei Lavrov", got
    # An unknown body before its verb is not the last speaker going on.
    assert "الوفد سيصل صباحاً" not in got, got


def test_a_time_adverb_between_the_verb_and_its_clause():
    text = (
        "وقال لافروف إن موسكو مستعدة للحوار. ثم التقى الوفدان في المساء. "
        "وزير الخارجية الروسي قال لاحقاً إن الجولة المقبلة ستعقد في جنيف."
    )
    got = {s.text: s.speaker for s in statements(text, "ar")}
    assert got.get("الجولة المقبلة ستعقد في جنيف") == "Sergei Lavrov", got


def test_told_reporters_without_that_reports_the_clause():
    got = statements("Mayor Ana Ruiz told reporters the bridge would reopen on Monday.")
    assert [(s.text, s.speaker) for s in got] == [("the bridge would reopen on Monday", "Ana Ruiz")]


def test_an_unnamed_source_set_off_by_commas_reports_no_words_after_it():
    text = (
        "Vladimir Putin and Recep Tayyip Erdogan met in Moscow. The two presidents talked "
        "alone for an hour, a Turkish official said, before their delegations joined them."
    )
    said = [f.text for f in extract(text, language="en").frames if f.kind is ClaimKind.STATEMENT]
    assert not [s for s in said if "delegations joined" in s]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two leaders said the border would reopen on Monday.", "en"),
        ("The foreign ministers said the border would reopen on Monday.", "en"),
        ("وأكد الوزيران أن المعبر سيفتح يوم الاثنين.", "ar"),
    ],
)
def test_several_people_as_the_subject_are_no_one_speaker(text, language):
    said = [f for f in extract(text, language=language).frames if f.kind is ClaimKind.STATEMENT]
    assert not [f for f in said if f.speaker]


@pytest.mark.parametrize(
    ("year", "speaker"),
    [(2016, "Barack Obama"), (2019, "Donald Trump"), (2022, "Joe Biden"), (2025, "Donald Trump")],
)
def test_a_title_is_resolved_to_whoever_held_it_when_the_report_was_published(year, speaker):
    text = "The American president told reporters the sanctions would stay."
    out = extract(text, language="en", published_at=datetime(year, 6, 1))
    (st,) = [f for f in out.frames if f.kind is ClaimKind.STATEMENT]
    assert st.speaker == speaker


def test_a_role_term_must_be_dated_in_iso_form():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        EntityIndex([{"name": "Ana Ruiz", "kind": "person", "roles": ["mayor:ES@June 2019/"]}])
    idx = EntityIndex([{"name": "Ana Ruiz", "kind": "person", "roles": ["mayor:ES@2019-06-15/"]}])
    (ruiz,) = idx.entities.values()
    assert ruiz.as_dict()["roles"] == ["mayor:ES@2019-06-15/"]
    assert [e.name for e in idx.by_role("mayor:ES", on=datetime(2020, 1, 1).date())] == ["Ana Ruiz"]
    assert idx.by_role("mayor:ES", on=datetime(2018, 1, 1).date()) == []
