"""Aggregate results into the leaderboard data: means, Borda, CIs, ties with the best, rank intervals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from benchmark import task_types
from benchmark.errors import ResultsError
from benchmark.leaderboard.collect import ModelResults, TaskInfo
from benchmark.stats import GLOBAL_SEED, align, holm, paired_test, rng_for
from benchmark.stats.item_metrics import Floats, ItemMetric
from benchmark.stats.parallel import map_in_threads
from benchmark.stats.power import check_resamples
from benchmark.stats.tests import (
    acceleration,
    bias_corrected,
    bootstrap_blocks,
    bootstrap_interval,
    bootstrap_p_values,
    jackknife,
)

SCHEMA_VERSION = 1


def _mean(values: Sequence[float | None]) -> float | None:
    if not values or any(v is None for v in values):
        return None
    return float(np.mean([v for v in values if v is not None]))


def display_names(models: Sequence[ModelResults]) -> list[str]:
    """Model names, with ``@revision`` added where a name has several revisions."""
    counts: dict[str, int] = {}
    for m in models:
        counts[m.name] = counts.get(m.name, 0) + 1
    return [m.name if counts[m.name] == 1 else f"{m.name}@{m.revision}" for m in models]


def borda_ranks(scores: pd.DataFrame) -> pd.Series:
    """mteb's Borda rank: per task rank (average ties) -> n - rank points, summed, ranked with method 'min'."""
    n = len(scores)
    points = (n - scores.rank(method="average", ascending=False)).fillna(0.0).sum(axis=1)
    return points.rank(method="min", ascending=False).astype(int)


def build_leaderboard(
    models: list[ModelResults],
    tasks: list[TaskInfo],
    *,
    suite: dict[str, Any],
    seed: int = GLOBAL_SEED,
    resamples: int = 10_000,
    rank_resamples: int = 1_000,
    alpha: float = 0.05,
) -> dict[str, Any]:
    """The single source for every rendering (JSON-ready, deterministic)."""
    names = display_names(models)
    task_names = [t.name for t in tasks]
    check_resamples(resamples, max(len(models) - 1, 1), alpha, "--resamples")
    scores = pd.DataFrame(
        [[m.results[t].stored.main_score if t in m.results else np.nan for t in task_names] for m in models],
        index=names,
        columns=task_names,
        dtype=float,
    )
    resampled_by_task: dict[str, dict[str, Floats]] = {}
    per_task = _per_task(
        models, names, tasks, seed=seed, resamples=resamples, alpha=alpha, resampled_by_task=resampled_by_task
    )
    complete = [bool(scores.loc[name].notna().all()) for name in names]
    borda = borda_ranks(scores) if len(models) else pd.Series(dtype=int)
    rank_ci = _rank_intervals(names, complete, resampled_by_task, rank_resamples)
    means = {n: float(scores.loc[n].mean()) for n, c in zip(names, complete, strict=True) if c}
    overall = _overall_ties(means, resampled_by_task, len(task_names), alpha)
    types = task_types.in_order(t.type for t in tasks)
    rows: list[dict[str, Any]] = []
    for model, name, is_complete in zip(models, names, complete, strict=True):
        values = {
            t.name: (None if np.isnan(scores.loc[name, t.name]) else float(scores.loc[name, t.name])) for t in tasks
        }
        by_type = {kind: _mean([values[t.name] for t in tasks if t.type == kind]) for kind in types}
        by_domain = {
            domain: _mean([values[t.name] for t in tasks if t.domain == domain])
            for domain in sorted({t.domain for t in tasks})
        }
        rows.append(
            {
                "name": name,
                "model": model.name,
                "revision": model.revision,
                "facts": model.facts,
                "complete": is_complete,
                "n_tasks": sum(v is not None for v in values.values()),
                "mean": _mean(list(values.values())),
                "mean_by_domain": by_domain,
                "mean_by_type": by_type,
                "mean_task_type": _mean(list(by_type.values())),
                "borda_rank": int(borda[name]) if len(models) else None,
                "rank": None,
                "rank_ci": rank_ci.get(name),
                "overall_tie": overall.get(name),
                "tasks": {t.name: per_task[t.name].get(name) for t in tasks},
            }
        )
    ranked = sorted((r for r in rows if r["complete"]), key=lambda r: (-r["mean"], r["name"]))
    for position, row in enumerate(ranked, start=1):
        row["rank"] = position
    rows = ranked + sorted((r for r in rows if not r["complete"]), key=lambda r: r["name"])
    tie_groups = {
        "overall": [r["name"] for r in ranked if (r["overall_tie"] or {}).get("tied_with_best")],
        "per_task": {
            t.name: [r["name"] for r in rows if (r["tasks"][t.name] or {}).get("tied_with_best")] for t in tasks
        },
    }
    return {
        "schema_version": SCHEMA_VERSION,
        "suite": suite,
        "tasks": [{"name": t.name, "type": t.type, "domain": t.domain, "main_metric": t.main_metric} for t in tasks],
        "settings": {
            "seed": seed,
            "resamples": resamples,
            "rank_resamples": rank_resamples,
            "ci_level": 0.95,
            "alpha": alpha,
            "ci_method": "percentile bootstrap over test items (classification: items and its training "
            "experiments), moved by twice the bootstrap bias so that it covers the population value of the score "
            "rather than the biased plug-in value (this matters for V-measure), with BCa's acceleration (from the "
            "jackknife) for skewness; max AP resamples the similarity function chosen on all items; differences "
            "use the same paired resamples",
            "tie_test": "paired test vs the task's best model (t-test on per-item differences for decomposable "
            "scores, paired bootstrap otherwise), Holm over the other models of the task",
            "rank_interval": "joint bootstrap over the items of every task (the first rank_resamples of the score "
            "resamples), mean over tasks, 95% interval of ranks; it covers the sampling of test items (and of "
            "classification's training experiments) only, not the choice of tasks or the models' training",
            "tie_group": "models not significantly below the best: per task, the paired test against the task's "
            "best with Holm over the task's other models; overall, a two-sided paired bootstrap of the "
            "difference in mean score against the top-ranked model (every task's items resampled jointly) with "
            "Holm over the other complete models",
        },
        "tie_groups": tie_groups,
        "models": rows,
    }


