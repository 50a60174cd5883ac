"""Benchmark: JSON Lines ingest throughput into SQLite and PostgreSQL.

Generates N synthetic news documents (no network), writes them as JSON Lines,
and times the full pipeline (read, extract, store, match) into a fresh
database on each engine. Prints documents/second.

    python bench/ingest.py                  # 2,000 documents, SQLite
    python bench/ingest.py -n 5000 --postgres postgresql://postgres@127.0.0.1/bench

PostgreSQL runs when --postgres (or CLAIMS_BENCH_POSTGRES_URL) names a
database we may create a sibling database next to.
"""

import argparse
import json
import os
import platform
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pgtemp import pg_database  # bench/ is run as scripts: a sibling module

from claims.config import Settings
from claims.readers import iter_jsonl
from claims.store import migrate
from claims.store.db import make_engine
from claims.store.pipeline import Pipeline

OUTLETS = ["Harbor Wire", "The Daily Lantern", "وكالة الأفق", "صحيفة المدار", "North Gazette"]
PLACES_EN = ["Idlib", "Saraqeb", "Aleppo", "Hama", "Latakia"]
PLACES_AR = ["إدلب", "سراقب", "حلب", "حماة", "اللاذقية"]
EN = [
    "{n} soldiers were killed in an air strike near {place} on Thursday, officials said.",
    "At least {n} civilians were wounded when shelling hit a market in {place}.",
    "The talks lasted {h} hours and {m} minutes, according to the Kremlin.",
    'The minister said: "We will not accept any attack on our positions in {place}."',
    "A ceasefire will take effect from midnight along the front line near {place}.",
    "Aid agencies said {n} trucks crossed the border carrying food and medicine.",
]
AR = [
    "قُتل {n} جنديا في غارة جوية قرب {place} يوم الخميس، بحسب مصادر رسمية.",
    "أصيب ما لا يقل عن {n} مدنيا في قصف استهدف سوقا في {place}.",
    "استمرت المحادثات {h} ساعات و{m} دقيقة، وفق الكرملين.",
    "وقال الوزير إن بلاده لن تقبل أي هجوم على مواقعها في {place}.",
    "يبدأ وقف إطلاق النار منتصف الليل على خطوط التماس قرب {place}.",
    "وأفادت منظمات الإغاثة بأن {n} شاحنة عبرت الحدود محملة بالغذاء والدواء.",
]


def make_documents(n: int, *, seed: int = 7) -> list[dict[str, object]]:
    """An archive of ``n`` reports on a stream of stories.

    Each story has its own figures and day; a report covers a handful of
    the stories of its last few days, mostly with the story's figures and
    sometimes one off (the disagreements the matcher is there to find), in
    English or Arabic. So links and contradictions come at a realistic rate
    rather than every report contradicting every other.
    """
    rng = random.Random(seed)
    base = datetime(2020, 3, 1, 9, tzinfo=UTC)
    stories = [
        {
            "template": rng.randrange(len(EN)),
            "place": rng.randrange(len(PLACES_EN)),
            "n": rng.randint(2, 90),
            "h": rng.randint(2, 9),
            "m": rng.choice([10, 20, 40, 50]),
        }
        for _ in range(max(1, n // 2))
    ]
    docs: list[dict[str, object]] = []
    for i in range(n):
        arabic = i % 2 == 1
        templates, places = (AR, PLACES_AR) if arabic else (EN, PLACES_EN)
        # Stories appear at the rate reports do; a report covers recent ones.
        latest = min(len(stories), i // 2 + 1)
        picked = rng.sample(range(max(0, latest - 8), latest), k=min(latest, rng.randint(3, 6)))
        sentences = []
        for k in picked:
            story = stories[k]
            off = 1 if rng.random() < 0.1 else 0
            sentences.append(
                templates[int(story["template"])].format(
                    n=int(story["n"]) + off,
                    h=story["h"],
                    m=story["m"],
                    place=places[int(story["place"])],
                )
            )
        docs.append(
            {
                # A serial number keeps every synthetic text distinct.
                "text": f"{i}. " + " ".join(sentences),
                "source": rng.choice(OUTLETS),
                "language": "ar" if arabic else "en",
                "published_at": (base + timedelta(hours=3 * i)).isoformat(),
                "title": f"Synthetic report {i}",
            }
        )
    return docs


def run(url: str, path: Path, *, batch_size: int) -> tuple[float, int]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    settings = Settings(database_url=url, ingest_batch_size=batch_size)
    pipeline = Pipeline(engine, settings=settings)
    # Warm the extractor's caches so the figure is steady-state ingest.
    pipeline.extractor("warm up 3 soldiers were killed.", language="en")
    start = time.perf_counter()
    created = sum(
        1
        for outcome in pipeline.ingest_many(iter_jsonl(path, max_chars=settings.max_document_chars))
        if outcome.created
    )
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed, created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--documents", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("CLAIMS_BENCH_POSTGRES_URL"))
    args = parser.parse_args()

    docs = make_documents(args.documents)
    chars = sum(len(str(d["text"])) for d in docs)
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cpus")
    print(f"{len(docs):,} synthetic documents, {chars:,} characters, batch {args.batch_size}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        targets = [("sqlite", f"sqlite:///{tmp}/bench.db", None)]
        if args.postgres:
            url, drop = pg_database(args.postgres)
            targets.append(("postgresql", url, drop))
        for name, url, drop in targets:
            try:
                elapsed, created = run(url, path, batch_size=args.batch_size)
            finally:
                if callable(drop):
                    drop()
            print(
                f"{name:>10}: {created:,} documents in {elapsed:.2f}s = "
                f"{created / elapsed:,.1f} documents/s"
            )


if __name__ == "__main__":
    main()
