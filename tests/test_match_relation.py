"""compare(): every case the matching issue lists, on hand-made frames in English and Arabic.

The relation comes from the frames (predicate, unit, subject, value with its
qualifier, time, scope, negation); the Arabic frames here carry Arabic text
on purpose, to show that cross-language pairs match on the frames alone.
"""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from claims.match import (
    KindThresholds,
    Match,
    Relation,
    SkipReason,
    Thresholds,
    compare,
)
from claims.text.frames import ClaimKind, Frame, Qualifier

SYRIA = timezone(timedelta(hours=2))  # Idlib, March 2020 (before summer time)
TURKEY = timezone(timedelta(hours=3))
STRIKE_DAY = date(2020, 2, 27)
PUBLISHED = datetime(2020, 3, 5, 21, 30, tzinfo=TURKEY)


def frame(kind: ClaimKind, language: str = "en", **fields: Any) -> Frame:
    text = fields.pop("text", "")
    return Frame(kind, 0, len(text), 0, len(text), language, text=text, **fields)


def killed(
    n: float,
    language: str = "en",
    *,
    qualifier: Qualifier | None = None,
    text: str = "",
    **fields: Any,
) -> Frame:
    """Turkish soldiers killed in the strike in Idlib on 2020-02-27, unless overridden."""
    base: dict[str, Any] = {
        "subject": "TR",
        "predicate": "killed",
        "unit": "soldier",
        "place": "Idlib",
        "event_date": STRIKE_DAY,
        "scope": "incident",
        "published_at": PUBLISHED,
    }
    base.update(fields)
    return frame(
        ClaimKind.CASUALTY, language, value=n, value_qualifier=qualifier, text=text, **base
    )


def toll(n: float, language: str = "en", **fields: Any) -> Frame:
    """People killed, with no side, place, day or scope stated, unless given."""
    base: dict[str, Any] = {
        "subject": None,
        "unit": "person",
        "place": None,
        "event_date": None,
        "scope": None,
    }
    base.update(fields)
    return killed(n, language, **base)


def lasted(seconds: float, *, qualifier: Qualifier | None = None, **fields: Any) -> Frame:
    base: dict[str, Any] = {
        "subject": "meeting:one_on_one",
        "unit": "s",
        "place": "Moscow",
        "event_date": date(2020, 3, 5),
    }
    base.update(fields)
    return frame(ClaimKind.DURATION, value=seconds, value_qualifier=qualifier, **base)


# A length with nothing but its subject and report: no place, no day.
_UNDATED_LENGTH: dict[str, Any] = {
    "subject": "event",
    "place": None,
    "event_date": None,
    "published_at": PUBLISHED,
}


def ceasefire(
    at: datetime, precision: str = "minute", language: str = "en", **fields: Any
) -> Frame:
    base: dict[str, Any] = {"predicate": "ceasefire", "place": "Idlib", "published_at": PUBLISHED}
    base.update(fields)
    return frame(ClaimKind.EVENT, language, time=at, time_precision=precision, **base)


def said(text: str, language: str = "en", *, negated: bool = False, **fields: Any) -> Frame:
    base: dict[str, Any] = {"speaker": "Vladimir Putin", "published_at": PUBLISHED}
    base.update(fields)
    return frame(ClaimKind.STATEMENT, language, text=text, negated=negated, **base)


def relation_of(a: Frame, b: Frame, thresholds: Thresholds | None = None) -> Relation | None:
    """The relation, checked to be the same both ways round."""
    ab, ba = compare(a, b, thresholds=thresholds), compare(b, a, thresholds=thresholds)
    r_ab = ab.relation if ab else None
    r_ba = ba.relation if ba else None
    assert r_ab == r_ba, (ab, ba)
    return r_ab


def skipped(a: Frame, b: Frame) -> Match:
    m = compare(a, b)
    assert m is not None and m.relation is None and m.skip is not None, m
    return m


HOUR, MINUTE = 3600, 60


# --- casualty counts ---------------------------------------------------------


class TestCounts:
    def test_33_vs_34_killed_contradicts_across_languages(self) -> None:
        en = killed(33, text="33 Turkish soldiers were killed")
        ar = killed(34, "ar", text="مقتل 34 جنديا تركيا")
        m = compare(en, ar)
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert m.explanation == (
            "Both say Turkish soldiers killed in Idlib on 2020-02-27: 33 vs 34 — "
            "exact counts that differ contradict."
        )
        assert 80 <= m.score <= 100

    def test_the_same_count_agrees_across_languages(self) -> None:
        m = compare(killed(33), killed(33, "ar", text="مقتل 33 جنديا تركيا"))
        assert m is not None and m.relation is Relation.AGREES and m.score >= 95

    def test_at_least_34_agrees_with_36(self) -> None:
        assert relation_of(killed(34, qualifier=Qualifier.AT_LEAST), killed(36)) is (
            Relation.AGREES
        )

    def test_at_least_34_contradicts_33(self) -> None:
        m = compare(killed(34, qualifier=Qualifier.AT_LEAST), killed(33, "ar"))
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "at least 34 vs 33" in m.explanation

    def test_about_60_agrees_with_58(self) -> None:
        assert relation_of(
            killed(60, qualifier=Qualifier.APPROXIMATE, scope="cumulative"),
            killed(58, scope="cumulative"),
        ) is (Relation.AGREES)

    def test_approximate_tolerance_is_configurable(self) -> None:
        strict = Thresholds(kinds={ClaimKind.CASUALTY: KindThresholds(approximate_tolerance=0.01)})
        about_60 = killed(60, qualifier=Qualifier.APPROXIMATE, scope="cumulative")
        assert relation_of(about_60, killed(58, scope="cumulative"), strict) is (
            Relation.CONTRADICTS
        )

    def test_a_generic_count_of_people_compares_with_soldiers(self) -> None:
        assert relation_of(killed(33), killed(34, unit="person", subject=None)) is (
            Relation.CONTRADICTS
        )

    def test_unknown_scope_and_date_still_compare_within_the_report_window(self) -> None:
        # An outlet that gives no date is read as reporting the past week.
        undated = killed(34, "ar", event_date=None, scope=None)
        m = compare(killed(33), undated)
        assert m is not None and m.relation is Relation.CONTRADICTS


class TestCountScope:
    def test_one_strike_does_not_contradict_the_whole_offensive(self) -> None:
        offensive = killed(60, qualifier=Qualifier.APPROXIMATE, scope="cumulative")
        m = skipped(killed(33), offensive)
        assert m.skip is SkipReason.SCOPE
        assert "33" in m.explanation and "about 60" in m.explanation
        assert "single incident" in m.explanation and "cumulative total" in m.explanation

    def test_lower_bounds_for_an_incident_and_a_total_fit_but_are_not_linked(self) -> None:
        raid = killed(165, qualifier=Qualifier.AT_LEAST)
        since_the_coup = killed(3200, qualifier=Qualifier.AT_LEAST, scope="cumulative")
        assert skipped(raid, since_the_coup).skip is SkipReason.SCOPE
        assert skipped(since_the_coup, raid).skip is SkipReason.SCOPE

    def test_one_strike_does_not_contradict_the_month(self) -> None:
        month = killed(54, "ar", scope="cumulative", event_date=None, text="54 جنديا خلال الشهر")
        assert skipped(killed(33), month).skip is SkipReason.SCOPE

    def test_two_soldiers_killed_on_another_day_is_another_event(self) -> None:
        other_day = killed(2, event_date=date(2020, 3, 3))
        m = skipped(killed(33), other_day)
        assert m.skip is SkipReason.EVENT_DATE
        assert "2020-02-27" in m.explanation and "2020-03-03" in m.explanation

    def test_killed_and_wounded_are_different_counts(self) -> None:
        m = skipped(killed(33), killed(32, predicate="wounded"))
        assert m.skip is SkipReason.PREDICATE
        assert "killed" in m.explanation and "wounded" in m.explanation

    def test_turkish_and_syrian_soldiers_are_different_subjects(self) -> None:
        assert skipped(killed(33), killed(20, subject="SY")).skip is SkipReason.SUBJECT

    def test_distant_places_lower_the_score_but_do_not_stop_the_comparison(self) -> None:
        # An extracted place is often where the count was announced (Ankara).
        near = compare(killed(33), killed(34, place="Saraqib"))
        far = compare(killed(33), killed(34, place="Hatay"))
        assert near is not None and near.relation is Relation.CONTRADICTS
        assert far is not None and far.relation is Relation.CONTRADICTS
        assert far.score < near.score

    def test_a_dated_claim_is_not_compared_with_a_claim_with_no_date_at_all(self) -> None:
        bare = killed(34, event_date=None, published_at=None)
        assert skipped(killed(33), bare).skip is SkipReason.UNDATED


