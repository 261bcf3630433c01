"""The statistics module against scipy and statsmodels, plus A/A and planted-difference behaviour."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import kstest, permutation_test, spearmanr, ttest_rel
from sklearn.metrics import average_precision_score, v_measure_score
from statsmodels.stats.multitest import multipletests

from benchmark.stats import benjamini_hochberg, confidence_interval, holm, paired_test, rng_for
from benchmark.stats.item_metrics import MaxAPMetric, MeanMetric, Resamples, SpearmanMetric, VMeasureMetric
from benchmark.stats.tests import sign_flip


def _ids(n: int) -> list[str]:
    return [f"i{i}" for i in range(n)]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_corrections_match_statsmodels(seed: int) -> None:
    p = np.random.default_rng(seed).uniform(0, 0.2, size=12)
    assert holm(p) == pytest.approx(list(multipletests(p, method="holm")[1]))
    assert benjamini_hochberg(p) == pytest.approx(list(multipletests(p, method="fdr_bh")[1]))


def test_paired_t_matches_scipy() -> None:
    rng = np.random.default_rng(4)
    a = rng.uniform(size=60)
    b = a + rng.normal(-0.03, 0.1, size=60)
    test = paired_test(MeanMetric(_ids(60), a), MeanMetric(_ids(60), b), rng_for(1, "t"), b=2000)
    assert test.test == "paired_t"
    assert test.p_two_sided == pytest.approx(ttest_rel(b, a).pvalue)
    assert test.p_worse == pytest.approx(ttest_rel(b, a, alternative="less").pvalue)
    assert test.delta == pytest.approx(b.mean() - a.mean())
    assert test.ci_low < test.delta < test.ci_high


def test_exact_sign_flip_matches_scipy_permutation_test() -> None:
    d = np.array([0.3, -0.1, 0.25, 0.05, 0.4, -0.2, 0.15, 0.1])
    two, less, greater, exact = sign_flip(d, rng_for(1, "s"), 10_000)
    assert exact

    def scipy_p(alternative: str) -> float:
        return float(
            permutation_test(
                (d, np.zeros_like(d)),
                lambda x, y, axis: np.mean(x - y, axis=axis),
                permutation_type="samples",
                vectorized=True,
                n_resamples=10_000,
                alternative=alternative,
            ).pvalue
        )

    assert two == pytest.approx(scipy_p("two-sided"))
    assert less == pytest.approx(scipy_p("less"))
    assert greater == pytest.approx(scipy_p("greater"))


def test_small_n_uses_sign_flip() -> None:
    a = np.linspace(0, 1, 10)
    test = paired_test(MeanMetric(_ids(10), a), MeanMetric(_ids(10), a + 0.1), rng_for(1, "x"), b=5000)
    assert test.test == "sign_flip_exact"
    assert test.p_two_sided == pytest.approx(2 / 1024)


def _best_scorer(labels: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The scorer with the highest AP on all items: max AP fixes it once, then resamples only its AP."""
    return scores[int(np.argmax([average_precision_score(labels, s) for s in scores]))]


def test_resampled_metrics_match_sklearn_and_scipy() -> None:
    rng = np.random.default_rng(7)
    n = 120
    idx = rng.integers(0, n, size=(20, n))
    gold, pred = rng.normal(size=n), rng.normal(size=n)
    ours = SpearmanMetric(_ids(n), gold, pred).resample(idx)
    assert ours == pytest.approx([spearmanr(gold[i], pred[i])[0] for i in idx])
    labels = rng.integers(0, 2, n)
    scores = np.round(rng.normal(size=(2, n)), 1)  # rounded: many ties
    ap = MaxAPMetric(_ids(n), labels, scores).resample(idx)
    assert ap == pytest.approx([average_precision_score(labels[i], _best_scorer(labels, scores)[i]) for i in idx])
    classes, clusters = rng.integers(0, 4, n), rng.integers(0, 5, (1, n))
    vm = VMeasureMetric(_ids(n), classes, np.ones((1, n)), clusters).resample(idx)
    assert vm == pytest.approx([v_measure_score(classes[i], clusters[0][i]) for i in idx])


