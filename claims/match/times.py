"""Times as windows of instants, and the date windows that tell events apart.

A claimed time is the window of instants it allows. ``time_precision``
decides the width: "minute" is the instant give or take the tolerance;
"hour" and "day" are the whole hour or day; a named part of day ("dawn",
"evening") is that part of the day. "midnight" and "noon" are instants.

Aware datetimes are compared as instants, so "midnight" in Idlib (UTC+2 in
March 2020) and "22:00 GMT" the evening before are the same moment. A naive
datetime is local time at the claim's place when the place's zone is known
(:data:`PLACE_ZONES`), otherwise it can only be compared with another naive
one, wall clock against wall clock.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claims.match.thresholds import KindThresholds
from claims.text.frames import Frame

# Zones of the places the seed stories name. Extraction normally resolves
# times to aware datetimes; this table covers naive ones.
PLACE_ZONES: dict[str, str] = {
    "Idlib": "Asia/Damascus",
    "Aleppo": "Asia/Damascus",
    "Damascus": "Asia/Damascus",
    "Saraqib": "Asia/Damascus",
    "Syria": "Asia/Damascus",
    "Ankara": "Europe/Istanbul",
    "Istanbul": "Europe/Istanbul",
    "Turkey": "Europe/Istanbul",
    "Hatay": "Europe/Istanbul",
    "Moscow": "Europe/Moscow",
    "Sochi": "Europe/Moscow",
    "Russia": "Europe/Moscow",
}

# Parts of the day as [start hour, end hour) in local time; night runs past
# midnight into the next day.
PARTS_OF_DAY: dict[str, tuple[float, float]] = {
    "dawn": (4, 7),
    "morning": (5, 12),
    "noon": (12, 12),
    "midday": (11, 14),
    "afternoon": (12, 18),
    "evening": (17, 22),
    "night": (20, 29),
    "midnight": (0, 0),
}

_UNITS = {"hour": timedelta(hours=1), "day": timedelta(days=1)}
DAY_ZONE_SLACK = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """The instants a claimed time allows; ``start <= end``; both aware or both naive."""

    start: datetime
    end: datetime

    @property
    def aware(self) -> bool:
        return self.start.tzinfo is not None

    def overlaps(self, other: "TimeWindow") -> bool:
        return self.start <= other.end and other.start <= self.end


def _zone(place: str | None) -> ZoneInfo | None:
    name = PLACE_ZONES.get(place or "")
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # no tz database: stay naive
        return None


def localise(moment: datetime, place: str | None) -> datetime:
    """Attach the place's zone to a naive datetime; aware ones pass through.

    >>> localise(datetime(2020, 3, 6, 0, 0), "Idlib").isoformat()
    '2020-03-06T00:00:00+02:00'
    """
    if moment.tzinfo is not None:
        return moment
    zone = _zone(place)
    return moment.replace(tzinfo=zone) if zone else moment


def time_window(frame: Frame, *, tolerance: timedelta) -> TimeWindow | None:
    """The window of instants the frame's ``time`` allows, or None without a time.

    >>> from claims.text.frames import ClaimKind
    >>> from datetime import timezone
    >>> f = Frame(ClaimKind.EVENT, 0, 0, 0, 0, "en",
    ...           time=datetime(2020, 3, 6, 0, 0, tzinfo=timezone.utc), time_precision="midnight")
    >>> w = time_window(f, tolerance=timedelta(minutes=5))
    >>> (w.start.isoformat(), w.end.isoformat())
    ('2020-03-05T23:55:00+00:00', '2020-03-06T00:05:00+00:00')
    """
    if frame.time is None:
        return None
    moment = localise(frame.time, frame.place)
    precision = (frame.time_precision or "minute").lower()
    if precision in _UNITS:
        start = _floor(moment, precision)
        end = start + _UNITS[precision] - timedelta(microseconds=1)
        if precision == "day":
            # A named day is a day in some zone the text rarely states (the
            # place's, the outlet's); widen it by the spread of zones so
            # "on Friday" never contradicts "2 a.m. Friday" in Gaza.
            return TimeWindow(start - DAY_ZONE_SLACK, end + DAY_ZONE_SLACK)
        return TimeWindow(start, end)
    if precision in ("month", "year"):
        return None  # too coarse to confirm or contradict a time
    part = PARTS_OF_DAY.get(precision)
    if part is not None and part[0] != part[1]:
        day_start = datetime.combine(moment.date(), time(0), tzinfo=moment.tzinfo)
        # "night" at 01:00 belongs to the night that began the evening before.
        if precision == "night" and moment.hour < 12:
            day_start -= timedelta(days=1)
        return TimeWindow(
            day_start + timedelta(hours=part[0]),
            day_start + timedelta(hours=part[1]),
        )
    return TimeWindow(moment - tolerance, moment + tolerance)


def _floor(moment: datetime, unit: str) -> datetime:
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def comparable(a: TimeWindow, b: TimeWindow) -> bool:
    """Aware windows compare as instants; naive ones only with naive ones."""
    return a.aware == b.aware


def describe_time(frame: Frame) -> str:
    """A short, checkable rendering of the frame's time ("2020-03-06 00:00 +02:00 (midnight)")."""
    if frame.time is None:
        return "no time"
    moment = localise(frame.time, frame.place)
    text = moment.strftime("%Y-%m-%d %H:%M")
    if moment.tzinfo is not None:
        offset = moment.utcoffset() or timedelta(0)
        text += " UTC" if offset == timedelta(0) else " " + moment.isoformat()[-6:]
    words = frame.time_text or frame.time_precision
    return f"{text} ({words})" if words else text


