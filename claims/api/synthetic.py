"""Synthetic rows in bulk, for the API benchmark and the N+1 test.

Rows go in with Core ``insert`` in large batches (no ORM unit of work, no
extraction, no matching), so 100,000 claims load in seconds. The shapes are
realistic enough for the API: claims spread over documents and sources,
speakers, matcher links between neighbours, a review on some claims.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select
from sqlmodel import col

from claims.store.models import (
    Claim,
    ClaimLink,
    Document,
    Entity,
    EntityAlias,
    Review,
    Source,
)

SENTENCE = "Officials said {n} {unit}s were killed in {place} on {day}."
PLACES = ("Idlib", "Aleppo", "Latakia", "Saraqib", "Ariha")
UNITS = ("soldier", "civilian", "fighter")


@dataclass(slots=True)
class Sizes:
    claims: int
    claims_per_document: int = 5
    documents_per_source: int = 50
    speakers: int = 20


def _batches(rows: list[dict[str, object]], size: int = 5000) -> list[list[dict[str, object]]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def load(engine: Engine, sizes: Sizes, *, seed: int = 7) -> None:
    """Append ``sizes.claims`` claims (and what they hang from) to the store."""
    rng = random.Random(seed)
    now = datetime(2020, 3, 5, tzinfo=UTC)
    n_docs = max(1, -(-sizes.claims // sizes.claims_per_document))
    n_sources = max(1, -(-n_docs // sizes.documents_per_source))
    with engine.begin() as conn:
        conn.execute(
            insert(Source),
            [
                {"name": f"Synthetic Outlet {i}", "url": None, "created_at": now, "updated_at": now}
                for i in range(n_sources)
            ],
        )
        source_ids = list(
            conn.scalars(
                select(col(Source.id))
                .where(col(Source.name).like("Synthetic Outlet %"))
                .order_by(col(Source.id))
            )
        )
        conn.execute(
            insert(Entity),
            [
                {
                    "name": f"Synthetic Speaker {i}",
                    "kind": "person",
                    "data": {},
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(sizes.speakers)
            ],
        )
        speaker_ids = list(
            conn.scalars(
                select(col(Entity.id))
                .where(col(Entity.name).like("Synthetic Speaker %"))
                .order_by(col(Entity.id))
            )
        )
        conn.execute(
            insert(EntityAlias),
            [
                {"entity_id": e, "alias": f"Speaker {i}", "folded": f"speaker {i}"}
                for i, e in enumerate(speaker_ids)
            ],
        )
        first_doc = (
            conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM document").scalar() or 0
        ) + 1
        texts: list[str] = []
        doc_rows: list[dict[str, object]] = []
        for d in range(n_docs):
            sentences = [
                SENTENCE.format(
                    n=rng.randint(2, 90),
                    unit=rng.choice(UNITS),
                    place=rng.choice(PLACES),
                    day=f"day {rng.randint(1, 28)}",
                )
                for _ in range(sizes.claims_per_document)
            ]
            text = " ".join(sentences)
            texts.append(text)
            doc_rows.append(
                {
                    "id": first_doc + d,
                    "source_id": source_ids[d % n_sources],
                    "title": f"Synthetic report {d}",
                    "url": None,
                    "language": "en",
                    "published_at": now - timedelta(hours=d),
                    "text": text,
                    "content_hash": f"synthetic-{first_doc + d}-{seed}",
                    "copy_of_id": None,
                    "copy_score": None,
                    "ingested_at": now,
                    "updated_at": now,
                }
            )
        for batch in _batches(doc_rows):
            conn.execute(insert(Document), batch)
        first_claim = (
            conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM claim").scalar() or 0
        ) + 1
        claim_rows: list[dict[str, object]] = []
        for c in range(sizes.claims):
            d = c // sizes.claims_per_document
            text = texts[d]
            k = c % sizes.claims_per_document
            start = 0
            for _ in range(k):
                start = text.index(". ", start) + 2
            end = text.index(".", start)
            words = text[start:end]
            value = float(words.split()[2])
            claim_rows.append(
                {
                    "id": first_claim + c,
                    "document_id": first_doc + d,
                    "kind": "CASUALTY",
                    "language": "en",
                    "span_start": start,
                    "span_end": end,
                    "sentence_start": start,
                    "sentence_end": end + 1,
                    "text": words,
                    "subject": None,
                    "predicate": "killed",
                    "object": None,
                    "value": value,
                    "unit": words.split()[3].rstrip("s"),
                    "value_qualifier": "EXACT",
                    "time": None,
                    "time_text": None,
                    "place": None,
                    "event_date": None,
                    "scope": None,
                    "negated": False,
                    "confidence": 0.8,
                    "extractor": "synthetic/1",
                    "normalized": words.lower(),
                    "speaker_id": speaker_ids[c % len(speaker_ids)] if c % 3 == 0 else None,
                    "search_text": words.lower(),
                    "frame": {},
                    "created_at": now,
                    "updated_at": now,
                }
            )
        for batch in _batches(claim_rows):
            conn.execute(insert(Claim), batch)
        links: list[dict[str, object]] = []
        reviews: list[dict[str, object]] = []
        # Each link joins a claim to one half the store away, in another
        # document and usually another source: nothing on a page is linked
        # to something already on it, as in a real store.
        half = sizes.claims // 2
        for c in range(sizes.claims):
            if c % 2 == 0 and c + half < sizes.claims:
                links.append(
                    {
                        "claim_a_id": first_claim + c,
                        "claim_b_id": first_claim + c + half,
                        "relation": rng.choice(("AGREES", "CONTRADICTS", "RELATED")),
                        "score": float(rng.randint(60, 100)),
                        "explanation": "synthetic",
                        "created_at": now,
                    }
                )
            if c % 10 == 0:
                reviews.append(
                    {
                        "claim_id": first_claim + c,
                        "verdict": "MIXED",
                        "note": None,
                        "reviewer": "Synthetic Desk",
                        "url": None,
                        "created_at": now,
                    }
                )
        for batch in _batches(links):
            conn.execute(insert(ClaimLink), batch)
        for batch in _batches(reviews):
            conn.execute(insert(Review), batch)
        if engine.dialect.name == "postgresql":
            # Explicit ids skip the sequences; move them past what we wrote.
            for table in ("document", "claim"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
