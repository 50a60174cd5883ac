"""The matcher's knobs, per claim kind, with documented defaults.

Defaults live in :class:`KindThresholds`; per-kind overrides in
:data:`KIND_DEFAULTS`. A deployment changes them in ``claims.toml``::

    [match]                      # every kind
    approximate_tolerance = 0.15
    copy_min_similarity = 0.7    # not per kind: copies are whole documents

    [match.STATEMENT]            # one kind
    min_text_score = 80

or with environment variables ``CLAIMS_MATCH_<KIND>_<KNOB>`` (one kind) and
``CLAIMS_MATCH_<KNOB>`` (every kind), which win over the file:
``CLAIMS_MATCH_STATEMENT_MIN_TEXT_SCORE=80``.
"""

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from claims.text.frames import ClaimKind


@dataclass(frozen=True, slots=True)
class KindThresholds:
    """Knobs for one claim kind."""

    # Statements: folded-text similarity (0-100, see text.statement_similarity)
    # at which the same speaker's two statements are the same statement.
    min_text_score: float = 85.0
    # Statements with opposite polarity contradict at this similarity; a bit
    # lower than min_text_score because removing "not" leaves the two texts
    # already close.
    negation_min_text_score: float = 80.0
    # Statements this similar but below min_text_score are RELATED.
    related_min_text_score: float = 60.0
    # Quotes in two languages: share of the smaller quote's concept keys
    # (claims.match.concepts) the other must hold to be the same statement
    # (and at least three shared, or all of a shorter quote's). Below 1
    # because an outlet often runs two clauses of one answer together.
    concept_min_overlap: float = 0.6
    # ...and at least this many concepts shared (fewer when a quote has
    # fewer). Two suffice: the speaker and the days are already the same,
    # and a quote's point is often two concepts ("painful decision",
    # "did not know about the port").
    concept_min_shared: int = 2
    # Long quotes run on into other matters: this many shared concepts
    # beyond names, at this lower share of the shorter quote's, are the
    # same point too.
    long_quote_min_shared: int = 3
    long_quote_min_overlap: float = 0.35
    # The same point with opposite polarity ("did not know" vs "كانت
    # تعلم", "no agreement was reached on the exchange" vs "the sides
    # agreed on the exchange") contradicts at this share of the smaller
    # quote's concepts (at least three shared; within one language, all of
    # a two-concept quote's do): two thirds, since a
    # reworded admission or denial keeps its point but changes the filler
    # around it ("reached", "the sides"). 0.8 left five such denials of the
    # development sets RELATED; 0.66 linked no new pair wrongly there.
    negation_concept_min_overlap: float = 0.66
    # "about 60" allows 60 +/- this fraction.
    approximate_tolerance: float = 0.1
    # A round exact value within this fraction of a precise one is a
    # rounding (RELATED), not a contradiction; 0 disables (exact counts).
    rounding_tolerance: float = 0.0
    # ...and only when the round value is a multiple of at least this step:
    # a toll of "4,000" for 3,958 is a rounding, "30" for 33 is not.
    min_rounding_step: float = 1.0
    # Two running totals ("the toll rose to") published this many days
    # apart are updates of one another (RELATED), not a contradiction; 0
    # compares them as plain counts.
    running_total_report_gap_days: int = 2
    # Two clock times this close are the same moment.
    time_tolerance_minutes: float = 5.0
    # Two claims whose texts date their events this many days apart are
    # still about the same event (0: the same day).
    event_date_tolerance_days: int = 0
    # A report without a date is about the days before its publication
    # (news refers back to "last week's strike")...
    report_lookback_days: int = 14
    # ...or, for announcements, the days after it ("patrols from 15 March").
    report_lookahead_days: int = 1
    # When two figures differ but one's range holds the other ("at least 34"
    # vs 36, "more than three hours" vs 3 h 10 min): True reads them as
    # agreeing, False as RELATED (one is a looser statement of the other).
    loose_match_agrees: bool = False
    # Counts this many times apart, when a scope is unknown, are taken to
    # be different scopes (one strike vs a running total), not a conflict:
    # outlets rarely disagree by half on one incident. 0 disables.
    unknown_scope_max_ratio: float = 1.5
    # ...but only when they are also this far apart in absolute terms:
    # "three sailors wounded" vs "six" is a dispute over one incident's
    # count, "33 killed" vs "60" is a strike against an offensive.
    unknown_scope_min_difference: float = 0.0
    # Lengths both under two days (a meeting, a wait, an attack, a search)
    # this many times apart are still compared, when a scope is unknown and
    # neither is a ceiling ("less than four hours"): outlets do dispute how
    # long one afternoon's events took. 0: as the ratio above.
    within_day_max_ratio: float = 0.0
    # Two counts of the same people with no scope stated by either (no
    # incident, no running total, no day apart), reported within
    # unscoped_report_gap_days of each other, are compared up to this many
    # times apart: such reports are rival counts of one toll. 0: as
    # unknown_scope_max_ratio.
    unscoped_max_ratio: float = 0.0
    unscoped_report_gap_days: float = 3.0
    # When one count is an open lower bound ("at least 60") and neither
    # has an upper one, counts up to this many times apart are still compared
    # when a scope is unknown: a floor is an early, partial count of a toll
    # that goes on rising. 0: as unknown_scope_max_ratio.
    floor_max_ratio: float = 0.0
    # Weight of the text score in a numeric claim's score (the rest comes
    # from the frames); statements use the text score alone.
    text_weight: float = 0.2
    # Event types that happen again and again (comma-separated): two of
    # them on different days are two events, not a dispute about the day.
    recurring_events: str = ""


