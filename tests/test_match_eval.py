"""The matcher meets its targets on the gold sets, through the real extractor.

Targets (issue 5): CONTRADICTS precision >= 0.95 and recall >= 0.90, AGREES
recall >= 0.90, and no AGREES/CONTRADICTS between claims about different
events or scopes. ``python -m claims.match.evaluate [seeds|pairs]`` prints
the pairs each run gets wrong.
"""

from pathlib import Path

from claims.match.evaluate import evaluate_pairs, evaluate_relations, meets_targets, report

GOLD = Path(__file__).resolve().parent / "gold"


def test_seed_relations_meet_the_targets() -> None:
    result = evaluate_relations(GOLD / "seeds.yaml")
    assert not meets_targets(result), report(result)


def test_held_out_pairs_meet_the_targets() -> None:
    result = evaluate_pairs(GOLD / "pairs.yaml")
    assert not meets_targets(result), report(result)
