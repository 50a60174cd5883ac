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
