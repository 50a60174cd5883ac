"""Time expressions: find them and resolve them against the publication date.

A time expression is a run of atoms (a date, a weekday, a relative day, a part
of day, a clock time) joined by connectors ("on", "at", "من", "يوم", ","),
so "from midnight", "at dawn on Friday", "اليوم الخميس", "فجر الجمعة" and
"Thursday 5 March 2020" each resolve as one. Resolution keeps the
publication date's UTC offset.

Conventions matching relies on:

* midnight of day D is 00:00 on D+1 (the end of D): "from midnight"
  published Thursday evening is 00:00 Friday;
* a part of day keeps its name in ``precision`` ("dawn" is about 05:00 but
  is not midnight);
* a bare weekday or clock time points forward when the clause has a future
  cue ("will", "from", "سيدخل"), back when it has a past cue, else to the
  nearest such day or time.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claims.text.normalize import fold
from claims.text.packs import LanguagePack, Lexicon

# A year of this century or the last ("2021", "1999").
YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression in normalised coordinates, with what it resolves to."""

    start: int
    end: int
    time: datetime | None
    precision: str | None
    day: date | None
    # The expression names its day (a date, weekday or relative day).
    dated: bool = False
    # The zone was said ("GMT", "Moscow time", "local time") rather than
    # taken from the publication's offset.
    zoned: bool = False


