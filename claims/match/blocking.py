"""Blocking keys: the index entries that bring candidate pairs together.

Storage keeps a table of ``(claim_id, key)``; a new claim's candidates are
the stored claims that share one of its keys. The keys are built from the
same fields that :func:`claims.match.compare` requires to be equal, and the
date part from the same date window it requires to overlap, so **any two
claims that compare as AGREES, CONTRADICTS or RELATED share a key** (the
property tests check this). Skips need no shared key: they are explanations
of non-matches, found when they happen to be candidates.

Keys are asymmetric. A claim is *stored* under :func:`blocking_keys` and
*looks up* its candidates under :func:`lookup_keys`; whenever two claims
compare as AGREES, CONTRADICTS or RELATED, each one's lookup keys meet the
other's stored keys. Keeping the two apart lets a claim the text dates to a
day find the claims of that day (a small set, whatever the store's size)
without wading through a whole week of them:

* a *narrow* date window (the text dates the event, or gives a clock time)
  is stored per day (``CASUALTY|killed|D|2020-02-27``) and per week under
  ``N`` (``CASUALTY|killed|N|2020-W09``);
* a *wide* window (only the publication dates the report, which may be
  about any of the days before it) is stored per week under ``W``;
* a narrow claim looks up its days and the ``W`` weeks; a wide claim looks
  up its ``W`` and ``N`` weeks;
* QUANTITY stems add the unit (different units never compare, but for a
  counted noun in two languages the concept lexicon reads alike, which is
  also keyed by its concepts, and units of measure that convert into one
  another, which a claim looks up under each of its dimension's units);
  casualty units are left out, since "people" may compare with "soldiers";
* STATEMENT stems name the speaker (``STATEMENT|speaker|Vladimir Putin``),
  with the same date keys: one speaker's statements are compared within
  the weeks they were reported in; a statement of five words or more is
  also keyed by its two longest words (``STATEMENT|words|en|syrian+turkish``), so
  that one speaker's denial meets another's assertion of the same words;
  statements without a speaker get no key, since compare() relates them
  to nothing (nor counts without a value, nor events without a predicate);
* claims with no date at all use ``undated``.

One gap, by design: compare() also takes two spellings of one speaker the
entity data does not know for one speaker (a new name in two scripts, a
short and a full form, an office named in two languages). Their statements
share a key only once extraction has resolved both to one entity, which it
does for new names against the entities the store has learned
(:meth:`claims.text.entities.EntityIndex.by_skeleton`, ``by_name_part``);
frames extracted apart, as in the gold pair sets, meet only in compare().
"""

from datetime import date

from claims.match.relation import unit_concepts
from claims.match.text import fold, strip_negation
from claims.match.thresholds import DEFAULT_THRESHOLDS, Thresholds
from claims.match.times import window_for
from claims.match.units import siblings
from claims.text.frames import ClaimKind, Frame

# A window this many days wide or narrower is keyed by day.
NARROW_DAYS = 3
# Quotes shorter than this are not keyed by their words: short phrases
# recur in everyone's mouth (compare() needs five words for two speakers).
CONTENT_MIN_WORDS = 5


def _stem(frame: Frame) -> str | None:
    if frame.kind is ClaimKind.STATEMENT:
        return f"STATEMENT|speaker|{frame.speaker}" if frame.speaker else None
    if frame.kind is ClaimKind.EVENT:
        return f"EVENT|{frame.predicate}" if frame.predicate else None
    if frame.value is None:
        return None  # compare() needs a value on both sides
    if frame.kind is ClaimKind.QUANTITY:
        # The unit only: a length's dimension (its predicate) may be unsaid
        # on one side, and compare() judges that ("6 km" vs "6 km wide").
        return f"QUANTITY|-|{frame.unit or '-'}"
    return f"{frame.kind.value}|{frame.predicate or '-'}"


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _content_stems(frame: Frame) -> list[str]:
    """Stems that bring two speakers' statements together on their words.

    A denial by one speaker and an assertion by another ("the army did not
    know where the troops were" / "the army knew where the troops were") are
    the same words but for the negation. Such quotes share their longest
    words, so each statement is also keyed by the pair of its two longest
    words (of five letters or more, negation stripped, ties in alphabetical
    order) and its language; compare() then decides from the whole text.

    >>> f = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="X",
    ...           text="the Syrian army did not know where the Turkish troops were")
    >>> _content_stems(f)
    ['STATEMENT|words|en|syrian+turkish']
    """
    if frame.kind is not ClaimKind.STATEMENT or not frame.speaker or not frame.text:
        return []
    words = set(strip_negation(fold(frame.text)).split())
    if len(words) < CONTENT_MIN_WORDS:
        return []
    longest = sorted((w for w in words if len(w) >= 5), key=lambda w: (-len(w), w))[:2]
    if len(longest) < 2:
        return []
    # One key for the pair: a single common word would gather half a week's
    # statements under it.
    return [f"STATEMENT|words|{frame.language}|{'+'.join(sorted(longest))}"]