# --- durations ---------------------------------------------------------------


class TestDurations:
    def test_more_than_six_hours_contradicts_five_hours_forty(self) -> None:
        m = compare(lasted(6 * HOUR, qualifier=Qualifier.AT_LEAST), lasted(5 * HOUR + 40 * MINUTE))
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "more than 6 h vs 5 h 40 min" in m.explanation

    def test_six_hours_for_five_hours_forty_is_a_rounding_not_a_contradiction(self) -> None:
        m = compare(lasted(6 * HOUR), lasted(5 * HOUR + 40 * MINUTE))
        assert m is not None and m.relation is Relation.RELATED
        assert "rounding" in m.explanation

    def test_a_bound_that_holds_the_precise_duration_agrees(self) -> None:
        # As "at least 34" agrees with 36 killed: "more than three hours" is
        # true of 3 h 10 min, and "nearly six hours" of 5 h 40 min.
        precise = lasted(3 * HOUR + 10 * MINUTE)
        assert relation_of(lasted(3 * HOUR, qualifier=Qualifier.AT_LEAST), precise) is (
            Relation.AGREES
        )
        m = compare(lasted(6 * HOUR, qualifier=Qualifier.APPROXIMATE), lasted(20400))
        assert m is not None and m.relation is Relation.AGREES
        assert "compatible" in m.explanation

    def test_two_loose_durations_are_related_not_the_same(self) -> None:
        a = lasted(6 * HOUR, qualifier=Qualifier.APPROXIMATE)
        b = lasted(5 * HOUR + 40 * MINUTE, qualifier=Qualifier.APPROXIMATE)
        m = compare(a, b)
        assert m is not None and m.relation is Relation.RELATED
        assert "looser statement" in m.explanation
        # A bound holds of an estimate that fits it: "more than 5 h 30".
        c = lasted(5 * HOUR + 30 * MINUTE, qualifier=Qualifier.AT_LEAST)
        assert relation_of(a, c) is Relation.AGREES

    def test_loose_match_agrees_is_a_knob(self) -> None:
        strict = Thresholds(kinds={ClaimKind.DURATION: KindThresholds(loose_match_agrees=False)})
        a = lasted(3 * HOUR, qualifier=Qualifier.AT_LEAST)
        assert relation_of(a, lasted(3 * HOUR + 10 * MINUTE), strict) is Relation.RELATED

    def test_the_same_figure_with_the_same_looseness_agrees(self) -> None:
        a = lasted(6 * HOUR, qualifier=Qualifier.AT_LEAST, subject="talks:total")
        assert relation_of(a, replace(a, language="ar")) is Relation.AGREES

    def test_the_one_on_one_meeting_and_the_whole_talks_are_different_subjects(self) -> None:
        talks = lasted(6 * HOUR, qualifier=Qualifier.AT_LEAST, subject="talks:total")
        m = skipped(lasted(3 * HOUR + 10 * MINUTE), talks)
        assert m.skip is SkipReason.SUBJECT
        assert "the one-on-one meeting" in m.explanation
        assert "the talks as a whole" in m.explanation

    def test_the_same_duration_in_arabic_and_english_agrees(self) -> None:
        ar = replace(lasted(3 * HOUR + 10 * MINUTE), language="ar", text="3 ساعات و10 دقائق")
        assert relation_of(lasted(3 * HOUR + 10 * MINUTE), ar) is Relation.AGREES


# --- event times -------------------------------------------------------------


class TestTimes:
    def test_from_midnight_agrees_with_one_minute_past(self) -> None:
        midnight = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA), "midnight")
        one_past = ceasefire(datetime(2020, 3, 6, 0, 1, tzinfo=SYRIA), language="ar")
        assert relation_of(midnight, one_past) is Relation.AGREES

    def test_local_midnight_agrees_with_22_gmt_once_the_zone_is_known(self) -> None:
        # The extractor left midnight naive; the place (Idlib) gives the zone.
        midnight = ceasefire(datetime(2020, 3, 6, 0, 0), "midnight")
        gmt = ceasefire(datetime(2020, 3, 5, 22, 0, tzinfo=UTC), language="ar")
        m = compare(midnight, gmt)
        assert m is not None and m.relation is Relation.AGREES
        assert "2020-03-06 00:00 +02:00" in m.explanation and "2020-03-05 22:00 UTC" in (
            m.explanation
        )

    def test_midnight_contradicts_dawn_on_friday(self) -> None:
        midnight = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA), "midnight")
        dawn = ceasefire(datetime(2020, 3, 6, 5, 0, tzinfo=SYRIA), "dawn", language="ar")
        m = compare(midnight, dawn)
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "do not overlap" in m.explanation

    def test_a_time_inside_a_part_of_the_day_agrees(self) -> None:
        dawn = ceasefire(datetime(2020, 3, 6, 5, 0, tzinfo=SYRIA), "dawn")
        assert relation_of(dawn, ceasefire(datetime(2020, 3, 6, 6, 0, tzinfo=SYRIA))) is (
            Relation.AGREES
        )

    def test_times_far_apart_beyond_the_tolerance_contradict(self) -> None:
        a = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA))
        b = ceasefire(datetime(2020, 3, 6, 0, 30, tzinfo=SYRIA))
        assert relation_of(a, b) is Relation.CONTRADICTS

    def test_an_event_without_a_time_agrees_without_conflict(self) -> None:
        a = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA), "midnight")
        b = replace(a, time=None, time_precision=None, language="ar")
        assert relation_of(a, b) is Relation.AGREES

    def test_different_event_types_are_unrelated(self) -> None:
        a = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA))
        assert compare(a, replace(a, predicate="patrols")) is None

    def test_strikes_on_different_days_are_two_strikes_but_a_ceasefire_starts_once(self) -> None:
        monday = ceasefire(datetime(2020, 3, 2, tzinfo=SYRIA))
        monday = replace(monday, time_precision="day")
        wednesday = replace(monday, time=datetime(2020, 3, 4, tzinfo=SYRIA), language="ar")
        assert relation_of(monday, wednesday) is Relation.CONTRADICTS
        m = compare(replace(monday, predicate="strike"), replace(wednesday, predicate="strike"))
        assert m is not None and m.relation is None
        assert "two of them" in m.explanation

    def test_a_denied_event_contradicts_the_asserted_one(self) -> None:
        a = ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=SYRIA))
        assert relation_of(a, replace(a, negated=True)) is Relation.CONTRADICTS


# --- statements --------------------------------------------------------------


