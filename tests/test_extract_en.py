"""English extraction, one phrasing family per test."""

from datetime import datetime

import pytest

from claims.text import ClaimKind, Qualifier, extract

PUB = datetime.fromisoformat("2020-03-05T21:30:00+03:00")


def frames(text, kind=None, **kw):
    out = extract(text, language="en", published_at=PUB, **kw)
    for f in out.frames:
        assert text[f.start : f.end] == f.text
    return [f for f in out.frames if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate"),
    [
        ("33 Turkish soldiers were killed in the strike.", 33, "soldier", "killed"),
        ("An air strike killed 33 Turkish soldiers.", 33, "soldier", "killed"),
        ("The deal came after the deaths of 33 Turkish soldiers.", 33, "soldier", "killed"),
        ("Thirty-three Turkish soldiers were killed.", 33, "soldier", "killed"),
        ("The attack left 12 people dead.", 12, "person", "killed"),
        ("Two civilians lost their lives.", 2, "civilian", "killed"),
        ("The blast claimed the lives of 14 civilians.", 14, "civilian", "killed"),
        ("The death toll rose to 34.", 34, "person", "killed"),
        ("Two more Turkish soldiers died on Tuesday.", 2, "soldier", "killed"),
        ("Five soldiers were wounded.", 5, "soldier", "wounded"),
        ("The fighting has displaced nearly a million people.", 1_000_000, "person", "displaced"),
    ],
)
def test_casualty_phrasings(text, value, unit, predicate):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert (f.value, f.unit, f.predicate) == (value, unit, predicate)


def test_the_side_is_a_code_and_the_normalised_form_is_language_free():
    (f,) = frames("33 Turkish soldiers were killed in Idlib on 27 February.", ClaimKind.CASUALTY)
    assert f.subject == "TR"
    assert f.normalized == "CASUALTY killed soldier[TR] = 33 @Idlib 2020-02-27"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("At least 34 soldiers were killed.", Qualifier.AT_LEAST),
        ("More than 34 soldiers were killed.", Qualifier.AT_LEAST),
        ("Nearly 60 soldiers have died.", Qualifier.APPROXIMATE),
        ("About 60 soldiers have died.", Qualifier.APPROXIMATE),
        ("Up to 60 soldiers have died.", Qualifier.AT_MOST),
        ("60 soldiers have died.", Qualifier.EXACT),
    ],
)
def test_qualifiers(text, qualifier):
    (f,) = frames(text, ClaimKind.CASUALTY)
    assert f.value_qualifier == qualifier


def test_two_counts_in_one_clause_keep_their_own_predicates():
    fs = frames("The strike killed 33 soldiers and wounded 20 others.", ClaimKind.CASUALTY)
    assert [(f.value, f.predicate) for f in fs] == [(33, "killed"), (20, "wounded")]


def test_running_totals_are_cumulative():
    (f,) = frames("Close to 60 soldiers have died since the start of February.", ClaimKind.CASUALTY)
    assert f.scope == "cumulative"


def test_quantities_with_units_and_counted_nouns():
    fs = frames(
        "Turkey keeps 12 observation posts and sent more than 7,000 troops; the "
        "corridor is 6 km deep.",
        ClaimKind.QUANTITY,
    )
    assert [(f.value, f.unit, f.value_qualifier) for f in fs] == [
        (12, "observation post", Qualifier.EXACT),
        (7000, "troop", Qualifier.AT_LEAST),
        (6, "km", Qualifier.EXACT),
    ]


def test_dates_and_clock_times_are_not_quantities():
    assert frames("On 27 February at 00:01 in 2020 they met.", ClaimKind.QUANTITY) == []


@pytest.mark.parametrize(
    ("text", "seconds", "subject", "qualifier"),
    [
        (
            "They met one-on-one for 3 hours and 10 minutes.",
            11400,
            "meeting:one_on_one",
            Qualifier.EXACT,
        ),
        ("The talks lasted 5 hours 40 minutes in all.", 20400, "talks:total", Qualifier.EXACT),
        ("The talks lasted more than six hours.", 21600, "talks:total", Qualifier.AT_LEAST),
        ("after nearly three hours of talks", 10800, "talks:total", Qualifier.APPROXIMATE),
        ("The meeting lasted an hour and a half.", 5400, "event", Qualifier.EXACT),
    ],
)
def test_durations(text, seconds, subject, qualifier):
    (f,) = frames(text, ClaimKind.DURATION)
    assert (f.value, f.unit, f.subject, f.value_qualifier) == (seconds, "s", subject, qualifier)


