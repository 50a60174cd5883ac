"""Score the matcher against the gold sets: extraction -> compare -> precision/recall.

* :func:`evaluate_pairs` reads ``tests/gold/pairs.yaml`` (standalone pairs,
  each side a short text; the held-out set: never tune on it pair by pair).
* :func:`evaluate_relations` reads the ``relations:`` and ``not_linked:`` of
  ``tests/gold/seeds.yaml`` (quotes into the seed documents).

Both run the real extractor (``claims.text.extract``), so the figures
measure the whole path a claim takes, and both return a dict::

    {"n": 59, "CONTRADICTS": {"precision": .., "recall": .., "tp": .., ...},
     "AGREES": {...}, "RELATED": {...}, "linked_none": 0, "unextracted": 1,
     "rows": [{"id": .., "gold": .., "predicted": .., "explanation": ..}, ...]}

``linked_none`` counts AGREES/CONTRADICTS given to NONE / not_linked pairs
(claims about different events or scopes); the target is zero.

Run ``python -m claims.match.evaluate [pairs|seeds]`` for a report.
"""

import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import yaml

from claims.match.relation import compare
from claims.match.thresholds import Thresholds
from claims.text.frames import ClaimKind, Frame

TARGETS = {
    "CONTRADICTS_precision": 0.95,
    "CONTRADICTS_recall": 0.90,
    "AGREES_recall": 0.90,
    "linked_none": 0,
}
RELATIONS = ("AGREES", "CONTRADICTS", "RELATED")

Extractor = Callable[..., Any]


def _extractor() -> Extractor:
    """``claims.text.extract``; ImportError while the extraction layer is not there."""
    from claims.text import extract  # type: ignore[attr-defined,unused-ignore]

    return extract  # type: ignore[no-any-return,unused-ignore]


def _frames(
    extract: Extractor,
    text: str,
    language: str | None,
    published: datetime | None,
    entities: list[dict[str, Any]] | None = None,
) -> list[Frame]:
    # The gold's speakers stand for the entity table a deployment has
    # learned; extraction is scored with them too (claims.eval).
    extra = {"entities": entities} if entities else {}
    result = extract(text, language=language, published_at=published, **extra)
    frames = list(cast("Iterable[Frame]", getattr(result, "frames", result) or []))
    # Dating undated claims by their report needs the publication date; set
    # it when the extractor did not.
    return [f if f.published_at else replace(f, published_at=published) for f in frames]


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"n": len(rows)}
    for rel in RELATIONS:
        tp = sum(1 for r in rows if r["gold"] == rel and r["predicted"] == rel)
        predicted = sum(1 for r in rows if r["predicted"] == rel)
        gold = sum(1 for r in rows if r["gold"] == rel)
        out[rel] = {
            "tp": tp,
            "predicted": predicted,
            "gold": gold,
            "precision": tp / predicted if predicted else 1.0,
            "recall": tp / gold if gold else 1.0,
        }
    out["linked_none"] = sum(
        1 for r in rows if r["gold"] == "NONE" and r["predicted"] in ("AGREES", "CONTRADICTS")
    )
    out["unextracted"] = sum(1 for r in rows if r.get("unextracted"))
    out["rows"] = rows
    return out


def meets_targets(result: dict[str, Any]) -> list[str]:
    """The targets a result misses, as sentences (empty when all are met)."""
    misses = []
    for name, target in TARGETS.items():
        if name == "linked_none":
            if result["linked_none"] > target:
                misses.append(f"{result['linked_none']} NONE pairs linked (target 0)")
            continue
        rel, metric = name.split("_")
        value = result[rel][metric]
        if value < target:
            misses.append(f"{rel} {metric} {value:.2f} < {target}")
    return misses


def _best(frames: Iterable[Frame], kind: ClaimKind) -> Frame | None:
    of_kind = [f for f in frames if f.kind is kind]
    return max(of_kind, key=lambda f: f.confidence) if of_kind else None


def evaluate_pairs(
    pairs_path: Path,
    *,
    thresholds: Thresholds | None = None,
    extract: Extractor | None = None,
) -> dict[str, Any]:
    """Precision/recall of the matcher on ``pairs.yaml``.

    Each side's text is extracted whole; the claim of the pair's ``kind``
    with the highest confidence on each side is compared.
    """
    extract = extract or _extractor()
    data = yaml.safe_load(Path(pairs_path).read_text(encoding="utf-8")) or {}
    rows = []
    for pair in data.get("pairs", []):
        kind = ClaimKind(pair["kind"])
        sides = []
        for side in (pair["a"], pair["b"]):
            published = _as_datetime(side.get("published"))
            sides.append(
                _best(_frames(extract, side["text"], side.get("language"), published), kind)
            )
        a, b = sides
        row: dict[str, Any] = {
            "id": pair.get("id"),
            "gold": pair["relation"],
            "why": pair.get("why"),
        }
        rows.append(_judge(row, a, b, thresholds, missing="no claim of that kind"))
    return _score(rows)


