"""Statistics that hold at every setting: the resample floor, the MDE at the Holm level, bias-corrected intervals,
max AP with its scorer fixed, classification's training experiments, and tie groups."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.stats import norm, spearmanr
from sklearn.metrics import average_precision_score, v_measure_score
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.data import TaskData
from benchmark.errors import SettingsError
from benchmark.gate import GateConfig, gate_report, load_model_results
from benchmark.leaderboard.build import leaderboard_data
from benchmark.models.base import ModelInfo
from benchmark.results import model_dir, write_result
from benchmark.spec import TaskSpec
from benchmark.stats import confidence_interval, paired_test, rng_for
from benchmark.stats.item_metrics import (
    ExperimentMeanMetric,
    MaxAPMetric,
    MeanMetric,
    Resamples,
    SpearmanMetric,
    VMeasureMetric,
)
from benchmark.stats.power import check_resamples, min_resamples, minimum_detectable_effect
from benchmark.stats.tests import acceleration, bootstrap_blocks, bootstrap_interval, jackknife
from benchmark.task_types.base import SplitOutcome

cli = CliRunner()


def _ids(n: int) -> list[str]:
    return [f"i{k}" for k in range(n)]


def _sts_spec(name: str) -> TaskSpec:
    return TaskSpec(name=name, type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})


def _write_sts(root: Path, model: str, gold: np.ndarray, cosines: dict[str, np.ndarray]) -> Path:
    """STS results (bootstrap-tested: Spearman is not a mean) for each task in ``cosines``."""
    from scipy.stats import spearmanr

    info = ModelInfo(name=model, revision="1")
    for task, cos in cosines.items():
        items = [
            {"id": f"p{i}", "gold": float(g), "cosine": float(c)}
            for i, (g, c) in enumerate(zip(gold, cos, strict=True))
        ]
        score = float(spearmanr(gold, cos)[0])
        outcome = SplitOutcome(scores={"cosine_spearman": score}, items=items)
        data = TaskData(spec=_sts_spec(task), splits={}, dataset_revision="sha256:synthetic")
        write_result(root, info, data, {"test": outcome})
    return model_dir(root, info)


# --- 1. the p-value floor: every accepted setting can reject -------------------------------------------------------


def test_min_resamples_is_the_holm_floor() -> None:
    for m, alpha in [(1, 0.05), (6, 0.05), (12, 0.05), (12, 0.01), (7, 0.03)]:
        b = min_resamples(m, alpha)
        assert m / (b + 1) < alpha <= m / b  # the smallest p, 1/(B+1), passes Holm's first step; one fewer fails
        check_resamples(b, m, alpha, "x")
        with pytest.raises(SettingsError, match=f"use at least {b}"):
            check_resamples(b - 1, m, alpha, "x")


def test_gate_refuses_resamples_that_can_never_fail(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    gold = rng.normal(size=300)
    tasks = [f"S{k}" for k in range(6)]
    base = load_model_results(
        _write_sts(tmp_path, "org/base", gold, {t: gold + rng.normal(0, 0.3, 300) for t in tasks})
    )
    worse = {t: gold + rng.normal(0, 3.0, 300) for t in tasks}  # 40+ points worse on every task
    cand = load_model_results(_write_sts(tmp_path, "org/cand", gold, worse))
    with pytest.raises(SettingsError, match="use at least 120"):
        gate_report(base, cand, tasks, GateConfig(resamples=100))
    # At the smallest accepted B the same drops fail: the setting is usable, not just accepted.
    report = gate_report(base, cand, tasks, GateConfig(resamples=min_resamples(6, 0.05)))
    assert report["verdict"] == "FAIL" and report["counts"]["FAIL"] == 6


def test_cli_refuses_too_few_resamples_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "gate.yaml"
    config.write_text("resamples: 100\n")
    folder = Path("results/bench__tfidf/sklearn-1.9.1")
    tasks = len([p for p in folder.glob("*.json") if p.name != "model_meta.json"])
    needed = f"use at least {min_resamples(tasks, 0.05)}"  # B + 1 > m / alpha for m tasks
    result = cli.invoke(app, ["gate", "--baseline", str(folder), "--candidate", str(folder), "--config", str(config)])
    assert result.exit_code == 2 and str(config) in result.output and needed in result.output
    result = cli.invoke(app, ["compare", "tfidf", "random", "--resamples", "100"])
    assert result.exit_code == 2 and "--resamples" in result.output and needed in result.output


# --- 2. the MDE at the level FAIL needs; every verdict in one family -----------------------------------------------


def test_mde_uses_the_holm_level_and_identical_results_pass_at_margin_zero(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    gold = rng.normal(size=200)
    tasks = [f"S{k}" for k in range(12)]
    cos = {t: gold + rng.normal(0, 0.5, 200) for t in tasks}
    base = load_model_results(_write_sts(tmp_path, "org/base", gold, cos))
    shifted = {t: c + rng.normal(0, 0.2, 200) for t, c in cos.items()}
    cand = load_model_results(_write_sts(tmp_path, "org/cand", gold, shifted))
    report = gate_report(base, cand, tasks, GateConfig(resamples=2000))
    factor = norm.ppf(1 - 0.05 / 12) + norm.ppf(0.8)  # 2.64 + 0.84, not 1.64 + 0.84
    for row in report["tasks"]:
        se = paired_test(
            base.results[row["task"]].metric,
            cand.results[row["task"]].metric,
            rng_for(20261126, "gate", row["task"]),
            b=2000,
        ).se_delta
        assert row["mde"] == pytest.approx(factor * se)
        assert row["mde"] == pytest.approx(minimum_detectable_effect(se, 12, 0.05))
    same = gate_report(base, base, tasks, GateConfig(resamples=2000, margin=0.0))
    assert same["verdict"] == "PASS" and same["counts"]["PASS"] == 12


# --- 3. bias-corrected intervals ------------------------------------------------------------------------------------


def test_bootstrap_interval_moves_to_the_bias_corrected_estimate() -> None:
    resampled = np.random.default_rng(2).normal(0.55, 0.01, 200_000)  # resamples centred 0.02 above the point
    low, high = bootstrap_interval(resampled, point=0.53)  # the population value sits near 0.53 - 0.02
    assert (low + high) / 2 == pytest.approx(0.51, abs=1e-3)
    assert high - low == pytest.approx(2 * 1.96 * 0.01, rel=0.02)
    plain = np.quantile(resampled, [0.025, 0.975])
    assert bootstrap_interval(resampled, point=float(resampled.mean())) == pytest.approx(tuple(plain), abs=1e-12)
    skewed_low, skewed_high = bootstrap_interval(resampled, point=0.55, accel=0.1)  # right skew: both ends move up
    assert skewed_low > plain[0] and skewed_high > plain[1]


def test_jackknife_and_acceleration() -> None:
    rng = np.random.default_rng(6)
    n = 80
    gold, pred = rng.normal(size=n), rng.normal(size=n)
    metric = SpearmanMetric(_ids(n), gold, gold + pred)
    loo = jackknife(metric)
    assert loo is not None
    keep = [np.delete(np.arange(n), i) for i in range(n)]
    assert loo == pytest.approx([spearmanr(gold[k], (gold + pred)[k])[0] for k in keep], abs=1e-12)
    labels, scores = rng.integers(0, 2, n), np.round(rng.normal(size=(1, n)), 1)
    ap_loo = jackknife(MaxAPMetric(_ids(n), labels, scores))
    assert ap_loo == pytest.approx([average_precision_score(labels[k], scores[0][k]) for k in keep], abs=1e-12)
    classes, clusters = rng.integers(0, 3, n), rng.integers(0, 4, (1, n))
    vm_loo = jackknife(VMeasureMetric(_ids(n), classes, np.ones((1, n)), clusters))
    assert vm_loo == pytest.approx([v_measure_score(classes[k], clusters[0][k]) for k in keep], abs=1e-12)
    values = rng.exponential(size=n)  # right-skewed: positive acceleration
    mean_loo = jackknife(MeanMetric(_ids(n), values))
    assert mean_loo == pytest.approx([np.delete(values, i).mean() for i in range(n)])
    u = values - values.mean()
    assert acceleration(mean_loo) == pytest.approx((u**3).sum() / (6 * (u**2).sum() ** 1.5))
    assert acceleration(mean_loo) > 0 and acceleration(None) == 0.0


# --- 4. max AP: the scorer is chosen once, on all items ------------------------------------------------------------


def test_max_ap_resamples_the_full_data_scorer_only() -> None:
    rng = np.random.default_rng(3)
    n = 200
    labels = rng.integers(0, 2, n)
    signal = labels + rng.normal(0, 1.0, n)
    scorers = np.stack([signal + rng.normal(0, 0.6, n) for _ in range(4)])  # four nearly equal scorers
    metric = MaxAPMetric(_ids(n), labels, scorers)
    block = next(bootstrap_blocks(rng_for(1, "ap"), n, 1000))
    fixed = metric.resample_counts(block)
    each = [MaxAPMetric(_ids(n), labels, s[None, :]).resample_counts(block) for s in scorers]
    best = int(np.argmax([m.point() for m in (MaxAPMetric(_ids(n), labels, s[None, :]) for s in scorers)]))
    assert np.array_equal(fixed, each[best])
    assert np.max(each, axis=0).mean() > fixed.mean()  # the per-resample max is biased upward


# --- 5. classification: the training experiments are resampled too -------------------------------------------------


def test_classification_intervals_include_training_experiment_variance() -> None:
    rng = np.random.default_rng(4)
    n, k = 400, 10
    hard = rng.random(n) < 0.5
    experiment_quality = rng.uniform(0.3, 0.9, k)  # some training subsets are much better than others
    correct = rng.random((n, k)) < np.where(hard[:, None], experiment_quality[None, :] * 0.5, experiment_quality)
    metric = ExperimentMeanMetric(_ids(n), correct.astype(float))
    assert metric.point() == pytest.approx(correct.mean())
    assert np.array_equal(metric.per_item(), correct.mean(axis=1))
    low, high = confidence_interval(metric, rng_for(1, "cls"), b=4000)
    per_item = metric.per_item()
    assert per_item is not None
    item_only_se = per_item.std(ddof=1) / np.sqrt(n)
    assert (high - low) / (2 * 1.96) > 2 * item_only_se  # the experiments' spread dominates here
    block = Resamples(np.ones((n, 5)), seed=7)
    assert np.array_equal(block.secondary(k), block.secondary(k))  # shared by every model of the block
    assert block.secondary(k).sum(axis=0).tolist() == [k] * 5
    assert np.array_equal(Resamples(np.ones((n, 1))).secondary(k), np.ones((k, 1)))  # the point: all once


# --- tie groups -----------------------------------------------------------------------------------------------------


def test_tie_groups_per_task_and_overall(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    gold = rng.normal(size=300)
    tasks = ["S0", "S1", "S2"]
    good = {t: gold + rng.normal(0, 0.5, 300) for t in tasks}
    _write_sts(tmp_path, "org/best", gold, good)
    _write_sts(tmp_path, "org/twin", gold, {t: c + rng.normal(0, 0.01, 300) for t, c in good.items()})
    _write_sts(tmp_path, "org/bad", gold, {t: gold + rng.normal(0, 3.0, 300) for t in tasks})
    board = leaderboard_data(tmp_path, None, resamples=2000)
    groups = board["tie_groups"]
    assert set(groups["overall"]) == {"org/best", "org/twin"}
    assert all(set(groups["per_task"][t]) == {"org/best", "org/twin"} for t in tasks)
    bad = next(r for r in board["models"] if r["name"] == "org/bad")
    assert bad["overall_tie"]["tied_with_best"] is False and bad["overall_tie"]["p_holm_vs_best"] < 0.05
    assert (
        "item sampling only" in board["settings"]["rank_interval"] or "test items" in board["settings"]["rank_interval"]
    )
    from benchmark.leaderboard.html import to_html
    from benchmark.leaderboard.render import to_markdown

    assert "Tie group" in to_markdown(board) and "Tie groups" in to_html(board)