# Date windows: which days a claim's event may fall on. Blocking keys are the
# ISO weeks these windows touch and compare() links two claims only when
# their windows overlap, so the two always agree on which pairs are possible.


@dataclass(frozen=True, slots=True)
class DateWindow:
    first: date
    last: date

    def overlaps(self, other: "DateWindow") -> bool:
        return self.first <= other.last and other.first <= self.last

    def days(self) -> list[date]:
        n = (self.last - self.first).days
        return [self.first + timedelta(days=i) for i in range(n + 1)]


def _local_date(moment: datetime, place: str | None) -> date:
    moment = localise(moment, place)
    return moment.date()


def window_for(frame: Frame, thresholds: KindThresholds) -> DateWindow | None:
    """:func:`date_window` with a kind's knobs: what compare() and blocking both use."""
    return date_window(
        frame,
        event_date_tolerance_days=thresholds.event_date_tolerance_days,
        report_lookback_days=thresholds.report_lookback_days,
        report_lookahead_days=thresholds.report_lookahead_days,
    )


def date_window(
    frame: Frame,
    *,
    event_date_tolerance_days: int = 0,
    report_lookback_days: int = 14,
    report_lookahead_days: int = 1,
) -> DateWindow | None:
    """The days the frame's event may have happened on, from the best evidence.

    * ``event_date`` (the text dates the event): that day, +/- the tolerance;
    * else ``time`` (an EVENT with a clock time): that day +/- one day, since
      zones can move a late-evening time across midnight;
    * else the publication date: the report is about the last
      ``report_lookback_days`` days or, for announcements, the next
      ``report_lookahead_days``;
    * else None: nothing dates the claim.

    >>> from claims.text.frames import ClaimKind
    >>> f = Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, "en", event_date=date(2020, 2, 27))
    >>> date_window(f)
    DateWindow(first=datetime.date(2020, 2, 27), last=datetime.date(2020, 2, 27))
    """
    if frame.event_date is not None:
        tol = timedelta(days=event_date_tolerance_days)
        return DateWindow(frame.event_date - tol, frame.event_date + tol)
    if frame.time is not None:
        day = _local_date(frame.time, frame.place)
        return DateWindow(day - timedelta(days=1), day + timedelta(days=1))
    published = getattr(frame, "published_at", None)
    if isinstance(published, datetime):
        day = _local_date(published, frame.place)
    elif isinstance(published, date):
        day = published
    else:
        return None
    return DateWindow(
        day - timedelta(days=report_lookback_days), day + timedelta(days=report_lookahead_days)
    )
