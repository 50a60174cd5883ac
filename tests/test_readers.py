"""Reading documents from files: every bad input names the file and the reason."""

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from claims.readers import (
    IncomingDocument,
    ReadError,
    discover,
    read_path,
    read_text_file,
    split_front_matter,
)

LIMIT = 2_000_000


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\nsource: The Meridian Post\nurl: https://m.example/a\ntitle: Talks\n"
        "language: en\npublished: 2020-03-05T21:30:00+03:00\n---\nPutin met Erdogan.\n",
    )
    doc = read_text_file(path, max_chars=LIMIT)
    assert doc.text == "Putin met Erdogan.\n"
    assert doc.source_name == "The Meridian Post"
    assert doc.title == "Talks"
    assert doc.language == "en"
    assert doc.published_at == datetime(2020, 3, 5, 21, 30, tzinfo=timezone(timedelta(hours=3)))


def test_text_is_kept_exactly_as_written(tmp_path: Path) -> None:
    body = "  قُتِلَ ٣٣ جنديا 🙁\r\nسطر ثان\n"
    path = write(tmp_path / "a.txt", "---\nsource: الوكالة\n---\n" + body)
    assert read_text_file(path, max_chars=LIMIT).text == body


def test_a_date_without_time_is_midnight_utc(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\nsource: S\npublished: 2020-03-05\n---\nText.")
    assert read_text_file(path, max_chars=LIMIT).published_at == datetime(2020, 3, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"---\nsource: S\n---\n\xff\xfe bad", "not valid UTF-8 (bad byte 0xff"),
        ("---\nsource: S\n---\n   \n", "document text is empty"),
        ("---\nsource: S\ntitle: [unclosed\n---\nBody", "bad YAML in front matter at line"),
        ("---\nsource: S\nBody without a closing line", "unterminated front matter"),
        ("---\n- a list\n---\nBody", "front matter must be a mapping"),
        ("---\ntitle: T\n---\nBody", "missing 'source'"),
        ("---\nsource: S\nauthor: X\n---\nBody", "unknown front matter key(s): author"),
        ("---\nsource: S\npublished: yesterday\n---\nBody", "published is not an ISO 8601"),
    ],
)
def test_bad_text_files_say_what_is_wrong(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.md", content)
    (item,) = list(read_path(path, max_chars=LIMIT))
    assert isinstance(item, ReadError)
    assert str(path) in str(item)
    assert reason in str(item)


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.md", "---\nsource: S\n---\n" + "x" * 101)
    (item,) = list(read_path(path, max_chars=100))
    assert isinstance(item, ReadError)
    assert "101 characters, over the limit of 100" in str(item)


def test_jsonl_lines_fail_alone_with_their_line_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First.", "source": "A", "language": "en"}),
        "{not json",
        json.dumps({"text": "Third.", "source": {"name": "B", "url": "https://b.example"}}),
        json.dumps({"source": "C"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"text": "x", "source": "D", "published_at": "2020-03-05T10:00:00Z"}),
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path, max_chars=LIMIT))
    assert [type(i).__name__ for i in items] == [
        "IncomingDocument",
        "ReadError",
        "IncomingDocument",
        "ReadError",
        "ReadError",
        "IncomingDocument",
    ]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [e.line for e in bad] == [2, 4, 6]
    assert "invalid JSON" in bad[0].reason
    assert "missing 'text'" in bad[1].reason
    assert "must be a JSON object" in bad[2].reason
    good = [i for i in items if isinstance(i, IncomingDocument)]
    assert good[1].source_name == "B" and good[1].source_url == "https://b.example"
    assert good[1].origin == f"{path}:3"
    assert good[2].published_at == datetime(2020, 3, 5, 10, tzinfo=UTC)


def test_discover_walks_folders_and_reports_unsupported_files(tmp_path: Path) -> None:
    write(tmp_path / "d" / "b.md", "x")
    write(tmp_path / "d" / "sub" / "a.jsonl", "x")
    write(tmp_path / "d" / "notes.pdf", "x")
    write(tmp_path / "e.csv", "x")
    found = list(discover([tmp_path / "d", tmp_path / "e.csv", tmp_path / "missing"]))
    paths = [p for p in found if isinstance(p, Path)]
    errors = [str(e) for e in found if isinstance(e, ReadError)]
    assert [p.name for p in paths] == ["b.md", "a.jsonl"]
    assert any("unsupported file type '.csv'" in e for e in errors)
    assert any("missing: no such file or folder" in e for e in errors)


def test_split_front_matter_without_block() -> None:
    assert split_front_matter("--- not a block\ntext") == ({}, "--- not a block\ntext")
    with pytest.raises(ReadError, match=r"x\.md: unterminated front matter"):
        split_front_matter("---\ntitle: x\n", path="x.md")