def _judge(
    row: dict[str, Any],
    a: Frame | None,
    b: Frame | None,
    thresholds: Thresholds | None,
    *,
    missing: str,
) -> dict[str, Any]:
    """Fill a scoring row with the matcher's verdict on two extracted claims."""
    if a is None or b is None:
        row.update(predicted=None, unextracted=True, explanation=missing)
        return row
    m = compare(a, b, thresholds=thresholds)
    row.update(
        predicted=m.relation.value if m and m.relation else None,
        skip=m.skip.value if m and m.skip else None,
        explanation=m.explanation if m else "unrelated",
    )
    return row


# --- seeds.yaml relations ---------------------------------------------------------


def _load_documents(root: Path, files: Iterable[tuple[str, int | None]]) -> dict[Any, Any]:
    from claims.readers import iter_jsonl, read_text_file

    docs: dict[tuple[str, int | None], Any] = {}
    for file, line in set(files):
        path = root / file
        if line is None:
            docs[(file, None)] = read_text_file(path, max_chars=10_000_000)
        else:
            for n, doc in enumerate(iter_jsonl(path, max_chars=10_000_000), start=1):
                if n == line and not isinstance(doc, Exception):
                    docs[(file, line)] = doc
    return docs


def _span(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(quote)


def evaluate_relations(
    gold_path: Path,
    *,
    thresholds: Thresholds | None = None,
    extract: Extractor | None = None,
    root: Path | None = None,
) -> dict[str, Any]:
    """Precision/recall on the ``relations:`` and ``not_linked:`` of ``seeds.yaml``.

    Every document the gold names is extracted once; each quoted side is
    the extracted claim of the annotated kind whose span overlaps the quote
    most (ties: the shorter claim, then higher confidence).
    """
    extract = extract or _extractor()
    gold_path = Path(gold_path)
    root = root or gold_path.resolve().parents[2]
    data = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}

    kinds: dict[tuple[str, int | None, str], ClaimKind] = {}
    for doc in data.get("documents", []):
        for claim in doc.get("claims", []):
            kinds[(doc["file"], doc.get("line"), claim["quote"])] = ClaimKind(claim["kind"])

    speakers = [dict(sp) for sp in data.get("speakers") or []]
    items = [(r, r["relation"]) for r in data.get("relations", [])]
    items += [(r, "NONE") for r in data.get("not_linked", [])]
    sides = [s for r, _ in items for s in (r["a"], r["b"])]
    docs = _load_documents(root, ((s["file"], s.get("line")) for s in sides))
    extracted: dict[tuple[str, int | None], list[Frame]] = {}

    def claim_for(side: dict[str, Any]) -> Frame | None:
        key = (side["file"], side.get("line"))
        doc = docs.get(key)
        if doc is None:
            return None
        if key not in extracted:
            extracted[key] = _frames(
                extract, doc.text, doc.language, doc.published_at, speakers or None
            )
        span = _span(doc.text, side["quote"], side.get("occurrence", 1))
        kind = kinds.get((side["file"], side.get("line"), side["quote"]))
        if span is None:
            return None
        s, e = span

        def overlap(f: Frame) -> int:
            return max(0, min(e, f.end) - max(s, f.start))

        hits = [f for f in extracted[key] if overlap(f) > 0 and (kind is None or f.kind is kind)]
        # Equal overlap: the tighter claim fits the quote ("65 children"
        # inside "232 Palestinians, including 65 children, were killed").
        return (
            max(hits, key=lambda f: (overlap(f), -(f.end - f.start), f.confidence))
            if hits
            else None
        )

    rows = []
    for rel, gold in items:
        a, b = claim_for(rel["a"]), claim_for(rel["b"])
        row: dict[str, Any] = {
            "id": f"{rel['a']['quote'][:30]} | {rel['b']['quote'][:30]}",
            "gold": gold,
            "why": rel.get("why"),
        }
        rows.append(_judge(row, a, b, thresholds, missing="quote not extracted"))
    return _score(rows)


def report(result: dict[str, Any], *, errors_only: bool = True) -> str:
    """A plain-text report: the metrics, then each pair the matcher got wrong."""
    lines = [f"pairs: {result['n']}  unextracted: {result['unextracted']}"]
    for rel in RELATIONS:
        r = result[rel]
        lines.append(
            f"{rel:12s} precision {r['precision']:.2f} ({r['tp']}/{r['predicted']})  "
            f"recall {r['recall']:.2f} ({r['tp']}/{r['gold']})"
        )
    lines.append(f"AGREES/CONTRADICTS on NONE pairs: {result['linked_none']}")
    misses = meets_targets(result)
    lines.append("targets met" if not misses else "targets missed: " + "; ".join(misses))
    for row in result["rows"]:
        if errors_only and row["gold"] == (row["predicted"] or "NONE"):
            continue
        lines.append(f"- [{row['gold']} -> {row['predicted']}] {row['id']}: {row['explanation']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "seeds"
    if which == "pairs":
        result = evaluate_pairs(Path("tests/gold/pairs.yaml"))
    else:
        result = evaluate_relations(Path("tests/gold/seeds.yaml"))
    print(report(result, errors_only="--all" not in argv))
    return 0 if not meets_targets(result) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