class TestStatements:
    def test_did_not_know_contradicts_knew(self) -> None:
        a = said("the Syrian army did not know the Turkish soldiers were there", negated=True)
        b = said("the Syrian army knew the Turkish soldiers were there")
        m = compare(a, b)
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "Vladimir Putin" in m.explanation and "negated" in m.explanation

    def test_the_same_speaker_in_two_outlets_agrees_despite_rewording(self) -> None:
        a = said(
            "The Syrian army did not know where the Turkish soldiers were positioned "
            "at the time of the strike",
            negated=True,
        )
        b = said(
            "the Syrian army did not know the Turkish soldiers were there at the time "
            "of the strike",
            negated=True,
        )
        m = compare(a, b)
        assert m is not None and m.relation is Relation.AGREES
        assert m.score >= 85

    def test_a_trimmed_quote_agrees_with_the_full_one(self) -> None:
        a = said("The loss of life was a tragedy and Russia expressed its condolences")
        b = said("“The loss of life was a tragedy,” he said")
        assert relation_of(a, b) is Relation.AGREES

    def test_different_statements_of_one_speaker_are_not_linked(self) -> None:
        a = said("We will respond to any attack on our soldiers with all our strength")
        b = said("Our observation posts will remain where they are")
        assert compare(a, b) is None

    def test_one_speaker_denies_what_another_asserts(self) -> None:
        a = said("the Syrian army did not know where the Turkish troops were", negated=True)
        b = said("the Syrian army knew where the Turkish troops were", speaker="Mevlut Cavusoglu")
        m = compare(a, b)
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "Vladimir Putin" in m.explanation and "Mevlut Cavusoglu" in m.explanation

    def test_two_speakers_saying_the_same_words_are_two_claims_not_linked(self) -> None:
        a = said("We agreed on a ceasefire from midnight")
        b = said("We agreed on a ceasefire from midnight", speaker="Recep Tayyip Erdogan")
        assert compare(a, b) is None

    def test_short_phrases_of_two_speakers_are_not_linked(self) -> None:
        a = said("it was a tragedy")
        assert compare(a, said("it was a tragedy", speaker="Recep Tayyip Erdogan")) is None

    def test_a_reworded_quote_that_makes_the_same_points_agrees(self) -> None:
        # Text similarity alone is in the RELATED band; the shared concepts
        # (withdraw, observation posts) make it the same statement.
        a = said("Turkey will not withdraw from its observation posts in Idlib", negated=True)
        b = said("Ankara won't pull its troops out of the observation posts", negated=True)
        assert relation_of(a, b) is Relation.AGREES

    def test_statements_in_two_languages_agree_through_shared_concepts(self) -> None:
        # No shared words: the bilingual concept lexicon (claims.match.concepts)
        # finds {syria, army, know} on both sides.
        a = said("the Syrian army did not know", negated=True)
        b = said("الجيش السوري لم يكن يعلم", "ar", negated=True)
        m = compare(a, b)
        assert m is not None and m.relation is Relation.AGREES
        assert "army, know, syria" in m.explanation

    def test_a_negation_across_languages_contradicts_only_when_every_point_matches(
        self,
    ) -> None:
        # Every concept matches and one side is negated: "did not know" vs
        # "كان يعلم" is the contradiction fact-checkers look for.
        a = said("the Syrian army did not know", negated=True)
        m = compare(a, said("الجيش السوري كان يعلم", "ar"))
        assert m is not None and m.relation is Relation.CONTRADICTS
        assert "quoted both ways" in m.explanation
        # Only some points match: too loose to judge a negation across
        # languages, where a missed negation must not become a contradiction.
        a = said("the Syrian army did not know where the Turkish troops were", negated=True)
        b = said("الجيش السوري كان يعلم بالهجوم الروسي", "ar")
        assert relation_of(a, b) is Relation.RELATED

    def test_quotes_in_two_languages_on_other_points_share_only_a_topic(self) -> None:
        a = said("the loss of life was a tragedy", entities=("Syria",))
        b = said("الجيش السوري لم يكن يعلم", "ar", entities=("Syria",), negated=True)
        m = compare(a, b)
        assert m is not None and m.relation is Relation.RELATED
        assert compare(replace(a, entities=()), replace(b, entities=())) is None

    def test_a_similar_point_in_other_words_is_related(self) -> None:
        a = said("the situation in Idlib is very difficult and we must discuss it")
        b = said("the situation in Idlib requires a discussion between our two countries")
        assert relation_of(a, b) is Relation.RELATED

    def test_min_text_score_is_a_knob(self) -> None:
        a = said("the situation in Idlib is very difficult and we must discuss it")
        b = said("the situation in Idlib requires a discussion between our two countries")
        loose = Thresholds(kinds={ClaimKind.STATEMENT: KindThresholds(min_text_score=60)})
        assert relation_of(a, b, loose) is Relation.AGREES


# --- general -----------------------------------------------------------------


def test_claims_of_different_kinds_are_unrelated() -> None:
    assert compare(killed(33), said("33 soldiers were killed")) is None


def test_quantities_need_the_same_unit() -> None:
    km = frame(
        ClaimKind.QUANTITY,
        value=6,
        unit="km",
        predicate="corridor",
        published_at=PUBLISHED,
    )
    assert relation_of(km, replace(km, value=6, language="ar")) is Relation.AGREES
    assert relation_of(km, replace(km, value=12)) is Relation.CONTRADICTS
    assert compare(km, replace(km, unit="percent")) is None


def test_a_round_amount_and_a_close_one_are_related_and_equal_bounds_agree() -> None:
    displaced = frame(
        ClaimKind.QUANTITY,
        value=950_000,
        unit="person",
        predicate="displaced",
        value_qualifier=Qualifier.APPROXIMATE,
        published_at=PUBLISHED,
    )
    # "nearly a million": an estimate from under, a looser statement.
    million = replace(displaced, value=1_000_000, language="ar", extra={"below": True})
    assert relation_of(displaced, million) is Relation.RELATED
    troops = frame(
        ClaimKind.QUANTITY,
        value=7000,
        unit="soldier",
        predicate="deployed",
        value_qualifier=Qualifier.AT_LEAST,
        published_at=PUBLISHED,
    )
    assert relation_of(troops, replace(troops, language="ar")) is Relation.AGREES
    # Two lower bounds are both true if the larger one is: they agree.
    assert relation_of(troops, replace(troops, value=7500, language="ar")) is Relation.AGREES
    at_least_31 = killed(31, qualifier=Qualifier.AT_LEAST)
    assert relation_of(at_least_31, killed(40, "ar", qualifier=Qualifier.AT_LEAST)) is (
        Relation.AGREES
    )


@pytest.mark.parametrize(
    "pair",
    [
        (killed(33), killed(34, "ar")),
        (lasted(6 * HOUR), lasted(5 * HOUR + 40 * MINUTE)),
        (said("we will respond to any attack", negated=False), said("we will respond to attacks")),
    ],
)
def test_scores_stay_within_0_and_100(pair: tuple[Frame, Frame]) -> None:
    m = compare(*pair)
    assert m is not None and 0 <= m.score <= 100


def test_a_round_toll_in_thousands_is_a_rounding_but_30_for_33_is_not() -> None:
    from datetime import date

    from claims.match import Relation, compare
    from claims.text.frames import ClaimKind, Frame

    def toll(value: float, language: str) -> Frame:
        return Frame(
            ClaimKind.CASUALTY,
            0,
            0,
            0,
            0,
            language,
            predicate="killed",
            unit="person",
            value=value,
            event_date=date(2023, 9, 11),
            scope="incident",
        )

    rounded = compare(toll(4000, "ar"), toll(3958, "en"))
    assert rounded is not None and rounded.relation is Relation.RELATED
    small = compare(toll(30, "ar"), toll(33, "en"))
    assert small is not None and small.relation is Relation.CONTRADICTS


def test_a_dated_incident_is_not_compared_with_a_far_larger_undated_count() -> None:
    from datetime import UTC, date, datetime

    from claims.match import compare
    from claims.text.frames import ClaimKind, Frame, Qualifier

    incident = Frame(
        ClaimKind.CASUALTY,
        0,
        0,
        0,
        0,
        "ar",
        predicate="killed",
        unit="person",
        value=3,
        event_date=date(2020, 1, 8),
        scope="incident",
    )
    since_april = Frame(
        ClaimKind.CASUALTY,
        0,
        0,
        0,
        0,
        "en",
        predicate="killed",
        unit="civilian",
        value=280,
        value_qualifier=Qualifier.AT_LEAST,
        scope="incident",
    )
    # "since April": dated only by the report, the day after the incident.
    since_april.published_at = datetime(2020, 1, 9, 11, tzinfo=UTC)
    result = compare(incident, since_april)
    assert result is None or result.relation is None


def test_running_totals_reported_days_apart_update_rather_than_contradict() -> None:
    from datetime import UTC, date, datetime

    from claims.match import Relation, compare
    from claims.text.frames import ClaimKind, Frame

    def toll(value: float, published: datetime) -> Frame:
        return Frame(
            ClaimKind.CASUALTY,
            0,
            0,
            0,
            0,
            "en",
            predicate="killed",
            unit="person",
            value=value,
            scope="cumulative",
            event_date=date(2021, 5, 10),
            published_at=published,
        )

    monday = datetime(2021, 5, 17, 9, tzinfo=UTC)
    later = compare(toll(232, monday), toll(248, datetime(2021, 5, 20, 9, tzinfo=UTC)))
    assert later is not None and later.relation is Relation.RELATED
    assert "running totals" in later.explanation
    same_morning = compare(toll(232, monday), toll(248, datetime(2021, 5, 17, 11, tzinfo=UTC)))
    assert same_morning is not None and same_morning.relation is Relation.CONTRADICTS


