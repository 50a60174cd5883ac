"""The ingest pipeline: document -> normalize -> extract -> store -> match.

Every document is stored with everything derived from it (claims, keys,
entities, links, contradictions, copy fingerprints) inside one transaction
or one SAVEPOINT of a batch transaction: it lands whole or not at all.
Re-ingesting the same text (same sha256 of its NFC form) changes nothing.
"""

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from claims.config import Settings
from claims.readers import IncomingDocument, ReadError
from claims.store import entities as entity_store
from claims.store.db import session_factory
from claims.store.matching import Matcher
from claims.store.models import Claim, ClaimEntity, ClaimKey, Contradiction, Document, Source
from claims.text.frames import Extraction, Frame, quote_context

__all__ = ["IngestOutcome", "Pipeline", "content_hash", "quote_context"]

log = logging.getLogger(__name__)

LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Extractor(Protocol):
    def __call__(
        self,
        text: str,
        *,
        language: str | None = None,
        published_at: datetime | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> Extraction: ...


def default_extractor() -> Extractor:
    from claims.text import extract

    return extract


def content_hash(text: str) -> str:
    """sha256 of the NFC form: the same words typed with combining marks or
    precomposed letters are the same document.

    >>> content_hash("e\\u0301") == content_hash("\\u00e9")
    True
    """
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


class IngestError(ValueError):
    """A document the pipeline refuses, with a message naming the problem."""


@dataclass(slots=True)
class IngestOutcome:
    origin: str
    document: Document | None = None
    created: bool = False
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


class Pipeline:
    """Ingest documents into the store.

    One instance per process or request is fine: it keeps no open
    transaction between calls, only the entity cache for the extractor.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        settings: Settings | None = None,
        extractor: Extractor | None = None,
        matcher: Matcher | None = None,
    ) -> None:
        self.engine = engine
        self.settings = settings or Settings()
        self._extractor = extractor
        self.matcher = matcher or Matcher.from_settings(self.settings)
        self._sessions = session_factory(engine)
        self._entity_data: list[dict[str, Any]] | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = default_extractor()
        return self._extractor

    # -- public API ----------------------------------------------------------

    def ingest_one(self, doc: IncomingDocument) -> IngestOutcome:
        return next(iter(self.ingest_many([doc], batch_size=1)))

    def ingest_many(
        self,
        items: Iterable[IncomingDocument | ReadError],
        *,
        batch_size: int | None = None,
        on_outcome: Callable[[IngestOutcome], None] | None = None,
    ) -> Iterator[IngestOutcome]:
        """Ingest in batches: one transaction per batch, one SAVEPOINT per
        document, so throughput is not bound by a commit per row while a bad
        document still rolls back alone."""
        size = max(1, batch_size or self.settings.ingest_batch_size)
        batch: list[IncomingDocument | ReadError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= size:
                yield from self._run_batch(batch, on_outcome)
                batch = []
        if batch:
            yield from self._run_batch(batch, on_outcome)

    # -- internals -------------------------------------------------------------

    def _run_batch(
        self,
        batch: list[IncomingDocument | ReadError],
        on_outcome: Callable[[IngestOutcome], None] | None,
    ) -> list[IngestOutcome]:
        outcomes: list[IngestOutcome] = []
        with self._sessions() as session:
            with session.begin():
                for item in batch:
                    if isinstance(item, ReadError):
                        outcomes.append(IngestOutcome(origin=item.path, error=str(item)))
                        continue
                    outcomes.append(self._ingest_in_savepoint(session, item))
            # Entities learned from a rolled-back document must not linger.
            if any(o.failed for o in outcomes):
                self._entity_data = None
        for outcome in outcomes:
            if on_outcome is not None:
                on_outcome(outcome)
        return outcomes

    def _ingest_in_savepoint(self, session: Session, doc: IncomingDocument) -> IngestOutcome:
        origin = doc.origin or "<input>"
        try:
            with session.begin_nested():
                return self._ingest(session, doc, origin)
        except (IngestError, ReadError) as exc:
            return IngestOutcome(origin=origin, error=f"{origin}: {exc}")
        except IntegrityError:
            # A concurrent writer stored the same text between our lookup and
            # our insert: that is the idempotent outcome, not a failure.
            existing = self._existing(session, content_hash(doc.text))
            if existing is not None:
                return IngestOutcome(origin=origin, document=existing, created=False)
            log.exception("integrity error ingesting %s", origin)
            return IngestOutcome(origin=origin, error=f"{origin}: conflicting write, retry")
        except Exception as exc:
            log.exception("failed to ingest %s", origin)
            return IngestOutcome(
                origin=origin, error=f"{origin}: internal error ({type(exc).__name__}): {exc}"
            )

    def _existing(self, session: Session, digest: str) -> Document | None:
        return session.scalars(select(Document).where(col(Document.content_hash) == digest)).first()

    def _validate(self, doc: IncomingDocument) -> None:
        if not doc.text.strip():
            raise IngestError("document text is empty")
        limit = self.settings.max_document_chars
        if len(doc.text) > limit:
            raise IngestError(
                f"document text is {len(doc.text):,} characters, over the limit of {limit:,}"
            )
        if not doc.source_name or not doc.source_name.strip():
            raise IngestError("source name is empty")
        if doc.language and not LANGUAGE_TAG.match(doc.language):
            raise IngestError(f"language {doc.language!r} is not a BCP 47 tag such as 'en' or 'ar'")

    def _ingest(self, session: Session, doc: IncomingDocument, origin: str) -> IngestOutcome:
        self._validate(doc)
        digest = content_hash(doc.text)
        existing = self._existing(session, digest)
        if existing is not None:
            return IngestOutcome(origin=origin, document=existing, created=False)

        extraction = self.extractor(
            doc.text,
            language=doc.language or None,
            published_at=doc.published_at,
            entities=self._entities(session),
        )
        source = self._source(session, doc.source_name.strip(), doc.source_url)
        document = Document(
            source_id=source.id,  # type: ignore[arg-type]
            title=doc.title,
            url=doc.url,
            language=(doc.language or extraction.language or "und"),
            published_at=doc.published_at,
            text=doc.text,
            content_hash=digest,
        )
        session.add(document)
        session.flush()
        assert document.id is not None

        if extraction.entities:
            learned = [{"name": n, **data} for n, data in extraction.entities.items()]
            entity_store.upsert_entities(session, learned)
            # Extend the cache rather than reread the table: the next
            # document resolves these names too, at no extra query.
            known = {e["name"] for e in self._entities(session)}
            self._entities(session).extend(e for e in learned if e["name"] not in known)
        claims = self._store_claims(session, document, extraction.frames)
        self.matcher.record_copy(session, document)
        contradictions = self.matcher.match_claims(session, claims)
        return IngestOutcome(
            origin=origin,
            document=document,
            created=True,
            claims=claims,
            contradictions=contradictions,
        )

    def _entities(self, session: Session) -> list[dict[str, Any]]:
        if self._entity_data is None:
            entity_store.seed_shipped(session)
            self._entity_data = entity_store.entity_data(session)
        return self._entity_data

    def _source(self, session: Session, name: str, url: str | None) -> Source:
        source = session.scalars(select(Source).where(col(Source.name) == name)).first()
        if source is None:
            source = Source(name=name, url=url)
            session.add(source)
            session.flush()
        elif url and not source.url:
            source.url = url
            session.add(source)
        return source

    def _store_claims(
        self, session: Session, document: Document, frames: list[Frame]
    ) -> list[Claim]:
        text = document.text
        names = {f.speaker for f in frames if f.speaker} | {e for f in frames for e in f.entities}
        entity_ids = entity_store.ids_for_names(session, names)
        claims: list[Claim] = []
        for frame in frames:
            if frame.published_at is None:
                frame.published_at = document.published_at
            if text[frame.start : frame.end] != frame.text or not frame.text:
                # A span that does not quote the stored text would be a
                # provenance lie; refuse the document rather than store it.
                raise IngestError(
                    f"extractor produced a span [{frame.start}:{frame.end}] that does not "
                    f"quote the text ({frame.text[:40]!r})"
                )
            claim = claim_from_frame(
                frame,
                document_id=document.id,  # type: ignore[arg-type]
                language=frame.language or document.language,
                speaker_id=entity_ids.get(frame.speaker) if frame.speaker else None,
                search_text=self.matcher.search_text(frame),
            )
            claims.append(claim)
        session.add_all(claims)
        session.flush()
        links: list[Any] = []
        for claim, frame in zip(claims, frames, strict=True):
            assert claim.id is not None
            for name in dict.fromkeys(frame.entities):
                if name in entity_ids:
                    links.append(ClaimEntity(claim_id=claim.id, entity_id=entity_ids[name]))
            for key in dict.fromkeys(self.matcher.keys(frame)):
                links.append(ClaimKey(claim_id=claim.id, key=key[:200]))
        session.add_all(links)
        session.flush()
        return claims


def claim_from_frame(
    frame: Frame, *, document_id: int, language: str, speaker_id: int | None, search_text: str
) -> Claim:
    """The claim row for an extracted frame: its contract fields as columns,
    the whole frame as JSON for the matcher."""
    return Claim(
        **claim_values(
            frame,
            document_id=document_id,
            language=language,
            speaker_id=speaker_id,
            search_text=search_text,
        )
    )


def claim_values(
    frame: Frame, *, document_id: int, language: str, speaker_id: int | None, search_text: str
) -> dict[str, Any]:
    """The column values of a frame's claim row, for bulk inserts as well
    (the benchmarks' and tests' stores are filled the way ingest fills it)."""
    return {
        "document_id": document_id,
        "kind": str(frame.kind),
        "language": language,
        "span_start": frame.start,
        "span_end": frame.end,
        "sentence_start": frame.sentence_start,
        "sentence_end": frame.sentence_end,
        "text": frame.text,
        "subject": frame.subject,
        "predicate": frame.predicate,
        "object": frame.object,
        "value": frame.value,
        "unit": frame.unit,
        "value_qualifier": str(frame.value_qualifier) if frame.value_qualifier else None,
        "time": frame.time,
        "time_text": frame.time_text,
        "place": frame.place,
        "event_date": frame.event_date,
        "scope": frame.scope,
        "negated": frame.negated,
        "confidence": frame.confidence,
        "extractor": frame.extractor or "unknown",
        "normalized": frame.normalized,
        "speaker_id": speaker_id,
        "search_text": search_text,
        "frame": frame.to_dict(),
    }
