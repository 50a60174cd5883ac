"""The pure matching layer: how two claims relate, and how to find candidates.

Nothing here touches the database or the API; storage calls these on ingest:

* :func:`blocking_keys` for every claim (index them as ``(claim_id, key)``),
  then :func:`score_candidates` of the new claim against the stored claims
  indexed under one of its :func:`lookup_keys`;
* :func:`copy_fingerprint` for every document (index the strings), then
  :func:`is_copy` against the documents that share a fingerprint string.

>>> from claims.match import compare, Relation
>>> from claims.text.frames import ClaimKind, Frame
>>> a = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin",
...           text="the Syrian army did not know", negated=True)
>>> b = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin",
...           text="the Syrian army knew")
>>> compare(a, b).relation is Relation.CONTRADICTS
True
"""

from claims.match.blocking import blocking_keys, lookup_keys
from claims.match.candidates import score_candidates
from claims.match.copies import copy_fingerprint, copy_similarity, is_copy
from claims.match.relation import Match, Relation, SkipReason, compare
from claims.match.thresholds import KindThresholds, Thresholds, load_thresholds

__all__ = [
    "KindThresholds",
    "Match",
    "Relation",
    "SkipReason",
    "Thresholds",
    "blocking_keys",
    "compare",
    "copy_fingerprint",
    "copy_similarity",
    "is_copy",
    "load_thresholds",
    "lookup_keys",
    "score_candidates",
]