# Why these differ from the base defaults:
KIND_DEFAULTS: dict[ClaimKind, dict[str, Any]] = {
    # Casualty counts are reported exactly; "30" vs "33" killed is a conflict,
    # and a toll of 36 confirms "at least 34" (the count kept rising).
    # Round hundreds and thousands are how large tolls are quoted, though.
    # A toll dated a day apart is often one incident told from either side
    # of midnight (it is then compared only when the figures are close).
    ClaimKind.CASUALTY: {
        "event_date_tolerance_days": 1,
        "unknown_scope_min_difference": 10,
        "rounding_tolerance": 0.05,
        "min_rounding_step": 100,
        "loose_match_agrees": True,
        # An early "at least 60 killed" and a final 169 are one toll:
        # floors are compared up to 3x apart (the development sets' tolls
        # that one outlet floors and another counts lie within 3x; the
        # incident-vs-total pairs they label as unlinked are 3.5x apart or
        # more).
        "floor_max_ratio": 3.0,
        # Outlets that state no scope at all and report within three days
        # of each other give rival figures for one toll (the development
        # sets' such pairs lie within 3x and are labelled contradictions;
        # the unlinked ones state a scope, a day, another noun, or come
        # 4-6 days apart).
        "unscoped_max_ratio": 3.0,
    },
    # "six hours" for a 5 h 40 min meeting is how people round durations;
    # "more than three hours" is true of 3 h 10 min, so the two agree.
    # A "10 minutes" against "3 h 10 min" is a fragment or another meeting,
    # not a disagreement about one meeting; nor are "16 years" and "25
    # years", or "30 days" and "60 days" of martial law asked and granted,
    # which the gold sets label as different things (1.5x: the same as
    # counts; 3x linked four such pairs on the development sets).
    # Lengths under two days are compared up to 3x apart ("about five hours"
    # vs "about three hours" of one attack; "more than 13 hours" vs "about
    # five" of one round of talks; "about 43 hours" vs "nearly 24" of one
    # fire): the gold sets label those contradictions, while 1.5x still
    # guards the long periods above, and a ceiling ("less than four hours")
    # against a length well under it stays unlinked, as the gold sets have it.
    ClaimKind.DURATION: {
        "rounding_tolerance": 0.1,
        "unknown_scope_max_ratio": 1.5,
        "within_day_max_ratio": 3.0,
        "loose_match_agrees": True,
    },
    # "3.5 million refugees" vs "3,580,000": round figures are common ("500
    # people on the bridge" for the police's 472, within half the round
    # figure's step and 10 %, as durations), and "more than 400 ships"
    # agrees with 422.
    # Amounts and events are often announced ahead: a corridor or patrols
    # "from 15 March" in a report of 5 March. A salvo fired "on Saturday
    # night" is Sunday's in another outlet: counts dated a day apart are
    # compared, as casualties are (figures far apart still are not).
    ClaimKind.QUANTITY: {
        "rounding_tolerance": 0.1,
        "report_lookahead_days": 30,
        "event_date_tolerance_days": 1,
        "unknown_scope_max_ratio": 0.0,  # amounts legitimately differ by any factor
        "loose_match_agrees": True,
    },
    # A strike on Monday and one on Wednesday are two strikes, and patrols
    # run every week; a ceasefire or an agreement starts once.
    ClaimKind.EVENT: {"report_lookahead_days": 30, "recurring_events": "strike,patrols"},
    # Other outlets report a statement within a month of its first report.
    ClaimKind.STATEMENT: {"report_lookback_days": 30, "report_lookahead_days": 30},
}


