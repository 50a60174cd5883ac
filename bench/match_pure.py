"""Pairs per second for the pure matcher: compare(), score_candidates(), copies.

    python bench/match_pure.py [--candidates 2000]

score_candidates() scores the texts of all candidates in one rapidfuzz
call (C++ loop) before the frame logic; the per-pair loop calls compare()
once per candidate, scoring each text pair from Python. The store-level
benchmark (1M claims, index lookups) lives with storage.
"""

import argparse
import random
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import partial

from rapidfuzz import fuzz, process

from claims.match import compare, copy_fingerprint, is_copy, score_candidates
from claims.text.frames import ClaimKind, Frame, Qualifier

WORDS = [
    "the",
    "syrian",
    "army",
    "did",
    "not",
    "know",
    "where",
    "turkish",
    "troops",
    "were",
    "positioned",
    "we",
    "will",
    "respond",
    "to",
    "any",
    "attack",
    "on",
    "our",
    "soldiers",
    "observation",
    "posts",
    "ceasefire",
    "idlib",
    "midnight",
    "corridor",
    "patrols",
    "loss",
    "of",
    "life",
    "was",
    "a",
    "tragedy",
    "relations",
    "are",
    "at",
    "a",
    "peak",
    "government",
    "responsibility",
    "escalation",
]
PUBLISHED = datetime(2020, 3, 5, 21, 30, tzinfo=timezone(timedelta(hours=3)))


def statements(n: int, rng: random.Random) -> list[Frame]:
    out = []
    for _ in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        out.append(
            Frame(
                ClaimKind.STATEMENT,
                0,
                len(text),
                0,
                len(text),
                "en",
                text=text,
                speaker=rng.choice(["Vladimir Putin", "Recep Tayyip Erdogan"]),
                negated=rng.random() < 0.2,
                published_at=PUBLISHED,
            )
        )
    return out


def casualties(n: int, rng: random.Random) -> list[Frame]:
    return [
        Frame(
            ClaimKind.CASUALTY,
            0,
            0,
            0,
            0,
            rng.choice(["en", "ar"]),
            text=f"{v} Turkish soldiers were killed",
            value=v,
            unit="soldier",
            predicate="killed",
            subject="TR",
            value_qualifier=rng.choice(list(Qualifier)),
            event_date=date(2020, 2, 27),
            scope="incident",
            published_at=PUBLISHED,
        )
        for v in (rng.randint(30, 40) for _ in range(n))
    ]


def _per_pair(query: Frame, candidates: list[Frame]) -> list[object]:
    return [compare(query, c) for c in candidates]


def rate(label: str, pairs: int, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    per_second = pairs / (time.perf_counter() - start)
    print(f"{label:52s} {per_second:>12,.0f} pairs/s")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=2000)
    n = parser.parse_args().candidates
    rng = random.Random(5)
    for name, make in (("STATEMENT", statements), ("CASUALTY", casualties)):
        query, *cands = make(n + 1, rng)
        print(f"{name}: 1 query x {n} candidates")
        loop = rate("  compare() per pair", n, partial(_per_pair, query, cands))
        bulk = rate("  score_candidates() bulk", n, partial(score_candidates, query, cands))
        print(f"  {'speed-up':50s} {bulk / loop:>12.1f}x")
    texts = [" ".join(rng.choice(WORDS) for _ in range(30)) for _ in range(n)]
    print("scorers in process.extract (why statement_similarity uses token_set_ratio):")
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio, fuzz.token_set_ratio, fuzz.WRatio):
        rate(
            f"  {scorer.__name__}",
            n,
            lambda s=scorer: process.extract(texts[0], texts, scorer=s, limit=None),  # type: ignore[misc]
        )
    story = " ".join(rng.choice(WORDS) for _ in range(700))  # ~4,500 characters
    reprint = story.replace("ceasefire", "truce", 3)
    rate(
        "copies: is_copy() on 4.5k-character stories",
        200,
        lambda: [is_copy(story, reprint) for _ in range(200)],
    )
    rate(
        "copies: copy_fingerprint() per document",
        200,
        lambda: [copy_fingerprint(story) for _ in range(200)],
    )


if __name__ == "__main__":
    main()
