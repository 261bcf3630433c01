"""Aggregation, Borda (as mteb), significance marks, determinism, compare."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.leaderboard.aggregate import borda_ranks
from benchmark.leaderboard.build import leaderboard_data, write_leaderboard
from benchmark.leaderboard.compare import compare_models
from benchmark.models.loader import load_model
from benchmark.registry import resolve
from benchmark.runner import run

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("results")
    refs = resolve(task_files=sorted(FIXTURES.glob("*/task.yaml")))
    for name in ("hashing", "tfidf", "random", "bm25"):
        run(load_model(name), refs, results_dir=out)
    return out


def test_borda_matches_mteb() -> None:
    import polars as pl
    from mteb.benchmarks._create_table import _get_borda_rank

    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.integers(0, 4, size=(6, 5)).astype(float), columns=list("abcde"))
    frame.iloc[2, 1] = np.nan
    theirs = pl.from_pandas(frame).select(_get_borda_rank(list("abcde")).alias("r"))["r"].to_list()
    assert borda_ranks(frame).tolist() == theirs


def test_leaderboard_structure(results: Path) -> None:
    board = leaderboard_data(results, resamples=500, rank_resamples=200)
    names = [m["name"] for m in board["models"]]
    assert names[-1] == "bench/bm25"  # incomplete: no embeddings for four of six types
    bm25 = board["models"][-1]
    assert bm25["complete"] is False and bm25["rank"] is None and bm25["mean"] is None
    assert bm25["mean_by_type"]["retrieval"] is not None
    for row in board["models"]:
        if row["complete"]:
            values = [e["score"] for e in row["tasks"].values()]
            assert row["mean"] == pytest.approx(sum(values) / len(values))
            lo, hi = row["rank_ci"]
            assert lo <= row["rank"] <= hi
    for task in board["tasks"]:
        entries = [m["tasks"][task["name"]] for m in board["models"] if m["tasks"].get(task["name"])]
        assert sum(e["is_best"] for e in entries) == 1
        best = next(e for e in entries if e["is_best"])
        assert best["score"] == max(e["score"] for e in entries)
        assert all(e["tied_with_best"] for e in entries if e["is_best"])


def test_point_estimates_from_items_equal_stored_scores(results: Path) -> None:
    from benchmark.leaderboard.collect import collect

    for model in collect(results):
        for result in model.results.values():
            assert result.metric.point() == pytest.approx(result.stored.main_score, abs=1e-5)


def test_leaderboard_files_are_deterministic(results: Path, tmp_path: Path) -> None:
    for out in ("a", "b"):
        write_leaderboard(leaderboard_data(results, resamples=300, rank_resamples=100), tmp_path / out)
    for name in ("leaderboard.json", "leaderboard.md", "leaderboard.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    json.loads((tmp_path / "a" / "leaderboard.json").read_text())


def test_compare_a_a_and_a_b(results: Path) -> None:
    same = compare_models(results, "bench/tfidf", "bench/tfidf", resamples=500)
    assert all(t["p"] == 1.0 and t["verdict"] == "no significant difference" for t in same["tasks"])
    report = compare_models(results, "bench/tfidf", "bench/random", resamples=500)
    assert len(report["tasks"]) == 6
    for row in report["tasks"]:
        assert row["ci_low"] <= row["delta"] <= row["ci_high"]
        assert row["p_holm"] >= row["p"]
    assert "of 6 tasks" in report["summary"]


def test_cli_compare_and_leaderboard(results: Path, tmp_path: Path) -> None:
    cli = CliRunner()
    out = cli.invoke(
        app, ["compare", "bench/tfidf", "bench__random", "--results-dir", str(results), "--resamples", "200"]
    )
    assert out.exit_code == 0, out.output
    assert "TinySTS" in out.output and "of 6 tasks" in out.output
    as_json = cli.invoke(
        app, ["compare", "bench/tfidf", "bench/random", "--results-dir", str(results), "--json", "--resamples", "200"]
    )
    assert json.loads(as_json.output)["b"]["name"] == "bench/random"
    missing = cli.invoke(app, ["compare", "bench/tfidf", "nobody", "--results-dir", str(results)])
    assert missing.exit_code == 2 and "no results for model 'nobody'" in missing.output
    board = cli.invoke(
        app, ["leaderboard", "--results-dir", str(results), "--suite", "", "--out", str(tmp_path), "--resamples", "200"]
    )
    assert board.exit_code == 0, board.output
    assert (tmp_path / "leaderboard.md").read_text().startswith("# Leaderboard")


def test_malformed_result_file_is_reported(results: Path, tmp_path: Path) -> None:
    broken = tmp_path / "org__m" / "rev"
    broken.mkdir(parents=True)
    (broken / "Task.json").write_text("{not json")
    cli = CliRunner()
    out = cli.invoke(app, ["leaderboard", "--results-dir", str(tmp_path), "--suite", "", "--out", str(tmp_path / "lb")])
    assert out.exit_code == 2
    assert "Task.json: not valid JSON" in out.output
    assert not (tmp_path / "lb").exists()
