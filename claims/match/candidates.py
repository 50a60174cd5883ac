"""score_candidates(): one claim against many, with the text scored in bulk.

The candidates come from a blocking-key lookup, so they are few (tens to
hundreds) but still too many for one Python-level scorer call per pair:
the texts are scored with :func:`claims.match.text.many_similarities`
(rapidfuzz's C++ loop over all choices, one call per scorer), then the
frame logic of :func:`claims.match.compare` runs per candidate with that
score, which is cheap attribute comparison.
"""

from collections.abc import Sequence

from claims.match.relation import Match, comparable_text, compare_with_text_score
from claims.match.text import many_similarities
from claims.match.thresholds import Thresholds
from claims.text.frames import Frame


def score_candidates(
    frame: Frame,
    candidates: Sequence[Frame],
    *,
    thresholds: Thresholds | None = None,
    include_skips: bool = False,
) -> list[tuple[int, Match]]:
    """``(index, Match)`` for every candidate that relates to ``frame``.

    Skips (claims that look alike but were not compared) are left out
    unless ``include_skips``; the result is in candidate order.

    >>> from claims.text.frames import ClaimKind
    >>> q = Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin",
    ...           text="The Syrian army did not know where the Turkish soldiers were")
    >>> others = [Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Vladimir Putin",
    ...                 text="the Syrian army did not know where Turkish soldiers were"),
    ...           Frame(ClaimKind.STATEMENT, 0, 0, 0, 0, "en", speaker="Sergei Lavrov",
    ...                 text="The Syrian army did not know where the Turkish soldiers were")]
    >>> [(i, m.relation.value) for i, m in score_candidates(q, others)]
    [(0, 'AGREES')]
    """
    # Only same-kind, same-language candidates get a text score; the rest
    # are compared on their frames alone (cross-language) or not at all.
    scored = [
        i for i, c in enumerate(candidates) if c.kind is frame.kind and c.language == frame.language
    ]
    text_scores: dict[int, float] = {}
    if scored:
        sims = many_similarities(
            comparable_text(frame), [comparable_text(candidates[i]) for i in scored]
        )
        text_scores = dict(zip(scored, sims, strict=True))
    out: list[tuple[int, Match]] = []
    for i, candidate in enumerate(candidates):
        if candidate.kind is not frame.kind:
            continue
        match = compare_with_text_score(
            frame, candidate, thresholds=thresholds, text_score=text_scores.get(i)
        )
        if match is not None and (include_skips or match.compared):
            out.append((i, match))
    return out
