"""Compare two models task by task: difference with CI, p, Holm-adjusted p, verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmark.errors import ResultsError
from benchmark.leaderboard.collect import collect, find_model, task_infos
from benchmark.registry import get_suite
from benchmark.stats import GLOBAL_SEED, align, holm, paired_test, rng_for
from benchmark.stats.power import check_resamples


@dataclass(frozen=True)
class TaskComparison:
    """One task's comparison of B (candidate) against A (baseline)."""

    task: str
    metric: str
    a: float
    b: float
    delta: float
    ci_low: float | None
    ci_high: float | None
    p: float | None
    p_holm: float | None
    test: str | None
    n: int | None
    verdict: str


def compare_models(
    results_dir: Path,
    model_a: str,
    model_b: str,
    *,
    suite: str | None = None,
    seed: int = GLOBAL_SEED,
    resamples: int = 10_000,
    alpha: float = 0.05,
) -> dict[str, Any]:
    """Paired tests on every task both models have (or the suite's tasks)."""
    models = collect(results_dir, verify=False)
    a, b = find_model(models, model_a).verify(), find_model(models, model_b).verify()
    infos = task_infos([a, b])
    names = sorted(set(a.results) & set(b.results))
    if suite is not None:
        names = [n for n in get_suite(suite).tasks if n in a.results and n in b.results]
    if not names:
        raise ResultsError(f"{model_a} and {model_b} have no task in common")
    check_resamples(resamples, len(names), alpha, "--resamples")
    tests = []
    untestable: dict[str, str] = {}
    for name in names:
        try:
            left, right = align(a.results[name].metric, b.results[name].metric, where=name)
        except ResultsError as exc:
            untestable[name] = str(exc)
            continue
        tests.append((name, paired_test(left, right, rng_for(seed, "compare", name), b=resamples)))
    adjusted = dict(zip([n for n, _ in tests], holm([t.p_two_sided for _, t in tests]), strict=True))
    tested = dict(tests)
    rows = []
    for name in names:
        a_score, b_score = a.results[name].stored.main_score, b.results[name].stored.main_score
        if name in untestable:
            rows.append(
                TaskComparison(
                    name,
                    infos[name].main_metric,
                    a_score,
                    b_score,
                    b_score - a_score,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    f"cannot test: {untestable[name]}",
                )
            )
            continue
        t, p_holm = tested[name], adjusted[name]
        verdict = "no significant difference"
        if p_holm < alpha:
            verdict = "B better" if t.delta > 0 else "B worse"
        rows.append(
            TaskComparison(
                name,
                infos[name].main_metric,
                t.baseline,
                t.candidate,
                t.delta,
                t.ci_low,
                t.ci_high,
                t.p_two_sided,
                p_holm,
                t.test,
                t.n,
                verdict,
            )
        )
    better = sum(r.verdict == "B better" for r in rows)
    worse = sum(r.verdict == "B worse" for r in rows)
    summary = (
        f"B ({b.name}) vs A ({a.name}): better on {better}, worse on {worse}, no significant difference on "
        f"{len(tests) - better - worse} of {len(rows)} tasks (two-sided paired tests, Holm, alpha={alpha})"
    )
    if untestable:
        summary += f"; {len(untestable)} task(s) cannot be tested (no per-item records): {', '.join(untestable)}"
    return {
        "a": {"name": a.name, "revision": a.revision},
        "b": {"name": b.name, "revision": b.revision},
        "settings": {"seed": seed, "resamples": resamples, "alpha": alpha, "correction": "holm"},
        "tasks": [asdict(r) for r in rows],
        "summary": summary,
    }
