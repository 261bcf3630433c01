"""Paired tests and bootstrap confidence intervals over items."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.stats import ttest_rel

from benchmark.stats.item_metrics import Floats, ItemMetric, Resamples, multiplicities

B_DEFAULT = 10_000
_CHUNK = 1_000  # resamples per vectorised block (bounds memory)


def bootstrap_blocks(rng: np.random.Generator, n: int, b: int) -> Iterator[Resamples]:
    """``b`` resamples of ``n`` items with replacement as item multiplicities, in blocks of at most ``_CHUNK``
    rows, one block at a time (bounded memory). Each block also carries a seed for its secondary draws (the
    training experiments of a classification task), so every model of a task shares them too."""
    for start in range(0, b, _CHUNK):
        rows = min(_CHUNK, b - start)
        idx = rng.integers(0, n, size=(rows, n))
        yield Resamples(multiplicities(idx, n), seed=int(rng.integers(0, 2**63)))


def confidence_interval(
    metric: ItemMetric, rng: np.random.Generator, *, b: int = B_DEFAULT, level: float = 0.95
) -> tuple[float, float]:
    """Bias-corrected percentile bootstrap CI of the task score over items (see :func:`percentile_ci`)."""
    scores = np.concatenate([metric.resample_counts(block) for block in bootstrap_blocks(rng, len(metric.ids), b)])
    return percentile_ci(scores, metric.point(), level)


def bias_corrected(resampled: Floats, point: float) -> Floats:
    """Resampled values moved to centre on the bias-corrected estimate ``point - bias``.

    The bootstrap bias is ``mean(resampled) - point``. Plug-in scores such as V-measure are biased upward (the
    sample's entropies are too small), and their resamples are biased again by about as much: the percentile
    interval sits near ``point + bias`` while the population value sits near ``point - bias``, so the values
    move by twice the bias. For means the bias is zero up to Monte Carlo noise and nothing moves.
    """
    out: Floats = resampled - 2.0 * (float(resampled.mean()) - point)
    return out


def percentile_ci(resampled: Floats, point: float, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the bias-corrected resamples (:func:`bias_corrected`): it covers the population
    value of the score, not the (biased) plug-in score itself."""
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(bias_corrected(resampled, point), [tail, 100 - tail])
    return float(low), float(high)


@dataclass(frozen=True)
class PairedTest:
    """Candidate minus baseline on one task: the difference, its CI and p-values."""

    n: int
    baseline: float
    candidate: float
    delta: float
    ci_low: float
    ci_high: float
    p_two_sided: float
    p_worse: float  # one-sided, H1: candidate is worse
    p_better: float  # one-sided, H1: candidate is better
    test: Literal["paired_t", "sign_flip_exact", "sign_flip", "paired_bootstrap"]
    resamples: int
    sd_delta: float | None  # per-item sd of the differences (decomposable metrics)
    se_delta: float  # bootstrap standard error of the difference (for the minimum detectable effect)


def sign_flip(d: Floats, rng: np.random.Generator, b: int) -> tuple[float, float, float, bool]:
    """Fisher randomization test of mean(d) = 0: (two-sided p, one-sided p for mean < 0, for mean > 0, exact?)."""
    n = len(d)
    observed = d.mean()
    eps = 1e-12 * max(1.0, float(np.abs(d).max(initial=0.0)))
    if n <= 20 and 2**n <= b:
        signs = np.array(list(itertools.product((-1.0, 1.0), repeat=n)))
        stats = signs @ d / n
        return (
            float(np.mean(np.abs(stats) >= abs(observed) - eps)),
            float(np.mean(stats <= observed + eps)),
            float(np.mean(stats >= observed - eps)),
            True,
        )
    at_least, at_most, above = 0, 0, 0
    for start in range(0, b, _CHUNK):
        rows = min(_CHUNK, b - start)
        signs = rng.integers(0, 2, size=(rows, n), dtype=np.int8) * 2 - 1
        stats = signs @ d / n
        at_least += int(np.sum(np.abs(stats) >= abs(observed) - eps))
        at_most += int(np.sum(stats <= observed + eps))
        above += int(np.sum(stats >= observed - eps))
    return (at_least + 1) / (b + 1), (at_most + 1) / (b + 1), (above + 1) / (b + 1), False


def _t_test(d: Floats) -> tuple[float, float, float]:
    """Paired t-test of mean(d) = 0: (two-sided p, one-sided p for mean < 0, for mean > 0)."""
    if np.allclose(d, d[0]):
        if d[0] == 0:
            return 1.0, 1.0, 1.0
        return 0.0, (1.0 if d[0] > 0 else 0.0), (0.0 if d[0] > 0 else 1.0)
    zeros = np.zeros_like(d)
    two = ttest_rel(d, zeros).pvalue
    less = ttest_rel(d, zeros, alternative="less").pvalue
    greater = ttest_rel(d, zeros, alternative="greater").pvalue
    return float(two), float(less), float(greater)


def paired_test(
    baseline: ItemMetric,
    candidate: ItemMetric,
    rng: np.random.Generator,
    *,
    b: int = B_DEFAULT,
    resampled: tuple[Floats, Floats] | None = None,
) -> PairedTest:
    """Paired comparison on aligned items.

    Decomposable scores: paired t-test (n >= 30) or sign-flip randomization (exact when 2^n <= B) on per-item
    differences. Others: paired bootstrap recomputing both scores on the same resamples. The CI of the difference
    is a bias-corrected paired bootstrap percentile interval in both cases. ``resampled`` passes both models'
    scores on shared resamples (computed once per task by the leaderboard) instead of drawing new ones.
    """
    n = len(baseline.ids)
    a_point, b_point = baseline.point(), candidate.point()
    if resampled is None:
        pairs = [(baseline.resample_counts(blk), candidate.resample_counts(blk)) for blk in bootstrap_blocks(rng, n, b)]
        resampled = (np.concatenate([a for a, _ in pairs]), np.concatenate([c for _, c in pairs]))
    b = len(resampled[0])
    raw = resampled[1] - resampled[0]
    deltas = bias_corrected(raw, b_point - a_point)  # as for score CIs: the two models' biases differ
    low, high = np.percentile(deltas, [2.5, 97.5])
    a_items, b_items = baseline.per_item(), candidate.per_item()
    sd: float | None = None
    if a_items is not None and b_items is not None:
        d = b_items - a_items
        sd = float(d.std(ddof=1)) if n > 1 else 0.0
        if n >= 30:
            p_two, p_worse, p_better = _t_test(d)
            test: Literal["paired_t", "sign_flip_exact", "sign_flip", "paired_bootstrap"] = "paired_t"
        else:
            p_two, p_worse, p_better, exact = sign_flip(d, rng, b)
            test = "sign_flip_exact" if exact else "sign_flip"
    else:
        not_worse = int(np.sum(deltas >= 0))
        not_better = int(np.sum(deltas <= 0))
        if np.allclose(raw, 0.0, rtol=0.0, atol=1e-12):
            p_two = p_worse = p_better = 1.0
        else:
            p_worse = (not_worse + 1) / (b + 1)
            p_better = (not_better + 1) / (b + 1)
            p_two = min(1.0, 2 * (min(not_worse, not_better) + 1) / (b + 1))
        test = "paired_bootstrap"
    return PairedTest(
        n=n,
        baseline=a_point,
        candidate=b_point,
        delta=b_point - a_point,
        ci_low=float(low),
        ci_high=float(high),
        p_two_sided=p_two,
        p_worse=p_worse,
        p_better=p_better,
        test=test,
        resamples=b,
        sd_delta=sd,
        se_delta=float(deltas.std(ddof=1)) if len(deltas) > 1 else 0.0,
    )
