"""Do the board's and the gate's statistics hold at every setting? Coverage, A/A false failures and power on real
per-item records (a benchmark that prints figures, not a test: it always exits 0).

Populations: the committed results/ (MiniLM, TF-IDF, BM25 on retrieval/reranking; 12 bundled tasks) and runs of
MiniLM, TF-IDF and BM25 on tasks built from ../shared/data (``perf/shared_tasks.py``; run once into
``.bench-cache/coverage/``). A population is one task's per-item records; its value is the metric's ``point()`` on
every item. A simulated test set draws as many items with replacement (duplicates are separate items) and, for
classification, the 10 training experiments with replacement too (a new evaluation draws new training subsets;
both models share them, as they share the undersampling seeds).

1. Coverage: on every simulated test set, the 95 % CI of a task score (``benchmark.stats.confidence_interval``,
   what the leaderboard reports) and of a paired difference (``paired_test(...).ci_low/ci_high``, what the gate
   reports; MiniLM is the baseline); coverage = share of intervals that contain the population value.
2. A/A false failures: per simulated test set and drawn item a fair coin gives MiniLM's record to the baseline and
   TF-IDF's to the candidate or the other way round (similarities rank-standardised within each model first, cluster
   ids matched across models per k-means run), so the two are exchangeable; the real gate
   (``benchmark.gate.decide``) runs over every task the two share and a simulation with any FAIL is a false
   failure. Margin 0 (any significant drop fails) and the default 0.01.
3. Power: MiniLM against a copy degraded until its POPULATION score is 1, 2 or 3 points lower (queries fall to
   TF-IDF's value where lower; items made wrong in every experiment; Gaussian noise on similarities; cluster ids
   reassigned; strengths by bisection on the full records, fixed seeds); the gate with the default margin on that
   task alone (m = 1) and with the 11 other bundled tasks unchanged (m = 12).

Statistics are seeded exactly as the board and the gate seed them (``rng_for(seed, "resamples", task)`` for score
CIs, ``GateConfig(seed=...)`` for the gate); the simulated worlds get their own SeedSequence streams per section,
task and simulation, so reruns print the same figures.

Budget (S x B x tasks): S simulations per bundled task, S/5 per ../shared/data task (3-10x larger; only MiniLM's
score CI there); power on one bundled task per type (the finance half). Two shortcuts keep the 12-task gate
affordable, each checked against the full call on the first ``CHECKED_SIMS`` simulations of every scenario
(disagreements are printed): a FAIL at margin 0.01 implies one at margin 0 (same tests, stricter rule), so the
A/A gate at 0.01 runs only after a FAIL at 0; in the power section the 11 unchanged tasks have the same records in
every simulation, so their p-values from the checked 12-task calls hold throughout, and the other simulations
apply the gate's rule (FAIL at m = 1 and Holm-adjusted p < alpha, via ``benchmark.stats.holm``) to the m = 1
gate's result.

Usage: ``python perf/stats_coverage.py [--sims 200] [--resamples 1000,10000] [--quick] [--seed N]
[--types sts,clustering] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Simulations run on a thread per core; BLAS threads on top of them only contend (set before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmark.gate import GateConfig, TaskVerdict, decide  # noqa: E402
from benchmark.stats import ItemMetric, confidence_interval, holm, paired_test, rng_for  # noqa: E402
from benchmark.stats.parallel import map_in_threads  # noqa: E402
from perf._coverage_populations import (  # noqa: E402
    REFERENCE,
    SHARED_TASKS,
    TYPES,
    WEAKER,
    Draw,
    Planted,
    Population,
    ensure_shared_results,
    exchangeable,
    load_populations,
    mixed,
    model_results,
    plant,
    sampled_metric,
)

LEVEL, ALPHA = 0.95, 0.05
COVERAGE_TARGET = (0.93, 0.97)
DROPS = (0.01, 0.02, 0.03)
MARGIN = 0.01  # the gate's default
SUITE_FAMILY = 12
CHECKED_SIMS = 2  # simulations per scenario where the shortcuts are checked against the full gate call
DEFAULT_SHARED = ("Banking77", "FinancialPhrasebank", "STSB", "NewsClustering", "TwitterSemEval", "SemEvalRerank")
# One bundled task per type for the power section (the finance half of the suite).
DEFAULT_POWER = (
    "FinanceQARetrieval",
    "FinanceAnswerReranking",
    "FinanceSTS",
    "BankingRequestClassification",
    "FinanceNewsClustering",
    "FinanceParaphrasePairClassification",
)
CACHE = ROOT / ".bench-cache" / "coverage"
MARKS = (
    "Marks: ok = meets the target; low?/high? = misses it by less than 2 MC standard errors (noise); "
    "LOW/HIGH = misses it by more."
)


STATS_SOURCES = ("benchmark/stats/*.py", "benchmark/gate.py", "benchmark/leaderboard/aggregate.py")


def _code_fingerprint() -> str:
    """sha256 over the statistics sources, so figures can be matched to the code that produced them."""
    digest = hashlib.sha256()
    for pattern in STATS_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _mc(p: float, sims: int) -> float:
    return math.sqrt(max(p * (1 - p), 0.0) / sims) if sims else float("nan")


# ----------------------------------------------------------------------------------------------------------------
# 1. Coverage


@dataclass
class Coverage:
    """One interval of one task: how often its 95 % CI covered the population value, per B."""

    task: str
    type: str
    source: str
    n: int
    interval: str
    truth: float
    sims: int
    covered: dict[int, int] = field(default_factory=dict)
    width: dict[int, float] = field(default_factory=dict)  # mean width
    low_misses: dict[int, int] = field(default_factory=dict)  # truth below the interval

    def rate(self, b: int) -> float:
        return self.covered[b] / self.sims


def coverage(
    population: Population, sims: int, resamples: Sequence[int], seed: int, with_random: bool = False
) -> list[Coverage]:
    """Score CIs and CIs of each other model minus MiniLM, on ``sims`` simulated test sets. Bundled tasks: the score
    CI of every model; ../shared/data tasks (3-10x larger): MiniLM's only, to keep within the time budget."""
    models = (REFERENCE, WEAKER, "BM25", "random") if with_random else (REFERENCE, WEAKER, "BM25")
    used = [m for m in models if m in population.records]
    scored = used if population.source == "bundled" else [REFERENCE]
    diffs = [m for m in used if m != REFERENCE]
    rows = [
        Coverage(
            population.task, population.type, population.source, population.n, f"score {m}", population.truth(m), sims
        )
        for m in scored
    ] + [
        Coverage(
            population.task,
            population.type,
            population.source,
            population.n,
            f"diff {m} - {REFERENCE}",
            population.truth(m) - population.truth(REFERENCE),
            sims,
        )
        for m in diffs
    ]

    def one(sim: int) -> list[tuple[int, float, float]]:
        draw = Draw.of(population, rng_for(seed, "coverage", population.task, str(sim)))
        metrics = {
            m: sampled_metric(population, population.records[m], draw, population.population_metric(m)) for m in used
        }
        out = []
        for b in resamples:
            for m in scored:
                # seeded as the leaderboard seeds a task's score resamples (_task_entries)
                low, high = confidence_interval(
                    metrics[m], rng_for(seed, "resamples", population.task), b=b, level=LEVEL
                )
                out.append((b, low, high))
            for m in diffs:
                t = paired_test(
                    metrics[REFERENCE],
                    metrics[m],
                    rng_for(seed, "coverage-diff", population.task, m, str(sim), str(b)),
                    b=b,
                )
                out.append((b, t.ci_low, t.ci_high))
        return out

    results = map_in_threads(one, list(range(sims)))
    per_b = len(rows)
    for k, b in enumerate(resamples):
        for j, row in enumerate(rows):
            cells = [sim[k * per_b + j] for sim in results]
            row.covered[b] = sum(low <= row.truth <= high for _, low, high in cells)
            row.low_misses[b] = sum(row.truth < low for _, low, _ in cells)
            row.width[b] = float(np.mean([high - low for _, low, high in cells]))
    return rows