def _keys(frame: Frame, thresholds: Thresholds | None, *, lookup: bool) -> list[str]:
    stem = _stem(frame)
    if stem is None:
        return []
    dates = _date_parts(frame, thresholds, lookup=lookup)
    stems = (stem, *_content_stems(frame), *_counted_noun_stems(frame))
    if lookup:
        stems += tuple(_converted_unit_stems(frame))
    return [f"{s}|{d}" for s in stems for d in dates]


def _counted_noun_stems(frame: Frame) -> list[str]:
    """Stems that bring a counted noun's two languages together.

    compare() takes "جهاز" and "device" for one noun across languages when
    the concept lexicon reads them alike, though the packs give them no
    shared key: such counts are also keyed by the noun's concepts.

    >>> f = Frame(ClaimKind.QUANTITY, 0, 0, 0, 0, "ar", unit="جهاز", value=3000)
    >>> _counted_noun_stems(f)
    ['QUANTITY|noun|device']
    """
    if frame.kind is not ClaimKind.QUANTITY or frame.value is None:
        return []
    return [f"QUANTITY|noun|{c}" for c in sorted(unit_concepts(frame.unit))]


def _converted_unit_stems(frame: Frame) -> list[str]:
    """Lookup stems for the other units of a measured amount's dimension.

    compare() reads "1.6 miles" and "2.6 km" in one unit. The stored keys
    stay per unit (so that keys already in a database stay right); a new
    claim looks up every unit it converts into.

    >>> f = Frame(ClaimKind.QUANTITY, 0, 0, 0, 0, "en", unit="mile", value=1.6)
    >>> _converted_unit_stems(f)
    ['QUANTITY|-|m', 'QUANTITY|-|km', 'QUANTITY|-|ft', 'QUANTITY|-|nautical mile']
    """
    if frame.kind is not ClaimKind.QUANTITY or frame.value is None:
        return []
    return [f"QUANTITY|-|{u}" for u in siblings(frame.unit)]


def _date_parts(frame: Frame, thresholds: Thresholds | None, *, lookup: bool) -> list[str]:
    # The frame's date window as key suffixes, once for all of its stems.
    window = window_for(frame, (thresholds or DEFAULT_THRESHOLDS).for_kind(frame.kind))
    if window is None:
        return ["undated"]
    days = window.days()
    weeks = list(dict.fromkeys(_week(d) for d in days))
    if len(days) <= NARROW_DAYS:
        parts = [f"D|{d.isoformat()}" for d in days]
        return parts + [f"{'W' if lookup else 'N'}|{w}" for w in weeks]
    if lookup:
        return [f"{tag}|{w}" for tag in ("W", "N") for w in weeks]
    return [f"W|{w}" for w in weeks]


def blocking_keys(frame: Frame, *, thresholds: Thresholds | None = None) -> list[str]:
    """The keys to store ``frame`` under.

    >>> from datetime import date
    >>> f = Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, "ar", predicate="killed", unit="soldier",
    ...           value=34, event_date=date(2020, 2, 27))
    >>> for key in blocking_keys(f):  # a toll's day may be told a day either side
    ...     print(key)
    CASUALTY|killed|D|2020-02-26
    CASUALTY|killed|D|2020-02-27
    CASUALTY|killed|D|2020-02-28
    CASUALTY|killed|N|2020-W09
    >>> blocking_keys(Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin"))
    ['STATEMENT|speaker|Vladimir Putin|undated']
    """
    return _keys(frame, thresholds, lookup=False)


def lookup_keys(frame: Frame, *, thresholds: Thresholds | None = None) -> list[str]:
    """The keys to find ``frame``'s candidates under.

    >>> from datetime import date
    >>> f = Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, "ar", predicate="killed", unit="soldier",
    ...           value=34, event_date=date(2020, 2, 27))
    >>> for key in lookup_keys(f):
    ...     print(key)
    CASUALTY|killed|D|2020-02-26
    CASUALTY|killed|D|2020-02-27
    CASUALTY|killed|D|2020-02-28
    CASUALTY|killed|W|2020-W09
    """
    return _keys(frame, thresholds, lookup=True)
