"""Blocking keys: what storage indexes so candidates come from a lookup, not a scan."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from claims.match import KindThresholds, Thresholds, blocking_keys, lookup_keys, score_candidates
from claims.match.relation import Relation
from claims.text.frames import ClaimKind, Frame

TURKEY = timezone(timedelta(hours=3))


def casualty(**fields: object) -> Frame:
    base: dict[str, object] = {"predicate": "killed", "unit": "soldier", "value": 33}
    base.update(fields)
    language = str(base.pop("language", "en"))
    return Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, language, **base)  # type: ignore[arg-type]


def test_a_dated_count_is_stored_by_day_and_week_and_looks_up_its_day() -> None:
    strike = casualty(event_date=date(2020, 2, 27))
    # A toll's day may be told a day either side (event_date_tolerance_days).
    days = [f"CASUALTY|killed|D|2020-02-{d}" for d in (26, 27, 28)]
    assert blocking_keys(strike) == [*days, "CASUALTY|killed|N|2020-W09"]
    # Its days, for other dated counts; the W weeks, for undated reports.
    assert lookup_keys(strike) == [*days, "CASUALTY|killed|W|2020-W09"]
    exact = Thresholds(
        kinds={
            **Thresholds().kinds,
            ClaimKind.CASUALTY: KindThresholds(event_date_tolerance_days=0),
        }
    )
    assert blocking_keys(strike, thresholds=exact) == [
        "CASUALTY|killed|D|2020-02-27",
        "CASUALTY|killed|N|2020-W09",
    ]


def test_an_undated_report_is_keyed_by_the_weeks_before_its_publication() -> None:
    report = casualty(published_at=datetime(2020, 3, 2, 9, 0, tzinfo=TURKEY))
    # published Monday of W10: the two-week lookback reaches back into W08
    assert blocking_keys(report) == [
        "CASUALTY|killed|W|2020-W08",
        "CASUALTY|killed|W|2020-W09",
        "CASUALTY|killed|W|2020-W10",
    ]
    assert "CASUALTY|killed|N|2020-W09" in lookup_keys(report)


def test_the_strike_and_a_report_of_it_find_each_other() -> None:
    strike = casualty(event_date=date(2020, 2, 27))
    report = casualty(value=34, published_at=datetime(2020, 2, 28, 9, 0, tzinfo=TURKEY))
    assert set(lookup_keys(strike)) & set(blocking_keys(report))
    assert set(lookup_keys(report)) & set(blocking_keys(strike))


def test_counts_dated_to_different_days_do_not_meet() -> None:
    one = casualty(event_date=date(2020, 2, 27))
    other = casualty(event_date=date(2020, 2, 24))
    assert not set(lookup_keys(one)) & set(blocking_keys(other))


def test_claims_with_no_date_at_all_share_the_undated_key() -> None:
    assert blocking_keys(casualty()) == lookup_keys(casualty()) == ["CASUALTY|killed|undated"]


def test_statements_are_keyed_by_speaker_and_need_one() -> None:
    putin = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "ar", speaker="Vladimir Putin")
    assert blocking_keys(putin) == ["STATEMENT|speaker|Vladimir Putin|undated"]
    reported = Frame(
        ClaimKind.STATEMENT,
        0,
        0,
        0,
        0,
        "ar",
        speaker="Vladimir Putin",
        published_at=datetime(2020, 3, 5, 21, 0, tzinfo=TURKEY),
    )
    # A statement is compared with reports of the weeks around it.
    assert all(
        k.startswith("STATEMENT|speaker|Vladimir Putin|W|2020-W") for k in blocking_keys(reported)
    )
    assert blocking_keys(Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en")) == []


def test_quantities_are_keyed_by_unit_and_keys_fit_the_store_column() -> None:
    # The dimension ("wide") is not in the key: one side may leave it unsaid.
    km = Frame(ClaimKind.QUANTITY, 0, 0, 0, 0, "en", value=6, unit="km", predicate="width")
    assert blocking_keys(km) == ["QUANTITY|-|km|undated"]
    assert blocking_keys(km) == blocking_keys(replace(km, predicate=None))
    assert all(len(k) <= 200 for k in blocking_keys(km))


def test_score_candidates_returns_the_real_matches_by_index() -> None:
    day = date(2020, 2, 27)
    query = casualty(event_date=day, text="33 Turkish soldiers were killed")
    candidates = [
        casualty(event_date=day, value=34, text="34 Turkish soldiers were killed"),
        casualty(event_date=day, predicate="wounded", value=32),  # a skip
        Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin", text="x"),
        casualty(event_date=day, value=33, language="ar", text="مقتل 33 جنديا تركيا"),
    ]
    found = score_candidates(query, candidates)
    assert [(i, m.relation) for i, m in found] == [(0, Relation.CONTRADICTS), (3, Relation.AGREES)]
    with_skips = score_candidates(query, candidates, include_skips=True)
    assert [i for i, _ in with_skips] == [0, 1, 3]


def test_two_speakers_quotes_of_the_same_words_share_a_key() -> None:
    def said(text: str, speaker: str) -> Frame:
        return Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker=speaker, text=text)

    denial = said("the Syrian army did not know where the Turkish troops were", "A")
    assertion = said("the Syrian army knew where the Turkish troops were", "B")
    assert set(lookup_keys(denial)) & set(blocking_keys(assertion))
    # Short phrases are not keyed by their words.
    assert blocking_keys(said("it was a tragedy", "A")) == ["STATEMENT|speaker|A|undated"]


def test_a_length_in_miles_looks_up_the_lengths_stored_in_kilometres() -> None:
    # Stored keys stay per unit, so a database filled before conversions
    # existed still finds its lengths: the lookup goes to every unit.
    km = Frame(ClaimKind.QUANTITY, 0, 0, 0, 0, "ar", value=2.6, unit="km")
    miles = Frame(ClaimKind.QUANTITY, 0, 0, 0, 0, "en", value=1.6, unit="mile")
    assert blocking_keys(km) == ["QUANTITY|-|km|undated"]
    assert set(lookup_keys(miles)) & set(blocking_keys(km))
    assert set(lookup_keys(km)) & set(blocking_keys(miles))
