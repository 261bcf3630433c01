"""Simulate the significance tests and the CI gate on the bundled suite's real per-item records.

Null (A/A-like) pairs: for every item, MiniLM's and TF-IDF's per-item outputs are swapped between two synthetic
models with probability 1/2 (outputs are rank-standardised first, so the two are exchangeable): both models have
the same expected score, so every rejection is a false positive. Planted differences: the candidate's outputs are
degraded until its score is ``points`` lower (a shift for per-item means; calibrated noise for Spearman/AP;
random cluster reassignment for V-measure).

Prints: per-test A/A false-positive rate (two-sided, alpha 0.05), detection rate of a planted 2-point difference,
the gate's family-wise false-failure rate over the 12 tasks, and its power against a planted 3-point regression
on one task. Usage: ``python perf/stats_simulation.py [--trials 100] [--resamples 1000]``.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.stats import rankdata

from benchmark.gate import GateConfig
from benchmark.leaderboard.collect import collect, find_model
from benchmark.stats import align, holm, paired_test, rng_for
from benchmark.stats.item_metrics import ItemMetric, MaxAPMetric, MeanMetric, SpearmanMetric, VMeasureMetric

ROOT = Path(__file__).resolve().parent.parent


def _standardise(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = (rankdata(x) - 0.5) / len(x)
    return out


def null_pair(x: ItemMetric, y: ItemMetric, rng: np.random.Generator) -> tuple[ItemMetric, ItemMetric]:
    """Two exchangeable models: per item, X's or Y's output goes to A, the other to B."""
    swap = rng.random(len(x.ids)) < 0.5
    if isinstance(x, MeanMetric) and isinstance(y, MeanMetric):
        return MeanMetric(x.ids, np.where(swap, y.values, x.values)), MeanMetric(
            x.ids, np.where(swap, x.values, y.values)
        )
    if isinstance(x, SpearmanMetric) and isinstance(y, SpearmanMetric):
        px, py = _standardise(x.pred), _standardise(y.pred)
        return replace(x, pred=np.where(swap, py, px)), replace(x, pred=np.where(swap, px, py))
    if isinstance(x, MaxAPMetric) and isinstance(y, MaxAPMetric):
        sx = np.array([_standardise(s) for s in x.scorers])
        sy = np.array([_standardise(s) for s in y.scorers])
        return replace(x, scorers=np.where(swap, sy, sx)), replace(x, scorers=np.where(swap, sx, sy))
    if isinstance(x, VMeasureMetric) and isinstance(y, VMeasureMetric):
        return (
            replace(x, clusters=np.where(swap, y.clusters, x.clusters), draws=np.where(swap, y.draws, x.draws)),
            replace(x, clusters=np.where(swap, x.clusters, y.clusters), draws=np.where(swap, x.draws, y.draws)),
        )
    raise TypeError(type(x))


def degrade(m: ItemMetric, strength: float, seed: int) -> ItemMetric:
    """A worse copy of ``m``; larger strength = worse."""
    rng = np.random.default_rng(seed)
    if isinstance(m, MeanMetric):
        return MeanMetric(m.ids, m.values - strength)
    if isinstance(m, SpearmanMetric):
        return replace(m, pred=m.pred + strength * rng.normal(size=len(m.pred)))
    if isinstance(m, MaxAPMetric):
        return replace(m, scorers=m.scorers + strength * rng.normal(size=m.scorers.shape))
    if isinstance(m, VMeasureMetric):
        moved = rng.random(m.clusters.shape) < strength
        return replace(m, clusters=np.where(moved, rng.integers(0, m.clusters.max() + 1, m.clusters.shape), m.clusters))
    raise TypeError(type(m))


def planted(m: ItemMetric, points: float, seed: int) -> ItemMetric:
    """Degrade ``m`` until its score is ``points`` (0.02 = 2 points) lower (bisection on the strength)."""
    if isinstance(m, MeanMetric):
        return degrade(m, points, seed)
    target = m.point() - points
    low, high = 0.0, 1.0
    while degrade(m, high, seed).point() > target and high < 64:
        high *= 2
    for _ in range(30):
        mid = (low + high) / 2
        low, high = (mid, high) if degrade(m, mid, seed).point() > target else (low, mid)
    return degrade(m, high, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    models = collect(ROOT / "results")
    minilm = find_model(models, "sentence-transformers/all-MiniLM-L6-v2")
    tfidf = find_model(models, "bench/tfidf")
    tasks = sorted(minilm.results)
    pairs = {t: align(minilm.results[t].metric, tfidf.results[t].metric, where=t) for t in tasks}
    kinds = {t: minilm.results[t].stored.bench["task"]["type"] for t in tasks}
    config = GateConfig()
    started = time.perf_counter()
    false_pos = dict.fromkeys(tasks, 0)
    detected = dict.fromkeys(tasks, 0)
    gate_false_fail = 0
    gate_power = 0
    for trial in range(args.trials):
        rng = np.random.default_rng(trial)
        p_worse, deltas = [], []
        for i, t in enumerate(tasks):
            a, b = null_pair(*pairs[t], rng)
            test = paired_test(a, b, rng_for(trial, "aa", t), b=args.resamples)
            false_pos[t] += test.p_two_sided < 0.05
            p_worse.append(test.p_worse)
            deltas.append(test.delta)
            worse = planted(b, 0.02, seed=trial * 100 + i)
            detected[t] += paired_test(a, worse, rng_for(trial, "pl", t), b=args.resamples).p_two_sided < 0.05
        adjusted = holm(p_worse)
        gate_false_fail += any(p < config.alpha and d <= -config.margin for p, d in zip(adjusted, deltas, strict=True))
        # gate power: one task (rotating) regresses by 3 points, the others are null pairs
        target = tasks[trial % len(tasks)]
        p_worse, deltas = [], []
        for t in tasks:
            a, b = null_pair(*pairs[t], rng)
            if t == target:
                b = planted(a, 0.03, seed=trial)
            test = paired_test(a, b, rng_for(trial, "gate", t), b=args.resamples)
            p_worse.append(test.p_worse)
            deltas.append(test.delta)
        adjusted = holm(p_worse)
        k = tasks.index(target)
        gate_power += adjusted[k] < config.alpha and deltas[k] <= -config.margin
    n = args.trials
    print(f"{n} trials, {args.resamples} resamples per test, {time.perf_counter() - started:.0f} s")
    print(f"{'task':38s} {'type':20s} {'n':>5s} {'A/A FPR':>8s} {'2-pt power':>10s}")
    for t in tasks:
        print(f"{t:38s} {kinds[t]:20s} {len(pairs[t][0].ids):5d} {false_pos[t] / n:8.3f} {detected[t] / n:10.3f}")
    total_fp = sum(false_pos.values()) / (n * len(tasks))
    print(f"mean per-test A/A false-positive rate (two-sided, alpha 0.05): {total_fp:.3f}")
    print(f"mean detection rate of a planted 2-point difference: {sum(detected.values()) / (n * len(tasks)):.3f}")
    print(f"gate family-wise false-failure rate over {len(tasks)} tasks (A/A-like): {gate_false_fail / n:.3f}")
    print(f"gate power against a planted 3-point regression on one task: {gate_power / n:.3f}")


if __name__ == "__main__":
    main()
