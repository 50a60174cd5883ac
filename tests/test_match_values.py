"""Claimed numbers as intervals: what each qualifier allows, and how two compare."""

import math

import pytest

from claims.match.values import (
    Interval,
    ValueVerdict,
    compare_values,
    format_value,
    granule,
    interval,
)
from claims.text.frames import Qualifier

EXACT, ABOUT, AT_LEAST, AT_MOST = (
    Qualifier.EXACT,
    Qualifier.APPROXIMATE,
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
)
HOUR, MINUTE = 3600, 60


def test_each_qualifier_reads_as_the_interval_of_true_values_it_allows() -> None:
    assert interval(33, EXACT) == Interval(33, 33)
    assert interval(33, None) == Interval(33, 33)  # the guidelines' default is EXACT
    assert interval(34, AT_LEAST) == Interval(34, math.inf)
    assert interval(10, AT_MOST) == Interval(-math.inf, 10)
    assert interval(60, ABOUT, approximate_tolerance=0.1) == Interval(54, 66)


def test_small_approximate_counts_allow_at_least_one_either_way() -> None:
    # "about three" is vaguer than 3 +/- 0.3
    assert interval(3, ABOUT, approximate_tolerance=0.1) == Interval(2, 4)


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "verdict"),
    [
        (33, EXACT, 34, EXACT, ValueVerdict.DISJOINT),  # 33 vs 34 killed
        (33, EXACT, 33, EXACT, ValueVerdict.EQUAL),
        (34, AT_LEAST, 36, EXACT, ValueVerdict.CONTAINED),  # "at least 34" vs 36
        (34, AT_LEAST, 33, EXACT, ValueVerdict.DISJOINT),  # "at least 34" vs 33
        (34, AT_LEAST, 34, EXACT, ValueVerdict.CONTAINED),
        (60, ABOUT, 58, EXACT, ValueVerdict.CONTAINED),  # "about 60" vs 58
        (60, ABOUT, 70, EXACT, ValueVerdict.DISJOINT),
        (60, ABOUT, 64, AT_LEAST, ValueVerdict.OVERLAP),  # both can be true
        (10, AT_MOST, 12, AT_LEAST, ValueVerdict.DISJOINT),
    ],
)
def test_counts(a: float, qa: Qualifier, b: float, qb: Qualifier, verdict: ValueVerdict) -> None:
    assert compare_values(a, qa, b, qb) is verdict
    assert compare_values(b, qb, a, qa) is verdict  # symmetric


def test_more_than_six_hours_contradicts_five_hours_forty() -> None:
    v = compare_values(6 * HOUR, AT_LEAST, 5 * HOUR + 40 * MINUTE, EXACT, unit="s")
    assert v is ValueVerdict.DISJOINT


def test_six_hours_for_five_hours_forty_is_a_rounding() -> None:
    v = compare_values(
        6 * HOUR, EXACT, 5 * HOUR + 40 * MINUTE, EXACT, unit="s", rounding_tolerance=0.1
    )
    assert v is ValueVerdict.ROUNDING


def test_rounding_needs_a_tolerance_and_a_real_rounding() -> None:
    six, five_forty = 6 * HOUR, 5 * HOUR + 40 * MINUTE
    # Disabled (the casualty default): exact figures that differ are disjoint.
    assert compare_values(six, EXACT, five_forty, EXACT, unit="s") is ValueVerdict.DISJOINT
    # 6 h is not a rounding of 4 h 50 min: more than half an hour off.
    assert (
        compare_values(six, EXACT, 4 * HOUR + 50 * MINUTE, EXACT, unit="s", rounding_tolerance=0.5)
        is ValueVerdict.DISJOINT
    )
    # Two values at the same precision are not roundings of each other.
    assert compare_values(33, EXACT, 34, EXACT, rounding_tolerance=0.5) is ValueVerdict.DISJOINT


def test_a_figure_in_fives_is_no_rounding_of_one_in_tens() -> None:
    # 120 vs 115 ferries: two round figures, not one the rounding of the other.
    assert compare_values(120, EXACT, 115, EXACT, rounding_tolerance=0.1) is ValueVerdict.DISJOINT
    # ...but 120 for 117 is, and 7,000 for 6,950.
    assert compare_values(120, EXACT, 117, EXACT, rounding_tolerance=0.1) is ValueVerdict.ROUNDING
    assert compare_values(7000, EXACT, 6950, EXACT, rounding_tolerance=0.1) is ValueVerdict.ROUNDING


def test_approximate_tolerance_is_a_knob() -> None:
    assert compare_values(60, ABOUT, 58, EXACT, approximate_tolerance=0.01) is (
        ValueVerdict.DISJOINT
    )


def test_granule_is_the_step_a_value_looks_rounded_to() -> None:
    assert granule(6 * HOUR, unit="s") == HOUR
    assert granule(5 * HOUR + 30 * MINUTE, unit="s") == 1800
    assert granule(5 * HOUR + 40 * MINUTE, unit="s") == MINUTE
    assert granule(3_500_000) == 100_000
    assert granule(60) == 10
    assert granule(2.5) == 1


def test_values_are_written_as_a_person_would() -> None:
    assert format_value(33, None) == "33"
    assert format_value(60, ABOUT) == "about 60"
    assert format_value(3 * HOUR + 10 * MINUTE, EXACT, unit="s") == "3 h 10 min"
    assert format_value(6 * HOUR, AT_LEAST, unit="s") == "more than 6 h"
    assert format_value(6, EXACT, unit="km") == "6 km"