def test_weeks_and_days_of_fighting_are_a_rounding() -> None:
    from datetime import date

    from claims.match import Relation, compare
    from claims.text.frames import ClaimKind, Frame

    def lasted(seconds: float) -> Frame:
        return Frame(
            ClaimKind.DURATION,
            0,
            0,
            0,
            0,
            "en",
            subject="event",
            unit="s",
            value=seconds,
            event_date=date(2020, 11, 10),
        )

    result = compare(lasted(6 * 7 * 86400), lasted(44 * 86400))
    assert result is not None and result.relation is Relation.RELATED


def test_a_named_day_does_not_contradict_a_clock_time_that_day() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from claims.match import Relation, compare
    from claims.text.frames import ClaimKind, Frame

    gaza = timezone(timedelta(hours=3))
    friday = Frame(
        ClaimKind.EVENT,
        0,
        0,
        0,
        0,
        "en",
        predicate="ceasefire",
        time=datetime(2021, 5, 21, tzinfo=UTC),
        time_precision="day",
    )
    two_am = Frame(
        ClaimKind.EVENT,
        0,
        0,
        0,
        0,
        "en",
        predicate="ceasefire",
        time=datetime(2021, 5, 21, 2, tzinfo=gaza),
        time_precision="minute",
    )
    result = compare(friday, two_am)
    assert result is not None and result.relation is Relation.AGREES


def _km(n: float, dimension: str | None, language: str = "en") -> Frame:
    return frame(
        ClaimKind.QUANTITY,
        language,
        value=n,
        unit="km",
        predicate=dimension,
        place="M4",
        text=f"{n} km",
    )


def test_lengths_compare_only_as_the_same_measure():
    # "6 km wide" vs "12 km wide": the same strip, measured differently.
    m = compare(_km(6, "width"), _km(12, "width", "ar"))
    assert m is not None and m.relation is Relation.CONTRADICTS
    # A width and a length along the road measure two things.
    m = compare(_km(6, "width"), _km(30, "length"))
    assert m is not None and m.relation is None and m.skip is SkipReason.PREDICATE
    # With the measure unsaid on one side, only the same figure links.
    assert compare(_km(6, None), _km(12, "width")) is None
    m = compare(_km(6, None), _km(6, "width"))
    assert m is not None and m.relation is Relation.AGREES


def test_more_than_and_less_than_the_same_figure_contradict():
    a = frame(
        ClaimKind.DURATION,
        value=4 * 3600,
        unit="s",
        subject="talks:total",
        value_qualifier=Qualifier.AT_LEAST,
    )
    b = replace(a, value_qualifier=Qualifier.AT_MOST, language="ar")
    m = compare(a, b)
    assert m is not None and m.relation is Relation.CONTRADICTS


def test_an_incident_and_a_running_total_link_only_when_the_figures_fit():
    incident = killed(2122, scope="incident")
    so_far = killed(2000, qualifier=Qualifier.AT_LEAST, scope="cumulative", language="ar")
    m = compare(incident, so_far)
    assert m is not None and m.relation is Relation.AGREES
    # Figures that do not fit are two scopes, not a contradiction.
    m = compare(killed(33, scope="incident"), killed(60, scope="cumulative"))
    assert m is not None and m.relation is None and m.skip is SkipReason.SCOPE


def test_two_named_days_are_compared_as_dates():
    monday = frame(
        ClaimKind.EVENT,
        predicate="meeting",
        time_precision="day",
        time=datetime(2023, 3, 6, tzinfo=UTC),
    )
    tuesday = replace(monday, time=datetime(2023, 3, 7, tzinfo=TURKEY), language="ar")
    m = compare(monday, tuesday)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "different days" in m.explanation
    same = replace(monday, time=datetime(2023, 3, 6, tzinfo=TURKEY))
    assert relation_of(monday, same) is Relation.AGREES


def test_a_midnight_on_a_named_day_may_be_either_end_of_it():
    # "from midnight on Wednesday" vs "at 00:01 on Thursday": the reading
    # that ends Wednesday fits, so they agree; dawn on Thursday fits neither.
    ist = timezone(timedelta(hours=5, minutes=30))
    midnight = frame(
        ClaimKind.EVENT,
        predicate="ceasefire",
        time_precision="midnight-start",
        time=datetime(2021, 2, 24, 0, 0, tzinfo=ist),
    )
    one_past = replace(
        midnight,
        time=datetime(2021, 2, 25, 0, 1, tzinfo=ist),
        time_precision="minute",
        language="ar",
    )
    m = compare(midnight, one_past)
    assert m is not None and m.relation is Relation.AGREES
    assert "other end of that day" in m.explanation
    dawn = replace(one_past, time=datetime(2021, 2, 25, 5, 0, tzinfo=ist), time_precision="dawn")
    assert relation_of(midnight, dawn) is Relation.CONTRADICTS


def test_an_unnamed_length_close_to_the_whole_talks_contradicts_it():
    talks = lasted(5 * HOUR + 40 * MINUTE, subject="talks:total")
    more_than_six = lasted(6 * HOUR, qualifier=Qualifier.AT_LEAST, subject="event", language="ar")
    assert relation_of(talks, more_than_six) is Relation.CONTRADICTS


def test_an_unnamed_length_and_the_whole_talks_link_only_when_they_fit():
    talks = frame(
        ClaimKind.DURATION,
        value=3 * 3600,
        unit="s",
        subject="talks:total",
        value_qualifier=Qualifier.APPROXIMATE,
    )
    unnamed = frame(ClaimKind.DURATION, "ar", value=3 * 3600 + 600, unit="s", subject="event")
    m = compare(talks, unnamed)
    assert m is not None and m.relation in (Relation.AGREES, Relation.RELATED)
    far = replace(unnamed, value=7 * 3600)
    m = compare(talks, far)
    assert m is not None and m.relation is None and m.skip is SkipReason.SUBJECT
    # The one-on-one meeting stays apart from an unnamed length.
    alone = replace(talks, subject="meeting:one_on_one")
    m = compare(alone, unnamed)
    assert m is not None and m.relation is None


def test_small_counts_twice_apart_are_a_dispute_not_two_scopes() -> None:
    # A scope stated on one side only: 3 vs 6 is one incident counted twice
    # (a difference under 10); 33 vs 70 is likely a strike vs a campaign.
    three = killed(3, scope="incident", event_date=None, predicate="wounded")
    six = replace(three, value=6, language="ar", scope=None)
    assert relation_of(three, six) is Relation.CONTRADICTS
    strike = killed(33, scope="incident", event_date=None)
    m = compare(strike, replace(strike, value=70, language="ar", scope=None))
    assert m is not None and m.relation is None and "too far apart" in m.explanation
    # (With no scope on either side, the two are rival figures for one
    # toll: see test_rival_tolls_with_no_scope_reported_close_together_are_compared.)


def test_lengths_that_fit_link_even_when_nothing_says_what_was_measured() -> None:
    about_60 = frame(ClaimKind.QUANTITY, value=60, unit="km", value_qualifier=Qualifier.APPROXIMATE)
    assert relation_of(about_60, frame(ClaimKind.QUANTITY, "ar", value=58, unit="km")) is (
        Relation.AGREES
    )
    # Different lengths of unstated things may be a depth and a width.
    assert compare(about_60, frame(ClaimKind.QUANTITY, "ar", value=30, unit="km")) is None
    # Shares of unstated things link only when equal.
    five = frame(ClaimKind.QUANTITY, value=5, unit="%", value_qualifier=Qualifier.APPROXIMATE)
    assert compare(five, replace(five, value=5.4, language="ar")) is None