def test_offsets_are_not_durations():
    assert frames("Three hours after the talks, shelling resumed.", ClaimKind.DURATION) == []


def test_ceasefire_from_midnight_published_in_the_evening_is_midnight_next_day():
    (f,) = frames("A ceasefire will take effect from midnight.", ClaimKind.EVENT)
    assert f.time == datetime.fromisoformat("2020-03-06T00:00:00+03:00")
    assert (f.time_text, f.time_precision) == ("midnight", "midnight")
    assert f.normalized == "EVENT ceasefire @2020-03-06T00:00+03:00"


def test_dawn_keeps_its_own_precision():
    (f,) = frames("A truce will take hold at dawn on Friday.", ClaimKind.EVENT)
    assert f.time == datetime.fromisoformat("2020-03-06T05:00:00+03:00")
    assert f.time_precision == "dawn"


def test_clock_time_and_weekday():
    (f,) = frames("The ceasefire will come into force at 00:01 on Friday.", ClaimKind.EVENT)
    assert f.time == datetime.fromisoformat("2020-03-06T00:01:00+03:00")


def test_a_full_date_with_weekday():
    (f,) = frames("Putin and Erdogan met on Thursday 5 March 2020.", ClaimKind.EVENT)
    assert f.predicate == "meeting"
    assert f.time.date().isoformat() == "2020-03-05"


def test_nouns_that_only_name_an_event_are_not_claims():
    assert frames("The talks were difficult, and the summit was long.", ClaimKind.EVENT) == []


def test_reported_speech_with_that_and_negation():
    (f,) = frames(
        "Putin said that the Syrian army did not know where the troops were.", ClaimKind.STATEMENT
    )
    assert f.speaker == "Vladimir Putin"
    assert f.text == "the Syrian army did not know where the troops were"
    assert f.negated


def test_quotes_spanning_a_comma_and_pronoun_speakers():
    text = 'Erdogan spoke first. "Our relations, frankly, are at a peak," he told reporters.'
    (f,) = frames(text, ClaimKind.STATEMENT)
    assert f.text == "Our relations, frankly, are at a peak"
    assert f.speaker == "Recep Tayyip Erdogan"


def test_titles_resolve_to_the_person_the_document_names():
    text = (
        "Recep Tayyip Erdogan flew to Moscow. The Turkish president said the strike was a "
        "crime. His Russian counterpart said the army did not know."
    )
    fs = frames(text, ClaimKind.STATEMENT)
    assert [f.speaker for f in fs] == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_inverted_attribution():
    (f,) = frames(
        "The fighting has displaced a million people, the U.N. says.", ClaimKind.STATEMENT
    )
    assert (f.text, f.speaker) == ("The fighting has displaced a million people", "United Nations")


def test_one_speaker_two_clauses():
    fs = frames(
        "Erdogan said the government was to blame and that relations were at a peak.",
        ClaimKind.STATEMENT,
    )
    assert [f.text for f in fs] == ["the government was to blame", "relations were at a peak"]


def test_new_speakers_are_learned_and_returned():
    out = extract("Jane Doe said the convoy had arrived.", language="en")
    (f,) = out.frames
    assert f.speaker == "Jane Doe"
    assert out.entities["Jane Doe"]["new"] is True


def test_extra_entity_data_is_used():
    out = extract(
        "Ahmet Yilmaz said the corridor was open.",
        language="en",
        entities=[{"name": "Ahmet Yılmaz", "kind": "person", "aliases": ["Yilmaz"]}],
    )
    assert out.frames[0].speaker == "Ahmet Yılmaz"


def test_numeric_claims_inside_reported_speech_carry_the_speaker():
    (f,) = frames("Lavrov said the corridor would run 6 km on each side.", ClaimKind.QUANTITY)
    assert f.speaker == "Sergei Lavrov"


def test_every_frame_names_its_extractor_and_sentence():
    text = "Headline\n33 soldiers were killed. Putin said it was a tragedy."
    for f in frames(text):
        assert f.extractor == "claims-rules/1.0"
        assert f.sentence_start <= f.start < f.end <= f.sentence_end


@pytest.mark.parametrize(
    "text",
    [
        "According to the Syrian Observatory, 12 civilians were killed in Ariha.",
        "12 civilians were killed in Ariha, according to the Syrian Observatory.",
    ],
)
def test_according_to_attributes_the_clause_and_its_counts(text):
    fs = frames(text)
    assert {f.kind for f in fs} == {ClaimKind.CASUALTY, ClaimKind.STATEMENT}
    assert {f.speaker for f in fs} == {"Syrian Observatory for Human Rights"}
