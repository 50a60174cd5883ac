"""Structural checks for the holdout gold set and the labelled matcher pairs.

These tests only check that the gold files are well formed and consistent
with tests/gold/GUIDELINES.md (files exist, quotes occur in the bodies,
fields are valid, relations point at annotated claims, coverage counts).
They do not run the extractor or the matcher.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.goldspec import (
    ARABIC_INDIC_DIGITS,
    ARABIC_LETTERS,
    CASUALTY_PREDICATES,
    DOC_RELATIONS,
    DURATION_SUBJECTS,
    EVENT_PREDICATES,
    FRONT_MATTER_KEYS,
    KINDS,
    LANGUAGES,
    PAIR_RELATIONS,
    QUALIFIERS,
    as_datetime,
    claim_key,
    index_claims,
    load_yaml,
    read_documents,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
HOLDOUT_DIR = GOLD / "holdout"
HOLDOUT_YAML = GOLD / "holdout.yaml"
PAIRS_YAML = GOLD / "pairs.yaml"


# --------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def holdout() -> dict:
    return load_yaml(HOLDOUT_YAML)


@pytest.fixture(scope="module")
def pairs() -> list[dict]:
    return load_yaml(PAIRS_YAML)["pairs"]


@pytest.fixture(scope="module")
def documents(holdout) -> dict[str, tuple[dict, str]]:
    return read_documents(ROOT, holdout)


@pytest.fixture(scope="module")
def claim_index(holdout) -> dict[tuple[str, str, int], list[dict]]:
    return index_claims(holdout)


# --------------------------------------------------------------- documents


def test_every_holdout_file_is_annotated(holdout):
    annotated = {e["file"] for e in holdout["documents"]}
    on_disk = {str(p.relative_to(ROOT)) for p in HOLDOUT_DIR.glob("*.md")}
    assert on_disk == annotated
    assert len(annotated) == len(holdout["documents"]), "file annotated twice"


def test_document_counts(documents):
    assert len(documents) >= 16
    langs = Counter(meta["language"] for meta, _ in documents.values())
    assert set(langs) == LANGUAGES
    assert min(langs.values()) >= 6, langs
    outlets = {meta["source"] for meta, _ in documents.values()}
    assert len(outlets) >= 6, outlets


def test_front_matter(documents):
    for file, (meta, body) in documents.items():
        assert set(meta) >= FRONT_MATTER_KEYS, file
        assert meta["language"] in LANGUAGES, file
        assert re.match(r"^https?://[a-z0-9.-]+\.example/", meta["url"]), file
        published = as_datetime(meta["published"])
        assert published.tzinfo is not None, f"{file}: published needs an offset"
        assert 2019 <= published.year <= 2021, file
        assert meta["title"].strip(), file
        words = len(body.split())
        assert 120 <= words <= 350, f"{file}: {words} words"
        if meta["language"] == "ar":
            assert ARABIC_LETTERS.search(body), file
        stem = Path(file).name
        assert stem.startswith(meta["language"] + "-"), file


def test_arabic_indic_digits_used(documents):
    with_digits = [
        f
        for f, (meta, body) in documents.items()
        if meta["language"] == "ar" and ARABIC_INDIC_DIGITS.search(body)
    ]
    assert len(with_digits) >= 2, with_digits


# --------------------------------------------------------------- claims


def test_quotes_occur_in_body(holdout, documents):
    for entry in holdout["documents"]:
        _, body = documents[entry["file"]]
        for claim in entry["claims"]:
            quote = claim["quote"]
            assert quote and quote == quote.strip(), (entry["file"], quote)
            count = body.count(quote)
            occurrence = int(claim.get("occurrence", 1))
            assert count >= occurrence >= 1, (entry["file"], quote, count)
            if count > 1:
                assert "occurrence" in claim, (
                    f"{entry['file']}: {quote!r} occurs {count} times; add occurrence"
                )


def test_claim_fields_valid(holdout):
    speakers = {s["name"] for s in holdout["speakers"]}
    for entry in holdout["documents"]:
        assert entry["claims"], entry["file"]
        for claim in entry["claims"]:
            where = (entry["file"], claim["quote"])
            kind = claim["kind"]
            assert kind in KINDS, where
            assert claim.get("qualifier", "EXACT") in QUALIFIERS, where
            assert isinstance(claim.get("negated", False), bool), where
            if "speaker" in claim:
                assert claim["speaker"] in speakers, where
            if kind in {"CASUALTY", "QUANTITY", "DURATION"}:
                assert isinstance(claim["value"], (int, float)), where
                assert claim["value"] > 0, where
                assert claim.get("unit"), where
            if kind == "CASUALTY":
                assert claim["predicate"] in CASUALTY_PREDICATES, where
            if kind == "DURATION":
                assert claim["unit"] == "s", where
                assert claim["subject"] in DURATION_SUBJECTS, where
            if kind == "EVENT":
                assert claim["predicate"] in EVENT_PREDICATES, where
                if "time" in claim:
                    as_datetime(claim["time"])
            if kind == "STATEMENT":
                assert claim["speaker"] in speakers, where
            else:
                assert not claim.get("negated", False), where


def test_no_duplicate_claims(claim_index):
    for key, claims in claim_index.items():
        kinds = [c["kind"] for c in claims]
        assert len(kinds) == len(set(kinds)), key


def test_every_kind_annotated(holdout):
    kinds = Counter(c["kind"] for e in holdout["documents"] for c in e["claims"])
    assert set(kinds) == KINDS, kinds


def test_speakers_list(holdout):
    names = [s["name"] for s in holdout["speakers"]]
    assert len(names) == len(set(names))
    for s in holdout["speakers"]:
        assert s["kind"] in {"person", "organization"}, s
        assert isinstance(s["aliases"], list) and s["aliases"], s
    used = {c["speaker"] for e in holdout["documents"] for c in e["claims"] if "speaker" in c}
    assert used == set(names), set(names) ^ used


# --------------------------------------------------------------- relations


def _check_links(links, claim_index, documents, with_relation):
    for link in links:
        a, b = link["a"], link["b"]
        assert a["file"] != b["file"], "relations must be cross-document"
        for ref in (a, b):
            assert claim_key(ref) in claim_index, f"not an annotated claim: {ref}"
        kinds_a = {c["kind"] for c in claim_index[claim_key(a)]}
        kinds_b = {c["kind"] for c in claim_index[claim_key(b)]}
        assert kinds_a & kinds_b, (a, b)
        if with_relation:
            assert link["relation"] in DOC_RELATIONS, link
        assert link.get("why"), link


def test_relations(holdout, claim_index, documents):
    relations = holdout["relations"]
    assert len(relations) >= 15
    _check_links(relations, claim_index, documents, with_relation=True)
    assert {r["relation"] for r in relations} == DOC_RELATIONS
    langs = {tuple(sorted(documents[r[s]["file"]][0]["language"] for s in "ab")) for r in relations}
    assert ("ar", "en") in langs and ("ar", "ar") in langs and ("en", "en") in langs


def test_not_linked(holdout, claim_index, documents):
    links = holdout["not_linked"]
    assert len(links) >= 5
    _check_links(links, claim_index, documents, with_relation=False)
    related = {frozenset([claim_key(r["a"]), claim_key(r["b"])]) for r in holdout["relations"]}
    for link in links:
        pair = frozenset([claim_key(link["a"]), claim_key(link["b"])])
        assert pair not in related, link


# --------------------------------------------------------------- pairs


def _combo(pair) -> str:
    return "-".join(sorted((pair["a"]["language"], pair["b"]["language"])))


def test_pair_fields(pairs):
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)), "duplicate pair ids"
    for pair in pairs:
        assert pair["kind"] in KINDS, pair["id"]
        assert pair["relation"] in PAIR_RELATIONS, pair["id"]
        assert pair.get("why"), pair["id"]
        for side in ("a", "b"):
            s = pair[side]
            assert s["language"] in LANGUAGES, pair["id"]
            assert as_datetime(s["published"]).tzinfo is not None, pair["id"]
            text = s["text"].strip()
            assert 0 < len(text) <= 400, pair["id"]
            if s["language"] == "ar":
                assert ARABIC_LETTERS.search(text), pair["id"]
            else:
                assert not ARABIC_LETTERS.search(text), pair["id"]
        assert pair["a"]["text"].strip() != pair["b"]["text"].strip(), pair["id"]
        assert pair["id"].startswith(f"{pair['a']['language']}-{pair['b']['language']}-"), pair[
            "id"
        ]


def test_pair_counts(pairs):
    assert len(pairs) >= 48
    combos = Counter(_combo(p) for p in pairs)
    for combo in ("ar-ar", "en-en", "ar-en"):
        assert combos[combo] >= 12, combos
    assert {p["relation"] for p in pairs} == PAIR_RELATIONS
    kinds = {p["kind"] for p in pairs}
    assert kinds == KINDS, kinds
    # every relation label occurs in every language combination
    for combo in ("ar-ar", "en-en", "ar-en"):
        labels = {p["relation"] for p in pairs if _combo(p) == combo}
        assert labels == PAIR_RELATIONS, (combo, labels)