def test_a_toll_dated_a_day_apart_is_compared_only_when_the_figures_are_close() -> None:
    friday = killed(132, qualifier=Qualifier.AT_LEAST, event_date=date(2021, 6, 5))
    saturday = killed(138, "ar", event_date=date(2021, 6, 6))
    assert relation_of(friday, saturday) is Relation.AGREES
    other_day = killed(14, "ar", event_date=date(2021, 6, 6))
    m = compare(friday, other_day)
    assert m is not None and m.relation is None and "too far apart" in m.explanation
    # Three days apart (beyond a day either side of each): other events.
    m = compare(friday, replace(saturday, event_date=date(2021, 6, 8)))
    assert m is not None and m.relation is None and "different events" in m.explanation


def test_a_bound_agrees_with_an_estimate_that_fits_it() -> None:
    more_than = killed(70_000, qualifier=Qualifier.AT_LEAST, predicate="displaced")
    some = killed(72_000, "ar", qualifier=Qualifier.APPROXIMATE, predicate="displaced")
    assert relation_of(more_than, some) is Relation.AGREES
    # Two estimates more than half their margin apart stay a looser pair.
    about = killed(930_000, qualifier=Qualifier.APPROXIMATE, predicate="displaced")
    some = killed(1_000_000, "ar", qualifier=Qualifier.APPROXIMATE, predicate="displaced")
    assert relation_of(about, some) is Relation.RELATED


def test_part_of_a_toll_is_not_compared_with_the_toll() -> None:
    part = killed(37, scope="part")
    m = compare(part, killed(39, "ar", scope=None))
    assert m is not None and m.relation is None and "part of a toll" in m.explanation
    assert relation_of(part, killed(38, "ar", scope="part")) is Relation.CONTRADICTS


def test_nearly_stops_short_of_its_figure() -> None:
    nearly = lasted(4 * HOUR, qualifier=Qualifier.APPROXIMATE, extra={"below": True})
    more = lasted(4 * HOUR, qualifier=Qualifier.AT_LEAST)
    m = compare(nearly, more)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "nearly 4 h" in m.explanation
    # 3 h 50 min lies under nearly four hours; 4 h 10 does not.
    assert relation_of(nearly, lasted(3 * HOUR + 50 * MINUTE)) is Relation.AGREES
    assert relation_of(nearly, lasted(4 * HOUR + 10 * MINUTE)) is not Relation.AGREES


def test_two_estimates_agree_when_close_and_contradict_past_each_others_margin() -> None:
    rockets = frame(
        ClaimKind.QUANTITY,
        value=2_900,
        unit="rocket",
        value_qualifier=Qualifier.APPROXIMATE,
        published_at=PUBLISHED,
    )
    # "around 2,900" and "about 2,940": one estimate, reported twice.
    assert relation_of(rockets, replace(rockets, value=2_940, language="ar")) is Relation.AGREES
    # "about 2,900" and "about 3,500": neither figure lies in the other's margin.
    m = compare(rockets, replace(rockets, value=3_500, language="ar"))
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "about 2900 rocket vs about 3500 rocket" in m.explanation


def test_a_stated_range_is_bounded_on_both_sides() -> None:
    aid = frame(
        ClaimKind.QUANTITY,
        value=2e9,
        unit="USD",
        value_qualifier=Qualifier.AT_LEAST,
        extra={"upper": 4e9},
        published_at=PUBLISHED,
    )
    m = compare(aid, replace(aid, value=7e9, extra={"upper": 9e9}, language="ar"))
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "between 2 000 000 000 and 4 000 000 000 USD" in m.explanation
    assert relation_of(aid, replace(aid, value=3e9, value_qualifier=None, extra={})) is (
        Relation.AGREES
    )
    assert relation_of(aid, replace(aid, value=5e9, value_qualifier=None, extra={})) is (
        Relation.CONTRADICTS
    )


def test_a_new_speaker_spelt_in_two_scripts_is_one_speaker() -> None:
    en = said("the convoy reached the city before dawn", speaker="Olena Marchuk")
    ar = said("القافلة وصلت إلى المدينة قبل الفجر", "ar", speaker="أولينا مارتشوك")
    m = compare(en, ar)
    assert m is not None and m.relation is not None
    # Another family name is another person, whose words are not linked.
    assert compare(en, replace(ar, speaker="أولينا كوفال")) is None


def test_a_reworded_quote_agrees_on_its_concepts_however_few_letters_it_shares() -> None:
    a = said("Moscow was ready to talk about the grain deal with Kyiv")
    b = said("Russia is prepared to discuss the grain agreement with Ukraine")
    assert relation_of(a, b) is Relation.AGREES
    # Other concepts, the same speaker: not the same statement.
    assert relation_of(a, said("Moscow will expel the Ukrainian diplomats")) is not Relation.AGREES


def test_the_same_point_in_other_words_with_opposite_polarity_contradicts() -> None:
    denied = said("he had not been aware of the flood warnings", negated=True)
    admitted = said("he knew about the warnings of a flood")
    m = compare(denied, admitted)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "opposite polarity" in m.explanation


def test_quotes_that_share_only_names_share_a_topic_not_a_point() -> None:
    a = said("Ukrainian investigators will travel to Tehran")
    b = said("Kyiv wants Iran to hand over the black boxes")
    assert relation_of(a, b) is not Relation.AGREES
    ar = said("المحققون الأوكرانيون سيسافرون إلى طهران", "ar")
    assert relation_of(a, ar) is Relation.AGREES
    assert relation_of(b, ar) is not Relation.AGREES


def test_a_round_head_count_is_a_rounding_of_a_precise_one() -> None:
    aboard = frame(ClaimKind.QUANTITY, value=650, unit="person", published_at=PUBLISHED)
    # 650 is rounded to fifties; 641 lies within half that step and 10 %.
    assert relation_of(aboard, replace(aboard, value=641, language="ar")) is Relation.RELATED
    assert relation_of(aboard, replace(aboard, value=610, language="ar")) is Relation.CONTRADICTS


def test_a_truces_announced_length_is_compared_however_far_apart() -> None:
    week = lasted(7 * 86400, subject="ceasefire", place="Jeddah", event_date=None)
    m = compare(week, replace(week, value=3 * 86400, language="ar"))
    assert m is not None and m.relation is Relation.CONTRADICTS
    # A length that names nothing may be the truce's or the war's: compared
    # only when the figures are close, as any length of unstated scope.
    unnamed = replace(week, subject="event")
    assert relation_of(week, replace(unnamed, value=7 * 86400)) is Relation.AGREES
    assert compare(week, replace(unnamed, value=3 * 86400)).relation is None  # type: ignore[union-attr]


def test_two_clocks_with_no_zone_said_are_compared_as_wall_clocks() -> None:
    # A Bogota paper and a London one both write "midnight" for the local
    # midnight: their own offsets say nothing about the truce's zone.
    bogota = timezone(timedelta(hours=-5))
    a = ceasefire(
        datetime(2023, 8, 3, 0, 0, tzinfo=bogota),
        "midnight",
        place=None,
        extra={"zone": "publication"},
    )
    b = ceasefire(
        datetime(2023, 8, 3, 0, 1, tzinfo=UTC),
        "minute",
        "ar",
        place=None,
        extra={"zone": "publication"},
    )
    m = compare(a, b)
    assert m is not None and m.relation is Relation.AGREES
    assert "wall-clock" in m.explanation
    # A zone said on one side ("00:01 GMT") keeps the instants apart.
    stated = replace(b, extra={})
    assert relation_of(a, stated) is Relation.CONTRADICTS


def test_a_new_speaker_named_in_full_and_in_short_is_one_speaker() -> None:
    full = said("the clinics had run out of insulin", speaker="Amina Mohammed Yusuf")
    short = said("the clinics had run out of insulin", speaker="Yusuf")
    assert relation_of(full, short) is Relation.AGREES
    # A word of a name is not the name of someone else's part.
    assert compare(full, replace(short, speaker="Yusu")) is None


def test_an_unnamed_office_is_one_speaker_in_both_languages() -> None:
    en = said("the curfew would be lifted on Friday", speaker="Interior Ministry")
    ar = said("حظر التجول سيرفع يوم الجمعة", "ar", speaker="وزارة الداخلية")
    m = compare(en, ar)
    assert m is not None and m.relation is not None
    assert compare(en, replace(ar, speaker="وزارة الخارجية")) is None