# ----------------------------------------------------------------------------------------------------------------
# 2. A/A false failures


@dataclass
class AAFamily:
    """The gate's family-wise false-failure rate over one family of exchangeable (A/A) tasks."""

    family: str
    models: str
    tasks: list[str]
    sims: int
    fails: dict[str, dict[int, int]] = field(default_factory=dict)  # margin label -> B -> simulations with a FAIL
    task_fails: dict[int, dict[str, int]] = field(default_factory=dict)  # B -> task -> FAILs at margin 0
    task_significant: dict[int, dict[str, int]] = field(default_factory=dict)  # B -> task -> raw p_worse < alpha
    shortcut_disagreements: int = 0


def _any_fail(verdicts: list[TaskVerdict]) -> bool:
    return any(v.verdict == "FAIL" for v in verdicts)


def aa_family(
    name: str, populations: list[Population], x: str, y: str, sims: int, resamples: Sequence[int], seed: int
) -> AAFamily:
    """A/A worlds of models ``x`` and ``y`` over every task in ``populations``, the real gate over all at once."""
    tasks = [p.task for p in populations]
    prepared = {p.task: exchangeable(p, x, y) for p in populations}
    result = AAFamily(name, f"{x} / {y}", tasks, sims)
    result.fails = {"0": dict.fromkeys(resamples, 0), f"{MARGIN:g}": dict.fromkeys(resamples, 0)}
    result.task_fails = {b: dict.fromkeys(tasks, 0) for b in resamples}
    result.task_significant = {b: dict.fromkeys(tasks, 0) for b in resamples}

    def one(sim: int) -> list[tuple[int, bool, bool, bool, list[TaskVerdict]]]:
        base: dict[str, tuple[Population, ItemMetric]] = {}
        cand: dict[str, tuple[Population, ItemMetric]] = {}
        for p in populations:
            rng = rng_for(seed, "aa", name, p.task, str(sim))
            draw = Draw.of(p, rng)
            coins = rng.random(p.n) < 0.5
            base_records, cand_records = mixed(*prepared[p.task], draw, coins)
            base[p.task], cand[p.task] = (p, p.metric(base_records)), (p, p.metric(cand_records))
        baseline, candidate = model_results("baseline", base), model_results("candidate", cand)
        out = []
        for b in resamples:
            zero = decide(baseline, candidate, tasks, GateConfig(alpha=ALPHA, margin=0.0, resamples=b, seed=seed))
            fail0 = _any_fail(zero)
            checked = sim < CHECKED_SIMS
            fail1 = False
            disagree = False
            if fail0 or checked:
                config = GateConfig(alpha=ALPHA, margin=MARGIN, resamples=b, seed=seed)
                fail1 = _any_fail(decide(baseline, candidate, tasks, config))
                disagree = fail1 and not fail0
            out.append((b, fail0, fail1, disagree, zero))
        return out

    for sim_result in map_in_threads(one, list(range(sims))):
        for b, fail0, fail1, disagree, verdicts in sim_result:
            result.fails["0"][b] += fail0
            result.fails[f"{MARGIN:g}"][b] += fail1
            result.shortcut_disagreements += disagree
            for v in verdicts:
                result.task_fails[b][v.task] += v.verdict == "FAIL"
                result.task_significant[b][v.task] += v.p is not None and v.p < ALPHA
    return result


