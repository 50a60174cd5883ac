"""Words for explanations: what a claim is about, in a form a person can check.

>>> from claims.text.frames import ClaimKind, Frame
>>> from datetime import date
>>> f = Frame(ClaimKind.CASUALTY, 0, 0, 0, 0, "en", subject="TR", unit="soldier",
...           predicate="killed", place="Idlib", event_date=date(2020, 2, 27))
>>> topic(f)
'Turkish soldiers killed in Idlib on 2020-02-27'
"""

from functools import lru_cache

from claims.text.entities import EntityIndex
from claims.text.frames import ClaimKind, Frame

# Subjects are canonical keys (GUIDELINES.md); these read them aloud.
SUBJECT_LABELS: dict[str, str] = {
    "TR": "Turkish",
    "SY": "Syrian",
    "RU": "Russian",
    "US": "American",
    "IR": "Iranian",
    "meeting:one_on_one": "the one-on-one meeting",
    "talks:total": "the talks as a whole",
    "event": "the event",
    "ceasefire": "the truce",
    "emergency": "the state of emergency",
    "mourning": "the mourning period",
    "curfew": "the curfew",
}

_PLURALS = {
    "person": "people",
    "soldier": "soldiers",
    "civilian": "civilians",
    "fighter": "fighters",
}

SCOPE_LABELS = {
    "incident": "a single incident",
    "cumulative": "a cumulative total",
    "part": "part of a toll",
}

# Places inside other places: a claim about Saraqib is also about Idlib, so
# the two places do not make two claims different events.
PLACE_PARENTS: dict[str, str] = {
    "Saraqib": "Idlib",
    "Balyun": "Idlib",
    "Maarat al-Numan": "Idlib",
    "Idlib": "Syria",
    "Aleppo": "Syria",
    "Damascus": "Syria",
    "Latakia": "Syria",
    "Hama": "Syria",
    "Hatay": "Turkey",
    "Ankara": "Turkey",
    "Istanbul": "Turkey",
    "Moscow": "Russia",
    "Sochi": "Russia",
}


def subject_label(subject: str | None) -> str:
    """How an explanation names a subject: a side by its adjective.

    >>> subject_label("TR"), subject_label("IQ"), subject_label("talks:total")
    ('Turkish', 'Iraqi', 'the talks as a whole')
    """
    if not subject:
        return ""
    return SUBJECT_LABELS.get(subject) or _adjectives().get(subject, subject)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    # Sides are country codes: the entity data's first English adjective
    # names them ("IQ" -> "Iraqi").
    out: dict[str, str] = {}
    for e in EntityIndex.default().entities.values():
        names = e.adjectives.get("en") or []
        if e.code and names:
            out.setdefault(e.code, names[0])
    return out


def _ancestors(place: str) -> list[str]:
    chain = [place]
    seen = {place}
    while (parent := PLACE_PARENTS.get(chain[-1])) and parent not in seen:
        chain.append(parent)
        seen.add(parent)
    return chain


def places_compatible(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or one inside the other.

    >>> places_compatible("Saraqib", "Idlib"), places_compatible("Idlib", "Hatay")
    (True, False)
    """
    if not a or not b or a == b:
        return True
    return a in _ancestors(b) or b in _ancestors(a)


def topic(frame: Frame) -> str:
    """What the claim counts or reports, without its value."""
    parts: list[str] = []
    if frame.kind is ClaimKind.CASUALTY:
        who = _PLURALS.get(frame.unit or "person", frame.unit or "people")
        side = subject_label(frame.subject)
        parts.append(f"{side} {who}".strip())
        parts.append(frame.predicate or "counted")
    elif frame.kind is ClaimKind.DURATION:
        parts.append(f"the length of {subject_label(frame.subject) or 'the event'}")
    elif frame.kind is ClaimKind.QUANTITY:
        side = subject_label(frame.subject)
        if frame.predicate:
            parts.append(f"{side} {frame.predicate}".strip())
        else:
            # "the amount in prisoner (Russian)": whose count it is, if said.
            parts.append(f"the amount in {frame.unit or 'units'}" + (f" ({side})" if side else ""))
    elif frame.kind is ClaimKind.EVENT:
        parts.append(f"the {frame.predicate or 'event'}")
    else:
        parts.append(f"{frame.speaker or 'someone'} said")
    if frame.place:
        parts.append(f"in {frame.place}")
    if frame.event_date:
        parts.append(f"on {frame.event_date.isoformat()}")
    return " ".join(parts)


def quote(text: str, *, limit: int = 80) -> str:
    """A short quotation of a claim's words for an explanation."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"
