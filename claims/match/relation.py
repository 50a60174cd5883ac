"""compare(): the relation between two claims, decided by their frames.

The relation comes from the frames; text similarity only adds to the score
(and, for statements, decides whether two quotes are the same quote).

* Numeric claims (CASUALTY, QUANTITY, DURATION) relate through their values
  read as intervals (:mod:`claims.match.values`), once the frames say they
  count the same thing: same predicate and unit, compatible subject, place,
  scope and date. When the frames say they count different things (killed
  vs wounded, one incident vs a cumulative total, the one-on-one meeting vs
  the whole talks, another day) the result is a *skip*: a :class:`Match`
  with ``relation=None`` whose explanation says why they were not compared.
* EVENT claims relate through their times as windows of instants
  (:mod:`claims.match.times`).
* STATEMENT claims relate through the same speaker and fuzzy text, with
  polarity from ``Frame.negated``.

Every rule is symmetric, so ``compare(a, b)`` and ``compare(b, a)`` give the
same relation.
"""

from dataclasses import dataclass, replace
from datetime import UTC, timedelta
from enum import StrEnum
from functools import lru_cache

from claims.match.concepts import NAME_CONCEPTS, OPPOSITES, concepts, polar_axes, quote_concepts
from claims.match.describe import (
    SCOPE_LABELS,
    places_compatible,
    quote,
    subject_label,
    topic,
)
from claims.match.text import fold, statement_similarity, strip_negation
from claims.match.thresholds import DEFAULT_THRESHOLDS, KindThresholds, Thresholds
from claims.match.times import (
    TimeWindow,
    comparable,
    describe_time,
    localise,
    time_window,
    window_for,
)
from claims.match.units import common_unit, convert, convertible, half_step
from claims.match.values import ValueVerdict, compare_values, format_value
from claims.text.entities import EntityIndex
from claims.text.frames import ClaimKind, Frame, Qualifier
from claims.text.skeleton import is_latin, same_name, skeleton


class Relation(StrEnum):
    AGREES = "AGREES"
    CONTRADICTS = "CONTRADICTS"
    RELATED = "RELATED"


class SkipReason(StrEnum):
    """Why two claims that look alike were not compared."""

    PREDICATE = "PREDICATE"  # killed vs wounded
    SUBJECT = "SUBJECT"  # one-on-one meeting vs whole talks; soldiers vs civilians
    SCOPE = "SCOPE"  # one incident vs a cumulative total
    EVENT_DATE = "EVENT_DATE"  # the events fall on different days
    UNDATED = "UNDATED"  # one claim is dated, the other not at all


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome of comparing two claims.

    ``relation`` is None for a *skip*: the claims look alike but were not
    compared, ``skip`` says why and ``explanation`` says it in words.
    ``score`` (0-100) is how strongly the frames and texts support the
    relation (for a skip: how alike the claims look).
    """

    relation: Relation | None
    score: float
    explanation: str
    skip: SkipReason | None = None

    @property
    def compared(self) -> bool:
        return self.relation is not None


# Places are not a reason to skip: an extracted place is as often where a
# thing was said or agreed (Ankara, Moscow) as where it happened (Idlib).
# Incompatible places only lower the score.
# Units of measure (as opposed to counted nouns such as "vehicle"): "6 km"
# alone does not say what was measured. Tonnes, money and nautical miles
# are left out: reports of them usually name what was measured nearby (a
# cargo, a budget, a distance at sea), and two sums of one topic stay
# linked.
MEASURE_UNITS = frozenset({"km", "m", "km2", "percent", "%", "kg"})
_LENGTH_UNITS = frozenset({"km", "m", "mile"})
_NUMERIC = frozenset({ClaimKind.CASUALTY, ClaimKind.QUANTITY, ClaimKind.DURATION})
# A casualty count of "people" may count soldiers or civilians among others.
_GENERIC_UNITS = frozenset({"person", "people"})
# ...but children, women and pupils are named as a part of a toll ("21
# killed, 19 of them children"), seldom as the whole of it: such a count
# and one of people are counts of different people.
_SUBGROUP_UNITS = frozenset({"child", "woman", "student"})


def compare(a: Frame, b: Frame, *, thresholds: Thresholds | None = None) -> Match | None:
    """The relation between two claims, a skip with its reason, or None if unrelated.

    >>> from datetime import date
    >>> def killed(n, lang="en"):
    ...     return Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, lang, subject="TR", unit="soldier",
    ...                  predicate="killed", value=n, place="Idlib", event_date=date(2020, 2, 27))
    >>> m = compare(killed(33), killed(34, "ar"))
    >>> m.relation
    <Relation.CONTRADICTS: 'CONTRADICTS'>
    >>> print(m.explanation)  # doctest: +NORMALIZE_WHITESPACE
    Both say Turkish soldiers killed in Idlib on 2020-02-27: 33 vs 34 —
    exact counts that differ contradict.
    """
    return compare_with_text_score(a, b, thresholds=thresholds, text_score=None)


def compare_with_text_score(
    a: Frame, b: Frame, *, thresholds: Thresholds | None, text_score: float | None
) -> Match | None:
    """:func:`compare` with the texts' similarity already computed (bulk scoring).

    ``text_score`` must be :func:`claims.match.text.statement_similarity` of
    the two frames' :func:`comparable_text`; None computes it here.
    """
    if a.kind is not b.kind:
        return None
    t = (thresholds or DEFAULT_THRESHOLDS).for_kind(a.kind)
    if text_score is None:
        text_score = text_similarity(a, b)
    if a.kind in _NUMERIC:
        return _compare_numeric(a, b, t, text_score)
    if a.kind is ClaimKind.EVENT:
        return _compare_event(a, b, t, text_score)
    return _compare_statement(a, b, t, text_score)


def comparable_text(frame: Frame) -> str:
    """The folded text fuzzy scoring uses, without negation words (polarity is a frame field)."""
    return _comparable(frame.text or frame.normalized)


@lru_cache(maxsize=65536)
def _comparable(text: str) -> str:
    # Cached: a claim meets many candidates, and folding dominates a compare.
    return strip_negation(fold(text))


def text_similarity(a: Frame, b: Frame) -> float | None:
    """Similarity of the claims' own words, or None across languages (not comparable)."""
    if a.language != b.language:
        return None
    return statement_similarity(comparable_text(a), comparable_text(b))


