"""The CI regression gate: fail when a candidate is significantly *and* materially worse than a baseline."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from benchmark.errors import ResultsError, TaskSpecError
from benchmark.escape import md, md_code
from benchmark.io import dumps, read_yaml_model
from benchmark.leaderboard import format as fmt
from benchmark.leaderboard.collect import ModelResults, collect_folder
from benchmark.stats import GLOBAL_SEED, ItemMetric, PairedTest, align, holm, paired_test, rng_for
from benchmark.stats.parallel import map_in_threads
from benchmark.stats.power import check_resamples, minimum_detectable_effect

Verdict = Literal["PASS", "WARN", "FAIL", "SKIP"]


class GateConfig(BaseModel):
    """gate.yaml: significance level, default margin and per-task margins (0.01 = one point)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    alpha: float = Field(default=0.05, gt=0, lt=1)
    margin: float = Field(default=0.01, ge=0)
    margins: dict[str, Annotated[float, Field(ge=0)]] = Field(default_factory=dict)
    resamples: int = Field(default=10_000, ge=100)
    seed: int = GLOBAL_SEED
    tasks: tuple[str, ...] | None = None


def load_gate_config(path: Path | None) -> GateConfig:
    """Read gate.yaml (defaults when no file is given)."""
    if path is None:
        return GateConfig()
    return read_yaml_model(path, GateConfig, TaskSpecError, "gate config must be a YAML mapping", empty={})


def check_gated_tasks(config: GateConfig, tasks: list[str], where: str) -> None:
    """Every task named in ``margins`` must be gated (a misspelt name would silently get the default margin)."""
    unknown = sorted(set(config.margins) - set(tasks))
    if unknown:
        raise TaskSpecError(f"{where}: margins name task '{unknown[0]}', which is not among the gated tasks")


@dataclass(frozen=True)
class TaskVerdict:
    """The gate's decision on one task."""

    task: str
    verdict: Verdict
    reason: str
    baseline: float | None = None
    candidate: float | None = None
    delta: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p: float | None = None
    p_holm: float | None = None
    mde: float | None = None
    margin: float | None = None
    n: int | None = None
    test: str | None = None


def load_model_results(folder: Path) -> ModelResults:
    """The results of one model from its ``<org__model>/<revision>`` folder."""
    return collect_folder(folder)


def decide(baseline: ModelResults, candidate: ModelResults, tasks: list[str], config: GateConfig) -> list[TaskVerdict]:
    """Per-task verdicts: FAIL = Holm-significant one-sided drop of at least the margin; missing = FAIL."""
    pairs: list[tuple[str, ItemMetric, ItemMetric]] = []
    verdicts: dict[str, TaskVerdict] = {}
    for task in tasks:
        margin = config.margins.get(task, config.margin)
        if task not in baseline.results and task not in candidate.results:
            verdicts[task] = TaskVerdict(task, "SKIP", "neither model has a result (e.g. a type BM25 cannot do)")
            continue
        if task not in baseline.results or task not in candidate.results:
            side = "baseline" if task not in baseline.results else "candidate"
            verdicts[task] = TaskVerdict(task, "FAIL", f"cannot test: no {side} result", margin=margin)
            continue
        try:
            a, b = align(baseline.results[task].metric, candidate.results[task].metric, where=task)
        except ResultsError as exc:
            verdicts[task] = TaskVerdict(task, "FAIL", f"cannot test: {exc}", margin=margin)
            continue
        pairs.append((task, a, b))

    def test(pair: tuple[str, ItemMetric, ItemMetric]) -> tuple[str, PairedTest]:
        task, a, b = pair
        return task, paired_test(a, b, rng_for(config.seed, "gate", task), b=config.resamples)

    check_resamples(config.resamples, len(pairs), config.alpha, "gate resamples")
    tested = map_in_threads(test, pairs)
    # One family for every decision: Holm over the tested tasks, one-sided for "worse" and for "better".
    adjusted = holm([t.p_worse for _, t in tested])
    adjusted_better = holm([t.p_better for _, t in tested])
    for (task, t), p_holm, p_better in zip(tested, adjusted, adjusted_better, strict=True):
        margin = config.margins.get(task, config.margin)
        material = t.delta < 0 and t.delta <= -margin
        significant = p_holm < config.alpha
        mde = minimum_detectable_effect(t.se_delta, len(tested), config.alpha)
        if significant and material:
            verdict: Verdict = "FAIL"
            reason = "significant regression"
        elif material:
            verdict, reason = "WARN", "large drop but not significant (underpowered: see MDE)"
        elif significant:
            verdict, reason = "WARN", "significant but smaller than the margin"
        else:
            verdict = "PASS"
            reason = "improved" if p_better < config.alpha else "no material regression"
        verdicts[task] = TaskVerdict(
            task,
            verdict,
            reason,
            t.baseline,
            t.candidate,
            t.delta,
            t.ci_low,
            t.ci_high,
            t.p_worse,
            p_holm,
            mde,
            margin,
            t.n,
            t.test,
        )
    return [verdicts[task] for task in tasks]