# ----------------------------------------------------------------------------------------------------------------
# 3. Power


Outcome = tuple[int, int, TaskVerdict, list[TaskVerdict] | None]  # drop index, B, m = 1 verdict, m = 12 verdicts


@dataclass
class Power:
    """Share of simulations in which the gate FAILs a task with a planted population drop."""

    task: str
    type: str
    source: str
    n: int
    target: float
    achieved: float
    how: str
    sims: int
    fails: dict[str, dict[int, int]] = field(default_factory=dict)  # "m=1" / "m=12" -> B -> FAILs
    shortcut_disagreements: int = 0


def power(
    population: Population,
    suite: list[Population],
    sims: int,
    resamples: Sequence[int],
    seed: int,
    drops: Sequence[float] = DROPS,
) -> list[Power]:
    """The gate against planted drops on ``population``: alone, and among the other bundled tasks unchanged.

    m = 1 is the real gate on every simulation. m = 12 is the real 12-task gate on the first ``CHECKED_SIMS``
    simulations of every drop and B; the unchanged tasks' records are the same in every simulation (baseline =
    candidate = MiniLM's full records), so their p-values from those calls hold for every simulation, and the
    others get the gate's rule from the m = 1 verdict and ``benchmark.stats.holm`` over [p, unchanged p-values].
    Every checked simulation compares the two and counts disagreements.
    """
    planted: dict[float, Planted] = {d: plant(population, d, seed) for d in drops}
    planted_metric = {d: population.metric(p.records) for d, p in planted.items()}
    replaced = SHARED_TASKS.get(population.task, population.task)
    others = {p.task: (p, p.population_metric(REFERENCE)) for p in suite if p.task not in (population.task, replaced)}
    family = [population.task, *list(others)[: SUITE_FAMILY - 1]]
    others = {t: others[t] for t in family[1:]}
    wide = f"m={len(family)}"
    rows = [
        Power(
            population.task,
            population.type,
            population.source,
            population.n,
            d,
            planted[d].achieved,
            planted[d].how,
            sims,
            {"m=1": dict.fromkeys(resamples, 0), wide: dict.fromkeys(resamples, 0)},
        )
        for d in drops
    ]
    records = population.records[REFERENCE]
    configs = {b: GateConfig(alpha=ALPHA, margin=MARGIN, resamples=b, seed=seed) for b in resamples}

    def one(sim: int) -> list[Outcome]:
        draw = Draw.of(population, rng_for(seed, "power", population.task, str(sim)))
        base_metric = sampled_metric(population, records, draw, population.population_metric(REFERENCE))
        out: list[Outcome] = []
        for k, d in enumerate(drops):
            cand_metric = sampled_metric(population, planted[d].records, draw, planted_metric[d])
            alone = (
                model_results("baseline", {population.task: (population, base_metric)}),
                model_results("candidate", {population.task: (population, cand_metric)}),
            )
            everything = (
                model_results("baseline", {population.task: (population, base_metric), **others}),
                model_results("candidate", {population.task: (population, cand_metric), **others}),
            )
            for b in resamples:
                single = decide(*alone, [population.task], configs[b])[0]
                full = decide(*everything, family, configs[b]) if sim < CHECKED_SIMS else None
                out.append((k, b, single, full))
        return out

    outcomes = [o for sim_result in map_in_threads(one, list(range(sims))) for o in sim_result]
    unchanged: dict[tuple[int, int], list[float]] = {}
    for k, b, _, full in outcomes:
        if full is not None:
            ps = [1.0 if v.p is None else v.p for v in full[1:]]
            previous = unchanged.setdefault((k, b), ps)
            rows[k].shortcut_disagreements += previous != ps
    for k, b, single, full in outcomes:
        fail1 = single.verdict == "FAIL"
        p = 1.0 if single.p is None else single.p
        derived = fail1 and holm([p, *unchanged[(k, b)]])[0] < ALPHA
        if full is not None:
            real = full[0].verdict == "FAIL"
            rows[k].shortcut_disagreements += real != derived
            derived = real
        rows[k].fails["m=1"][b] += fail1
        rows[k].fails[wide][b] += derived
    return rows