# --- shared scope checks --------------------------------------------------------


def _scope_skip(a: Frame, b: Frame, t: KindThresholds) -> Match | None:
    """A skip when the frames put the claims in different events or scopes."""
    if (a.scope == "part") != (b.scope == "part"):
        part, whole = (a, b) if a.scope == "part" else (b, a)
        return _skip(
            SkipReason.SCOPE,
            f'Not compared: {_value(part)} counts part of a toll ("of the dead") and '
            f"{_value(whole)} a whole one — a part neither confirms nor contradicts the total.",
        )
    if a.scope and b.scope and a.scope != b.scope:
        return _skip(
            SkipReason.SCOPE,
            f"Not compared: {_value(a)} counts {SCOPE_LABELS.get(a.scope, a.scope)} and "
            f"{_value(b)} {SCOPE_LABELS.get(b.scope, b.scope)} of {topic(_undated(a))} — "
            "a count for one incident neither confirms nor contradicts a running total.",
        )
    return _window_skip(a, b, t)


def _window_skip(a: Frame, b: Frame, t: KindThresholds) -> Match | None:
    """A skip when the claims' date windows say they are about different days."""
    wa, wb = window_for(a, t), window_for(b, t)
    if (wa is None) != (wb is None):
        return _skip(
            SkipReason.UNDATED,
            "Not compared: one claim carries no date at all, so nothing shows it is "
            "about the same event as the other.",
        )
    if wa is not None and wb is not None and not wa.overlaps(wb):
        return _skip(
            SkipReason.EVENT_DATE,
            f"Not compared: the claims are about different events "
            f"({_when(a, wa.first, wa.last)} vs {_when(b, wb.first, wb.last)}).",
        )
    return None


def _when(frame: Frame, first: object, last: object) -> str:
    if frame.event_date is not None:
        return f"on {frame.event_date.isoformat()}"
    if frame.time is not None:
        return f"at {describe_time(frame)}"
    return f"reported for {first}..{last}"


def _undated(frame: Frame) -> Frame:
    # topic() without the date, for sentences that give dates themselves.
    return replace(frame, event_date=None, place=None)


def _skip(reason: SkipReason, explanation: str, score: float = 50.0) -> Match:
    return Match(relation=None, score=score, explanation=explanation, skip=reason)


def _blend(frame_score: float, text_score: float | None, t: KindThresholds) -> float:
    if text_score is None:
        return _clamp(frame_score)
    return _clamp((1 - t.text_weight) * frame_score + t.text_weight * text_score)


def _same_bound(a: Frame, b: Frame) -> bool:
    # "at least 31" and "at least 40" are both true if the larger is, and
    # "more than 70 000" holds of "some 72 000": a bound agrees with what
    # fits it. Two estimates ("about 950 000", "nearly a million") may each
    # be someone's guess at a different figure, and stay RELATED.
    bounds = (Qualifier.AT_LEAST, Qualifier.AT_MOST)
    qa, qb = a.value_qualifier, b.value_qualifier
    return (qa in bounds or qb in bounds) and (qa is qb or Qualifier.APPROXIMATE in (qa, qb))


def _clamp(x: float) -> float:
    return max(0.0, min(100.0, round(x, 1)))


def _unknowns(a: Frame, b: Frame, *names: str) -> int:
    """How many of the named fields one side leaves unknown while the other states."""
    return sum(1 for n in names if (getattr(a, n) is None) != (getattr(b, n) is None))


# --- numeric claims -------------------------------------------------------------


def _value(frame: Frame) -> str:
    assert frame.value is not None
    converted = frame.extra.get("converted")
    if converted is not None:
        # "1.6 mile (2.57 km)": what was said, then what it was read as.
        said, value = converted
        return f"{said} ({round(value, 3):g} {frame.unit})"
    return format_value(
        frame.value,
        frame.value_qualifier,
        unit=frame.unit,
        below=bool(frame.extra.get("below")),
        upper=frame.extra.get("upper"),
    )


def _in_unit(frame: Frame, into: str) -> Frame:
    """``frame`` measured in ``into``. A converted exact figure or bound
    keeps the margin of its last digit ("1.6 miles" is 2.49-2.66 km, "up to
    80 mph" up to 129.5 km/h), so a report that rounds the conversion is
    not read as a contradiction."""
    if frame.unit == into or frame.value is None or frame.unit is None:
        return frame
    unit, value = frame.unit, frame.value
    extra = {**frame.extra, "converted": (_value(frame), convert(value, unit, into))}
    if "upper" in extra:
        extra["upper"] = convert(extra["upper"], unit, into)
    elif frame.value_qualifier in (None, Qualifier.EXACT):
        margin = half_step(value)
        extra["upper"] = convert(value + margin, unit, into)
        return replace(
            frame,
            value=convert(value - margin, unit, into),
            unit=into,
            value_qualifier=Qualifier.AT_LEAST,
            extra=extra,
        )
    elif frame.value_qualifier is Qualifier.AT_MOST:
        # "up to 80 mph" allows what rounds to 80 mph: up to 129.5 km/h.
        value += half_step(value)
    elif frame.value_qualifier is Qualifier.AT_LEAST:
        value -= half_step(value)
    return replace(frame, value=convert(value, unit, into), unit=into, extra=extra)


def _units_compatible(a: Frame, b: Frame) -> bool:
    if a.unit == b.unit:
        return True
    if a.kind is ClaimKind.CASUALTY:
        return (a.unit in _GENERIC_UNITS or b.unit in _GENERIC_UNITS) and not (
            _subgroup(a) or _subgroup(b)
        )
    return a.kind is ClaimKind.QUANTITY and a.language != b.language and same_counted_noun(a, b)