def test_long_quotes_that_run_on_agree_on_several_shared_concepts() -> None:
    en = said(
        "the army had shot down the airliner by mistake after it turned towards a base, "
        "and the commanders would face a military court",
        speaker="Iranian Army",
    )
    ar = said(
        "الجيش أسقط طائرة الركاب عن طريق الخطأ بعد أن اقتربت من موقع عسكري حساس في وقت "
        "كانت فيه الدفاعات في أعلى درجات التأهب",
        "ar",
        speaker="Iranian Army",
    )
    assert relation_of(en, ar) is Relation.AGREES
    # Two long quotes that share only a name or two are on a topic, not a point.
    other = said(
        "الجيش الإيراني سيجري مناورات في الخليج الشهر المقبل", "ar", speaker="Iranian Army"
    )
    assert relation_of(en, other) is not Relation.AGREES


def test_counts_of_things_dated_a_day_apart_are_one_salvo_told_from_either_side_of_midnight():
    def salvo(n: float, day: int, language: str) -> Frame:
        return frame(
            ClaimKind.QUANTITY,
            language,
            value=n,
            value_qualifier=Qualifier.AT_LEAST,
            unit="drone",
            event_date=date(2024, 4, day),
            published_at=datetime(2024, 4, 14, 12, 0, tzinfo=UTC),
        )

    assert relation_of(salvo(300, 13, "en"), salvo(300, 14, "ar")) is Relation.AGREES
    same_day_only = Thresholds(
        kinds={
            **Thresholds().kinds,
            ClaimKind.QUANTITY: KindThresholds(event_date_tolerance_days=0),
        }
    )
    assert relation_of(salvo(300, 13, "en"), salvo(300, 14, "ar"), same_day_only) is None


def test_lengths_under_a_day_far_apart_are_disputed_longer_ones_are_other_periods():
    def attack(hours: float, qualifier: Qualifier = Qualifier.APPROXIMATE, **kw: Any) -> Frame:
        return lasted(hours * 3600, qualifier=qualifier, subject="event", scope=None, **kw)

    # "about five hours" vs "about three hours" of one attack: a dispute.
    assert relation_of(attack(5), attack(3)) is Relation.CONTRADICTS
    # 30 vs 60 days of martial law (asked and granted) stay unjudged.
    month = lasted(30 * 86400, subject="event", scope=None)
    two_months = lasted(60 * 86400, subject="event", scope=None)
    assert relation_of(month, two_months) is None


def test_an_early_floor_of_a_toll_is_compared_with_counts_up_to_three_times_it():
    # "at least 50 dead" in the first reports, 140 in a later one: one toll.
    def toll(n: float, qualifier: Qualifier | None = None, language: str = "en") -> Frame:
        return killed(n, language, qualifier=qualifier, scope=None, event_date=None, place=None)

    assert relation_of(toll(50, Qualifier.AT_LEAST), toll(140, language="ar")) is Relation.AGREES
    # Two floors that fit each other agree too.
    assert relation_of(toll(50, Qualifier.AT_LEAST), toll(120, Qualifier.AT_LEAST)) is (
        Relation.AGREES
    )
    # A count well under the floor is ruled out by it.
    assert relation_of(toll(10), toll(25, Qualifier.AT_LEAST)) is Relation.CONTRADICTS
    # Far beyond 3x, a floor and a count are an incident and a larger whole.
    assert relation_of(toll(50, Qualifier.AT_LEAST), toll(900)) is None
    # Two exact counts keep the stricter 1.5x guard once one states a scope
    # (with none stated, they are rival figures for one toll).
    assert relation_of(replace(toll(50), scope="incident"), toll(100)) is None
    assert relation_of(toll(50), toll(100)) is Relation.CONTRADICTS


def test_clock_times_with_zone_abbreviations_compare_as_instants():
    from claims.text import extract  # type: ignore[attr-defined,unused-ignore]

    def event(text: str, offset: float) -> Frame:
        published = datetime(2024, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=offset)))
        frames = extract(text, language="en", published_at=published)
        return next(f for f in getattr(frames, "frames", frames) if f.kind is ClaimKind.EVENT)

    # Outlets in Delhi and Karachi give one start in their own clocks.
    delhi = event("The truce began at 09:30 IST on Friday.", 5.5)
    karachi = event("The truce began at 09:00 PKT on Friday.", 5)
    assert relation_of(delhi, karachi) is Relation.AGREES
    moscow = event("The truce began at 08:00 MSK on Friday.", 3)
    # 08:00 in Moscow is an hour after 09:30 in Delhi.
    assert relation_of(delhi, moscow) is Relation.CONTRADICTS


def test_a_counted_noun_without_a_shared_key_meets_its_translation_through_concepts():
    from claims.match import blocking_keys, lookup_keys

    def count(n: float, unit: str, language: str) -> Frame:
        return frame(
            ClaimKind.QUANTITY,
            language,
            value=n,
            unit=unit,
            published_at=datetime(2024, 9, 18, 12, 0, tzinfo=UTC),
        )

    handsets_ar = count(1200, "أجهزة", "ar")
    handsets_en = count(1200, "device", "en")
    assert relation_of(handsets_ar, handsets_en) is Relation.AGREES
    assert relation_of(count(1500, "جهاز", "ar"), handsets_en) is Relation.CONTRADICTS
    # Blocking brings them together, as compare() would judge them.
    assert set(lookup_keys(handsets_ar)) & set(blocking_keys(handsets_en))
    # Within one language two nouns are two things; a rate is not a count.
    assert relation_of(count(1200, "pager", "en"), handsets_en) is None
    assert relation_of(count(1200, "جهاز/day", "ar"), handsets_en) is None


def test_a_denial_and_an_admission_reworded_around_the_same_point_contradict():
    minister = {"speaker": "Lena Holm", "published_at": PUBLISHED}
    denial = said("no accord was reached on the prisoner swap", negated=True, **minister)
    admission = said("the two sides had agreed on the prisoner swap", **minister)
    # {agree, exchange, prison} shared of four concepts a side: the same point.
    assert relation_of(denial, admission) is Relation.CONTRADICTS
    # Across languages, where every concept of the shorter quote matches.
    ar = said("توصلت المحادثات إلى اتفاق لوقف إطلاق النار في المدينة", "ar", **minister)
    en = said("the talks did not reach a ceasefire agreement", negated=True, **minister)
    assert relation_of(en, ar) is Relation.CONTRADICTS
    # Sharing only a topic (one concept of four) stays unjudged.
    other = said("the prisoners were moved to a new camp", **minister)
    assert relation_of(denial, other) not in (Relation.CONTRADICTS, Relation.AGREES)


def test_a_truce_of_another_year_is_another_truce():
    old = ceasefire(datetime(2019, 1, 1, tzinfo=TURKEY), precision="year")
    m = compare(old, ceasefire(datetime(2020, 3, 6, 0, 0, tzinfo=TURKEY)))
    assert m is None or m.relation not in (Relation.AGREES, Relation.CONTRADICTS)


class TestStatementFamilies:
    """Rules for quotes reported in other words or another language."""

    def test_two_places_in_the_same_words_are_two_points(self) -> None:
        a = said("the food situation in Yemen was dire")
        b = said("الوضع الغذائي في ليبيا مترد", "ar")
        assert relation_of(a, b) is not Relation.AGREES
        c = said("there was a fishing deal with Japan")
        d = said("لا يوجد اتفاق صيد مع الصين", "ar", negated=True)
        assert relation_of(c, d) is not Relation.CONTRADICTS

    def test_a_name_only_one_side_gives_is_no_difference(self) -> None:
        a = said("the summit with Turkey had been productive")
        b = said("القمة كانت مثمرة", "ar")
        assert relation_of(a, b) is Relation.AGREES

    def test_a_short_quote_negated_in_the_other_language_contradicts(self) -> None:
        a = said("the vote had been postponed")
        b = said("التصويت لم يؤجل", "ar", negated=True)
        assert relation_of(a, b) is Relation.CONTRADICTS

    def test_a_bombing_reported_as_an_attack_is_the_same_point(self) -> None:
        a = said("the bombing had crossed every red line")
        b = said("الهجوم تجاوز كل الخطوط الحمراء", "ar")
        assert relation_of(a, b) is Relation.AGREES

    def test_a_name_in_more_words_in_the_other_script_is_one_speaker(self) -> None:
        a = said("the strike was an act of war", speaker="Narendra Modi")
        b = said("الضربة عمل من أعمال الحرب", "ar", speaker="ناريندرا مودي")
        assert relation_of(a, b) is Relation.AGREES
        c = said("the strike was an act of war", speaker="Hassan Diab")
        d = said("الضربة عمل من أعمال الحرب", "ar", speaker="حسين ذياب")
        assert relation_of(c, d) is None


