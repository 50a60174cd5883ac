"""Matching inside the store: candidates from indexes, scores from claims.match.

The pure matcher (``claims.match``) decides relations between frames; this
module finds which stored frames to hand it. Candidates come from two
indexes, never from a scan, so matching one new claim costs the same in a
store of ten thousand claims as in one of a million:

* blocking keys (``claim_key``): each key is read newest-first with a LIMIT,
  walking the (key, claim_id) index;
* a trigram text index (SQLite FTS5 / PostgreSQL pg_trgm) for statements no
  speaker is named for and claims whose frames are too weak to block on.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, bindparam, insert, or_, text, union_all
from sqlalchemy.orm import Session
from sqlmodel import col, select

from claims import match
from claims.config import Settings
from claims.match.text import fold
from claims.store.models import (
    Claim,
    ClaimKey,
    ClaimLink,
    Contradiction,
    Document,
    DocumentShingle,
)
from claims.store.schema_extras import FTS_TABLE
from claims.text.frames import ClaimKind, Frame

_WORD = re.compile(r"\w{4,}")


@dataclass(slots=True)
class Matcher:
    thresholds: match.Thresholds = field(default_factory=match.Thresholds)
    # Newest candidates read per blocking key and from the text index.
    per_key_limit: int = 200
    text_limit: int = 100

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
        cost more than the comparisons themselves.
        """
        keys = list(dict.fromkeys(self.lookup_keys(frame)))
        wanted = []
        if keys:
            parts: list[Select[Any]] = [
                select(col(ClaimKey.claim_id))
                .where(col(ClaimKey.key) == k)
                .order_by(col(ClaimKey.claim_id).desc())
                .limit(self.per_key_limit)
                for k in keys
            ]
            keyed = (
                parts[0] if len(parts) == 1 else union_all(*(p.subquery().select() for p in parts))
            )
            wanted.append(col(Claim.id).in_(keyed))
        # Weak frames (a statement nobody is named for, a frame with nothing
        # to block on) fall back on the trigram text index; a named speaker's
        # statements are blocked by speaker like any other frame.
        if not keys or (frame.kind is ClaimKind.STATEMENT and not frame.speaker):
            text_ids = self._text_candidates(session, frame)
            if text_ids:
                wanted.append(col(Claim.id).in_(text_ids))
        if not wanted:
            return []
        query = select(col(Claim.id), col(Claim.frame)).where(
            or_(*wanted), col(Claim.document_id) != exclude_document
        )
        return [(int(i), f) for i, f in session.execute(query) if i is not None]

    def _text_candidates(self, session: Session, frame: Frame) -> list[int]:
        folded = self.search_text(frame)
        words = sorted(set(_WORD.findall(folded)), key=len, reverse=True)[:8]
        if not words:
            return []
        if session.get_bind().dialect.name == "sqlite":
            query = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
            rows = session.execute(
                text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n"),
                {"q": query, "n": self.text_limit},
            )
        else:
            rows = session.execute(
                text(
                    "SELECT id FROM claim WHERE search_text % :q "
                    "ORDER BY similarity(search_text, :q) DESC LIMIT :n"
                ),
                {"q": folded, "n": self.text_limit},
            )
        return [r[0] for r in rows]

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