def _counted(f: Frame) -> str:
    # "19 children", "21 people": the value with its noun in the plural
    # (format_value names no common noun such as people or soldiers).
    said, noun = _value(f), _plural(f.unit or "people")
    if f.unit and said.endswith(f.unit):
        said = said[: -len(f.unit)].rstrip()
    return f"{said} {noun}"


def _subgroup(f: Frame) -> bool:
    # A noun the extractor took from nearby words ("17 were wounded" near
    # "children") is a guess, not a count of the subgroup.
    return f.unit in _SUBGROUP_UNITS and not f.extra.get("unit_near")


def same_counted_noun(a: Frame, b: Frame) -> bool:
    """Counted nouns the language packs give no shared key ("جهاز" and
    "device") are one noun across languages when the concept lexicon reads
    them alike."""
    ca, cb = unit_concepts(a.unit), unit_concepts(b.unit)
    return bool(ca) and ca == cb


def unit_concepts(unit: str | None) -> frozenset[str]:
    """The concepts of a counted noun (none for a unit of measure)."""
    if not unit or unit in MEASURE_UNITS or "/" in unit:  # "ship/day" is a rate
        return frozenset()
    return concepts(unit.replace("_", " ")) - NAME_CONCEPTS


_VERDICT_WHY = {
    ValueVerdict.EQUAL: "the same figure agrees",
    ValueVerdict.CONTAINED: "the figures are compatible (one lies within the other's range)",
    ValueVerdict.OVERLAP: "the ranges overlap, so both can be true",
    ValueVerdict.ROUNDING: "a round figure close to a precise one is a rounding, not a conflict",
    ValueVerdict.CLOSE: "two estimates this close are the same estimate",
    ValueVerdict.DISJOINT: "no single true figure satisfies both",
}
_VERDICT_RELATION = {
    ValueVerdict.EQUAL: Relation.AGREES,
    ValueVerdict.CONTAINED: Relation.AGREES,
    ValueVerdict.OVERLAP: Relation.AGREES,
    ValueVerdict.ROUNDING: Relation.RELATED,
    ValueVerdict.CLOSE: Relation.AGREES,
    ValueVerdict.DISJOINT: Relation.CONTRADICTS,
}
_VERDICT_SCORE = {
    ValueVerdict.EQUAL: 100.0,
    ValueVerdict.CONTAINED: 90.0,
    ValueVerdict.OVERLAP: 75.0,
    ValueVerdict.ROUNDING: 70.0,
    ValueVerdict.CLOSE: 85.0,
    ValueVerdict.DISJOINT: 95.0,
}


# An unnamed length this close to a named one is taken for the same length.
_SAME_LENGTH_RATIO = 1.5


def _unnamed_vs_event(a: Frame, b: Frame) -> bool:
    subjects = {a.subject, b.subject}
    return (
        a.kind is ClaimKind.DURATION
        and "event" in subjects
        and not any(":" in (s or ":") for s in subjects - {"event"})
    )


def _unnamed_vs_whole(a: Frame, b: Frame) -> bool:
    """A length whose text names no part ("the meeting lasted 3 h 10") and
    one of the talks as a whole: likely the same length, so they are
    compared (a close figure that differs contradicts; a far one is taken
    for another part). The leaders' own meeting is not assumed."""
    return a.kind is ClaimKind.DURATION and {a.subject, b.subject} == {"event", "talks:total"}