# ----------------------------------------------------------------------------------------------------------------
# Output


def _fmt(p: float, sims: int) -> str:
    return f"{p:.3f} ± {_mc(p, sims):.3f}"


def _verdict_coverage(rates: list[float], sims: int) -> str:
    """ "ok" inside the target band; "low?"/"high?" outside it by less than 2 MC standard errors (at 95 %);
    "LOW"/"HIGH" beyond that. The worst over the B columns."""
    low, high = COVERAGE_TARGET
    slack = 2 * _mc(LEVEL, sims)
    marks = []
    for r in rates:
        if r < low:
            marks.append((2, "LOW") if r < low - slack else (1, "low?"))
        elif r > high:
            marks.append((2, "HIGH") if r > high + slack else (1, "high?"))
        else:
            marks.append((0, "ok"))
    return max(marks)[1]


def _verdict_rate(rates: list[float], sims: int) -> str:
    """ "ok" at most alpha; "high?" above it by less than 2 MC standard errors (at alpha); "HIGH" beyond."""
    worst = max(rates)
    if worst <= ALPHA:
        return "ok"
    return "high?" if worst <= ALPHA + 2 * _mc(ALPHA, sims) else "HIGH"


def coverage_tables(rows: list[Coverage], resamples: Sequence[int]) -> list[str]:
    head = " | ".join(f"coverage@B={b}" for b in resamples)
    lines = [
        f"| task | type | n | interval | population value | {head} | mean width@B={resamples[-1]} | "
        f"misses (truth below / all) | target {COVERAGE_TARGET[0]}-{COVERAGE_TARGET[1]} |",
        "|---|---|---|---|---|" + "---|" * len(resamples) + "---|---|---|",
    ]
    for r in rows:
        cells = " | ".join(_fmt(r.rate(b), r.sims) for b in resamples)
        rates = [r.rate(b) for b in resamples]
        misses = sum(r.sims - r.covered[b] for b in resamples)
        below = sum(r.low_misses[b] for b in resamples)
        lines.append(
            f"| {r.task} | {r.type} | {r.n} | {r.interval} | {r.truth:.4f} | {cells} | {r.width[resamples[-1]]:.4f} | "
            f"{below}/{misses} | {_verdict_coverage(rates, r.sims)} |"
        )
    lines += ["", f"| type | interval | tasks | {head} | target |", "|---|---|---|" + "---|" * len(resamples) + "---|"]
    for kind in TYPES:
        for label in ("score", "diff"):
            group = [r for r in rows if r.type == kind and r.interval.startswith(label)]
            if not group:
                continue
            sims = sum(r.sims for r in group)
            rates = [sum(r.covered[b] for r in group) / sims for b in resamples]
            cells = " | ".join(_fmt(rate, sims) for rate in rates)
            lines.append(f"| {kind} | {label} (pooled) | {len(group)} | {cells} | {_verdict_coverage(rates, sims)} |")
    return lines


