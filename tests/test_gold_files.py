"""Consistency checks for the seed corpus and its gold file.

Checks only the files themselves (see tests/gold/GUIDELINES.md): every seed
document parses, every annotation points at words that are really in the
document, and every relation names an annotated claim. It does not run the
extractor or the matcher.
"""

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.goldspec import (
    CASUALTY_PREDICATES,
    DURATION_SUBJECTS,
    EVENT_PREDICATES,
    KINDS,
    LANGUAGES,
    QUALIFIERS,
    occurrences,
    split_front_matter,
)
from tests.goldspec import DOC_RELATIONS as RELATIONS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.yaml"

MD_KEYS = {"source", "url", "title", "language", "published"}
JSONL_KEYS = {"text", "source", "url", "title", "language", "published_at"}


def source_name(source):
    return source["name"] if isinstance(source, dict) else source


def load_seed_documents():
    """{(file, line or None): {"meta": ..., "body": ..., "outlet": ..., "language": ...}}."""
    docs = {}
    for path in sorted(SEEDS.glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        docs[(f"seeds/{path.name}", None)] = {
            "meta": meta,
            "body": body,
            "outlet": meta.get("source"),
            "language": meta.get("language"),
        }
    for path in sorted(SEEDS.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            docs[(f"seeds/{path.name}", number)] = {
                "meta": row,
                "body": row.get("text"),
                "outlet": source_name(row.get("source")),
                "language": row.get("language"),
            }
    return docs


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs():
    return load_seed_documents()


def doc_key(entry):
    return entry["file"], entry.get("line")


# --- seed documents ----------------------------------------------------------


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.md")), ids=lambda p: p.name)
def test_markdown_seed_parses(path):
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert isinstance(meta, dict)
    assert set(meta) >= MD_KEYS, f"missing keys: {MD_KEYS - set(meta)}"
    assert meta["language"] in LANGUAGES
    assert path.name.startswith(f"{meta['language']}-")
    assert ".example" in meta["url"]
    assert hasattr(meta["published"], "tzinfo") and meta["published"].tzinfo is not None
    assert body.strip()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.jsonl")), ids=lambda p: p.name)
def test_jsonl_seed_parses(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines
    for line in lines:
        row = json.loads(line)
        assert set(row) >= JSONL_KEYS, f"missing keys: {JSONL_KEYS - set(row)}"
        assert row["language"] in LANGUAGES
        assert source_name(row["source"])
        assert ".example" in row["url"]
        assert row["text"].strip()


def test_corpus_size_outlets_and_languages(docs):
    assert len(docs) >= 12
    assert len({d["outlet"] for d in docs.values()}) >= 7
    assert {d["language"] for d in docs.values()} == LANGUAGES


# --- claim annotations ---------------------------------------------------------


def test_every_seed_document_is_annotated_once(gold, docs):
    keys = [doc_key(entry) for entry in gold["documents"]]
    assert len(keys) == len(set(keys)), "a document is listed twice"
    assert set(keys) == set(docs)


def test_annotated_files_exist(gold):
    for entry in gold["documents"]:
        assert (ROOT / entry["file"]).is_file(), entry["file"]


def test_quotes_occur_in_document_bodies(gold, docs):
    problems = []
    for entry in gold["documents"]:
        body = docs[doc_key(entry)]["body"]
        for claim in entry["claims"]:
            count = occurrences(body, claim["quote"])
            wanted = claim.get("occurrence")
            if count == 0:
                problems.append(f"{doc_key(entry)}: not found: {claim['quote']!r}")
            elif wanted is None and count > 1:
                problems.append(
                    f"{doc_key(entry)}: {count} occurrences, none chosen: {claim['quote']!r}"
                )
            elif wanted is not None and not 1 <= wanted <= count:
                problems.append(
                    f"{doc_key(entry)}: occurrence {wanted} of {count}: {claim['quote']!r}"
                )
    assert not problems, "\n".join(problems)


def test_claim_fields_are_valid(gold):
    problems = []
    for entry in gold["documents"]:
        seen = set()
        for claim in entry["claims"]:
            where = f"{doc_key(entry)} {claim.get('quote')!r}"
            kind = claim.get("kind")
            ident = (kind, claim.get("quote"), claim.get("occurrence"))
            if ident in seen:
                problems.append(f"{where}: duplicate claim")
            seen.add(ident)
            if kind not in KINDS:
                problems.append(f"{where}: bad kind {kind!r}")
                continue
            if claim.get("qualifier", "EXACT") not in QUALIFIERS:
                problems.append(f"{where}: bad qualifier {claim['qualifier']!r}")
            if not isinstance(claim.get("negated", False), bool):
                problems.append(f"{where}: negated must be a boolean")
            if kind in {"CASUALTY", "QUANTITY", "DURATION"}:
                if not isinstance(claim.get("value"), (int, float)):
                    problems.append(f"{where}: numeric claim without a numeric value")
                if not claim.get("unit"):
                    problems.append(f"{where}: numeric claim without a unit")
            if kind == "CASUALTY" and claim.get("predicate") not in CASUALTY_PREDICATES:
                problems.append(f"{where}: bad casualty predicate {claim.get('predicate')!r}")
            if kind == "DURATION":
                if claim.get("unit") != "s":
                    problems.append(f"{where}: durations are in seconds")
                if claim.get("subject") not in DURATION_SUBJECTS:
                    problems.append(f"{where}: bad duration subject {claim.get('subject')!r}")
            if kind == "EVENT" and claim.get("predicate") not in EVENT_PREDICATES:
                problems.append(f"{where}: bad event predicate {claim.get('predicate')!r}")
            if kind == "STATEMENT" and not claim.get("speaker"):
                problems.append(f"{where}: statement without a speaker")
    assert not problems, "\n".join(problems)


# --- relations -------------------------------------------------------------------


def resolve(gold, ref):
    """The claims a relation side names (a list; exactly one when valid)."""
    matches = []
    for entry in gold["documents"]:
        if doc_key(entry) != doc_key(ref):
            continue
        for claim in entry["claims"]:
            if claim["quote"] != ref["quote"]:
                continue
            if "occurrence" in ref and claim.get("occurrence", 1) != ref["occurrence"]:
                continue
            if "kind" in ref and claim["kind"] != ref["kind"]:
                continue
            matches.append(claim)
    return matches


def check_pairs(gold, pairs, need_label):
    problems = []
    for number, pair in enumerate(pairs, start=1):
        where = f"#{number} ({pair.get('why')})"
        if need_label and pair.get("relation") not in RELATIONS:
            problems.append(f"{where}: bad relation {pair.get('relation')!r}")
        if not pair.get("why"):
            problems.append(f"{where}: no why")
        sides = []
        for side in ("a", "b"):
            found = resolve(gold, pair[side])
            if len(found) != 1:
                problems.append(f"{where}: side {side} matches {len(found)} claims: {pair[side]}")
            else:
                sides.append(found[0])
        if doc_key(pair["a"]) == doc_key(pair["b"]):
            problems.append(f"{where}: both sides in the same document")
        if len(sides) == 2 and sides[0]["kind"] != sides[1]["kind"]:
            problems.append(f"{where}: compares {sides[0]['kind']} with {sides[1]['kind']}")
    return problems


def test_relations_refer_to_annotated_claims(gold):
    problems = check_pairs(gold, gold["relations"], need_label=True)
    assert not problems, "\n".join(problems)
    assert len(gold["relations"]) >= 25
    labels = Counter(pair["relation"] for pair in gold["relations"])
    assert set(labels) == RELATIONS


def test_not_linked_pairs_refer_to_annotated_claims(gold):
    problems = check_pairs(gold, gold["not_linked"], need_label=False)
    assert not problems, "\n".join(problems)
    assert gold["not_linked"]