def _compare_numeric(a: Frame, b: Frame, t: KindThresholds, text: float | None) -> Match | None:
    if a.value is None or b.value is None:
        return None
    # A quantity's predicate is the dimension measured (width, depth): one
    # side may leave it unsaid, but two different ones measure two things.
    if a.predicate != b.predicate and (
        a.kind is not ClaimKind.QUANTITY or (a.predicate and b.predicate)
    ):
        if a.predicate and b.predicate:
            return _skip(
                SkipReason.PREDICATE,
                f"Not compared: {_value(a)} {a.predicate} and {_value(b)} {b.predicate} "
                "count different things."
                if a.kind is ClaimKind.CASUALTY
                else f"Not compared: {_value(a)} is a {a.predicate} and {_value(b)} a "
                f"{b.predicate} — different measures.",
            )
        return None
    if a.unit and b.unit and convertible(a.unit, b.unit):
        # "1.6 miles" and "2.6 km": one length in two units.
        into = common_unit(a.unit, b.unit)
        a, b = _in_unit(a, into), _in_unit(b, into)
    assert a.value is not None and b.value is not None  # narrowed again after the swap
    if not _units_compatible(a, b):
        if a.kind is ClaimKind.CASUALTY:
            return _skip(
                SkipReason.SUBJECT,
                f"Not compared: {_counted(a)} vs {_counted(b)} {a.predicate or ''} are "
                "counts of different people.",
            )
        return None
    if (
        a.subject
        and b.subject
        and a.subject != b.subject
        # An unnamed length close to the whole talks' is judged as the same.
        and (not _unnamed_vs_whole(a, b) or _far_apart(a, b, _SAME_LENGTH_RATIO))
        # "11 days of fighting" and "the 11-day truce" may be one length:
        # an unnamed one is compared with a truce's as of unstated scope.
        and not _unnamed_vs_event(a, b)
    ):
        return _skip(
            SkipReason.SUBJECT,
            f"Not compared: {_value(a)} is about {subject_label(a.subject)} and "
            f"{_value(b)} about {subject_label(b.subject)} — different subjects.",
        )
    part = _part_vs_whole(a, b)
    if part is not None:
        return part
    if (
        a.kind is ClaimKind.QUANTITY
        and a.extra.get("increment")
        and b.extra.get("increment")
        and a.event_date is None
        and b.event_date is None
        and a.value != b.value
    ):
        # "sent 10,000 more soldiers" and "أرسلت ٥٠٠٠ جندي إضافي": additions
        # to a total neither gives, on no stated day, may be two batches.
        return _skip(
            SkipReason.SCOPE,
            f'Not compared: {_value(a)} and {_value(b)} are both additions ("more", '
            '"additional") on no stated day — two additions may be two batches.',
        )
    skipped = _scope_skip(a, b, t)
    scopes_differ = skipped is not None and skipped.skip is SkipReason.SCOPE
    if scopes_differ:
        # An incident's count and a running total are judged only when the
        # figures fit each other (the quake's 2,122 dead and "more than
        # 2,000 so far"); different figures are no contradiction.
        window = _window_skip(a, b, t)
        if window is not None:
            return window
    elif skipped is not None:
        return skipped

    # A count the text pins to a day against one it does not date is as
    # unsure a comparison as a count with no stated scope.
    one_dated = (a.event_date is None) != (b.event_date is None)
    # Neighbouring days (within the tolerance) may be one incident told
    # from either side of midnight, or two incidents: as unsure.
    two_days = a.event_date is not None and b.event_date not in (None, a.event_date)
    # A truce's announced length ("a 72-hour truce", "a seven-day
    # ceasefire") is one figure, however far apart two reports of it are;
    # a meeting's measured length may be one session's.
    named = (
        a.kind is ClaimKind.DURATION
        and a.subject == b.subject
        and ":" not in (a.subject or ":")
        and a.subject != "event"
        # "an earlier 72-hour truce" is not the seven-day one reported.
        and bool(a.extra.get("earlier")) == bool(b.extra.get("earlier"))
    )
    unsure = not named and (a.scope is None or b.scope is None or one_dated or two_days)
    min_difference = 0.0 if two_days else t.unknown_scope_min_difference
    ratio = t.unknown_scope_max_ratio
    if (
        a.kind is ClaimKind.DURATION
        and t.within_day_max_ratio
        and max(abs(a.value), abs(b.value)) < _SHORT_LENGTH_SECONDS
        # "less than four hours" says nothing of a length well under it.
        and Qualifier.AT_MOST not in (a.value_qualifier, b.value_qualifier)
    ):
        ratio = t.within_day_max_ratio
    if t.floor_max_ratio > ratio and _one_floor(a, b):
        # "at least 60 killed" is an early floor of a toll that goes on
        # rising: a final count well above it, or a smaller count it rules
        # out, is about the same toll.
        ratio = t.floor_max_ratio
    if t.unscoped_max_ratio > ratio and _unscoped_rivals(a, b, t):
        ratio = t.unscoped_max_ratio
    if unsure and _far_apart(a, b, ratio, min_difference):
        return _skip(
            SkipReason.SCOPE,
            f"Not compared: {_value(a)} and {_value(b)} {a.predicate or ''} are too far apart "
            "to measure one thing and a scope is not stated — most likely one counts a single "
            "incident (or part of it) and the other a larger whole.".replace("  ", " "),
        )
    unit = a.unit if a.unit == b.unit else None
    verdict = compare_values(
        a.value,
        a.value_qualifier,
        b.value,
        b.value_qualifier,
        unit=unit,
        approximate_tolerance=t.approximate_tolerance,
        rounding_tolerance=t.rounding_tolerance,
        min_rounding_step=t.min_rounding_step,
        below_a=bool(a.extra.get("below")),
        below_b=bool(b.extra.get("below")),
        upper_a=a.extra.get("upper"),
        upper_b=b.extra.get("upper"),
    )
    relation = _VERDICT_RELATION[verdict]
    if scopes_differ and (
        verdict in (ValueVerdict.DISJOINT, ValueVerdict.ROUNDING)
        # "at least 165 killed in one raid" and "more than 3,200 since the
        # coup" are both lower bounds, so they fit — and say nothing of
        # each other: an incident and a total are linked only when close.
        or _far_apart(a, b, _SCOPE_FIT_RATIO)
    ):
        return skipped
    measure = a.kind is ClaimKind.QUANTITY and a.unit in MEASURE_UNITS
    topic_shared = _shared_topic(a, b) if measure else frozenset()
    if (
        measure
        and not ((a.predicate or a.subject) and (b.predicate or b.subject))
        and (verdict is ValueVerdict.DISJOINT or a.unit not in _LENGTH_UNITS)
        and verdict is not ValueVerdict.EQUAL
        and not topic_shared
    ):
        # "6 km" and "12 km" with nothing saying what was measured may be a
        # depth and a width: lengths that fit ("about 60 km", "58 km") are
        # linked, different ones are not called a contradiction; shares and
        # sums of unstated things are linked only when equal.
        return None
    if (
        verdict in (ValueVerdict.CONTAINED, ValueVerdict.OVERLAP)
        and a.value != b.value
        and not (t.loose_match_agrees and (_is_exact(a) or _is_exact(b) or _same_bound(a, b)))
    ):
        # Two different estimates ("about 950 000", "nearly a million") are
        # consistent, not the same figure; neither is "nearly six hours" for
        # 5 h 40 min where the kind reads looser figures as RELATED.
        # "nearly six hours" for 5 h 40 min: compatible, but not the same figure.
        relation = Relation.RELATED
        why = "one figure is a looser statement of the other, compatible but not the same"
    elif verdict is ValueVerdict.DISJOINT and _running_totals_reported_apart(a, b, t):
        # A running total grows between reports; two days apart, a higher
        # toll updates the lower one rather than contradicting it.
        relation = Relation.RELATED
        why = "running totals reported days apart: the later one updates the earlier"
    elif verdict is ValueVerdict.DISJOINT and _both_exact(a, b):
        why = (
            "exact counts that differ contradict"
            if a.kind is ClaimKind.CASUALTY
            else ("exact figures that differ contradict")
        )
    else:
        why = _VERDICT_WHY[verdict]
    if topic_shared and not (a.predicate or a.subject):
        why += f" (both sentences are about {', '.join(sorted(topic_shared))})"
    subject = topic(a) if _richer(a, b) else topic(b)
    explanation = f"Both say {subject}: {_value(a)} vs {_value(b)} — {why}."
    frame_score = _VERDICT_SCORE[verdict] - 5 * _unknowns(
        a, b, "subject", "place", "event_date", "scope"
    )
    if not places_compatible(a.place, b.place):
        frame_score -= 15
    return Match(relation, _blend(frame_score, text, t), explanation)