def gate_report(
    baseline: ModelResults, candidate: ModelResults, tasks: list[str], config: GateConfig
) -> dict[str, Any]:
    """The full report (JSON-ready): settings, per-task verdicts and the overall verdict."""
    rows = decide(baseline, candidate, tasks, config)
    overall: Verdict = (
        "FAIL"
        if any(r.verdict == "FAIL" for r in rows)
        else ("WARN" if any(r.verdict == "WARN" for r in rows) else "PASS")
    )
    return {
        "verdict": overall,
        "baseline": {"name": baseline.name, "revision": baseline.revision},
        "candidate": {"name": candidate.name, "revision": candidate.revision},
        "settings": {
            **config.model_dump(),
            "test": "one-sided paired test (H1: candidate worse), Holm over tasks",
            "mde": "(z_{1-alpha/m} + z_{0.8}) x bootstrap SE of the difference; m = tasks tested",
        },
        "tasks": [asdict(r) for r in rows],
        "counts": {v: sum(r.verdict == v for r in rows) for v in ("PASS", "WARN", "FAIL", "SKIP")},
    }


def to_markdown(report: dict[str, Any]) -> str:
    """A pull-request comment: a verdict line, then one row per task (scores in points, x100)."""
    icon = {"PASS": "✅", "WARN": "⚠️", "FAIL": "❌", "SKIP": "➖"}
    counts = report["counts"]
    lines = [
        f"## {icon[report['verdict']]} Embedding regression gate: {report['verdict']}",
        "",
        f"Candidate {md_code(report['candidate']['name'])} ({md(report['candidate']['revision'])}) vs baseline "
        f"{md_code(report['baseline']['name'])} ({md(report['baseline']['revision'])}): "
        f"{counts['FAIL']} fail, {counts['WARN']} warn, {counts['PASS']} pass"
        + (f", {counts['SKIP']} not applicable." if counts["SKIP"] else "."),
        "",
        "| Task | Baseline | Candidate | Δ [95% CI] | p | p (Holm) | MDE | Margin | Verdict |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in report["tasks"]:
        ci = "" if row["ci_low"] is None else " " + fmt.interval((row["ci_low"], row["ci_high"]), 2, signed=True)
        cells = [
            md(row["task"]),
            fmt.points(row["baseline"]),
            fmt.points(row["candidate"]),
            fmt.points(row["delta"], signed=True) + ci,
            fmt.p_value(row["p"]),
            fmt.p_value(row["p_holm"]),
            fmt.points(row["mde"]),
            fmt.points(row["margin"]),
            f"{icon[row['verdict']]} {row['verdict']}: {md(row['reason'])}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    settings = report["settings"]
    lines += [
        "",
        "Scores x100. FAIL when the one-sided paired test (H1: candidate worse) is significant after Holm over "
        f"{sum(r['p'] is not None for r in report['tasks'])} tasks (α = {settings['alpha']}) and the drop is at "
        "least the margin; WARN when only one of the two holds; a missing task or per-item record fails. Every "
        'verdict, "improved" included, uses this one Holm family. MDE: smallest drop the FAIL rule detects with '
        "80% power at this task's size, at Holm's first-step level α/m. "
        f"{settings['resamples']} bootstrap resamples, seed {settings['seed']}.",
    ]
    return "\n".join(lines) + "\n"


def to_json(report: dict[str, Any]) -> str:
    """Deterministic JSON of the report."""
    return dumps(report) + "\n"