def _default_kinds() -> dict[ClaimKind, KindThresholds]:
    return {kind: KindThresholds(**KIND_DEFAULTS.get(kind, {})) for kind in ClaimKind}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """All the matcher's knobs: one :class:`KindThresholds` per kind.

    >>> Thresholds().for_kind(ClaimKind.DURATION).rounding_tolerance
    0.1
    """

    kinds: dict[ClaimKind, KindThresholds] = field(default_factory=_default_kinds)
    # copies.is_copy: containment of word 5-grams at which a document is a
    # reprint of another (robust to a new headline and a changed sentence).
    copy_min_similarity: float = 0.6

    def for_kind(self, kind: ClaimKind) -> KindThresholds:
        return self.kinds.get(kind) or KindThresholds()


DEFAULT_THRESHOLDS = Thresholds()

_COPY_MIN = 0.6
_KNOBS = {f.name: f.type for f in fields(KindThresholds)}
_PREFIX = "CLAIMS_MATCH_"


def _coerce(name: str, raw: Any, *, source: str) -> Any:
    kind = _KNOBS.get(name)
    if kind is None:
        raise ValueError(f"{source}: unknown match knob {name!r}; known: {sorted(_KNOBS)}")
    if kind is str:
        return str(raw)
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"{source}: {name} must be true or false, got {raw!r}")
    try:
        return int(raw) if kind is int else float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{source}: {name} must be a number, got {raw!r}") from None


def load_thresholds(
    path: Path | None = None, environ: Mapping[str, str] | None = None
) -> Thresholds:
    """Thresholds from ``claims.toml`` ``[match]`` tables and ``CLAIMS_MATCH_*`` variables.

    ``path`` None reads no file; ``environ`` None reads ``os.environ``.
    Unknown knobs are errors, so a typo never silently keeps a default.

    >>> t = load_thresholds(None, {"CLAIMS_MATCH_STATEMENT_MIN_TEXT_SCORE": "80"})
    >>> t.for_kind(ClaimKind.STATEMENT).min_text_score
    80.0
    >>> t.for_kind(ClaimKind.EVENT).min_text_score
    85.0
    """
    env = os.environ if environ is None else environ
    common: dict[str, Any] = {}
    per_kind: dict[ClaimKind, dict[str, Any]] = {k: {} for k in ClaimKind}
    copy_min = _COPY_MIN

    if path is not None:
        with path.open("rb") as handle:
            table = tomllib.load(handle).get("match", {})
        for key, value in table.items():
            if isinstance(value, dict):
                kind = _kind(key, source=str(path))
                for knob, raw in value.items():
                    per_kind[kind][knob] = _coerce(knob, raw, source=f"{path} [match.{key}]")
            elif key == "copy_min_similarity":
                copy_min = float(value)
            else:
                common[key] = _coerce(key, value, source=f"{path} [match]")

    env_common: dict[str, Any] = {}
    env_kind: dict[ClaimKind, dict[str, Any]] = {k: {} for k in ClaimKind}
    for name, raw in env.items():
        if not name.startswith(_PREFIX):
            continue
        rest = name[len(_PREFIX) :]
        if rest == "CONFIG":  # CLAIMS_MATCH_CONFIG names the file (claims.config)
            continue
        if rest == "COPY_MIN_SIMILARITY":
            copy_min = float(raw)
            continue
        env_kind_of = next((k for k in ClaimKind if rest.startswith(f"{k.value}_")), None)
        if env_kind_of is None:
            env_common[rest.lower()] = _coerce(rest.lower(), raw, source=name)
        else:
            knob = rest[len(env_kind_of.value) + 1 :].lower()
            env_kind[env_kind_of][knob] = _coerce(knob, raw, source=name)

    kinds = {}
    for kind in ClaimKind:
        # Precedence, lowest first: built-in per-kind default, file [match],
        # file [match.KIND], env CLAIMS_MATCH_KNOB, env CLAIMS_MATCH_KIND_KNOB.
        base = KindThresholds(**KIND_DEFAULTS.get(kind, {}))
        kinds[kind] = replace(base, **_merge(common, per_kind[kind], env_common, env_kind[kind]))
    return Thresholds(kinds=kinds, copy_min_similarity=copy_min)


def _merge(*layers: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for layer in layers:
        out.update(layer)
    return out


def _kind(name: str, *, source: str) -> ClaimKind:
    try:
        return ClaimKind(name.upper())
    except ValueError:
        known = [k.value for k in ClaimKind]
        raise ValueError(
            f"{source}: [match.{name}] is not a claim kind; use one of {known}"
        ) from None
