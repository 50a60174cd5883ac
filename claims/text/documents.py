"""Documents with YAML front matter: a small, pure reader.

Shared by the ingest path and the evaluation script, so its errors name the
problem: :class:`DocumentFormatError` (a ``ValueError``).
"""

import re
from typing import Any

import yaml

_OPEN_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


class DocumentFormatError(ValueError):
    """A document whose front matter cannot be read."""


def parse_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Split ``text`` into (front matter, body, offset of the body in text).

    A document without a leading ``---`` line has no front matter.

    >>> meta, body, offset = parse_front_matter("---\\nlanguage: en\\n---\\nBody.\\n")
    >>> meta, body, offset
    ({'language': 'en'}, 'Body.\\n', 21)
    >>> parse_front_matter("Just text.")
    ({}, 'Just text.', 0)
    >>> parse_front_matter("---\\ntitle: x\\n")
    Traceback (most recent call last):
    ...
    claims.text.documents.DocumentFormatError: unterminated front matter: no closing '---' line
    """
    opening = _OPEN_RE.match(text)
    if opening is None:
        return {}, text, 0
    close = _CLOSE_RE.search(text, opening.end())
    if close is None:
        raise DocumentFormatError("unterminated front matter: no closing '---' line")
    raw = text[opening.end() : close.start()]
    try:
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DocumentFormatError(f"bad YAML in front matter{where}: {problem}") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise DocumentFormatError(
            f"front matter must be a mapping of keys to values, not {type(meta).__name__}"
        )
    return {str(k): v for k, v in meta.items()}, text[close.end() :], close.end()
