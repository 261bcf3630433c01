"""Paired tests and bootstrap confidence intervals over items."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.stats import norm, ttest_rel

from benchmark.stats.item_metrics import Floats, ItemMetric, Resamples, multiplicities

B_DEFAULT = 10_000
_CHUNK = 1_000  # resamples per vectorised block (bounds memory)
_JACKKNIFE_MAX = 5_000  # items; beyond, a non-decomposable score's acceleration is taken as 0 (it shrinks as 1/sqrt n)


def bootstrap_blocks(
    rng: np.random.Generator, n: int, b: int, strata: Sequence[int] | None = None
) -> Iterator[Resamples]:
    """``b`` resamples of ``n`` items with replacement as item multiplicities, in blocks of at most ``_CHUNK``
    rows, one block at a time (bounded memory). With ``strata`` (group sizes summing to n, e.g. a task's
    evaluation splits) each group is resampled within itself and keeps its size. Each block also carries a seed
    for its secondary draws (the training experiments of a classification task), so every model of a task
    shares them too."""
    groups = list(strata) if strata is not None else [n]
    if sum(groups) != n:
        raise ValueError(f"strata {groups} do not add up to {n} items")
    for start in range(0, b, _CHUNK):
        rows = min(_CHUNK, b - start)
        if len(groups) == 1:
            idx = rng.integers(0, n, size=(rows, n))
        else:
            offsets = np.cumsum([0, *groups[:-1]])
            idx = np.concatenate(
                [
                    rng.integers(0, size, size=(rows, size)) + offset
                    for size, offset in zip(groups, offsets, strict=True)
                ],
                axis=1,
            )
        yield Resamples(multiplicities(idx, n), seed=int(rng.integers(0, 2**63)))


def confidence_interval(
    metric: ItemMetric, rng: np.random.Generator, *, b: int = B_DEFAULT, level: float = 0.95
) -> tuple[float, float]:
    """Bootstrap CI of the task score over items (see :func:`bootstrap_interval`)."""
    scores = np.concatenate(
        [metric.resample_counts(block) for block in bootstrap_blocks(rng, len(metric.ids), b, metric.strata)]
    )
    return bootstrap_interval(scores, metric.point(), acceleration(jackknife(metric)), level)


def bias_corrected(resampled: Floats, point: float) -> Floats:
    """Resampled values moved to centre on the bias-corrected estimate ``point - bias`` (for p-values).

    The bootstrap bias is ``mean(resampled) - point``. Plug-in scores such as V-measure are biased upward (the
    sample's entropies are too small), and their resamples are biased again by about as much: the resamples sit
    near ``point + bias`` while the population value sits near ``point - bias``, so the values move by twice
    the bias. For means the bias is zero up to Monte Carlo noise and nothing moves.
    """
    out: Floats = resampled - 2.0 * (float(resampled.mean()) - point)
    return out


def jackknife(metric: ItemMetric) -> Floats | None:
    """Leave-one-out scores, one per item (exact from per-item values for means; otherwise recomputed in blocks
    of ones-minus-identity multiplicities); None beyond ``_JACKKNIFE_MAX`` items of a non-decomposable score."""
    n = len(metric.ids)
    if n < 3:
        return None
    values = metric.per_item()
    if values is not None:
        out: Floats = (values.sum() - values) / (n - 1)
        return out
    if n > _JACKKNIFE_MAX:
        return None
    parts = []
    for start in range(0, n, _CHUNK):
        stop = min(n, start + _CHUNK)
        counts = np.ones((n, stop - start))
        counts[np.arange(start, stop), np.arange(stop - start)] = 0.0
        parts.append(metric.resample_counts(Resamples(counts)))
    return np.concatenate(parts)


def acceleration(leave_one_out: Floats | None) -> float:
    """BCa's acceleration from leave-one-out estimates (0 without them): the skewness of their influence."""
    if leave_one_out is None:
        return 0.0
    u = float(leave_one_out.mean()) - leave_one_out
    denominator = 6.0 * float((u**2).sum()) ** 1.5
    return float((u**3).sum()) / denominator if denominator > 0 else 0.0


def bootstrap_interval(resampled: Floats, point: float, accel: float = 0.0, level: float = 0.95) -> tuple[float, float]:
    """Bias-corrected, accelerated percentile interval.

    Bias: the resamples are moved by twice the bootstrap bias (:func:`bias_corrected`), so the interval covers
    the population value rather than the biased plug-in score. BCa's quantile-based bias correction is not used:
    when the bias is near a standard error (V-measure's is) it asks for extreme tail quantiles of the resamples,
    which a finite B cannot give. Skewness: BCa's acceleration moves the tail levels to
    Phi(z / (1 - a z)) (per-query nDCG piles up at 0 and 1). With a = 0 it is the percentile interval of the
    moved resamples.
    """
    finite = resampled[np.isfinite(resampled)]
    if len(finite) == 0:
        return point, point
    moved = bias_corrected(finite, point)
    tails = []
    for alpha in ((1 - level) / 2, 1 - (1 - level) / 2):
        z = float(norm.ppf(alpha))
        tails.append(float(norm.cdf(z / (1 - accel * z))) if 1 - accel * z > 0 else (0.0 if alpha < 0.5 else 1.0))
    low, high = np.quantile(moved, tails)
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


def bootstrap_p_values(deltas: Floats) -> tuple[float, float, float]:
    """(two-sided, H1 worse, H1 better) p-values from bias-corrected paired-bootstrap differences (candidate minus
    baseline): the share of resamples at or past zero on each side, counting the observed sample once."""
    b = len(deltas)
    not_worse, not_better = int(np.sum(deltas >= 0)), int(np.sum(deltas <= 0))
    return (
        min(1.0, 2 * (min(not_worse, not_better) + 1) / (b + 1)),
        (not_worse + 1) / (b + 1),
        (not_better + 1) / (b + 1),
    )


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
        pairs = [
            (baseline.resample_counts(blk), candidate.resample_counts(blk))
            for blk in bootstrap_blocks(rng, n, b, baseline.strata)
        ]
        resampled = (np.concatenate([a for a, _ in pairs]), np.concatenate([c for _, c in pairs]))
    b = len(resampled[0])
    raw = resampled[1] - resampled[0]
    deltas = bias_corrected(raw, b_point - a_point)  # the two models' biases differ: the p-values use these
    loo_a, loo_b = jackknife(baseline), jackknife(candidate)
    accel = acceleration(loo_b - loo_a if loo_a is not None and loo_b is not None else None)
    low, high = bootstrap_interval(raw, b_point - a_point, accel)
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
        if np.allclose(raw, 0.0, rtol=0.0, atol=1e-12):
            p_two = p_worse = p_better = 1.0
        else:
            p_two, p_worse, p_better = bootstrap_p_values(deltas)
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
