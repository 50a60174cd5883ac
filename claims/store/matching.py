"""Matching inside the store: candidates from indexes, scores from claims.match.

The pure matcher (``claims.match``) decides relations between frames; this
module finds which stored frames to hand it. Candidates come from the
blocking keys (``claim_key``), never from a scan: each key is read
newest-first with a LIMIT, walking the (key, claim_id) index, so matching
one new claim costs the same in a store of ten thousand claims as in one of
a million.

A frame with no blocking key relates to nothing (:func:`claims.match.compare`
needs a speaker, a predicate or a value on both sides), so it is not looked
up at all. The trigram text index (SQLite FTS5 / PostgreSQL pg_trgm over
``claim.search_text``) serves fuzzy search (``claims.api.text_search``), not
matching: the candidates it found for keyless frames could never match, and
on PostgreSQL its query cost grew with the store.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import TextualSelect, bindparam, insert, text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from claims import match
from claims.config import Settings
from claims.match.text import fold
from claims.store.models import (
    Claim,
    ClaimLink,
    Contradiction,
    Document,
    DocumentShingle,
)
from claims.text.frames import Frame


@dataclass(slots=True)
class Matcher:
    thresholds: match.Thresholds = field(default_factory=match.Thresholds)
    # Newest candidates read per blocking key.
    per_key_limit: int = 200

    @classmethod
    def from_settings(cls, settings: Settings) -> "Matcher":
        return cls(thresholds=match.load_thresholds(settings.match_config))

    # -- what the pipeline stores with each claim ---------------------------------

    def keys(self, frame: Frame) -> list[str]:
        """The keys a claim is stored under."""
        return match.blocking_keys(frame, thresholds=self.thresholds)

    def lookup_keys(self, frame: Frame) -> list[str]:
        """The keys a claim's candidates are stored under."""
        return match.lookup_keys(frame, thresholds=self.thresholds)

    def search_text(self, frame: Frame) -> str:
        return fold(frame.text)

    # -- candidates ----------------------------------------------------------------

    def candidates(
        self, session: Session, frame: Frame, *, exclude_document: int
    ) -> list[tuple[int, dict[str, Any]]]:
        """``(claim id, frame)`` of the stored claims worth comparing with
        ``frame``, in one query.

        One round trip matters: on PostgreSQL each costs a network hop, and
        a new claim is matched against the store once per ingest. Only the
        id and the frame are read: building hundreds of ORM rows per claim
        cost more than the comparisons themselves. The statement is plain
        SQL built once per number of keys (:func:`_candidate_query`):
        composing it from ORM expressions for every claim cost more than
        running it.

        A frame with no keys (a statement nobody is named for, a count
        without a value, an event without a predicate) has no candidates:
        :func:`claims.match.compare` relates it to nothing, so there is
        nothing to look for.
        """
        keys = list(dict.fromkeys(self.lookup_keys(frame)))
        if not keys:
            return []
        params: dict[str, Any] = {"doc": exclude_document, "n": self.per_key_limit}
        if session.get_bind().dialect.name == "postgresql":
            query = _candidate_query("postgresql", 1)
            params["keys"] = keys
        else:
            query = _candidate_query("sqlite", len(keys))
            params.update((f"k{i}", k) for i, k in enumerate(keys))
        return [(int(i), f) for i, f in session.execute(query, params)]

    # -- matching ------------------------------------------------------------------

    def compare_with_store(
        self, session: Session, frame: Frame, *, exclude_document: int
    ) -> list[tuple[int, match.Match]]:
        """``(claim id, match)`` for the stored claims that relate to a frame,
        best first (ingest and searchClaims use this)."""
        rows = self.candidates(session, frame, exclude_document=exclude_document)
        if not rows:
            return []
        frames = [Frame.from_dict(f) for _, f in rows]
        found = match.score_candidates(frame, frames, thresholds=self.thresholds)
        out = [(rows[i][0], m) for i, m in found if m.relation is not None]
        out.sort(key=lambda pair: pair[1].score, reverse=True)
        return out

    def match_claims(self, session: Session, claims: Sequence[Claim]) -> list[Contradiction]:
        """Link new claims to stored ones; open a contradiction for each
        CONTRADICTS link. Returns the contradictions opened."""
        ids = [c.id for c in claims if c.id is not None]
        # Pairs linked before (a re-match) keep their first link.
        seen = self._pairs(session, ClaimLink, ids)
        links: list[dict[str, Any]] = []
        opened: list[dict[str, Any]] = []
        for claim in claims:
            assert claim.id is not None
            frame = Frame.from_dict(claim.frame)
            for other_id, m in self.compare_with_store(
                session, frame, exclude_document=claim.document_id
            ):
                pair = (min(claim.id, other_id), max(claim.id, other_id))
                if pair in seen:
                    continue
                seen.add(pair)
                relation = str(m.relation)
                links.append(
                    {
                        "claim_a_id": pair[0],
                        "claim_b_id": pair[1],
                        "relation": relation,
                        "score": float(m.score),
                        "explanation": m.explanation,
                    }
                )
                if relation == "CONTRADICTS":
                    opened.append(
                        {
                            "claim_a_id": pair[0],
                            "claim_b_id": pair[1],
                            "reason": m.explanation,
                            "score": float(m.score),
                            "status": "OPEN",
                        }
                    )
        if opened:
            # A pair a fact-checker already dismissed or confirmed (or
            # flagged by hand) is never raised again.
            known = self._pairs(session, Contradiction, ids)
            opened = [c for c in opened if (c["claim_a_id"], c["claim_b_id"]) not in known]
        if links:
            # Core executemany: a well-covered story links each new claim to
            # dozens of others, and ORM rows nobody reads back cost more than
            # the matching that found them.
            session.execute(insert(ClaimLink), links)
        if not opened:
            return []
        new_ids = session.scalars(insert(Contradiction).returning(col(Contradiction.id)), opened)
        return list(
            session.scalars(select(Contradiction).where(col(Contradiction.id).in_(list(new_ids))))
        )

    @staticmethod
    def _pairs(
        session: Session, table: type[ClaimLink] | type[Contradiction], ids: list[int]
    ) -> set[tuple[int, int]]:
        """The (a, b) pairs of ``table`` that involve one of ``ids``.

        Two queries, one per indexed column: an OR of the two makes SQLite
        scan the whole table, which grows with the store.
        """
        found: set[tuple[int, int]] = set()
        for column in (table.claim_a_id, table.claim_b_id):
            found.update(
                (a, b)
                for a, b in session.execute(
                    select(col(table.claim_a_id), col(table.claim_b_id)).where(col(column).in_(ids))
                )
            )
        return found

    # -- copies --------------------------------------------------------------------

    def record_copy(self, session: Session, document: Document) -> None:
        """Store the document's fingerprint and mark it a copy of an earlier
        document it reprints almost word for word."""
        assert document.id is not None
        shingles = list(dict.fromkeys(match.copy_fingerprint(document.text)))
        if shingles:
            hits = session.execute(
                select(col(DocumentShingle.document_id))
                .where(col(DocumentShingle.shingle).in_(bindparam("s", expanding=True)))
                .group_by(col(DocumentShingle.document_id))
                .having(text("count(*) >= :m"))
                .order_by(text("count(*) DESC"))
                .limit(5),
                {"s": shingles, "m": max(1, len(shingles) // 4)},
            )
            for (other_id,) in hits:
                other = session.get(Document, other_id)
                if other is None:
                    continue
                if match.is_copy(
                    document.text,
                    other.text,
                    min_similarity=self.thresholds.copy_min_similarity,
                ):
                    score = match.copy_similarity(document.text, other.text)
                    document.copy_of_id = other.copy_of_id or other.id
                    document.copy_score = round(score, 4)
                    session.add(document)
                    break
            session.add_all(DocumentShingle(document_id=document.id, shingle=s) for s in shingles)
        session.flush()


@functools.cache
def _candidate_query(dialect: str, keys: int) -> TextualSelect:
    """The candidate statement: the newest ``:n`` claim ids under each key,
    each an index walk that stops at the LIMIT, then those claims by
    primary key.

    SQLite reads each of ``keys`` keys (``:k0``, ``:k1``, ...) in a UNION
    ALL arm. PostgreSQL unnests one array of keys (``:keys``) into a LATERAL
    walk per key, so the statement is the same for every claim and the
    driver prepares it once.
    """
    if dialect == "postgresql":
        ids = (
            "SELECT ck.claim_id FROM unnest(CAST(:keys AS varchar[])) AS k(key) "
            "CROSS JOIN LATERAL (SELECT claim_id FROM claim_key "
            "WHERE claim_key.key = k.key ORDER BY claim_id DESC LIMIT :n) AS ck"
        )
    else:
        # Each arm is a subquery: SQLite takes ORDER BY and LIMIT only on
        # the last arm of a compound select.
        ids = " UNION ALL ".join(
            "SELECT claim_id FROM (SELECT claim_id FROM claim_key "
            f"WHERE key = :k{i} ORDER BY claim_id DESC LIMIT :n)"
            for i in range(keys)
        )
    # Typed by the table's own columns, so the frame comes back decoded.
    claim = Claim.__table__.c  # type: ignore[attr-defined]
    return text(f"SELECT id, frame FROM claim WHERE id IN ({ids}) AND document_id != :doc").columns(
        claim.id, claim.frame
    )
