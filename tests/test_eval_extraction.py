"""The extractor meets its targets on the seed gold set."""

import json

import pytest

from claims.eval import evaluate_extraction, main
from claims.text import DocumentFormatError, parse_front_matter


@pytest.fixture(scope="module")
def result():
    return evaluate_extraction("tests/gold/seeds.yaml")


@pytest.mark.parametrize("kind", ["CASUALTY", "QUANTITY", "DURATION", "EVENT", "STATEMENT"])
def test_precision_and_recall_per_kind(result, kind):
    k = result["kinds"][kind]
    assert k["recall"] >= 0.90, k
    assert k["precision"] >= 0.85, k


def test_values_and_speakers_are_right_on_matched_claims(result):
    assert result["overall"]["value_accuracy"] >= 0.95
    assert result["overall"]["speaker_accuracy"] >= 0.95


def test_every_span_is_exact(result):
    assert result["overall"]["span_exactness"] == 1.0


def test_the_cli_prints_json(capsys):
    assert main(["--gold", "tests/gold/seeds.yaml", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["kinds"]) == {"CASUALTY", "QUANTITY", "DURATION", "EVENT", "STATEMENT"}


def test_front_matter_errors_name_the_problem():
    with pytest.raises(DocumentFormatError, match="unterminated"):
        parse_front_matter("---\ntitle: x\n")
    with pytest.raises(DocumentFormatError, match="bad YAML"):
        parse_front_matter("---\ntitle: [x\n---\nbody")
    with pytest.raises(DocumentFormatError, match="mapping"):
        parse_front_matter("---\n- a\n- b\n---\nbody")
    meta, body, offset = parse_front_matter("---\nlanguage: ar\n---\nنص")
    assert meta == {"language": "ar"} and body == "نص" and offset == 21


# The first holdout set is a development set now (a fresh blind set scores
# the work). These are its targets where reached and, for EVENT recall, the
# best figure reached so far, as a floor that catches regressions.
HOLDOUT_FLOORS = {
    "CASUALTY": (0.85, 0.90),
    "QUANTITY": (0.85, 0.90),
    "DURATION": (0.85, 0.90),
    "EVENT": (0.85, 0.86),
    "STATEMENT": (0.85, 0.90),
}


@pytest.fixture(scope="module")
def holdout_result():
    return evaluate_extraction("tests/gold/holdout.yaml")


@pytest.mark.parametrize("kind", sorted(HOLDOUT_FLOORS))
def test_holdout_precision_and_recall_per_kind(holdout_result, kind):
    precision, recall = HOLDOUT_FLOORS[kind]
    k = holdout_result["kinds"][kind]
    assert k["precision"] >= precision, k
    assert k["recall"] >= recall, k


def test_holdout_values_speakers_and_spans(holdout_result):
    overall = holdout_result["overall"]
    assert overall["value_accuracy"] >= 0.95
    assert overall["speaker_accuracy"] >= 0.95
    assert overall["span_exactness"] == 1.0


@pytest.mark.parametrize(
    ("gold_time", "ok"),
    [
        ("2022-11-10", True),  # a day, quoted or not, is matched by any time that day
        ("2022-11-10T05:00:00+03:00", True),
        ("2022-11-10T06:00:00+03:00", False),
        ("2022-11-11", False),
    ],
)
def test_an_events_gold_time_may_be_a_day_or_an_instant(gold_time, ok):
    from datetime import datetime, timedelta, timezone

    from claims.eval import GoldClaim, _value_ok
    from claims.text import ClaimKind
    from claims.text.frames import Frame

    dawn = datetime(2022, 11, 10, 5, 0, tzinfo=timezone(timedelta(hours=3)))
    got = Frame(ClaimKind.EVENT, 0, 0, 0, 0, "ar", predicate="withdrawal", time=dawn)
    gold = GoldClaim(ClaimKind.EVENT, 0, 0, "", {"predicate": "withdrawal", "time": gold_time})
    assert _value_ok(gold, got) is ok
