"""Plain renderings of an extraction for the CLI and other callers."""

from typing import Any

from claims.text.frames import Extraction


def frames_as_json(extraction: Extraction) -> list[dict[str, Any]]:
    """The frames as JSON-safe dicts (what ``claims extract --json`` prints).

    >>> from claims.text import extract
    >>> rows = frames_as_json(extract("Two soldiers were killed.", language="en"))
    >>> rows[0]["kind"], rows[0]["text"], rows[0]["value"]
    ('CASUALTY', 'Two soldiers were killed', 2.0)
    """
    return [f.to_dict() for f in extraction.frames]


def frames_as_text(extraction: Extraction) -> str:
    """One line per frame: kind, span, quoted words, normalised form.

    >>> from claims.text import extract
    >>> print(frames_as_text(extract("Two soldiers were killed.", language="en")))
    CASUALTY   0-24  "Two soldiers were killed"  CASUALTY killed soldier = 2
    """
    lines = []
    for f in extraction.frames:
        lines.append(f'{f.kind.value:<10} {f.start}-{f.end}  "{f.text}"  {f.normalized}')
    return "\n".join(lines)
