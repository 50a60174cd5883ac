"""Blocking keys: the index entries that bring candidate pairs together.

Storage keeps a table of ``(claim_id, key)``; a new claim's candidates are
the stored claims that share one of its keys. The keys are built from the
same fields that :func:`claims.match.compare` requires to be equal, and the
date part from the same date window it requires to overlap, so **any two
claims that compare as AGREES, CONTRADICTS or RELATED share a key** (the
property tests check this). Skips need no shared key: they are explanations
of non-matches, found when they happen to be candidates.

Key shapes (all under 200 characters):

* numeric kinds: ``CASUALTY|killed|2020-W09`` (kind, predicate, ISO week of
  each day in the claim's date window); QUANTITY adds the unit, since
  different units never compare: ``QUANTITY|deployed|km|2020-W10``;
* EVENT: ``EVENT|ceasefire|2020-W10``;
* STATEMENT: ``STATEMENT|speaker|Vladimir Putin`` (statements by one
  speaker are compared across time). Two speakers' statements that
  contradict or agree (near-identical words) share no key: their
  candidates come from the store's trigram text index, as do weak frames;
* claims with no date at all use ``undated`` for the week.
"""

from claims.match.thresholds import DEFAULT_THRESHOLDS, Thresholds
from claims.match.times import window_for
from claims.text.frames import ClaimKind, Frame


def blocking_keys(frame: Frame, *, thresholds: Thresholds | None = None) -> list[str]:
    """The keys to index ``frame`` under and to look its candidates up by.

    >>> from datetime import date
    >>> f = Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, "ar", predicate="killed", unit="soldier",
    ...           value=34, event_date=date(2020, 2, 27))
    >>> blocking_keys(f)
    ['CASUALTY|killed|2020-W09']
    >>> blocking_keys(Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin"))
    ['STATEMENT|speaker|Vladimir Putin']
    """
    if frame.kind is ClaimKind.STATEMENT:
        return [f"STATEMENT|speaker|{frame.speaker}"] if frame.speaker else []
    if frame.kind is ClaimKind.EVENT:
        if not frame.predicate:
            return []
        stem = f"EVENT|{frame.predicate}"
    elif frame.value is None:
        return []  # compare() needs a value on both sides
    elif frame.kind is ClaimKind.QUANTITY:
        stem = f"QUANTITY|{frame.predicate or '-'}|{frame.unit or '-'}"
    else:
        # Casualty units are not in the key: "people" may compare with "soldiers".
        stem = f"{frame.kind.value}|{frame.predicate or '-'}"
    t = (thresholds or DEFAULT_THRESHOLDS).for_kind(frame.kind)
    window = window_for(frame, t)
    if window is None:
        return [f"{stem}|undated"]
    weeks: list[str] = []
    for day in window.days():
        year, week, _ = day.isocalendar()
        key = f"{stem}|{year}-W{week:02d}"
        if key not in weeks:
            weeks.append(key)
    return weeks