def _per_task(
    models: list[ModelResults],
    names: list[str],
    tasks: list[TaskInfo],
    *,
    seed: int,
    resamples: int,
    alpha: float,
    resampled_by_task: dict[str, dict[str, Floats]],
) -> dict[str, dict[str, dict[str, Any]]]:
    """Score CIs and tests against the best, all on one set of resamples per task (each model resampled once).

    Tasks are independent (each has its own seeded resamples), so they run on a thread pool (numpy releases the
    GIL); the output does not depend on scheduling. Every model's resampled scores go to ``resampled_by_task``
    (task -> display name -> scores) for the rank intervals.
    """

    def one(task: TaskInfo) -> tuple[dict[str, dict[str, Any]], dict[str, Floats]]:
        present = [(m, n) for m, n in zip(models, names, strict=True) if task.name in m.results]
        return _task_entries(task.name, present, seed=seed, resamples=resamples, alpha=alpha)

    out: dict[str, dict[str, dict[str, Any]]] = {}
    for task, (entries, resampled) in zip(tasks, map_in_threads(one, tasks), strict=True):
        out[task.name] = entries
        resampled_by_task[task.name] = resampled
    return out


def _task_entries(
    task: str, present: list[tuple[ModelResults, str]], *, seed: int, resamples: int, alpha: float
) -> tuple[dict[str, dict[str, Any]], dict[str, Floats]]:
    """One task's entries (score, CI, p vs the best, tie mark) and every model's resampled scores."""
    entries: dict[str, dict[str, Any]] = {}
    if not present:
        return entries, {}
    best_model, best_name = max(present, key=lambda mn: (mn[0].results[task].stored.main_score, mn[1]))
    for model, name in present:
        entries[name] = {
            "is_best": name == best_name,
            "score": model.results[task].stored.main_score,
            "unverified": model.results[task].flag,
            "ci": None,
            "p_vs_best": None,
            "p_holm_vs_best": None,
        }
    try:
        reference = best_model.results[task].metric
    except ResultsError as exc:
        for _, name in present:
            entries[name]["note"] = str(exc)
            entries[name]["tied_with_best"] = entries[name]["is_best"]
        return entries, {}  # no rank intervals without every task's records
    aligned: dict[str, ItemMetric] = {}
    for model, name in present:
        try:
            aligned[name] = align(reference, model.results[task].metric, where=task)[1]
        except ResultsError as exc:
            entries[name]["note"] = str(exc)
    parts: dict[str, list[Floats]] = {name: [] for name in aligned}
    for block in bootstrap_blocks(rng_for(seed, "resamples", task), len(reference.ids), resamples, reference.strata):
        for name, metric in aligned.items():
            parts[name].append(metric.resample_counts(block))
    resampled = {name: np.concatenate(chunks) for name, chunks in parts.items()}
    for name, metric in aligned.items():
        entries[name]["ci"] = list(bootstrap_interval(resampled[name], metric.point(), acceleration(jackknife(metric))))
    others = [name for _, name in present if name != best_name and name in resampled]
    p_values = []
    for name in others:
        test = paired_test(
            aligned[best_name],
            aligned[name],
            rng_for(seed, "vs-best", task, name),
            resampled=(resampled[best_name], resampled[name]),
        )
        p_values.append(test.p_two_sided)
        entries[name]["p_vs_best"] = test.p_two_sided
    for name, adjusted in zip(others, holm(p_values), strict=True):
        entries[name]["p_holm_vs_best"] = adjusted
    for _, name in present:
        entry = entries[name]
        entry["tied_with_best"] = entry["is_best"] or (
            entry["p_holm_vs_best"] is not None and entry["p_holm_vs_best"] >= alpha
        )
    return entries, resampled