def test_resampled_metrics_with_ties_and_several_runs() -> None:
    """Ties in gold and predictions, AP with tied scores across labels, V-measure over runs with repeated draws."""
    rng = np.random.default_rng(8)
    n = 90
    idx = rng.integers(0, n, size=(30, n))
    gold, pred = rng.integers(0, 6, n).astype(float), np.round(rng.normal(size=n), 1)
    ours = SpearmanMetric(_ids(n), gold, pred).resample(idx)
    assert ours == pytest.approx([spearmanr(gold[i], pred[i])[0] for i in idx], abs=1e-12)
    labels = rng.integers(0, 2, n)
    scores = rng.integers(0, 4, (3, n)).astype(float)  # four distinct values: big tie groups holding both labels
    metric = MaxAPMetric(_ids(n), labels, scores)
    assert metric.point() == pytest.approx(max(average_precision_score(labels, s) for s in scores))
    ap = metric.resample(idx)
    assert ap == pytest.approx([average_precision_score(labels[i], _best_scorer(labels, scores)[i]) for i in idx])
    classes, clusters = rng.integers(0, 3, n), rng.integers(0, 4, (3, n))
    draws = rng.integers(0, 3, (3, n)).astype(float)
    vm = VMeasureMetric(_ids(n), classes, draws, np.where(draws > 0, clusters, 0)).resample(idx)
    expected = []
    for i in idx:
        per_run = []
        for r in range(3):
            expanded = np.repeat(i, draws[r][i].astype(int))
            per_run.append(v_measure_score(classes[expanded], clusters[r][expanded]))
        expected.append(np.mean(per_run))
    assert vm == pytest.approx(expected, abs=1e-12)


def test_v_measure_beyond_float32_exact_counts() -> None:
    """Draw counts so large that float32 sums would round: the float64 path gives sklearn's value."""
    rng = np.random.default_rng(10)
    n = 40
    classes, clusters = rng.integers(0, 3, n), rng.integers(0, 3, (1, n))
    draws = np.full((1, n), 2.0**20)  # n x draws > 2**24
    idx = rng.integers(0, n, size=(5, n))
    vm = VMeasureMetric(_ids(n), classes, draws, clusters).resample(idx)
    assert vm == pytest.approx([v_measure_score(classes[i], clusters[0][i]) for i in idx], abs=1e-12)


def test_shared_block_work_matches_fresh_blocks() -> None:
    """Gold ranks computed once per block and reused by a second model give the same scores as a fresh block."""
    rng = np.random.default_rng(9)
    n = 60
    gold = rng.normal(size=n)
    first, second = SpearmanMetric(_ids(n), gold, rng.normal(size=n)), SpearmanMetric(_ids(n), gold, gold)
    idx = rng.integers(0, n, size=(15, n))
    block = Resamples.from_indices(idx, n)
    together = [first.resample_counts(block), second.resample_counts(block)]
    assert np.array_equal(together[0], first.resample(idx))
    assert np.array_equal(together[1], second.resample(idx))
    assert together[1] == pytest.approx(np.ones(15))


def test_a_a_gives_p_one() -> None:
    values = np.random.default_rng(0).uniform(size=50)
    metric = MeanMetric(_ids(50), values)
    test = paired_test(metric, metric, rng_for(1, "aa"))
    assert test.p_two_sided == 1.0 and test.p_worse == 1.0 and test.delta == 0.0
    sts = SpearmanMetric(_ids(50), values, values[::-1].copy())
    assert paired_test(sts, sts, rng_for(1, "aa2"), b=1000).p_two_sided == 1.0


def test_a_a_like_p_values_are_roughly_uniform() -> None:
    """Two models whose per-query scores are exchangeable: p-values should be uniform (KS test)."""
    rng = np.random.default_rng(11)
    p_values = []
    for trial in range(200):
        base = rng.uniform(size=150)
        a = np.clip(base + rng.normal(0, 0.1, 150), 0, 1)
        b = np.clip(base + rng.normal(0, 0.1, 150), 0, 1)
        test = paired_test(MeanMetric(_ids(150), a), MeanMetric(_ids(150), b), rng_for(trial, "u"), b=200)
        p_values.append(test.p_two_sided)
    assert kstest(p_values, "uniform").pvalue > 0.01
    assert 0.0 <= np.mean(np.array(p_values) < 0.05) <= 0.1


def test_planted_difference_is_found() -> None:
    rng = np.random.default_rng(12)
    base = rng.uniform(size=300)
    a = np.clip(base + rng.normal(0, 0.05, 300), 0, 1)
    b = np.clip(a - 0.03 + rng.normal(0, 0.05, 300), 0, 1)
    test = paired_test(MeanMetric(_ids(300), a), MeanMetric(_ids(300), b), rng_for(3, "planted"))
    assert test.p_worse < 0.001 and test.ci_high < 0


def test_same_seed_same_numbers_and_ci_covers_point() -> None:
    metric = SpearmanMetric(_ids(80), np.arange(80.0), np.arange(80.0) + np.random.default_rng(1).normal(0, 20, 80))
    first = confidence_interval(metric, rng_for(5, "ci"), b=2000)
    assert first == confidence_interval(metric, rng_for(5, "ci"), b=2000)
    assert first[0] <= metric.point() <= first[1]
    assert first != confidence_interval(metric, rng_for(6, "ci"), b=2000)