_SUBGROUP_LABELS = {
    "foreign": "foreign {} only",
    "local": "local {} only",
    "serious": "{} in a serious condition only",
    "returned": "{} who returned only",
}


def _group_label(frame: Frame, group: str | None) -> str:
    noun = _plural(frame.unit or "people")
    if group is None:
        return f"all {noun}"
    return _SUBGROUP_LABELS.get(group, group + " {} only").format(noun)


def _plural(unit: str) -> str:
    if unit in _GENERIC_UNITS:
        return "people"
    unit = unit.replace("_", " ")
    return unit if unit.endswith("s") else unit + "s"


def _part_vs_whole(a: Frame, b: Frame) -> Match | None:
    """A skip when one count is of a subgroup the other does not count
    ("1.2 million foreign visitors" vs "2 million visitors"; "nine in
    critical condition" vs "40 wounded"), or one is a stated whole ("in
    total", "the overall toll") and the other names a side or nationality
    the whole does not (one country's toll vs the toll of two)."""
    ga, gb = a.extra.get("subgroup"), b.extra.get("subgroup")
    if ga != gb:
        return _skip(
            SkipReason.SUBJECT,
            f"Not compared: one counts {_group_label(a, ga)} ({_value(a)}), the other "
            f"{_group_label(b, gb)} ({_value(b)}) — a count of part of a group neither "
            "confirms nor contradicts a count of another part or of the whole.",
        )
    for whole, part in ((a, b), (b, a)):
        if not whole.extra.get("whole") or part.extra.get("whole"):
            continue
        if not whole.subject and part.subject:
            return _skip(
                SkipReason.SUBJECT,
                f"Not compared: one counts {subject_label(part.subject)} "
                f"{_plural(part.unit or 'people')} only ({_value(part)}), the other is a "
                f"stated total ({_value(whole)}) — a part neither confirms nor "
                "contradicts the total.",
            )
        assert part.value is not None and whole.value is not None
        if part.scope != "cumulative" and part.value * _PART_OF_WHOLE_RATIO < whole.value:
            # "130 killed in all" and "the gunmen at the concert hall killed
            # 89": a count well under a stated total may be one of its parts.
            return _skip(
                SkipReason.SCOPE,
                f"Not compared: {_value(whole)} is a stated total and {_value(part)}, "
                "well under it, may count one of its parts — a part neither confirms nor "
                "contradicts the total.",
            )
    return None


# A count this many times under a stated total may be one of its parts; one
# closer to it is a rival report of the same total ("129" vs "130 in all").
_PART_OF_WHOLE_RATIO = 1.25


# Two shares with no stated subject are one measure when their sentences
# share this many concepts beyond names, most of the smaller sentence's,
# and the figures are this close (98 and 96 percent of a stockpile cut;
# 98 percent cut and 3.67 percent enrichment are two measures).
_TOPIC_MIN_SHARED = 2
_TOPIC_MIN_OVERLAP = 0.6
_TOPIC_MAX_RATIO = 1.5


def _shared_topic(a: Frame, b: Frame) -> frozenset[str]:
    """The concepts two unqualified shares' sentences share, when they are
    about one topic (else empty): "the tariff on Chinese imports would fall
    to 47 percent" and "tariffs on Chinese imports would come down to 57
    percent" measure one rate."""
    ta, tb = a.extra.get("context"), b.extra.get("context")
    if not ta or not tb or _far_apart(a, b, _TOPIC_MAX_RATIO):
        return frozenset()
    ca, cb = concepts(ta), concepts(tb)
    shared = ca & cb
    if (
        len(shared - NAME_CONCEPTS) < _TOPIC_MIN_SHARED
        or len(shared) / max(1, min(len(ca), len(cb))) < _TOPIC_MIN_OVERLAP
        or _names_apart(ca, cb)
    ):
        return frozenset()
    return shared


def _running_totals_reported_apart(a: Frame, b: Frame, t: KindThresholds) -> bool:
    if not (a.scope == b.scope == "cumulative") or t.running_total_report_gap_days <= 0:
        return False
    if a.published_at is None or b.published_at is None:
        return False
    gap = abs(a.published_at - b.published_at)
    return gap >= timedelta(days=t.running_total_report_gap_days)


_DAY_SECONDS = 86400.0
# Lengths under this (an attack, a wait, a search, a session of talks) are
# compared with within_day_max_ratio.
_SHORT_LENGTH_SECONDS = 2 * _DAY_SECONDS

# An incident's count and a total further apart than this are not linked.
_SCOPE_FIT_RATIO = 1.5


def _far_apart(a: Frame, b: Frame, ratio: float, min_difference: float = 0.0) -> bool:
    assert a.value is not None and b.value is not None
    low, high = sorted((abs(a.value), abs(b.value)))
    return ratio > 0 and high > ratio * max(low, 1e-9) and high - low >= min_difference


def _unscoped_rivals(a: Frame, b: Frame, t: KindThresholds) -> bool:
    """Two counts of the same people that state no scope, day or bound,
    reported close together: likely rival figures for one toll."""
    bounds = (Qualifier.AT_LEAST, Qualifier.AT_MOST)
    if a.scope or b.scope or a.unit != b.unit or a.extra.get("whole") or b.extra.get("whole"):
        return False
    if a.value_qualifier in bounds or b.value_qualifier in bounds:
        return False
    if a.event_date is not None and b.event_date is not None and a.event_date != b.event_date:
        return False
    if a.published_at is None or b.published_at is None:
        return False
    gap = abs(a.published_at - b.published_at)
    return gap <= timedelta(days=t.unscoped_report_gap_days)


def _one_floor(a: Frame, b: Frame) -> bool:
    """One count is an open lower bound ("at least 60") and the other no upper one."""

    def floor(f: Frame) -> bool:
        return f.value_qualifier is Qualifier.AT_LEAST and f.extra.get("upper") is None

    def ceiling(f: Frame) -> bool:
        return f.value_qualifier is Qualifier.AT_MOST or f.extra.get("upper") is not None

    return (floor(a) or floor(b)) and not (ceiling(a) or ceiling(b))


