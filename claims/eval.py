"""Score the extractor against a gold file.

    python -m claims.eval [--gold tests/gold/seeds.yaml] [--json] [--verbose]

A gold file lists documents (``.md`` with front matter, or a ``.jsonl`` file
and a 1-based ``line:``) and their claims (see tests/gold/GUIDELINES.md). An
extracted frame counts as a gold claim when the kinds are equal and the
spans overlap; pairs are made one-to-one, greedily by overlap. Reported per
kind: precision, recall, F1, value accuracy (count, seconds or time) and
speaker accuracy on matched claims, and span exactness over every frame
(``text[start:end] == frame.text``).

The argument parser is built by :func:`build_parser` so other scores (the
matcher's) can add options; :func:`main` takes ``argv`` for tests.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from claims.text.documents import parse_front_matter
from claims.text.extract import Extractor, default_extractor
from claims.text.frames import ClaimKind, Frame

DEFAULT_GOLD = Path("tests/gold/seeds.yaml")


class GoldError(ValueError):
    """A gold file that cannot be used, with what is wrong and where."""


@dataclass(slots=True)
class GoldClaim:
    kind: ClaimKind
    start: int
    end: int
    quote: str
    fields: dict[str, Any]


@dataclass(slots=True)
class GoldDocument:
    ref: str
    text: str
    language: str | None
    published_at: datetime | None
    claims: list[GoldClaim] = field(default_factory=list)


def _as_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value))


def read_document(root: Path, file: str, line: int | None = None) -> tuple[str, dict[str, Any]]:
    """The body text and metadata of a gold document reference."""
    path = root / file
    if not path.is_file():
        raise GoldError(f"gold document not found: {file}")
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".jsonl", ".ndjson"):
        if line is None:
            raise GoldError(f"{file}: a .jsonl document needs 'line:' (1-based)")
        lines = raw.splitlines()
        if not 1 <= line <= len(lines):
            raise GoldError(f"{file}: line {line} out of range (1-{len(lines)})")
        rec = json.loads(lines[line - 1])
        meta = {k: v for k, v in rec.items() if k != "text"}
        if "published" in meta and "published_at" not in meta:
            meta["published_at"] = meta["published"]
        return str(rec["text"]), meta
    meta, body, _ = parse_front_matter(raw)
    meta.setdefault("published_at", meta.get("published"))
    return body, meta


def load_gold(gold_path: Path) -> tuple[list[GoldDocument], list[dict[str, Any]]]:
    """Documents with resolved claim spans, and the gold ``speakers:`` list."""
    data = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f"{gold_path}: expected a mapping with a 'documents:' list")
    root = _repo_root(gold_path)
    docs: list[GoldDocument] = []
    for entry in data["documents"]:
        file = str(entry["file"])
        line = entry.get("line")
        text, meta = read_document(root, file, line)
        ref = f"{file}:{line}" if line else file
        doc = GoldDocument(
            ref=ref,
            text=text,
            language=meta.get("language"),
            published_at=_as_datetime(meta.get("published_at")),
        )
        for c in entry.get("claims") or []:
            quote = str(c["quote"])
            occurrence = int(c.get("occurrence", 1))
            pos = -1
            for _ in range(occurrence):
                pos = text.find(quote, pos + 1)
                if pos < 0:
                    raise GoldError(f"{ref}: quote not found (occurrence {occurrence}): {quote!r}")
            fields = {k: v for k, v in c.items() if k not in ("kind", "quote", "occurrence")}
            doc.claims.append(GoldClaim(ClaimKind(c["kind"]), pos, pos + len(quote), quote, fields))
        docs.append(doc)
    speakers = [dict(s) for s in data.get("speakers") or []]
    return docs, speakers


def _repo_root(gold_path: Path) -> Path:
    for parent in [gold_path.resolve().parent, *gold_path.resolve().parents]:
        if (parent / "pyproject.toml").is_file() or (parent / ".git").exists():
            return parent
    return Path.cwd()


def match_claims(gold: Sequence[GoldClaim], frames: Sequence[Frame]) -> list[tuple[int, int]]:
    """One-to-one (gold index, frame index) pairs: same kind, greedy by overlap."""
    cands: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(frames):
            if f.kind != g.kind:
                continue
            overlap = min(g.end, f.end) - max(g.start, f.start)
            if overlap > 0:
                cands.append((overlap, gi, fi))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _, gi, fi in cands:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        pairs.append((gi, fi))
    return pairs


def _value_ok(g: GoldClaim, f: Frame) -> bool | None:
    if g.kind is ClaimKind.EVENT:
        want = g.fields.get("time")
        if want is None:
            return None
        if f.time is None:
            return False
        if not isinstance(want, date):
            text = str(want).strip()
            # "2022-11-10" (quoted in the YAML) is a day, as an unquoted
            # date is; only a clock time makes it an instant.
            want = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        if isinstance(want, datetime):
            if want.tzinfo is None:
                # A gold time without an offset is wall-clock time as written.
                return f.time.replace(tzinfo=None) == want
            return f.time == want
        return f.time.date() == want
    want = g.fields.get("value")
    if want is None or g.kind is ClaimKind.STATEMENT:
        return None
    if f.value is None:
        return False
    return abs(float(want) - f.value) <= 1e-6 * max(1.0, abs(float(want)))


def _field_ok(g: GoldClaim, f: Frame, name: str) -> bool | None:
    if name not in g.fields and name not in ("negated",):
        return None
    want = g.fields.get(name)
    if name == "qualifier":
        got: Any = str(f.value_qualifier) if f.value_qualifier else "EXACT"
        return bool(got == str(want))
    if name == "negated":
        if g.kind not in (ClaimKind.STATEMENT, ClaimKind.CASUALTY):
            return None
        return bool(f.negated) == bool(want)
    got = getattr(f, name, None)
    if name == "unit" and got is not None:
        return str(got).replace("_", " ") == str(want).replace("_", " ")
    return bool(got == want)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def evaluate_extraction(
    gold_path: str | Path = DEFAULT_GOLD,
    *,
    extractor: Extractor | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """Score extraction on a gold file; a JSON-safe dict of the figures.

    Keys: ``kinds`` (per kind: tp, fp, fn, precision, recall, f1,
    value_accuracy, speaker_accuracy, field accuracies), ``overall``
    (value_accuracy, speaker_accuracy, span_exactness, frames), and with
    ``details`` the unmatched claims per document.
    """
    gold_path = Path(gold_path)
    ex = extractor or default_extractor()
    docs, speakers = load_gold(gold_path)
    counts: dict[str, dict[str, int]] = {
        k.value: {
            "tp": 0,
            "fp": 0,
            "fn": 0,
            "value_n": 0,
            "value_ok": 0,
            "speaker_n": 0,
            "speaker_ok": 0,
        }
        for k in ClaimKind
    }
    field_counts: dict[str, dict[str, list[int]]] = {k.value: {} for k in ClaimKind}
    frames_total = 0
    exact = 0
    misses: list[dict[str, Any]] = []
    for doc in docs:
        out = ex.extract(
            doc.text,
            language=doc.language,
            published_at=doc.published_at,
            entities=speakers or None,
        )
        frames = out.frames
        frames_total += len(frames)
        exact += sum(1 for f in frames if doc.text[f.start : f.end] == f.text)
        pairs = match_claims(doc.claims, frames)
        matched_g = {g for g, _ in pairs}
        matched_f = {f for _, f in pairs}
        for gi, fi in pairs:
            g, f = doc.claims[gi], frames[fi]
            c = counts[g.kind.value]
            c["tp"] += 1
            ok = _value_ok(g, f)
            if ok is not None:
                c["value_n"] += 1
                c["value_ok"] += int(ok)
            if "speaker" in g.fields:
                c["speaker_n"] += 1
                c["speaker_ok"] += int(f.speaker == g.fields["speaker"])
            for name in ("unit", "predicate", "subject", "qualifier", "negated"):
                fok = _field_ok(g, f, name)
                if fok is None:
                    continue
                slot = field_counts[g.kind.value].setdefault(name, [0, 0])
                slot[0] += int(fok)
                slot[1] += 1
            if details and (
                ok is False or ("speaker" in g.fields and f.speaker != g.fields["speaker"])
            ):
                misses.append(
                    {
                        "doc": doc.ref,
                        "type": "wrong",
                        "kind": g.kind.value,
                        "quote": g.quote,
                        "gold": g.fields,
                        "got": f.normalized,
                    }
                )
        for gi, g in enumerate(doc.claims):
            if gi not in matched_g:
                counts[g.kind.value]["fn"] += 1
                if details:
                    misses.append(
                        {"doc": doc.ref, "type": "fn", "kind": g.kind.value, "quote": g.quote}
                    )
        for fi, f in enumerate(frames):
            if fi not in matched_f:
                counts[f.kind.value]["fp"] += 1
                if details:
                    misses.append(
                        {
                            "doc": doc.ref,
                            "type": "fp",
                            "kind": f.kind.value,
                            "quote": f.text,
                            "got": f.normalized,
                        }
                    )
    kinds: dict[str, dict[str, Any]] = {}
    tot = {"value_n": 0, "value_ok": 0, "speaker_n": 0, "speaker_ok": 0}
    for kind, c in counts.items():
        p = _ratio(c["tp"], c["tp"] + c["fp"])
        r = _ratio(c["tp"], c["tp"] + c["fn"])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        for k in tot:
            tot[k] += c[k]
        kinds[kind] = {
            "tp": c["tp"],
            "fp": c["fp"],
            "fn": c["fn"],
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "value_accuracy": round(_ratio(c["value_ok"], c["value_n"]), 4),
            "value_n": c["value_n"],
            "speaker_accuracy": round(_ratio(c["speaker_ok"], c["speaker_n"]), 4),
            "speaker_n": c["speaker_n"],
            "fields": {n: round(_ratio(ok, n_), 4) for n, (ok, n_) in field_counts[kind].items()},
        }
    result: dict[str, Any] = {
        "gold": str(gold_path),
        "documents": len(docs),
        "kinds": kinds,
        "overall": {
            "value_accuracy": round(_ratio(tot["value_ok"], tot["value_n"]), 4),
            "speaker_accuracy": round(_ratio(tot["speaker_ok"], tot["speaker_n"]), 4),
            "span_exactness": round(_ratio(exact, frames_total), 4),
            "frames": frames_total,
        },
    }
    if details:
        result["misses"] = misses
    return result


def format_report(result: dict[str, Any]) -> str:
    """The figures as a small table."""
    lines = [
        f"gold: {result['gold']} ({result['documents']} documents)",
        f"{'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} "
        f"{'value':>6} {'speaker':>8}",
    ]
    for kind, k in result["kinds"].items():
        lines.append(
            f"{kind:<10} {k['precision']:>6.3f} {k['recall']:>6.3f} {k['f1']:>6.3f} "
            f"{k['tp']:>4} {k['fp']:>4} {k['fn']:>4} {k['value_accuracy']:>6.3f} "
            f"{k['speaker_accuracy']:>8.3f}"
        )
    o = result["overall"]
    lines.append(
        f"overall: value accuracy {o['value_accuracy']:.3f}, speaker accuracy "
        f"{o['speaker_accuracy']:.3f}, span exactness {o['span_exactness']:.3f} "
        f"({o['frames']} frames)"
    )
    for m in result.get("misses", []):
        lines.append(
            f"  {m['type']:<5} {m['kind']:<9} {m['doc']}: {m['quote']!r} {m.get('got', '')}"
            + (f" gold={m['gold']}" if m["type"] == "wrong" else "")
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m claims.eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold YAML file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and extra claims")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = evaluate_extraction(args.gold, details=args.verbose)
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
