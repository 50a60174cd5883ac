"""Read documents from files: ``.txt``/``.md`` with YAML front matter, ``.jsonl``.

Pure input parsing: no database here. Every problem becomes a
:class:`ReadError` naming the file, the line where there is one, and what
was wrong, so ``claims ingest`` can report it and carry on with the rest.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from claims.text.documents import DocumentFormatError, parse_front_matter

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES

FRONT_MATTER_KEYS = frozenset({"source", "url", "title", "language", "published", "published_at"})
JSONL_KEYS = frozenset({"text", "source", "url", "title", "language", "published_at", "published"})


class ReadError(ValueError):
    """A document that cannot be read, with where and why."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


@dataclass(slots=True)
class IncomingDocument:
    """One document as read, before the pipeline touches it."""

    text: str
    source_name: str
    source_url: str | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published_at: datetime | None = None
    origin: str = ""  # "path" or "path:line", for messages
    meta: dict[str, Any] = field(default_factory=dict)


def split_front_matter(text: str, *, path: str = "<text>") -> tuple[dict[str, Any], str]:
    """Split a ``---`` YAML block off the top of a text.

    >>> split_front_matter("---\\nsource: A\\n---\\nBody.")
    ({'source': 'A'}, 'Body.')
    >>> split_front_matter("No front matter.")
    ({}, 'No front matter.')
    """
    try:
        meta, body, _ = parse_front_matter(text)
    except DocumentFormatError as exc:
        raise ReadError(path, str(exc)) from None
    return meta, body


def parse_datetime(value: Any, *, what: str, path: str, line: int | None = None) -> datetime | None:
    """Accept ISO 8601 strings, YAML dates and datetimes; naive means UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ReadError(
                path, f"{what} is not an ISO 8601 date or datetime: {value!r}", line=line
            ) from None
    else:
        raise ReadError(
            path, f"{what} must be a date string, got {type(value).__name__}", line=line
        )
    return result if result.tzinfo else result.replace(tzinfo=UTC)


def _opt_str(value: Any, *, what: str, path: str, line: int | None = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise ReadError(path, f"{what} must be a string, got {type(value).__name__}", line=line)
    text = str(value).strip()
    return text or None


def _source(value: Any, *, path: str, line: int | None) -> tuple[str, str | None]:
    if isinstance(value, dict):
        name = _opt_str(value.get("name"), what="source.name", path=path, line=line)
        url = _opt_str(value.get("url"), what="source.url", path=path, line=line)
    else:
        name = _opt_str(value, what="source", path=path, line=line)
        url = None
    if not name:
        raise ReadError(path, "missing 'source': name the outlet that published it", line=line)
    return name, url


def _decode(raw: bytes, path: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            path, f"not valid UTF-8 (bad byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.removeprefix("\ufeff")


def _check_text(text: str, *, path: str, line: int | None, max_chars: int) -> None:
    if not text.strip():
        raise ReadError(path, "document text is empty", line=line)
    if len(text) > max_chars:
        raise ReadError(
            path,
            f"document text is {len(text):,} characters, over the limit of {max_chars:,} "
            "(CLAIMS_MAX_DOCUMENT_CHARS)",
            line=line,
        )


def read_text_file(path: Path, *, max_chars: int) -> IncomingDocument:
    name = str(path)
    raw = path.read_bytes()
    # Refuse absurd files before decoding them: 4 bytes is the most a
    # character can take in UTF-8.
    if len(raw) > 4 * max_chars:
        raise ReadError(
            name, f"file is {len(raw):,} bytes, over the limit of {max_chars:,} characters"
        )
    meta, body = split_front_matter(_decode(raw, name), path=name)
    unknown = sorted(set(meta) - FRONT_MATTER_KEYS)
    if unknown:
        raise ReadError(
            name,
            f"unknown front matter key(s): {', '.join(unknown)} "
            f"(allowed: {', '.join(sorted(FRONT_MATTER_KEYS))})",
        )
    _check_text(body, path=name, line=None, max_chars=max_chars)
    source_name, source_url = _source(meta.get("source"), path=name, line=None)
    published = meta.get("published", meta.get("published_at"))
    return IncomingDocument(
        text=body,
        source_name=source_name,
        source_url=source_url,
        title=_opt_str(meta.get("title"), what="title", path=name),
        url=_opt_str(meta.get("url"), what="url", path=name),
        language=_opt_str(meta.get("language"), what="language", path=name),
        published_at=parse_datetime(published, what="published", path=name),
        origin=name,
        meta=meta,
    )


def iter_jsonl(path: Path, *, max_chars: int) -> Iterator[IncomingDocument | ReadError]:
    """Yield one document or one error per non-blank line: a bad line does
    not stop the lines after it."""
    name = str(path)
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                yield _jsonl_line(raw, name=name, lineno=lineno, max_chars=max_chars)
            except ReadError as exc:
                yield exc


def _jsonl_line(raw: bytes, *, name: str, lineno: int, max_chars: int) -> IncomingDocument:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            name, f"not valid UTF-8 at byte {exc.start} of the line", line=lineno
        ) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(
            name, f"invalid JSON: {exc.msg} at column {exc.colno}", line=lineno
        ) from None
    if not isinstance(obj, dict):
        raise ReadError(name, "each line must be a JSON object", line=lineno)
    unknown = sorted(set(obj) - JSONL_KEYS)
    if unknown:
        raise ReadError(
            name,
            f"unknown key(s): {', '.join(unknown)} (allowed: {', '.join(sorted(JSONL_KEYS))})",
            line=lineno,
        )
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(name, "missing 'text': a string with the document body", line=lineno)
    _check_text(text, path=name, line=lineno, max_chars=max_chars)
    source_name, source_url = _source(obj.get("source"), path=name, line=lineno)
    published = obj.get("published_at", obj.get("published"))
    return IncomingDocument(
        text=text,
        source_name=source_name,
        source_url=source_url,
        title=_opt_str(obj.get("title"), what="title", path=name, line=lineno),
        url=_opt_str(obj.get("url"), what="url", path=name, line=lineno),
        language=_opt_str(obj.get("language"), what="language", path=name, line=lineno),
        published_at=parse_datetime(published, what="published_at", path=name, line=lineno),
        origin=f"{name}:{lineno}",
    )


def discover(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Files to ingest, folders walked recursively in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield ReadError(
                    str(path), f"unsupported file type {path.suffix!r} (use .txt, .md or .jsonl)"
                )
        else:
            yield ReadError(str(path), "no such file or folder")


def read_path(path: Path, *, max_chars: int) -> Iterator[IncomingDocument | ReadError]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from iter_jsonl(path, max_chars=max_chars)
        return
    try:
        yield read_text_file(path, max_chars=max_chars)
    except ReadError as exc:
        yield exc
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror}")