def _is_exact(f: Frame) -> bool:
    return (f.value_qualifier or Qualifier.EXACT) is Qualifier.EXACT


def _both_exact(a: Frame, b: Frame) -> bool:
    return _is_exact(a) and _is_exact(b)


def _richer(a: Frame, b: Frame) -> bool:
    """True when ``a`` states at least as much context as ``b`` (for the explanation)."""

    def known(f: Frame) -> tuple[int, str]:
        n = sum(x is not None for x in (f.subject, f.place, f.event_date, f.unit))
        return n, f.language  # language breaks ties so the choice is symmetric

    return known(a) >= known(b)


# --- events ---------------------------------------------------------------------


_INSTANTS = (None, "minute", "midnight", "noon", "midnight-start", "midnight-end")


def _midnight_readings(frame: Frame, window: TimeWindow, tolerance: timedelta) -> list[TimeWindow]:
    """The frame's window, and for a midnight on one named day the other one."""
    shift = {"midnight-start": timedelta(days=1), "midnight-end": timedelta(days=-1)}.get(
        frame.time_precision or ""
    )
    if shift is None or frame.time is None:
        return [window]
    other = frame.time + shift
    return [window, TimeWindow(other - tolerance, other + tolerance)]


def _recurring(t: KindThresholds) -> set[str]:
    return {p.strip() for p in t.recurring_events.split(",") if p.strip()}


def _compare_event(a: Frame, b: Frame, t: KindThresholds, text: float | None) -> Match | None:
    if not a.predicate or a.predicate != b.predicate:
        return None
    skipped = _scope_skip(a, b, t)
    if skipped is not None:
        return skipped
    what = f"the {a.predicate}" + (f" in {a.place or b.place}" if a.place or b.place else "")
    if a.negated != b.negated:
        yes, no = (a, b) if b.negated else (b, a)
        return Match(
            Relation.CONTRADICTS,
            _blend(85.0, text, t),
            f"One claim asserts {what} ({quote(yes.text)}), the other denies it "
            f"({quote(no.text)}).",
        )
    tolerance = timedelta(minutes=t.time_tolerance_minutes)
    times = f"{describe_time(a)} vs {describe_time(b)}"
    wall = ""
    if (
        a.time is not None
        and b.time is not None
        and a.extra.get("zone") == b.extra.get("zone") == "publication"
        and a.time.utcoffset() != b.time.utcoffset()
    ):
        # Neither clock says its zone, and the two outlets sit in different
        # ones: each most likely gives the event's local time, so the two
        # are compared as wall clocks, not shifted by the outlets' offsets.
        a = replace(a, time=a.time.replace(tzinfo=UTC))
        b = replace(b, time=b.time.replace(tzinfo=UTC))
        wall = " (neither names a zone: compared as local wall-clock times)"
    wa = time_window(a, tolerance=tolerance)
    wb = time_window(b, tolerance=tolerance)
    if wa is None and wb is None:
        return Match(
            Relation.AGREES,
            _blend(70.0, text, t),
            f"Both report {what}; neither gives a time, so nothing in them conflicts.",
        )
    if wa is None or wb is None:
        # Both assert the same event; a time on one side only is neither
        # confirmed nor refuted, hence the lower score.
        return Match(
            Relation.AGREES,
            _blend(65.0, text, t),
            f"Both report {what}; only one gives a time "
            f"({describe_time(a if wa else b)}), so nothing in them conflicts.",
        )
    times += wall
    if not comparable(wa, wb):
        return Match(
            Relation.RELATED,
            _blend(60.0, text, t),
            f"Both report {what} ({times}), but one time has no known zone, "
            "so the two cannot be compared as instants.",
        )
    if a.time_precision == b.time_precision == "day" and a.time and b.time:
        # Two named days ("began on Monday" vs "opened on Tuesday") are each
        # a day where the event happened: compared as dates, not as windows
        # widened for unknown zones, which would let neighbours overlap.
        da, db = localise(a.time, a.place).date(), localise(b.time, b.place).date()
        if da != db and a.predicate in _recurring(t):
            return _skip(
                SkipReason.EVENT_DATE,
                f"Not compared: {what} on different days ({times}) — a {a.predicate} "
                "happens again and again, so these are two of them, not one in dispute.",
            )
        if da != db:
            return Match(
                Relation.CONTRADICTS,
                _blend(85.0, text, t),
                f"Both report {what} but on different days: {times}.",
            )
    reading = ""
    if not wa.overlaps(wb):
        # "midnight on Wednesday" may be the midnight that starts Wednesday
        # or the one that ends it: either reading that fits agrees.
        for alt_a in _midnight_readings(a, wa, tolerance):
            for alt_b in _midnight_readings(b, wb, tolerance):
                if alt_a.overlaps(alt_b):
                    wa, wb = alt_a, alt_b
                    reading = " (reading a midnight on a named day as the other end of that day)"
                    break
            if reading:
                break
    if wa.overlaps(wb):
        precise = a.time_precision in _INSTANTS and b.time_precision in _INSTANTS
        why = (
            f"the same moment (within {t.time_tolerance_minutes:g} min)"
            if precise
            else "one time falls within the other's part of the day"
        )
        return Match(
            Relation.AGREES,
            _blend(100.0 if precise else 85.0, text, t),
            f"Both report {what} at {times} — {why}{reading}, so they agree.",
        )
    return Match(
        Relation.CONTRADICTS,
        _blend(90.0, text, t),
        f"Both report {what} but at {times} — the times do not overlap, so they contradict.",
    )