# --- opposite words: polarity without a "not" -------------------------------------
# Written for these tests, in other stories and other speakers' words than
# any gold set.


def test_kept_in_place_is_not_lifted_in_either_language() -> None:
    kept = said("the travel ban on the ministers would remain in force until June")
    not_lifted = said("حظر السفر على الوزراء لن يُرفع قبل يونيو", "ar", negated=True)
    m = compare(kept, not_lifted)
    assert m is not None and m.relation is Relation.AGREES
    assert "not lifted" in m.explanation
    lifted = said("حظر السفر على الوزراء سيرفع قبل يونيو", "ar")
    m = compare(kept, lifted)
    assert m is not None and m.relation is not Relation.AGREES
    # Within one language too: "stays in place" against "will be lifted".
    en_lifted = said("the travel ban on the ministers would be lifted in June")
    assert relation_of(
        said("the travel ban on the ministers would stay in place in June"), en_lifted
    ) is (Relation.CONTRADICTS)


def test_still_at_large_contradicts_arrested_by_the_same_speaker() -> None:
    caught = said("the gunman who opened fire at the market was arrested near the border")
    free = said("the gunman who opened fire at the market is still on the run")
    m = compare(caught, free)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "not arrested" in m.explanation
    ar_caught = said("المسلح الذي أطلق النار في السوق اعتُقل قرب الحدود", "ar")
    ar_free = said("المسلح الذي أطلق النار في السوق لا يزال فارا", "ar")
    assert relation_of(ar_caught, ar_free) is Relation.CONTRADICTS
    # "not arrested" and "at large" say one thing.
    assert relation_of(
        said("المسلح الذي أطلق النار في السوق لم يعتقل بعد", "ar", negated=True), ar_free
    ) is (Relation.AGREES)


def test_out_of_order_is_not_working() -> None:
    broken = said("the flood sirens in the valley were out of order that morning")
    working = said("صفارات الإنذار من الفيضانات في الوادي كانت تعمل", "ar")
    m = compare(broken, working)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "not working" in m.explanation
    not_working = said("صفارات الإنذار من الفيضانات في الوادي لم تكن تعمل", "ar", negated=True)
    assert relation_of(broken, not_working) is Relation.AGREES


def test_an_attack_without_warning_in_arabic_is_not_warned() -> None:
    # English "without" is a negation to the extractor; Arabic "دون" is not.
    unwarned = said("الجيش قصف القرية دون سابق إنذار", "ar")
    warned = said("the army warned the village before the shelling", speaker="Rustam Aliev")
    m = compare(replace(unwarned, speaker="Rustam Aliev"), warned)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "not warned" in m.explanation


def test_an_opposite_the_other_quote_has_no_side_of_changes_nothing() -> None:
    # "innocent" names no side of the other quote's point: both assert.
    a = said("innocent people were killed when the bridge collapsed")
    b = said("people were killed when the bridge collapsed in the storm")
    assert relation_of(a, b) is not Relation.CONTRADICTS


def test_signing_no_documents_is_signing_no_agreement() -> None:
    a = said("no agreements were signed at the talks in Doha", negated=True)
    b = said("the delegations had not signed any documents in Doha", negated=True)
    assert relation_of(a, b) is Relation.AGREES


# --- shares with no stated subject ---------------------------------------------


def _share(value: float, context: str, language: str = "en") -> Frame:
    return frame(
        ClaimKind.QUANTITY,
        language,
        text=f"{value:g} percent",
        value=value,
        unit="%",
        value_qualifier=Qualifier.EXACT,
        published_at=PUBLISHED,
        extra={"context": context},
    )


def test_two_shares_whose_sentences_share_their_topic_are_compared() -> None:
    a = _share(
        30, "The central bank said the interest rate on business loans would rise to 30 percent."
    )
    b = _share(
        25, "The central bank raised the interest rate on business loans to 25 percent on Monday."
    )
    m = compare(a, b)
    assert m is not None and m.relation is Relation.CONTRADICTS
    assert "both sentences are about" in m.explanation and "interest" in m.explanation
    ar = _share(
        30, "قال البنك المركزي إن سعر الفائدة على قروض الشركات سيرتفع إلى 30 في المئة.", "ar"
    )
    assert relation_of(a, ar) is Relation.AGREES


def test_shares_of_other_topics_or_far_apart_are_not_compared() -> None:
    rate = _share(
        30, "The central bank said the interest rate on business loans would rise to 30 percent."
    )
    turnout = _share(
        40, "Turnout in the municipal election reached 40 percent, the commission said."
    )
    assert relation_of(rate, turnout) is None
    # One topic, figures far apart: likely two measures of it.
    low = _share(
        4, "The central bank said the interest rate on business loans would rise by 4 percent."
    )
    assert relation_of(rate, low) is None
    # No sentence given (two shares in it, or an older frame): as before.
    assert relation_of(rate, replace(low, value=25, extra={})) is None


# --- a subgroup vs the whole ---------------------------------------------------


def visitors(n: float, language: str = "en", **extra: Any) -> Frame:
    return frame(
        ClaimKind.QUANTITY,
        language,
        value=n,
        unit="visitor",
        value_qualifier=Qualifier.APPROXIMATE,
        extra=dict(extra),
    )


def test_a_count_of_a_subgroup_is_not_compared_with_the_whole():
    m = compare(visitors(240_000, subgroup="foreign"), visitors(900_000, "ar", whole=True))
    assert m is not None and m.relation is None and m.skip is SkipReason.SUBJECT
    assert "foreign visitors only" in m.explanation and "all visitors" in m.explanation
    # Two different subgroups are no more the same count.
    m = compare(visitors(240_000, subgroup="foreign"), visitors(600_000, subgroup="local"))
    assert m is not None and m.skip is SkipReason.SUBJECT


def test_counts_of_the_same_subgroup_still_compare():
    m = compare(visitors(240_000, subgroup="foreign"), visitors(300_000, "ar", subgroup="foreign"))
    assert m is not None and m.relation is Relation.CONTRADICTS
    m = compare(visitors(240_000), visitors(240_000, "ar"))
    assert m is not None and m.relation is Relation.AGREES


def test_a_part_in_a_serious_condition_is_not_all_the_wounded():
    hurt = replace(killed(11), predicate="wounded", subject=None)
    serious = replace(hurt, value=4, extra={"subgroup": "serious"})
    m = compare(serious, hurt)
    assert m is not None and m.relation is None
    assert "in a serious condition only" in m.explanation


def test_one_countrys_toll_is_not_compared_with_a_stated_total():
    total = replace(killed(3_400), subject=None, unit="person", extra={"whole": True})
    part = replace(killed(900, "ar"), subject="SY", unit="person")
    m = compare(total, part)
    assert m is not None and m.relation is None and m.skip is SkipReason.SUBJECT
    assert "Syrian people only" in m.explanation and "stated total" in m.explanation
    # A total with no side against a count with none is compared as before.
    m = compare(total, replace(part, subject=None, value=3_400))
    assert m is not None and m.relation is Relation.AGREES


def _length(value: float, unit: str, language: str = "en", **fields: Any) -> Frame:
    fields.setdefault("predicate", "length")
    return frame(ClaimKind.QUANTITY, language, value=value, unit=unit, **fields)


def test_a_length_in_miles_and_one_in_kilometres_are_read_in_one_unit() -> None:
    # 3.1 miles is 4.99 km: a report that rounds it to "5 km" agrees, and
    # the explanation shows the conversion.
    m = compare(_length(3.1, "mile"), _length(5, "km", "ar"))
    assert m is not None and m.relation is Relation.AGREES, m
    assert "3.1 mile (4.989 km)" in m.explanation
    # 3.1 miles is not 7 km.
    m = compare(_length(7, "km", "ar"), _length(3.1, "mile"))
    assert m is not None and m.relation is Relation.CONTRADICTS, m


