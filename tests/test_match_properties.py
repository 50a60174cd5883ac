"""Properties of compare() and blocking_keys() over many generated frames.

The frames draw from small vocabularies (a few predicates, values, dates,
places, quotes) so that generated pairs often share a subject and every
branch of compare() is reached: agreement, contradiction, rounding, skips.
"""

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.match import Relation, blocking_keys, compare, lookup_keys
from claims.text.frames import ClaimKind, Frame, Qualifier

SYRIA = timezone(timedelta(hours=2))

DATES = [None, date(2020, 2, 27), date(2020, 2, 28), date(2020, 3, 2), date(2020, 3, 9)]
PUBLISHED = [
    None,
    datetime(2020, 2, 28, 9, 0, tzinfo=SYRIA),
    datetime(2020, 3, 5, 21, 30, tzinfo=timezone(timedelta(hours=3))),
    datetime(2020, 3, 20, 8, 0, tzinfo=UTC),
]
TIMES = [
    None,
    datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA),
    datetime(2020, 3, 6, 0, 1, tzinfo=SYRIA),
    datetime(2020, 3, 5, 22, 0, tzinfo=UTC),
    datetime(2020, 3, 6, 5, 0, tzinfo=SYRIA),
    datetime(2020, 3, 6, 0, 0),  # naive: local time at the place, when known
    datetime(2020, 3, 1, 23, 30),
]
QUOTES = [
    "the Syrian army did not know where the Turkish soldiers were",
    "the Syrian army knew where the Turkish soldiers were",
    "we will respond to any attack on our soldiers with all our strength",
    "the loss of life was a tragedy",
    "the loss of life was a tragedy and we offer our condolences",
    "",
]


@st.composite
def frames(draw: st.DrawFn) -> Frame:
    kind = draw(st.sampled_from(list(ClaimKind)))
    text = draw(st.sampled_from(QUOTES))
    common = {
        "language": draw(st.sampled_from(["en", "ar"])),
        "place": draw(st.sampled_from([None, "Idlib", "Saraqib", "Hatay", "Moscow"])),
        "event_date": draw(st.sampled_from(DATES)),
        "published_at": draw(st.sampled_from(PUBLISHED)),
        "negated": draw(st.booleans()),
        "speaker": draw(st.sampled_from([None, "Vladimir Putin", "Recep Tayyip Erdogan"])),
        "entities": tuple(draw(st.sets(st.sampled_from(["Syria", "Turkey", "Idlib"])))),
        "confidence": draw(st.floats(0, 1)),
    }
    numeric = {
        "value": draw(st.sampled_from([None, 2, 33, 34, 36, 58, 60, 20400, 21600])),
        "value_qualifier": draw(st.sampled_from([None, *Qualifier])),
        "scope": draw(st.sampled_from([None, "incident", "cumulative"])),
    }
    if kind is ClaimKind.CASUALTY:
        extra = {
            "predicate": draw(st.sampled_from([None, "killed", "wounded"])),
            "unit": draw(st.sampled_from([None, "soldier", "person", "civilian"])),
            "subject": draw(st.sampled_from([None, "TR", "SY"])),
            **numeric,
        }
    elif kind is ClaimKind.DURATION:
        extra = {
            "unit": "s",
            "subject": draw(st.sampled_from([None, "meeting:one_on_one", "talks:total"])),
            **numeric,
        }
    elif kind is ClaimKind.QUANTITY:
        extra = {
            "unit": draw(st.sampled_from([None, "km", "mile", "m", "percent"])),
            "predicate": draw(st.sampled_from([None, "corridor"])),
            **numeric,
        }
    elif kind is ClaimKind.EVENT:
        extra = {
            "predicate": draw(st.sampled_from([None, "ceasefire", "patrols"])),
            "time": draw(st.sampled_from(TIMES)),
            "time_precision": draw(st.sampled_from([None, "minute", "midnight", "dawn", "day"])),
        }
    else:
        extra = {}
    return Frame(kind, 0, len(text), 0, len(text), text=text, **common, **extra)  # type: ignore[arg-type]


def _complete(f: Frame) -> bool:
    """Whether compare() has what it needs to relate the frame to anything."""
    if f.kind is ClaimKind.STATEMENT:
        return bool(f.speaker and f.text)
    if f.kind is ClaimKind.EVENT:
        return bool(f.predicate)
    return f.value is not None


@settings(max_examples=400, deadline=None)
@given(frames(), frames())
def test_the_relation_does_not_depend_on_the_order(a: Frame, b: Frame) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert (ab is None) == (ba is None)
    if ab is not None and ba is not None:
        assert ab.relation == ba.relation
        assert ab.skip == ba.skip


@settings(max_examples=400, deadline=None)
@given(frames(), frames())
def test_scores_are_between_0_and_100(a: Frame, b: Frame) -> None:
    m = compare(a, b)
    if m is not None:
        assert 0 <= m.score <= 100
        assert m.explanation


@settings(max_examples=300, deadline=None)
@given(frames())
def test_a_claim_agrees_with_itself(f: Frame) -> None:
    m = compare(f, f)
    if _complete(f):
        assert m is not None and m.relation is Relation.AGREES, m


@settings(max_examples=600, deadline=None)
@given(frames(), frames())
def test_linked_claims_share_a_blocking_key(a: Frame, b: Frame) -> None:
    m = compare(a, b)
    # Statements of two different speakers meet through their two longest
    # words (blocking._content_stems), a heuristic: quotes alike enough to
    # contradict nearly always share them, but it is not guaranteed, so it
    # is tested on examples (test_match_blocking, test_ingest), not here.
    two_speakers = a.kind is ClaimKind.STATEMENT and a.speaker != b.speaker
    if m is not None and m.relation is not None and not two_speakers:
        # Whichever of the two arrives second finds the other.
        assert set(lookup_keys(a)) & set(blocking_keys(b)), (m, lookup_keys(a), blocking_keys(b))
        assert set(lookup_keys(b)) & set(blocking_keys(a)), (m, lookup_keys(b), blocking_keys(a))