def _overall_ties(
    means: dict[str, float], resampled_by_task: dict[str, dict[str, Floats]], n_tasks: int, alpha: float
) -> dict[str, dict[str, Any]]:
    """Each complete model's paired bootstrap test of its mean over tasks against the top model's (Holm)."""
    if not means or not resampled_by_task or len(resampled_by_task) < n_tasks:
        return {}
    if any(name not in scores for scores in resampled_by_task.values() for name in means):
        return {}
    best = min(means, key=lambda n: (-means[n], n))
    rows = min(len(scores[best]) for scores in resampled_by_task.values())
    totals: dict[str, Floats] = {
        n: np.sum([scores[n][:rows] for scores in resampled_by_task.values()], axis=0) / n_tasks for n in means
    }
    others = [n for n in means if n != best]
    p_values = []
    for name in others:
        deltas = bias_corrected(totals[best] - totals[name], means[best] - means[name])
        p_values.append(bootstrap_p_values(deltas)[0])
    out: dict[str, dict[str, Any]] = {
        best: {"p_vs_best": None, "p_holm_vs_best": None, "tied_with_best": True, "is_best": True}
    }
    for name, p, adjusted in zip(others, p_values, holm(p_values), strict=True):
        out[name] = {"p_vs_best": p, "p_holm_vs_best": adjusted, "tied_with_best": adjusted >= alpha, "is_best": False}
    return out


def _rank_intervals(
    names: list[str], complete: list[bool], resampled_by_task: dict[str, dict[str, Floats]], resamples: int
) -> dict[str, list[int]]:
    """95% intervals of each complete model's rank by mean score over a joint bootstrap of every task's items.

    The first ``resamples`` of each task's score resamples are reused: tasks are resampled independently, so
    summing them row by row is a joint bootstrap over all tasks.
    """
    chosen = [n for n, c in zip(names, complete, strict=True) if c]
    if len(chosen) < 2 or not resampled_by_task:
        return {n: [1, 1] for n in chosen}
    if any(name not in scores for scores in resampled_by_task.values() for name in chosen):
        return {}
    rows = min(resamples, *(len(s[chosen[0]]) for s in resampled_by_task.values()))
    totals = np.zeros((rows, len(chosen)))
    for scores in resampled_by_task.values():
        totals += np.stack([scores[name][:rows] for name in chosen], axis=1)
    order = np.argsort(-totals, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, len(chosen) + 1)[None, :].repeat(rows, axis=0), axis=1)
    low = np.percentile(ranks, 2.5, axis=0, method="lower")
    high = np.percentile(ranks, 97.5, axis=0, method="higher")
    return {n: [int(lo), int(hi)] for n, lo, hi in zip(chosen, low, high, strict=True)}