class TimeTagger:
    """Find and resolve time expressions for one language pack.

    >>> from claims.text.packs import load_pack
    >>> tagger = TimeTagger(load_pack("en"))
    >>> pub = datetime.fromisoformat("2020-03-05T21:30:00+03:00")
    >>> text = "a ceasefire will take effect from midnight"
    >>> [t.time.isoformat() for t in tagger.find(text, pub)]
    ['2020-03-06T00:00:00+03:00']
    >>> [t.time.isoformat() for t in tagger.find("they met on Thursday 5 March 2020", pub)]
    ['2020-03-05T00:00:00+03:00']
    """

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        months = pack.months.bare
        day_suffix = r"(?:st|nd|rd|th)?" if pack.ignore_case else ""
        month_pair = rf"(?:{months})(?:\s*[/(-]\s*(?:{months})\)?)?"
        # Several words may share a day ("العاشر" and "عشر" are both 10).
        ords = pack.lexicon(_inverse(pack.data.get("timex", {}).get("ordinal_days")))
        # Days named by a fixed-date holiday ("New Year's Day", "يوم رأس
        # السنة"): keys are "MM-DD".
        self._holidays = pack.lexicon(_inverse(pack.data.get("timex", {}).get("holidays")))
        self._ordinals = ords
        ord_seq = rf"(?:{ords.bare})(?:[\s-]+(?:{ords.bare}))?"
        timex = pack.data.get("timex", {})
        # Clock hours said in words ("الساعة الثانية") and named time zones
        # ("Moscow time", "بتوقيت غرينتش"), both optional per pack.
        self._hours = pack.lexicon(_inverse(timex.get("hour_words")))
        self._fractions: Lexicon | None = None
        self._minutes_re: re.Pattern[str] | None = None
        hour_lead = fold(str(timex.get("hour_lead") or ""))
        hour_words = "(?!)"
        if timex.get("hour_words"):
            # "الساعة السادسة", or "السادسة مساء": an hour word needs the
            # lead or a part of day after it ("الثانية" alone is "second").
            tail = fold(str(timex.get("hour_tail") or ""))
            pod_after = rf"(?=\s+(?:{tail})?(?:{pack.parts_of_day.bare}))"
            # "الثالثة والنصف", "الرابعة إلا ربعا": minutes said as a fraction.
            self._fractions = pack.lexicon(_inverse(timex.get("hour_fractions")))
            frac = rf"(?:\s+(?:{self._fractions.bare}))?" if timex.get("hour_fractions") else ""
            # "التاسعة وخمس وأربعين دقيقة": minutes counted after the hour.
            if timex.get("hour_minutes"):
                self._minutes_re = re.compile(fold(str(timex["hour_minutes"])), pack.flags)
                bare_minutes = self._minutes_re.pattern.replace("?P<minutes>", "")
                frac = rf"(?:{frac[:-1]}|{bare_minutes})?"
            hours = rf"(?:{self._hours.bare}){frac}"
            hour_words = rf"{hour_lead}{hours}|{hours}{pod_after}"
        self._midnight_ends_day = bool(timex.get("midnight_ends_named_day"))
        # Relative days counted from the day the text was telling ("the
        # next day", "اليوم نفسه"), when it named one; else from publication.
        self._anaphoric = pack.lexicon([str(w) for w in timex.get("anaphoric_days") or []])
        self.local_re = re.compile(
            "|".join(re.escape(fold(str(w))) for w in timex.get("local_time") or []) or "(?!)",
            pack.flags,
        )
        # "بتوقيت حلب", "Aleppo time": any place whose zone the entity data
        # knows names a clock, not only the zones listed here.
        self.place_clock_lead = re.compile(
            rf"\s*(?:{fold(str(timex.get('place_clock_lead') or '(?!)'))})\s*$", pack.flags
        )
        self.place_clock_tail = re.compile(
            rf"\s*(?:{fold(str(timex.get('place_clock_tail') or '(?!)'))})", pack.flags
        )
        year_lead = pack.lexicon([str(w) for w in timex.get("year_leads") or []]).bare or "(?!)"
        self._zones = pack.lexicon(_inverse(timex.get("zones")))
        zone_lead = fold(str(timex.get("zone_lead") or ""))
        zone_tail = fold(str(timex.get("zone_tail") or ""))
        zones = rf"{zone_lead}(?:{self._zones.bare}){zone_tail}" if timex.get("zones") else "(?!)"
        self._zone_re = re.compile(zones, pack.flags)
        parts = [
            rf"(?P<od>(?:the\s+)?{ord_seq}\s+(?:of\s+|من\s+)?{month_pair}(?:,?\s+\d{{4}}(?!\d))?)",
            r"(?P<iso>\d{4}-\d{2}-\d{2}(?!\d))",
            rf"(?P<dm>(?:[0-2]?\d|3[01]){day_suffix}\s+(?:of\s+)?{month_pair}"
            rf"(?:,?\s+\d{{4}}(?!\d))?)",
            rf"(?P<md>{month_pair}\s+(?:[0-2]?\d|3[01]){day_suffix}(?!\d)(?:,?\s+\d{{4}}(?!\d))?)",
            # A month and year with no day ("in March 2021", "آذار/مارس 2021"),
            # or a year after a lead ("in 2021", "عام 2021"): a coarse time.
            rf"(?P<my>{month_pair},?\s+(?:of\s+)?(?:19|20)\d\d(?!\d))",
            rf"(?P<yr>(?:{year_lead})\s+(?:19|20)\d\d(?!\d|[.,:/-]\d))",
            rf"(?P<clock>{pack.clock.pattern})",
            rf"(?P<hw>{hour_words})",
            rf"(?P<tz>{zones})",
            rf"(?P<hol>{self._holidays.bare or '(?!)'})",
            rf"(?P<rel>{pack.relative_days.bare})",
            rf"(?P<pod>{pack.parts_of_day.bare})",
            rf"(?P<wd>{pack.weekdays.bare})",
        ]
        # One shared left boundary: every atom starts a word or a number.
        self.atom_re = re.compile(r"(?<![\w.,:])(?:" + "|".join(parts) + ")", pack.flags)
        conn = pack.lexicon(pack.data.get("timex", {}).get("connectors", [])).bare
        self.gap_re = re.compile(rf"(?:\s|{conn})*", pack.flags)
        self._num_re = re.compile(r"\d{1,4}")

    def find(
        self,
        text: str,
        published_at: datetime | None,
        pos: int = 0,
        endpos: int | None = None,
        *,
        direction: int = 0,
    ) -> list[TimeExpr]:
        """Time expressions in ``text[pos:endpos]``, merged and resolved."""
        groups = self.groups(text, pos, endpos)
        return [self.resolve(g, text, published_at, direction) for g in groups]

    def groups(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        atoms: Iterable[re.Match[str]] | None = None,
    ) -> list[list[re.Match[str]]]:
        """Atoms of time expressions, grouped into expressions (unresolved).

        ``atoms``: the atom matches when the caller found them already (a
        trigger scan); by default ``atom_re`` runs over the text.
        """
        endpos = len(text) if endpos is None else endpos
        groups: list[list[re.Match[str]]] = []
        if atoms is None:
            atoms = self.atom_re.finditer(text, pos, endpos)
        for m in atoms:
            if groups:
                prev = groups[-1][-1]
                g = self.gap_re.match(text, prev.end(), m.start())
                if g and g.end() == m.start() and m.start() - prev.end() <= _MAX_GAP:
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def resolve(
        self,
        atoms: list[re.Match[str]],
        text: str,
        pub: datetime | None,
        direction: int,
        anchor: date | None = None,
        local_zone: tzinfo | None = None,
    ) -> TimeExpr:
        """Resolve one expression's atoms.

        ``anchor``: the day the text was last talking about, for a clock time
        that names none ("The talks had started at 11:40 GMT" after "…met in
        Geneva on Wednesday"); without it, the nearest such time to ``pub``.
        ``local_zone``: the zone of the place a clock "in local time" is in;
        a zone the expression names wins over it, and it over ``pub``'s.
        """
        pack = self.pack
        day: date | None = None
        weekdays: list[int] = []
        rel: int | None = None
        hm: tuple[int, int] | None = None
        pod: tuple[int, str] | None = None
        pod_said = False
        zone: tzinfo | None = None
        word_hour: int | None = None
        word_minutes = 0
        named_days = 0
        anaphoric = False
        coarse: tuple[int, int | None] | None = None
        for m in atoms:
            kind = m.lastgroup
            s = m.group()
            zm = self._zone_re.search(s) if kind in ("tz", "clock") else None
            if zm is not None:
                zk = self._zones.search(zm.group())
                if zk is not None:
                    zone = zone_info(self._zones.key(zk))
            if kind == "od":
                day = self._ordinal_date(s, pub) or day
                named_days += 1
            elif kind in ("dm", "md", "iso"):
                day = self._date(s, kind, pub) or day
                named_days += 1
            elif kind == "hol":
                hol_month, hol_day = (int(x) for x in self._holidays.key_for(s).split("-"))
                day = _nearest_date(hol_month, hol_day, pub) or day
                named_days += 1
            elif kind in ("my", "yr"):
                ym = YEAR_RE.search(s)
                mm = pack.months.search(s) if kind == "my" else None
                if ym is not None:
                    coarse = (int(ym.group()), int(pack.months.key(mm)) if mm else None)
            elif kind == "wd":
                weekdays.append(int(pack.weekdays.key_for(s)))
                named_days += 1
            elif kind == "hw":
                hm_ = self._hours.search(s)
                word_hour = int(self._hours.key(hm_)) if hm_ else None
                fr = self._fractions
                fm = fr.search(s, hm_.end()) if hm_ and fr is not None else None
                word_minutes = int(fr.key(fm)) if fm and fr is not None else 0
                mm = self._minutes_re.search(s, hm_.end()) if hm_ and self._minutes_re else None
                if mm is not None:
                    count, _ = pack.numbers.parse_prefix(mm.group("minutes"))
                    if count is not None and 0 < count < 60 and count == int(count):
                        word_minutes = int(count)
            elif kind == "rel":
                rel = int(pack.relative_days.key_for(s))
                anaphoric = anaphoric or self.is_anaphoric(s)
                info = pack.part_of_day_info.get(_key(s, pack.ignore_case))
                if info is None:
                    # "فجر اليوم", "this morning": the part of day inside.
                    pm = pack.parts_of_day.search(s)
                    info = pack.part_of_day_info.get(pack.parts_of_day.key(pm)) if pm else None
                # "midnight tonight" is midnight: a part of day said outright
                # beats the one a relative day implies.
                if info and not pod_said:
                    pod = info
            elif kind == "pod":
                info = pack.part_of_day_info.get(pack.parts_of_day.key_for(s))
                if info:
                    pod, pod_said = info, True
            elif kind == "clock":
                # In the text, not the atom alone: "0900" is a clock only
                # because of the "GMT" after it.
                c = pack.clock.match(text, m.start())
                if c:
                    groups = c.groups()
                    h, mi = int(groups[0]), int(groups[1] or 0)
                    # The am/pm mark is the first later group that matched.
                    ampm = next((g for g in groups[2:] if g), "").casefold()
                    if ampm[:1] in ("p", "م") and h < 12:
                        h += 12
                    elif ampm[:1] == "a" and h == 12:
                        h = 0
                    hm = (h, mi)
        if hm is None and word_hour is not None:
            h = word_hour
            if pod is not None and pod[1] in ("afternoon", "evening", "night") and h < 12:
                h += 12
            elif pod is not None and pod[1] == "night" and h == 12:
                h = 0  # "الثانية عشرة ليلاً": twelve at night is midnight
            total = (h % 24) * 60 + word_minutes
            hm = ((total // 60) % 24, total % 60)
        start, end = atoms[0].start(), atoms[-1].end()
        tz = zone or local_zone or (pub.tzinfo if pub else None)
        base = pub.date() if pub else None
        if anaphoric and anchor is not None:
            # "the next day", "في اليوم نفسه": after the day being told.
            base = anchor
        if day is None and rel is not None and base:
            day = base + timedelta(days=rel)
        if day is None and weekdays and base:
            # "the night of Thursday/Friday" ends on the later day.
            day = _weekday_near(base, weekdays[0], 0 if direction == WEAK_FUTURE else direction)
            if len(weekdays) > 1:
                day += timedelta(days=(weekdays[-1] - weekdays[0]) % 7)
        if coarse is not None and day is None and not weekdays and rel is None and hm is None:
            # "agreed in 2021", "met in March 2019": a month or a year, which
            # dates no day (counts keep no day from it) but bounds an event.
            year, month = coarse
            first = datetime(
                year, month or 1, 1, tzinfo=zone or local_zone or (pub.tzinfo if pub else None)
            )
            return TimeExpr(
                start, end, first, "month" if month else "year", None, dated=True, zoned=False
            )
        explicit_day = day is not None
        if day is None:
            day = base
        if day is None:
            return TimeExpr(start, end, None, None, None)
        precision = "day"
        when: datetime
        if hm is not None:
            when = datetime.combine(anchor or day, time(hm[0], hm[1]), tz)
            precision = "minute"
            if not explicit_day and anchor is None and pub is not None:
                when = _clock_near(when, pub, direction)
        elif pod is not None:
            hour, label = pod
            precision = label
            if label == "midnight" and named_days:
                # "midnight on Tuesday", "منتصف ليل الخميس/الجمعة": the
                # midnight that starts the named day. Where a pack says so,
                # the night of one named day ends it ("منتصف ليل الخميس" is
                # the midnight between Thursday and Friday). One named day
                # leaves the other reading open: the precision says which
                # midnight was chosen, so matching can try the other.
                single = len(weekdays) <= 1 and named_days == 1
                if self._midnight_ends_day and len(weekdays) == 1 and named_days == 1:
                    day += timedelta(days=1)
                    precision = "midnight-end"
                elif single:
                    precision = "midnight-start"
                when = datetime.combine(day, time(0, 0), tz)
            elif label == "midnight" and rel is None and direction <= 0 and pub is not None:
                # "took effect at midnight": the last midnight before the
                # report (past), or the nearer one when the tense is unclear.
                when = datetime.combine(day, time(0, 0), tz)
                ahead = when + timedelta(days=1)
                if direction == 0 and (ahead - pub) < (pub - when):
                    when = ahead
            elif label == "midnight":
                when = datetime.combine(day + timedelta(days=1), time(0, 0), tz)
            else:
                when = datetime.combine(day, time(hour, 0), tz)
                if not explicit_day and pub is not None and direction > 0 and when < pub:
                    when += timedelta(days=1)
        else:
            if not explicit_day:
                return TimeExpr(start, end, None, None, None)
            when = datetime.combine(day, time(0, 0), tz)
        return TimeExpr(
            start,
            end,
            when,
            precision,
            when.date() if not precision.startswith("midnight") else day,
            dated=explicit_day,
            zoned=zone is not None or local_zone is not None,
        )

    def is_anaphoric(self, atom: str) -> bool:
        """A relative day counted from the day being told ("the next day")."""
        return self._anaphoric.regex.fullmatch(atom) is not None

    def _ordinal_date(self, s: str, pub: datetime | None) -> date | None:
        m = self.pack.months.search(s)
        if m is None:
            return None
        day = sum(int(self._ordinals.key(o)) for o in self._ordinals.finditer(s, 0, m.start()))
        years = self._num_re.findall(s, m.end())
        digits = f"{day} " + s[m.start() :] if not years else f"{day} {s[m.start() :]}"
        return self._date(digits, "dm", pub)

    def _date(self, s: str, kind: str | None, pub: datetime | None) -> date | None:
        nums = [int(x) for x in self._num_re.findall(s)]
        if kind == "iso":
            try:
                return date(nums[0], nums[1], nums[2])
            except (ValueError, IndexError):
                return None
        m = self.pack.months.search(s)
        if not m or not nums:
            return None
        month = int(self.pack.months.key(m))
        if len(nums) == 1:
            return _nearest_date(month, nums[0], pub)
        try:
            return date(nums[1], month, nums[0])
        except ValueError:
            return None


def _nearest_date(month: int, day: int, pub: datetime | None) -> date | None:
    """A day and month said without a year, in the year that puts them
    nearest the publication: "on 27 February" read in early March 2020 is
    2020; "on 28 December" read in January is last year.

    >>> _nearest_date(12, 28, datetime(2021, 1, 5))
    datetime.date(2020, 12, 28)
    """
    if pub is None:
        return None
    year = pub.year
    if month - pub.month > 6:
        year -= 1
    elif pub.month - month > 6:
        year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A tense direction: ahead for clocks and parts of day, nearest for a
# weekday (an onset word in a clause that may report a past agreement).
WEAK_FUTURE = 2
# Characters of connectors ("at", "on", "بالتوقيت المحلي يوم") between two
# atoms of one expression.
_MAX_GAP = 24


@lru_cache(maxsize=256)
def zone_info(key: str) -> tzinfo:
    """A pack's zone value: hours from UTC ("3", "-5", "3.5") or an IANA name.

    IANA names keep daylight saving and past changes right: "Damascus time"
    was UTC+2 in winter 2020 and is UTC+3 since 2022.

    >>> zone_info("3.5").utcoffset(None)
    datetime.timedelta(seconds=12600)
    >>> datetime(2020, 1, 12, tzinfo=zone_info("Asia/Damascus")).utcoffset()
    datetime.timedelta(seconds=7200)
    """
    try:
        return timezone(timedelta(hours=float(key)))
    except ValueError:
        pass
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"time zone {key!r} is neither hours from UTC nor an IANA name") from None


def _inverse(mapping: Any) -> dict[str, list[str]]:
    """word -> value data as value -> words, the shape a lexicon takes."""
    out: dict[str, list[str]] = {}
    for word, value in (mapping or {}).items():
        out.setdefault(str(value), []).append(str(word))
    return out


def _key(s: str, ignore_case: bool) -> str:
    s = " ".join(s.split())
    return s.casefold() if ignore_case else s


def _weekday_near(base: date, weekday: int, direction: int) -> date:
    ahead = (weekday - base.weekday()) % 7
    behind = (base.weekday() - weekday) % 7
    if direction > 0:
        return base + timedelta(days=ahead)
    if direction < 0:
        return base - timedelta(days=behind)
    return base - timedelta(days=behind) if behind <= ahead else base + timedelta(days=ahead)


def _clock_near(when: datetime, pub: datetime, direction: int) -> datetime:
    day = timedelta(days=1)
    if direction > 0:
        return when + day if when < pub else when
    if direction < 0:
        return when - day if when > pub else when
    options = [when - day, when, when + day]
    return min(options, key=lambda w: abs((w - pub).total_seconds()))
