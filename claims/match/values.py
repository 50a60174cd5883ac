"""Numbers with their qualifiers, as intervals.

A claimed number is read as the set of true values it allows:

* EXACT ``33``          -> [33, 33]
* APPROXIMATE ``60``    -> [60 - 10 %, 60 + 10 %] (tolerance is a knob)
* AT_LEAST ``34``       -> [34, +inf)  ("at least", "more than", "over")
* AT_MOST ``10``        -> (-inf, 10]  ("at most", "fewer than", "up to")

Two claims agree when one interval contains the other's value (or the
intervals overlap: both can be true at once) and contradict when the
intervals are disjoint: no true value makes both right. One exception keeps
honest rounding from reading as a contradiction: a *round* exact value
("six hours") within a small tolerance of a more precise exact value
("5 h 40 min") is a rounding, RELATED, not a contradiction.
"""

import math
from dataclasses import dataclass
from enum import StrEnum

from claims.text.frames import Qualifier


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of allowed true values (infinite ends allowed).

    >>> Interval(30, 40).overlaps(Interval(40, 50))
    True
    >>> Interval(30, 40).contains(Interval(33, 33))
    True
    """

    low: float
    high: float

    def overlaps(self, other: "Interval") -> bool:
        return self.low <= other.high and other.low <= self.high

    def contains(self, other: "Interval") -> bool:
        return self.low <= other.low and other.high <= self.high

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def interval(
    value: float,
    qualifier: Qualifier | None,
    *,
    approximate_tolerance: float = 0.1,
    below: bool = False,
    upper: float | None = None,
) -> Interval:
    """The interval of true values that ``qualifier value`` allows.

    A missing qualifier is EXACT (the annotation guidelines' default).
    ``below``: an approximation from under ("nearly", "almost"). ``upper``:
    the top of a stated range ("between 3 and 5 billion" is AT_LEAST 3 up
    to 5).

    >>> interval(34, Qualifier.AT_LEAST)
    Interval(low=34, high=inf)
    >>> interval(60, Qualifier.APPROXIMATE, approximate_tolerance=0.1)
    Interval(low=54.0, high=66.0)
    >>> interval(60, Qualifier.APPROXIMATE, approximate_tolerance=0.1, below=True)
    Interval(low=54.0, high=60)
    >>> interval(3e9, Qualifier.AT_LEAST, upper=5e9)
    Interval(low=3000000000.0, high=5000000000.0)
    """
    q = qualifier or Qualifier.EXACT
    if upper is not None and upper >= value:
        base = interval(value, q, approximate_tolerance=approximate_tolerance)
        low = value if q is Qualifier.AT_LEAST else base.low
        return Interval(low, upper + (value - low))
    if q is Qualifier.AT_LEAST:
        return Interval(value, math.inf)
    if q is Qualifier.AT_MOST:
        return Interval(-math.inf, value)
    if q is Qualifier.APPROXIMATE:
        # At least one unit of slack, so that "about 3" allows 2 and 4: small
        # approximate counts are vaguer than ten per cent.
        # A measured decimal ("about 2.6 km") keeps its ten per cent.
        whole = value >= 1 and value == int(value)
        slack = max(abs(value) * approximate_tolerance, 1.0 if whole else 0.0)
        return Interval(value - slack, value if below else value + slack)
    return Interval(value, value)


def granule(value: float, *, unit: str | None = None, fives: bool = False) -> float:
    """The rounding step a value looks rounded to (1 when it looks precise).

    Seconds (durations) round to whole hours or whole minutes; other numbers
    to their last non-zero significant digit, or with ``fives`` to the five
    before it ("750" to fifties). Fives are for a round figure against a
    precise one (750 for 743): between two round figures, "3.5 million" and
    "3.3 million" are two roundings to tenths, not one of the other.

    >>> granule(21600, unit="s")   # six hours
    3600
    >>> granule(20400, unit="s")   # 5 h 40 min
    60
    >>> granule(6 * 7 * 86400, unit="s")   # six weeks
    604800
    >>> granule(3_500_000)
    100000
    >>> granule(33)
    1
    >>> granule(750), granule(750, fives=True)   # against a precise figure
    (10, 50)
    """
    if value == 0 or not math.isfinite(value):
        return 1
    if unit == "s":
        # "six weeks" and "44 days" are the same war at two granularities.
        for step in (7 * 86400, 86400, 3600, 1800, 900, 60):
            if value % step == 0:
                return step
        return 1
    if value != int(value):
        # 2.5 km: step 0.5 would matter only for decimals; treat as precise.
        return 1
    step = 1
    v = int(abs(value))
    while v % 10 == 0 and v:
        v //= 10
        step *= 10
    return step * 5 if fives and v % 5 == 0 and v > 5 else step


class ValueVerdict(StrEnum):
    EQUAL = "EQUAL"  # the same number with the same qualifier
    CONTAINED = "CONTAINED"  # one claim's interval holds the other's
    OVERLAP = "OVERLAP"  # both can be true; neither implies the other
    ROUNDING = "ROUNDING"  # a round exact value near a precise one
    CLOSE = "CLOSE"  # two estimates so near that they are one estimate
    DISJOINT = "DISJOINT"  # no true value satisfies both


def compare_values(
    a: float,
    qa: Qualifier | None,
    b: float,
    qb: Qualifier | None,
    *,
    unit: str | None = None,
    approximate_tolerance: float = 0.1,
    rounding_tolerance: float = 0.0,
    min_rounding_step: float = 1.0,
    below_a: bool = False,
    below_b: bool = False,
    upper_a: float | None = None,
    upper_b: float | None = None,
) -> ValueVerdict:
    """How two qualified values relate; symmetric in (a, qa) and (b, qb).

    Two estimates ("about 4,300", "around 4,360") are one estimate when
    they lie within half the approximation's margin of each other ("about
    200 km" and "about 190 km"), and disagree when neither lies within the
    other's margin ("about 300 billion" and "about 350 billion"); in between
    they are compatible but loose.

    >>> compare_values(33, None, 34, None)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(34, Qualifier.AT_LEAST, 36, Qualifier.EXACT)
    <ValueVerdict.CONTAINED: 'CONTAINED'>
    >>> compare_values(60, Qualifier.APPROXIMATE, 58, Qualifier.EXACT)
    <ValueVerdict.CONTAINED: 'CONTAINED'>
    >>> compare_values(21600, None, 20400, None, unit="s", rounding_tolerance=0.1)
    <ValueVerdict.ROUNDING: 'ROUNDING'>
    >>> compare_values(21600, Qualifier.AT_LEAST, 20400, None, unit="s", rounding_tolerance=0.1)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(4000, None, 3958, None, rounding_tolerance=0.05, min_rounding_step=100)
    <ValueVerdict.ROUNDING: 'ROUNDING'>
    >>> compare_values(30, None, 33, None, rounding_tolerance=0.05, min_rounding_step=100)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(40, None, 45, None, rounding_tolerance=0.2)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(4, Qualifier.AT_LEAST, 4, Qualifier.APPROXIMATE, below_b=True)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(4300, Qualifier.APPROXIMATE, 4360, Qualifier.APPROXIMATE)
    <ValueVerdict.CLOSE: 'CLOSE'>
    >>> compare_values(300, Qualifier.APPROXIMATE, 350, Qualifier.APPROXIMATE)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    >>> compare_values(3, Qualifier.AT_LEAST, 10, Qualifier.AT_LEAST, upper_a=5, upper_b=15)
    <ValueVerdict.DISJOINT: 'DISJOINT'>
    """
    qa = qa or Qualifier.EXACT
    qb = qb or Qualifier.EXACT
    if a == b and qa is qb and below_a == below_b and upper_a == upper_b:
        return ValueVerdict.EQUAL
    ia = interval(a, qa, approximate_tolerance=approximate_tolerance, below=below_a, upper=upper_a)
    ib = interval(b, qb, approximate_tolerance=approximate_tolerance, below=below_b, upper=upper_b)
    if (
        qa is qb is Qualifier.APPROXIMATE
        and not (below_a or below_b)
        and upper_a is None
        and upper_b is None
    ):
        if abs(a - b) <= approximate_tolerance / 2 * max(abs(a), abs(b)):
            return ValueVerdict.CLOSE
        if not (ia.low <= b <= ia.high or ib.low <= a <= ib.high):
            return ValueVerdict.DISJOINT
    for x, bx, y, qy in ((a, below_a, b, qb), (b, below_b, a, qa)):
        if bx and qy is Qualifier.AT_LEAST and y >= x:
            # "more than four hours" vs "nearly four hours": both stop short
            # of, or start past, the one point they share.
            return ValueVerdict.DISJOINT
    if qa is Qualifier.EXACT and qb is Qualifier.EXACT:
        if a == b:
            return ValueVerdict.EQUAL
        if _is_rounding(a, b, unit=unit, tolerance=rounding_tolerance, min_step=min_rounding_step):
            return ValueVerdict.ROUNDING
        return ValueVerdict.DISJOINT
    if {qa, qb} == {Qualifier.AT_LEAST, Qualifier.AT_MOST} and _touch_only(a, qa, b, qb):
        # "more than four hours" vs "less than four hours": the bounds meet
        # at one point that neither report means.
        return ValueVerdict.DISJOINT
    if ia.contains(ib) or ib.contains(ia):
        return ValueVerdict.CONTAINED
    if ia.overlaps(ib):
        return ValueVerdict.OVERLAP
    return ValueVerdict.DISJOINT


def _touch_only(a: float, qa: Qualifier, b: float, qb: Qualifier) -> bool:
    """An AT_LEAST and an AT_MOST bound that share only their endpoint.

    >>> _touch_only(4, Qualifier.AT_LEAST, 4, Qualifier.AT_MOST)
    True
    >>> _touch_only(4, Qualifier.AT_LEAST, 5, Qualifier.AT_MOST)
    False
    """
    low = a if qa is Qualifier.AT_LEAST else b
    high = b if qa is Qualifier.AT_LEAST else a
    return low == high


def _is_rounding(
    a: float, b: float, *, unit: str | None, tolerance: float, min_step: float = 1.0
) -> bool:
    """True when one exact value reads as the other rounded.

    The round one must have a coarser step than the precise one, lie within
    half its step of it (a real rounding) and within ``tolerance`` of it
    relatively (so 6 h for 5 h 40 min counts, 10 000 for 6 000 does not).
    """
    if tolerance <= 0:
        return False
    ga, gb = granule(a, unit=unit), granule(b, unit=unit)
    if ga == gb:
        return False
    if min(ga, gb) == 1:
        ga, gb = granule(a, unit=unit, fives=True), granule(b, unit=unit, fives=True)
    rounded, precise, step = (a, b, ga) if ga > gb else (b, a, gb)
    if step < min_step:
        return False
    if unit != "s" and step < 10 * granule(precise, unit=unit, fives=True):
        # The other figure must carry a digit more: 95 against 90 is two
        # figures rounded to fives and tens, not one the rounding of the other.
        return False
    diff = abs(rounded - precise)
    return diff <= step / 2 and diff <= tolerance * max(abs(precise), 1e-9)


def format_value(
    value: float,
    qualifier: Qualifier | None,
    *,
    unit: str | None = None,
    below: bool = False,
    upper: float | None = None,
) -> str:
    """A value as a person would write it, with its qualifier.

    >>> format_value(34, Qualifier.AT_LEAST)
    'at least 34'
    >>> format_value(20400, None, unit="s")
    '5 h 40 min'
    >>> format_value(21600, Qualifier.AT_LEAST, unit="s")
    'more than 6 h'
    >>> format_value(14400, Qualifier.APPROXIMATE, unit="s", below=True)
    'nearly 4 h'
    >>> format_value(15, Qualifier.AT_LEAST, unit="km", upper=20)
    'between 15 and 20 km'
    """
    text = _number(value, unit)
    if upper is not None:
        text = f"between {text} and {_number(upper, unit)}"
        qualifier = None if qualifier is Qualifier.AT_LEAST else qualifier
    if unit and unit not in ("s",) and unit not in _COUNT_UNITS:
        text = f"{text} {unit}"
    prefix = {
        Qualifier.AT_LEAST: "more than " if unit == "s" else "at least ",
        Qualifier.AT_MOST: "at most ",
        Qualifier.APPROXIMATE: "nearly " if below else "about ",
    }.get(qualifier or Qualifier.EXACT, "")
    return prefix + text


def _number(value: float, unit: str | None) -> str:
    if unit == "s":
        return format_seconds(value)
    if value == int(value):
        return f"{int(value):,}".replace(",", " ") if abs(value) >= 10000 else str(int(value))
    return f"{value:g}"


# Units that name the counted thing (the explanation names it elsewhere).
_COUNT_UNITS = frozenset({"soldier", "civilian", "person", "fighter", "people"})


def format_seconds(seconds: float) -> str:
    """``11400`` -> ``'3 h 10 min'``.

    >>> format_seconds(11400)
    '3 h 10 min'
    >>> format_seconds(45)
    '45 s'
    """
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return " ".join(parts)
