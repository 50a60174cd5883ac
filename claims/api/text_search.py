"""Fuzzy text search over claims, through the trigram index.

Both backends index ``claim.search_text`` (the folded claim text) by
trigrams: PostgreSQL with pg_trgm, where ``search_text % :q`` (similarity)
and ``:q <% search_text`` (word similarity, for a short query inside a long
claim) use the GIN index directly; SQLite with an FTS5 table using the
trigram tokenizer, which finds candidates sharing trigrams with the query,
best (bm25) first, which are then kept by the same word-similarity measure
pg_trgm uses, computed here. So "soldeirs killed" finds "33 soldiers were
killed" on both.
"""

from sqlalchemy import ColumnElement, false, literal, or_, text
from sqlalchemy.orm import Session

from claims.match.text import fold
from claims.store.models import Claim
from claims.store.schema_extras import FTS_TABLE

# pg_trgm's defaults: similarity_threshold (for ``%``) and
# word_similarity_threshold (for ``<%``), applied alike on SQLite.
SIMILARITY = 0.3
WORD_SIMILARITY = 0.6
# FTS candidates examined per query; bounds the cost on a large store.
CANDIDATES = 2000


def trigrams(folded: str) -> set[str]:
    """pg_trgm's trigrams: each word padded with two spaces before, one after.

    >>> sorted(trigrams("cat"))
    ['  c', ' ca', 'at ', 'cat']
    """
    out: set[str] = set()
    for word in folded.split():
        padded = f"  {word} "
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return out


def similarities(query_trigrams: set[str], folded_text: str) -> tuple[float, float]:
    """pg_trgm's ``similarity`` (shared trigrams over all trigrams) and the
    share of the query's trigrams found in the text (an upper bound of
    ``word_similarity``, which lets a short query match a long claim)."""
    if not query_trigrams:
        return 0.0, 0.0
    text_trigrams = trigrams(folded_text)
    shared = len(query_trigrams & text_trigrams)
    return shared / len(query_trigrams | text_trigrams), shared / len(query_trigrams)


def _fts_query(folded: str) -> str | None:
    # The FTS5 trigram tokenizer indexes every 3-character window; OR-ing
    # the query's windows finds every claim sharing any of them, ranked.
    grams = {w[i : i + 3] for w in folded.split() for i in range(len(w) - 2)}
    if not grams:
        return None
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams))


def ranked_ids(session: Session, query: str, *, limit: int = CANDIDATES) -> list[tuple[int, float]]:
    """``(claim id, similarity 0..1)`` of claims similar to ``query``, best first."""
    folded = fold(query)
    if not folded:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT id, word_similarity(:q, search_text) AS s FROM claim "
                "WHERE search_text % :q OR :q <% search_text "
                "ORDER BY s DESC, id LIMIT :n"
            ),
            {"q": folded, "n": limit},
        )
        return [(int(r[0]), float(r[1])) for r in rows]
    q_grams = trigrams(folded)
    fts = _fts_query(folded)
    if fts is None:
        # Words under three characters ("33") have no trigram to look up.
        rows = session.execute(
            text("SELECT id, search_text FROM claim WHERE instr(search_text, :q) > 0 LIMIT :n"),
            {"q": folded, "n": limit},
        )
    else:
        rows = session.execute(
            text(
                f"SELECT rowid, search_text FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
                "ORDER BY rank LIMIT :n"
            ),
            {"q": fts, "n": limit},
        )
    kept: list[tuple[int, float]] = []
    for row in rows:
        whole, word = similarities(q_grams, row[1] or "")
        if whole >= SIMILARITY or word >= WORD_SIMILARITY:
            kept.append((int(row[0]), word))
    kept.sort(key=lambda pair: (-pair[1], pair[0]))
    return kept


def text_condition(session: Session, query: str) -> ColumnElement[bool]:
    """A WHERE condition on ``claim`` for the fuzzy ``text`` filter."""
    folded = fold(query)
    if not folded:
        return false()
    if session.get_bind().dialect.name == "postgresql":
        col = Claim.__table__.c.search_text  # type: ignore[attr-defined]
        return or_(col.op("%")(folded), literal(folded).op("<%")(col))
    ids = [i for i, _ in ranked_ids(session, query)]
    return Claim.id.in_(ids)  # type: ignore[union-attr]
