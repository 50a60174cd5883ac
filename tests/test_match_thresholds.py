"""Thresholds: documented defaults, claims.toml [match] tables, CLAIMS_MATCH_* variables."""

from pathlib import Path

import pytest

from claims.match import Thresholds, load_thresholds
from claims.text.frames import ClaimKind


def test_defaults_differ_by_kind_where_the_kind_needs_it() -> None:
    t = Thresholds()
    casualty = t.for_kind(ClaimKind.CASUALTY)
    # Small counts are exact; only round hundreds and thousands can be roundings.
    assert (casualty.rounding_tolerance, casualty.min_rounding_step) == (0.05, 100)
    assert t.for_kind(ClaimKind.DURATION).rounding_tolerance == 0.1  # "six hours"
    assert t.for_kind(ClaimKind.STATEMENT).min_text_score == 85
    assert load_thresholds(None, {}) == t


def test_the_toml_file_sets_every_kind_and_one_kind(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    path.write_text(
        "[match]\napproximate_tolerance = 0.2\ncopy_min_similarity = 0.7\n"
        "[match.STATEMENT]\nmin_text_score = 80\n"
        "[match.duration]\nrounding_tolerance = 0.05\n"
    )
    t = load_thresholds(path, {})
    assert t.for_kind(ClaimKind.CASUALTY).approximate_tolerance == 0.2
    assert t.for_kind(ClaimKind.STATEMENT).min_text_score == 80
    assert t.for_kind(ClaimKind.EVENT).min_text_score == 85
    assert t.for_kind(ClaimKind.DURATION).rounding_tolerance == 0.05
    assert t.copy_min_similarity == 0.7


def test_environment_variables_win_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    path.write_text("[match.STATEMENT]\nmin_text_score = 80\n")
    env = {
        "CLAIMS_MATCH_STATEMENT_MIN_TEXT_SCORE": "90",
        "CLAIMS_MATCH_TIME_TOLERANCE_MINUTES": "10",
        "CLAIMS_MATCH_CONFIG": "claims.toml",  # names the file; not a knob
        "CLAIMS_MATCH_COPY_MIN_SIMILARITY": "0.8",
        "UNRELATED": "1",
    }
    t = load_thresholds(path, env)
    assert t.for_kind(ClaimKind.STATEMENT).min_text_score == 90
    assert t.for_kind(ClaimKind.EVENT).time_tolerance_minutes == 10
    assert t.copy_min_similarity == 0.8


def test_a_typo_is_an_error_not_a_silent_default(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="min_txt_score"):
        load_thresholds(None, {"CLAIMS_MATCH_STATEMENT_MIN_TXT_SCORE": "80"})
    path = tmp_path / "claims.toml"
    path.write_text("[match.STATEMENTS]\nmin_text_score = 80\n")
    with pytest.raises(ValueError, match="not a claim kind"):
        load_thresholds(path, {})
    with pytest.raises(ValueError, match="must be a number"):
        load_thresholds(None, {"CLAIMS_MATCH_EVENT_TIME_TOLERANCE_MINUTES": "soon"})