def test_a_converted_figure_keeps_only_the_margin_of_its_last_digit() -> None:
    # "12 hectares" is 120,000 m2; 125,000 m2 lies outside what rounding
    # the hectares to a whole number allows.
    area = {"predicate": "area"}
    assert (
        compare(_length(12, "hectare", **area), _length(120_000, "m2", **area)).relation
        is Relation.AGREES
    )  # type: ignore[union-attr]
    m = compare(_length(12, "hectare", **area), _length(125_000, "m2", **area))
    assert m is not None and m.relation is Relation.CONTRADICTS, m


def test_about_a_measured_decimal_allows_ten_per_cent_not_a_whole_unit() -> None:
    # "about 3.4 km" may be 3.2 km, not 2.4 km: the whole unit of slack is
    # for small counts ("about 3 people"), not for decimals.
    about = _length(3.4, "km", value_qualifier=Qualifier.APPROXIMATE)
    assert compare(about, _length(3.2, "km", "ar")).relation is Relation.AGREES  # type: ignore[union-attr]
    m = compare(about, _length(2.4, "km", "ar"))
    assert m is not None and m.relation is Relation.CONTRADICTS, m


def test_feet_and_metres_are_one_length() -> None:
    m = compare(_length(200, "ft"), _length(61, "m", "ar"))
    assert m is not None and m.relation is Relation.AGREES, m


def test_wind_speeds_in_miles_and_kilometres_per_hour() -> None:
    gusts = {"predicate": None}
    m = compare(_length(150, "mph", **gusts), _length(240, "kmh", "ar", **gusts))
    assert m is not None and m.relation is Relation.AGREES, m
    m = compare(_length(150, "mph", **gusts), _length(200, "kmh", "ar", **gusts))
    assert m is not None and m.relation is Relation.CONTRADICTS, m


def test_a_converted_bound_keeps_the_margin_of_its_last_digit() -> None:
    # "up to 60 mph" (96.6 km/h) allows what a round 60 stands for, up to
    # 5 % more: a report of 100 km/h fits it, one of 110 km/h does not.
    gusts = {"predicate": None, "value_qualifier": Qualifier.AT_MOST}
    m = compare(_length(60, "mph", **gusts), _length(100, "kmh", "ar", predicate=None))
    assert m is not None and m.relation is not Relation.CONTRADICTS, m
    m = compare(_length(60, "mph", **gusts), _length(110, "kmh", "ar", predicate=None))
    assert m is not None and m.relation is Relation.CONTRADICTS, m
    # "more than 2 miles" is more than ~3.2 km, and so is 3.2 km.
    floor = {"value_qualifier": Qualifier.AT_LEAST}
    m = compare(_length(2, "mile", **floor), _length(3.2, "km", "ar"))
    assert m is not None and m.relation is not Relation.CONTRADICTS, m


def test_two_additions_on_no_stated_day_may_be_two_batches() -> None:
    more = {"unit": "troop", "extra": {"increment": True}}
    a = frame(ClaimKind.QUANTITY, "en", value=3000, **more)
    b = frame(ClaimKind.QUANTITY, "ar", value=1200, **more)
    m = compare(a, b)
    assert m is not None and m.relation is None and m.skip is SkipReason.SCOPE, m
    # Two totals of the same troops still contradict.
    m = compare(replace(a, extra={}), replace(b, extra={}))
    assert m is not None and m.relation is Relation.CONTRADICTS, m


def test_distances_from_a_point_are_compared_but_not_with_a_width():
    def length(n: float, dimension: str, language: str = "en") -> Frame:
        return replace(_km(n, dimension, language), value_qualifier=Qualifier.APPROXIMATE)

    # "felt some 40 km away" against "على بعد نحو ٢٠ كيلومتراً".
    assert relation_of(length(40, "distance"), length(20, "distance", "ar")) is (
        Relation.CONTRADICTS
    )
    assert relation_of(length(40, "distance"), length(41, "distance", "ar")) is Relation.AGREES
    assert relation_of(length(40, "distance"), length(20, "width")) is None


def test_children_or_women_counted_are_part_of_a_toll_of_people_not_the_toll():
    def killed(n: float, unit: str, language: str = "en", **extra: Any) -> Frame:
        return toll(n, language, unit=unit, extra=extra)

    # "14 pupils died at the school" vs "16 people were killed at the school".
    for part in ("child", "student", "woman"):
        m = compare(killed(14, part), killed(16, "person", "ar"))
        assert m is not None and m.relation is None and m.skip is SkipReason.SUBJECT, m
        assert "14" in m.explanation and "16 people" in m.explanation
    # Children against children still compare.
    assert relation_of(killed(14, "child"), killed(16, "child", "ar")) is Relation.CONTRADICTS
    # A noun the extractor only found near the count ("16 were hurt" in a
    # sentence about children) is no subgroup.
    guessed = killed(16, "child", "ar", unit_near=True)
    assert relation_of(killed(14, "person"), guessed) is Relation.CONTRADICTS


def test_a_count_well_under_a_stated_total_may_be_one_of_its_parts():
    def killed(n: float, language: str = "en", **extra: Any) -> Frame:
        return toll(n, language, extra=extra)

    # "The three blasts killed 75 people in all" vs "the first blast killed 58".
    m = compare(killed(75, whole=True), killed(58, "ar"))
    assert m is not None and m.relation is None and m.skip is SkipReason.SCOPE, m
    assert "stated total" in m.explanation
    # A rival figure for the total itself is a dispute.
    assert relation_of(killed(75, whole=True), killed(71, "ar")) is Relation.CONTRADICTS
    # Two stated totals are compared whatever their figures.
    assert relation_of(killed(75, whole=True), killed(58, "ar", whole=True)) is (
        Relation.CONTRADICTS
    )


def test_rival_tolls_with_no_scope_reported_close_together_are_compared():
    def killed(n: float, language: str = "en", days: float = 0.0, **fields: Any) -> Frame:
        return toll(n, language, published_at=PUBLISHED + timedelta(days=days), **fields)

    # "The quake killed 40 people" / "٩٥ قتيلاً في الزلزال": no scope, a day apart.
    assert relation_of(killed(40), killed(95, "ar", days=1)) is Relation.CONTRADICTS
    # More than three times apart, or a week apart, they may count different
    # things (a town's dead and the country's), and are left alone.
    assert relation_of(killed(40), killed(130, "ar", days=1)) is None
    assert relation_of(killed(40), killed(95, "ar", days=7)) is None
    # A stated scope keeps the stricter rule: an incident's count and an
    # unscoped one 2.4x apart are not compared.
    assert relation_of(killed(40, scope="incident"), killed(95, "ar", days=1)) is None
    # Nor are two different days' counts.
    assert (
        relation_of(
            killed(40, event_date=date(2020, 3, 4)),
            killed(95, "ar", days=1, event_date=date(2020, 3, 2)),
        )
        is None
    )


def test_short_lengths_three_times_apart_are_a_dispute_but_a_ceiling_says_nothing_of_them():
    def length(hours: float, qualifier: Qualifier | None = None, language: str = "en") -> Frame:
        return lasted(hours * HOUR, qualifier=qualifier, language=language, **_UNDATED_LENGTH)

    # A search told as "about 40 hours" and "nearly 15 hours": one search.
    assert relation_of(length(40, Qualifier.APPROXIMATE), length(15, language="ar")) is (
        Relation.CONTRADICTS
    )
    # Over two days, the stricter 1.5x guard: a siege's 90 hours vs 40.
    assert relation_of(length(90), length(40, language="ar")) is None
    # "less than five hours" against 1 h 50: not linked.
    assert relation_of(length(5, Qualifier.AT_MOST), length(1.83, language="ar")) is None


def test_an_earlier_truce_is_not_the_one_reported():
    def truce(days: float, language: str = "en", **extra: Any) -> Frame:
        fields = {**_UNDATED_LENGTH, "subject": "ceasefire"}
        return lasted(days * 86400, language=language, extra=extra, **fields)

    # Two reports of one truce's length: one figure, however far apart.
    assert relation_of(truce(3), truce(7, "ar")) is Relation.CONTRADICTS
    # "an earlier three-day truce" and the seven-day one: two truces.
    assert relation_of(truce(3, earlier=True), truce(7, "ar")) is None