# --- statements -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    """Two quotes' concepts and polarities read together.

    A quote's polarity is its negation XOR the side it takes of a pair of
    opposite concepts the other quote also names (:data:`OPPOSITES`):
    "sanctions will stay in place" is the negated "sanctions will be
    lifted", so it meets "لن تُرفع العقوبات" with the same polarity, and
    "is still at large" meets "was arrested" with the opposite one. The
    opposite concept is then counted as the concept it denies, so the two
    quotes share it. An opposite the other quote has no side of is left as
    it is: "an innocent bystander" denies nothing of a quote on the blast.
    """

    ca: frozenset[str]
    cb: frozenset[str]
    negated_a: bool
    negated_b: bool
    # What the opposites were read as, for the explanation.
    notes: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        return f" ({'; '.join(self.notes)})" if self.notes else ""


def _reading(a: Frame, b: Frame) -> _Reading:
    ca, cb = quote_concepts(a.text or a.normalized), quote_concepts(b.text or b.normalized)
    na, nb = a.negated, b.negated
    pa, pb = polar_axes(ca), polar_axes(cb)
    notes: list[str] = []
    for axis in sorted(pa.keys() & pb.keys()):
        for side, frame in ((pa, a), (pb, b)):
            concept = side[axis]
            if concept == axis:
                continue
            if side is pa:
                na = not na
                ca = (ca - {concept}) | {axis}
            else:
                nb = not nb
                cb = (cb - {concept}) | {axis}
            notes.append(f"{quote(frame.text)} is read as {OPPOSITES[concept][1]}")
    return _Reading(ca, cb, na, nb, tuple(notes))


def _compare_statement(a: Frame, b: Frame, t: KindThresholds, text: float | None) -> Match | None:
    if not a.speaker or not b.speaker:
        return None
    if a.speaker != b.speaker and not _same_speaker(a.speaker, b.speaker):
        return _two_speakers(a, b, t, text)
    # Another outlet's report of a statement comes within days; the same
    # words months later are a new statement, and comparing a speaker's
    # every quote across the years would not scale.
    skipped = _window_skip(a, b, t)
    if skipped is not None:
        return skipped
    r = _reading(a, b)
    if text is None:
        return _cross_language_statement(a, b, t, r)
    who = a.speaker
    pair = f"{quote(a.text)} vs {quote(b.text)}"
    if r.negated_a == r.negated_b:
        # Reworded quotes ("was ready to discuss China's peace plan" / "is
        # open to discussing Beijing's proposals") share their concepts more
        # than their letters: judged as across languages, however few
        # letters they share.
        # Wording this alike needs only two shared concepts, whatever
        # concept_min_shared asks of quotes that share few letters.
        min_shared = t.concept_min_shared
        if text >= t.related_min_text_score:
            min_shared = min(2, min_shared)
        agreed = text >= t.min_text_score or _concepts_agree(r, t, min_shared=min_shared)
        if agreed:
            return Match(
                Relation.AGREES,
                _clamp(text),
                f"Both quote {who} saying the same thing: {pair} — wording {text:.0f}/100 "
                f"alike with the same polarity{r.note}.",
            )
    elif text >= t.negation_min_text_score:
        return Match(
            Relation.CONTRADICTS,
            _clamp(text),
            f"{who} is quoted both ways: {_both_ways(a, b, r)} — the same words "
            f"({text:.0f}/100 alike without the negation) with opposite polarity{r.note}.",
        )
    elif _concepts_contradict(r, t):
        # "had not known about the warnings" / "had been told of the
        # warnings": other words, the same point, opposite polarity.
        shared = r.ca & r.cb
        return Match(
            Relation.CONTRADICTS,
            _clamp(60 + text / 4),
            f"{who} is quoted both ways: {_both_ways(a, b, r)} — the quotes share the "
            f"concepts {', '.join(sorted(shared))} with opposite polarity{r.note}.",
        )
    if text >= t.related_min_text_score:
        return Match(
            Relation.RELATED,
            _clamp(text),
            f"Both quote {who} on a similar point: {pair} — wording {text:.0f}/100 alike, "
            "too different to call the same statement.",
        )
    return None


def _both_ways(a: Frame, b: Frame, r: _Reading) -> str:
    """The two quotes, the negated one named so when a negation (not an
    opposite word alone) tells them apart."""
    if a.negated != b.negated:
        yes, no = (a, b) if b.negated else (b, a)
        return f"{quote(yes.text)} vs the negated {quote(no.text)}"
    return f"{quote(a.text)} vs {quote(b.text)}"


def _concepts_contradict(r: _Reading, t: KindThresholds) -> bool:
    """Nearly every concept of the shorter quote is in the other (the
    stricter share that judges a negation across languages)."""
    ca, cb = r.ca, r.cb
    if not ca or not cb or _names_apart(ca, cb):
        return False
    return len(ca & cb) >= 2 and _same_point(ca, cb, 3, t.negation_concept_min_overlap)


# "Hassan Diab" (four consonant classes) is too short to tell from others.
_WHOLE_NAME_MIN_CONSONANTS = 5


def _same_speaker(a: str, b: str) -> bool:
    """Two names for one speaker the entity data does not know.

    Each outlet names a new speaker its own way: "Blinken" and "أنتوني
    بلينكن" are one person when their consonants are; "Tedros" is "Tedros
    Adhanom Ghebreyesus" when it is a whole word of it; an office with no
    name ("Hospital Director", "مدير المستشفى") is one speaker when its
    words make the same concepts.
    """
    if same_name(a, b):
        return True
    # A name written in more or fewer words in the other script ("Xi
    # Jinping" / "شي جين بينغ", "Nasrallah" / "نصر الله"), or whose family
    # name is too short to tell alone ("Narendra Modi"): the whole name's
    # consonants, when there are enough of them.
    if is_latin(a) != is_latin(b):
        ka, kb = skeleton(a).replace(" ", ""), skeleton(b).replace(" ", "")
        if ka == kb and len(ka) >= _WHOLE_NAME_MIN_CONSONANTS:
            return True
    wa, wb = fold(a).split(), fold(b).split()
    short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if short and len("".join(short)) >= 4 and f" {' '.join(short)} " in f" {' '.join(full)} ":
        return True
    ca, cb = concepts(a), concepts(b)
    return len(ca) >= 2 and ca == cb and not ca <= NAME_CONCEPTS


def _concepts_agree(r: _Reading, t: KindThresholds, *, min_shared: int) -> bool:
    """The quotes' concept keys overlap enough to be the same point."""
    ca, cb = r.ca, r.cb
    if not ca or not cb or _names_apart(ca, cb):
        return False
    return _agreeing_point(ca, cb, t, min_shared=min_shared)