def aa_tables(families: list[AAFamily], resamples: Sequence[int]) -> list[str]:
    cols = [(m, b) for m in ("0", f"{MARGIN:g}") for b in resamples]
    head = " | ".join(f"margin {m} @B={b}" for m, b in cols)
    lines = [
        f"| family | models | m | sims | {head} | target ≤ {ALPHA} |",
        "|---|---|---|---|" + "---|" * len(cols) + "---|",
    ]
    for f in families:
        rates = [f.fails[m][b] / f.sims for m, b in cols]
        cells = " | ".join(_fmt(r, f.sims) for r in rates)
        ok = _verdict_rate(rates, f.sims)
        lines.append(f"| {f.family} | {f.models} | {len(f.tasks)} | {f.sims} | {cells} | {ok} |")
    lines += [
        "",
        "Per task, margin 0: FAIL rate (after Holm) and raw one-sided size P(p < 0.05) (nominal 0.05):",
        "",
        "| family | task | " + " | ".join(f"FAIL@B={b} | size@B={b}" for b in resamples) + " |",
        "|---|---|" + "---|---|" * len(resamples),
    ]
    for f in families:
        for task in f.tasks:
            cells = " | ".join(
                f"{f.task_fails[b][task] / f.sims:.3f} | {f.task_significant[b][task] / f.sims:.3f}" for b in resamples
            )
            lines.append(f"| {f.family} | {task} | {cells} |")
    return lines


def power_tables(rows: list[Power], resamples: Sequence[int]) -> list[str]:
    families = list(rows[0].fails) if rows else []
    cols = [(m, b) for m in families for b in resamples]
    head = " | ".join(f"FAIL {m} @B={b}" for m, b in cols)
    lines = [
        f"| task | type | n | drop (population) | {head} | degradation |",
        "|---|---|---|---|" + "---|" * len(cols) + "---|",
    ]
    for r in rows:
        cells = " | ".join(_fmt(r.fails[m][b] / r.sims, r.sims) for m, b in cols)
        lines.append(f"| {r.task} | {r.type} | {r.n} | {r.target:.2f} ({r.achieved:.4f}) | {cells} | {r.how} |")
    return lines


# ----------------------------------------------------------------------------------------------------------------


