"""The ``claims`` command line, as a user would run it."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from claims.cli import app
from claims.store.db import make_engine, session_scope
from claims.store.models import ApiKey, Claim, Document

pytestmark = pytest.mark.db

runner = CliRunner()

GOOD_MD = """---
source: The Meridian Post
title: Summit in Moscow
language: en
published: 2020-03-05T21:00:00+03:00
---
Putin and Erdogan met in Moscow on Thursday. Turkish officials said 33 Turkish
soldiers were killed in an air strike in Idlib last week.
"""


def claims_cli(*args: str) -> "object":
    return runner.invoke(app, list(args), catch_exceptions=False)


def counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with session_scope(engine) as session:
        docs = session.execute(select(func.count()).select_from(Document)).scalar_one()
        claims = session.execute(select(func.count()).select_from(Claim)).scalar_one()
    engine.dispose()
    return docs, claims


def test_help_documents_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("db", "ingest", "keys", "serve", "extract"):
        assert command in result.output


def test_db_upgrade_and_current(empty_database_url: str) -> None:
    result = runner.invoke(app, ["db", "current", "--database-url", empty_database_url])
    assert "base (empty)" in result.output
    result = runner.invoke(app, ["db", "upgrade", "--database-url", empty_database_url])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["db", "current", "--database-url", empty_database_url])
    assert "up to date" in result.output
    result = runner.invoke(app, ["db", "check", "--database-url", empty_database_url])
    assert result.exit_code == 0 and "no drift" in result.output


def test_ingest_reports_bad_files_and_lands_the_good_ones(
    tmp_path: Path, database_url: str
) -> None:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (folder / "nested" / "bad-utf8.md").write_bytes(b"---\nsource: X\n---\nbad \xff byte")
    (folder / "empty.md").write_text("---\nsource: X\n---\n\n", encoding="utf-8")
    (folder / "broken.md").write_text("---\nsource: [X\n---\nText", encoding="utf-8")
    (folder / "big.txt").write_text("---\nsource: X\n---\n" + "word " * 300, encoding="utf-8")
    lines = [
        json.dumps({"text": "Ankara said 2 soldiers died on Monday.", "source": "Wire"}),
        '{"text": "unterminated',
        json.dumps({"text": "Moscow hosted the talks.", "source": {"name": "Wire 2"}}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = runner.invoke(
        app, ["ingest", str(folder), "--database-url", database_url, "--max-chars", "1000"]
    )
    output = result.output
    assert result.exit_code == 1, output
    assert "bad-utf8.md: not valid UTF-8" in output
    assert "empty.md: document text is empty" in output
    assert "broken.md: bad YAML in front matter" in output
    assert "big.txt: document text is 1,500 characters, over the limit of 1,000" in output
    assert "feed.jsonl:2: invalid JSON" in output
    assert counts(database_url)[0] == 3

    # The same files again: nothing new, the same failures, nothing duplicated.
    again = runner.invoke(
        app, ["ingest", str(folder), "--database-url", database_url, "--max-chars", "1000"]
    )
    assert again.exit_code == 1
    assert counts(database_url)[0] == 3


def test_ingest_of_good_files_exits_zero_and_counts_claims(
    tmp_path: Path, database_url: str
) -> None:
    path = tmp_path / "good.md"
    path.write_text(GOOD_MD, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--database-url", database_url])
    assert result.exit_code == 0, result.output
    docs, n_claims = counts(database_url)
    assert docs == 1 and n_claims >= 1
    assert "ingest summary" in result.output


def test_keys_create_prints_the_key_once_on_the_last_line(database_url: str) -> None:
    result = runner.invoke(
        app,
        ["keys", "create", "--role", "editor", "--name", "desk", "--database-url", database_url],
    )
    assert result.exit_code == 0, result.output
    key = result.output.strip().splitlines()[-1]
    assert key.startswith("clm_")
    listing = runner.invoke(app, ["keys", "list", "--database-url", database_url])
    assert "desk" in listing.output and key not in listing.output
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        assert session.scalars(select(ApiKey.key_hash)).one() != key
    engine.dispose()
    revoked = runner.invoke(app, ["keys", "revoke", "desk", "--database-url", database_url])
    assert revoked.exit_code == 0
    bad = runner.invoke(app, ["keys", "create", "--role", "god", "--database-url", database_url])
    assert bad.exit_code == 2 and "role must be one of" in bad.output


def test_extract_prints_json_without_a_database(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(GOOD_MD, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["language"] == "en"
    body = GOOD_MD.split("---\n", 2)[2]
    casualties = [c for c in payload["claims"] if c["kind"] == "CASUALTY"]
    assert casualties and casualties[0]["value"] == 33
    for claim in payload["claims"]:
        span = claim["span"]
        assert body[span["start"] : span["end"]] == span["exact"]


def test_eval_scores_extraction_and_relations_on_a_gold_set() -> None:
    result = runner.invoke(app, ["eval", "--gold", "tests/gold/seeds.yaml", "--json"])
    assert result.exit_code in (0, 1), result.output
    figures = json.loads(result.output)["tests/gold/seeds.yaml"]
    extraction, relations = figures["extraction"], figures["relations"]
    assert set(extraction["kinds"]) == {"CASUALTY", "QUANTITY", "DURATION", "EVENT", "STATEMENT"}
    assert extraction["overall"]["span_exactness"] == 1.0
    assert relations["CONTRADICTS"]["precision"] >= 0.95
    assert relations["linked_none"] == 0


def test_eval_scores_the_thresholds_ingest_would_use(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["eval", "--gold", "tests/gold/seeds.yaml", "--pairs", "tests/gold/pairs.yaml", "--json"]
    # A misspelt knob is an error here too, so a tuning is scored as deployed.
    monkeypatch.setenv("CLAIMS_MATCH_CASUALTY_ROUNDING_TOLERANSE", "0.1")
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "rounding_toleranse" in result.output
    monkeypatch.delenv("CLAIMS_MATCH_CASUALTY_ROUNDING_TOLERANSE")
    base = json.loads(runner.invoke(app, args).output)["tests/gold/pairs.yaml"]["pairs"]
    # A quote similarity no text reaches, and a concept overlap no pair of
    # quotes reaches: reworded reports of one statement no longer agree,
    # and the score must show it.
    monkeypatch.setenv("CLAIMS_MATCH_STATEMENT_MIN_TEXT_SCORE", "101")
    monkeypatch.setenv("CLAIMS_MATCH_STATEMENT_RELATED_MIN_TEXT_SCORE", "101")
    monkeypatch.setenv("CLAIMS_MATCH_STATEMENT_CONCEPT_MIN_OVERLAP", "1.01")
    tuned = json.loads(runner.invoke(app, args).output)["tests/gold/pairs.yaml"]["pairs"]
    assert tuned["AGREES"]["recall"] < base["AGREES"]["recall"]
