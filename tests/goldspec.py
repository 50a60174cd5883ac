"""What the gold annotation files may say, shared by their structural checks.

The vocabulary mirrors tests/gold/GUIDELINES.md; the helpers read documents
the way the product does (claims.text.documents), so a gold file cannot
quote text the pipeline would never see.
"""

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from claims.text.documents import parse_front_matter

KINDS = {"CASUALTY", "QUANTITY", "DURATION", "EVENT", "STATEMENT"}
QUALIFIERS = {"EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST"}
CASUALTY_PREDICATES = {"killed", "wounded", "captured", "missing", "displaced"}
EVENT_PREDICATES = {
    "ceasefire",
    "corridor",
    "patrols",
    "meeting",
    "strike",
    "agreement",
    "withdrawal",
    "offensive",
}
DURATION_SUBJECTS = {"meeting:one_on_one", "talks:total", "event"}
DOC_RELATIONS = {"AGREES", "CONTRADICTS", "RELATED"}
PAIR_RELATIONS = DOC_RELATIONS | {"NONE"}
LANGUAGES = {"en", "ar"}
FRONT_MATTER_KEYS = {"source", "url", "title", "language", "published"}
ARABIC_INDIC_DIGITS = re.compile("[\u0660-\u0669]")
ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front matter, body) of a document that must have front matter."""
    meta, body, offset = parse_front_matter(text)
    assert offset, "document must start with a front-matter block"
    return meta, body


def as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return dt.datetime.fromisoformat(str(value))


def claim_key(ref: dict[str, Any]) -> tuple[str, str, int]:
    return (ref["file"], ref["quote"], int(ref.get("occurrence", 1)))


def occurrences(body: str, quote: str) -> int:
    count, start = 0, body.find(quote)
    while start != -1:
        count += 1
        start = body.find(quote, start + 1)
    return count


def nth_index(body: str, quote: str, occurrence: int) -> int:
    """Offset of the `occurrence`-th (1-based) match of `quote`, or -1."""
    start = -1
    for _ in range(occurrence):
        start = body.find(quote, start + 1)
        if start < 0:
            return -1
    return start


def load_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_documents(root: Path, gold: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str]]:
    """(front matter, body) of every document a gold file annotates, by file."""
    docs = {}
    for entry in gold["documents"]:
        path = root / entry["file"]
        assert path.is_file(), f"missing document {entry['file']}"
        docs[entry["file"]] = split_front_matter(path.read_text(encoding="utf-8"))
    return docs


def index_claims(gold: dict[str, Any]) -> dict[tuple[str, str, int], list[dict[str, Any]]]:
    """The annotated claims by (file, quote, occurrence)."""
    index: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for entry in gold["documents"]:
        for claim in entry["claims"]:
            index.setdefault(claim_key({"file": entry["file"], **claim}), []).append(claim)
    return index