def _footer(full_call: str, disagreements: int, seconds: float) -> None:
    """A section's shortcut check (against the full gate call) and its time."""
    print(
        f"\nShortcut check ({full_call} run on the first {CHECKED_SIMS} simulations regardless): "
        f"{disagreements} disagreement(s)."
    )
    print(f"\nSection time: {seconds:.0f} s\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sims", type=int, default=200, help="simulated test sets per task and section (200)")
    parser.add_argument("--shared-sims", type=int, default=None, help="for ../shared/data tasks (default sims/5)")
    parser.add_argument("--resamples", default="1000,10000", help="bootstrap resamples B, comma-separated")
    parser.add_argument("--quick", action="store_true", help="smoke run: 50 simulations")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--types", default=",".join(TYPES), help="task types, comma-separated (default: all)")
    parser.add_argument("--shared-tasks", default=",".join(DEFAULT_SHARED), help="../shared/data tasks ('' = none)")
    parser.add_argument("--power-tasks", default=",".join(DEFAULT_POWER), help="tasks that get planted drops")
    parser.add_argument("--sections", default="coverage,aa,power", help="which sections to run")
    parser.add_argument("--with-random", action="store_true", help="coverage of the random model too (slower)")
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this file")
    args = parser.parse_args(argv)
    sims = 50 if args.quick else args.sims
    shared_sims = args.shared_sims if args.shared_sims is not None else max(10, sims // 5)
    resamples = [int(b) for b in args.resamples.split(",") if b.strip()]
    types = {t.strip() for t in args.types.split(",") if t.strip()}
    unknown = types - set(TYPES)
    if unknown:
        parser.error(f"unknown task type(s): {', '.join(sorted(unknown))}")
    sections = {s.strip() for s in args.sections.split(",") if s.strip()}
    shared_names = [t.strip() for t in args.shared_tasks.split(",") if t.strip()]
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)

    bundled = load_populations(ROOT / "results", "bundled")
    shared: list[Population] = []
    if shared_names:
        results_dir = ensure_shared_results(CACHE, shared_names, log)
        shared = load_populations(results_dir, "shared", shared_names)
    chosen = [p for p in bundled + shared if p.type in types]
    sims_of = {p.task: shared_sims if p.source == "shared" else sims for p in chosen}
    timings: dict[str, float] = {}
    fingerprint = _code_fingerprint()
    out: dict[str, Any] = {
        "code_sha256": fingerprint,
        "settings": {
            "sims": sims,
            "shared_sims": shared_sims,
            "resamples": resamples,
            "seed": args.seed,
            "types": sorted(types),
            "level": LEVEL,
            "alpha": ALPHA,
            "margin": MARGIN,
            "coverage_target": COVERAGE_TARGET,
        },
    }
    print(
        f"# Statistics coverage ({sims} simulations per bundled task, {shared_sims} per ../shared/data task; B = "
        f"{', '.join(map(str, resamples))}; seed {args.seed})\n"
    )
    print(f"Statistics code: sha256 {fingerprint[:16]} of {', '.join(STATS_SOURCES)}\n")
    print("Populations: " + ", ".join(f"{p.task} ({p.type}, n={p.n}, {'/'.join(p.models)})" for p in chosen) + "\n")

    if "coverage" in sections:
        t0 = time.perf_counter()
        rows: list[Coverage] = []
        for p in chosen:
            log(f"coverage: {p.task} ({sims_of[p.task]} sims)")
            rows += coverage(p, sims_of[p.task], resamples, args.seed, args.with_random)
        timings["coverage"] = time.perf_counter() - t0
        print(f"## 1. Coverage of the 95 % CIs (target {COVERAGE_TARGET[0]}-{COVERAGE_TARGET[1]}; ± = MC error)\n")
        print(f"{MARKS}\n")
        print("\n".join(coverage_tables(rows, resamples)))
        print(f"\nSection time: {timings['coverage']:.0f} s\n")
        out["coverage"] = [asdict(r) for r in rows]

    if "aa" in sections:
        t0 = time.perf_counter()
        families: list[AAFamily] = []
        groups = [
            ("bundled suite", [p for p in bundled if p.type in types], WEAKER, sims),
            (
                "bundled retrieval+reranking",
                [p for p in bundled if p.type in types and "BM25" in p.records],
                "BM25",
                sims,
            ),
            ("shared data", [p for p in shared if p.type in types], WEAKER, shared_sims),
        ]
        for name, members, other, n_sims in groups:
            if members:
                log(f"A/A: {name} ({len(members)} tasks, {n_sims} sims)")
                families.append(aa_family(name, members, REFERENCE, other, n_sims, resamples, args.seed))
        timings["aa"] = time.perf_counter() - t0
        print(f"## 2. Gate A/A family-wise false-failure rate (target ≤ {ALPHA})\n")
        print(f"{MARKS}\n")
        print("\n".join(aa_tables(families, resamples)))
        _footer("margin-0.01 gate", sum(f.shortcut_disagreements for f in families), timings["aa"])
        out["aa"] = [asdict(f) for f in families]

    if "power" in sections:
        t0 = time.perf_counter()
        wanted = [t.strip() for t in args.power_tasks.split(",") if t.strip()]
        by_name = {p.task: p for p in bundled + shared}
        targets = [by_name[t] for t in wanted if t in by_name and by_name[t].type in types]
        power_rows: list[Power] = []
        for p in targets:
            log(f"power: {p.task} ({sims_of.get(p.task, sims)} sims)")
            power_rows += power(p, bundled, sims_of.get(p.task, sims), resamples, args.seed)
        timings["power"] = time.perf_counter() - t0
        print(f"## 3. Gate power against planted drops (default margin {MARGIN}; ± = MC error)\n")
        print("\n".join(power_tables(power_rows, resamples)))
        _footer("12-task gate", sum(r.shortcut_disagreements for r in power_rows), timings["power"])
        out["power"] = [asdict(r) for r in power_rows]

    total = time.perf_counter() - started
    print("Runtime: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) + f"; total {total:.0f} s")
    out["timings_s"] = {**timings, "total": total}
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