def _agreeing_point(
    ca: frozenset[str], cb: frozenset[str], t: KindThresholds, *, min_shared: int
) -> bool:
    """The same point: most of the shorter quote's concepts in the other,
    or, for long quotes that run on into other matters, several concepts
    beyond names at a lower share ("had shot down the Ukrainian airliner
    that crashed near Tehran, ending three days of denials …")."""
    if _same_point(ca, cb, min_shared, t.concept_min_overlap):
        return True
    shared = ca & cb
    return (
        len(shared - NAME_CONCEPTS) >= t.long_quote_min_shared
        and len(shared) / min(len(ca), len(cb)) >= t.long_quote_min_overlap
    )


def _same_point(ca: frozenset[str], cb: frozenset[str], min_shared: int, overlap: float) -> bool:
    """Enough of the smaller quote's concepts are in the other, and not only
    names: two quotes that share "Russia" and "Ukraine" share a topic."""
    shared = ca & cb
    return (
        len(shared) >= min(min_shared, len(ca), len(cb))
        and len(shared) / min(len(ca), len(cb)) >= overlap
        and not shared <= NAME_CONCEPTS
    )


def _names_apart(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """Each quote names a country, people or body the other does not, and
    the names carry the point: "a trade deal with Japan" and "no trade deal
    with China", or the humanitarian situation in Sudan and in Gaza, are two
    points in the same few words. A name only one side gives ("the deal" /
    "the deal with Iran") is no difference, nor one that two quotes sharing
    many other concepts differ on (a speaker's "we" is another's "the
    United States")."""
    return (
        bool((ca - cb) & NAME_CONCEPTS)
        and bool((cb - ca) & NAME_CONCEPTS)
        and len((ca & cb) - NAME_CONCEPTS) < _NAMES_APART_MAX_SHARED
    )


# Two quotes sharing this many concepts beyond names make one point whatever
# names each adds.
_NAMES_APART_MAX_SHARED = 3


def _two_speakers(a: Frame, b: Frame, t: KindThresholds, text: float | None) -> Match | None:
    # Two people on (nearly) the same words with opposite polarity: one says
    # the army "did not know", another that it "knew" — a contradiction
    # between sources, the case fact-checkers look for. Only within a language and on long enough
    # quotes: short phrases recur in everyone's mouth.
    if text is None or min(len(comparable_text(a).split()), len(comparable_text(b).split())) < 5:
        return None
    pair = f"{a.speaker}: {quote(a.text)} vs {b.speaker}: {quote(b.text)}"
    r = _reading(a, b)
    if r.negated_a != r.negated_b and text >= t.negation_min_text_score:
        return Match(
            Relation.CONTRADICTS,
            _clamp(text),
            f"{pair} — the same claim ({text:.0f}/100 alike without the negation) asserted "
            f"by one and denied by the other{r.note}.",
        )
    # Two people asserting the same thing make two claims, not one claim
    # reported twice: they are not linked as agreeing.
    return None


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    """Whether the shipped entity table knows ``name`` as a country."""
    ent = EntityIndex.default().get(name)
    return ent is not None and ent.kind == "country"


def _cross_language_statement(a: Frame, b: Frame, t: KindThresholds, r: _Reading) -> Match | None:
    # Quotes in two languages cannot be compared word for word: compare the
    # concepts they mention (a bilingual lexicon), and fall back on shared
    # entities, which say only that the quotes are on the same topic.
    ca, cb = r.ca, r.cb
    if ca and cb:
        shared = ca & cb
        if _agreeing_point(ca, cb, t, min_shared=t.concept_min_shared):
            score = _clamp(60 + 40 * len(shared) / len(ca | cb))
            pair = f"{quote(a.text)} vs {quote(b.text)}"
            if _names_apart(ca, cb):
                return Match(
                    Relation.RELATED,
                    score,
                    f"Both quote {a.speaker} ({a.language} and {b.language}) on "
                    f"{', '.join(sorted(shared))}: {pair} — but each names what the other "
                    "does not, two points in the same words.",
                )
            if r.negated_a == r.negated_b:
                return Match(
                    Relation.AGREES,
                    score,
                    f"Both quote {a.speaker} ({a.language} and {b.language}) saying the same "
                    f"thing: {pair} — they share the concepts {', '.join(sorted(shared))} "
                    f"with the same polarity{r.note}.",
                )
            # Three shared concepts at the stricter share, or two quotes
            # made of the very same concepts ("the summit was postponed" /
            # "القمة لم تؤجل"), as within one language.
            if (len(shared) >= 3 and _same_point(ca, cb, 3, t.negation_concept_min_overlap)) or (
                ca == cb and len(ca) >= 2
            ):
                return Match(
                    Relation.CONTRADICTS,
                    score,
                    f"{a.speaker} is quoted both ways ({a.language} and {b.language}): "
                    f"{_both_ways(a, b, r)} — the quotes share the concepts "
                    f"{', '.join(sorted(shared))} with opposite polarity{r.note}.",
                )
            return Match(
                Relation.RELATED,
                score,
                f"Both quote {a.speaker} ({a.language} and {b.language}) on "
                f"{', '.join(sorted(shared))}: {pair} — one is negated{r.note}, but too few "
                "of their concepts match to judge a contradiction across languages.",
            )
    ea, eb = set(a.entities), set(b.entities)
    # A country only one side names is how the language tells it ("Ukraine
    # has nothing to do with" / "بلاده لم تكن لها أي علاقة", "inside the
    # kingdom's consulate" / "the Saudi consulate"), not another topic.
    lone = {n for n in ea ^ eb if _is_country(n)}
    ea, eb = ea - lone, eb - lone
    if not ea or not eb:
        return None
    overlap = len(ea & eb) / len(ea | eb)
    if overlap < 0.5:
        return None
    return Match(
        Relation.RELATED,
        _clamp(50.0 * overlap + 20.0),
        f"Both quote {a.speaker} ({a.language} and {b.language}) on "
        f"{', '.join(sorted(ea & eb))}; quotes in different languages are linked, not judged.",
    )
