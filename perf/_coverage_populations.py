"""Populations and simulated worlds for ``perf/stats_coverage.py``, all built from real per-item records.

A *population* is one task's stored per-item records of several models, aligned by item id. Every simulated test
set draws items from it with replacement (and, for classification, the training experiments too), so the truth of
every interval is known: the metric's ``point()`` on the whole population. Worlds are built at the level of the
records (the dicts of ``*.items.jsonl``) and turned into metrics by ``benchmark.stats.item_metric``, the function
the leaderboard and the gate use, so the intervals and decisions checked are exactly the library's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.stats import rankdata

from benchmark.errors import ResultsError
from benchmark.leaderboard.collect import ModelResult, ModelResults, collect, find_model
from benchmark.results import StoredResult, VerifiedResult
from benchmark.stats import ItemMetric, item_metric, rng_for
from benchmark.stats.item_metrics import Floats

Record = dict[str, Any]
Records = list[Record]

MODELS = {
    "MiniLM": "sentence-transformers/all-MiniLM-L6-v2",
    "TF-IDF": "bench/tfidf",
    "BM25": "bench/bm25",
    "random": "bench/random",
}
REFERENCE = "MiniLM"  # the baseline of every comparison, the model degraded for power
WEAKER = "TF-IDF"  # the second model of every A/A world (present on every task)
TYPES = ("retrieval", "reranking", "sts", "classification", "clustering", "pair_classification")
# Tasks built from ../shared/data (perf/shared_tasks.py) and the bundled task each stands in for in a 12-task family.
SHARED_TASKS = {
    "TATQA": "FinanceQARetrieval",
    "SemEvalRerank": "GeneralAnswerReranking",
    "STSB": "GeneralSTS",
    "Banking77": "BankingRequestClassification",
    "FinancialPhrasebank": "ProductReviewClassification",
    "NewsClustering": "GeneralNewsClustering",
    "TwitterSemEval": "GeneralParaphrasePairClassification",
}
SHARED_MODELS = {"MiniLM": "sentence-transformers/all-MiniLM-L6-v2", "TF-IDF": "tfidf", "BM25": "bm25"}
_BM25_TYPES = ("retrieval", "reranking")
_SIMILARITIES = {"sts": ("cosine",), "pair_classification": ("cosine", "dot", "euclidean", "manhattan")}


@dataclass(frozen=True)
class Population:
    """One task's per-item records of each model that has it (``records[model]``, aligned to one id order)."""

    task: str
    type: str
    main: str
    source: str  # "bundled" (results/) or "shared" (../shared/data, run into the cache)
    records: dict[str, Records]
    _metrics: dict[str, ItemMetric] = field(default_factory=dict, compare=False, repr=False)

    @property
    def n(self) -> int:
        return len(self.records[REFERENCE])

    @property
    def experiments(self) -> int:
        """Training experiments per item (classification), else 0."""
        return len(self.records[REFERENCE][0]["pred"]) if self.type == "classification" else 0

    @property
    def models(self) -> list[str]:
        return list(self.records)

    def metric(self, records: Records) -> ItemMetric:
        """The task's main score over ``records`` (the library's own ``item_metric``)."""
        return item_metric(self.type, self.main, records, where=f"{self.task} (simulated)")

    def population_metric(self, model: str) -> ItemMetric:
        """The metric of ``model`` on every item of the population (cached)."""
        if model not in self._metrics:
            self._metrics[model] = self.metric(self.records[model])
        return self._metrics[model]

    def truth(self, model: str) -> float:
        """The population value: ``point()`` on all items (and all stored experiments)."""
        return self.population_metric(model).point()


def _first_split(items: Records) -> Records:
    split = items[0]["split"]
    return [r for r in items if r["split"] == split]


def load_populations(results_dir: Path, source: str, tasks: Sequence[str] | None = None) -> list[Population]:
    """Every task of ``results_dir`` that MiniLM and TF-IDF both have, with every model of ``MODELS`` that has it."""
    models = collect(results_dir)
    found = {}
    for short, name in MODELS.items():
        try:
            found[short] = find_model(models, name)
        except ResultsError:  # a model missing from this results folder is simply not used
            continue
    reference, weaker = found[REFERENCE], found[WEAKER]
    out = []
    for task in sorted(set(reference.results) & set(weaker.results)):
        if tasks is not None and task not in tasks:
            continue
        info = reference.results[task].stored.bench["task"]
        base = _first_split(_items(reference.results[task]))
        order = [str(r["id"]) for r in base]
        records: dict[str, Records] = {}
        for short, model in found.items():
            if task not in model.results:
                continue
            by_id = {str(r["id"]): r for r in _first_split(_items(model.results[task]))}
            if sorted(by_id) != sorted(order):
                continue
            records[short] = [by_id[i] for i in order]
        out.append(Population(task, str(info["type"]), str(info["main_score"]), source, records))
    return out


def _items(result: ModelResult) -> Records:
    items = result.verified.items
    if items is None:
        raise ValueError(f"{result.stored.path}: no per-item records")
    return items


def ensure_shared_results(cache: Path, tasks: Sequence[str], log: Callable[[str], None]) -> Path:
    """Run MiniLM and TF-IDF (BM25 on retrieval/reranking) on the ../shared/data tasks into ``cache``, once.

    ``bench run`` itself reuses a finished result whose key matches; we skip the process entirely when every
    expected score file is already there, so reruns cost nothing.
    """
    from perf.shared_tasks import build

    specs_dir, results_dir = cache / "tasks", cache / "results"
    specs = {name: specs_dir / name / "task.yaml" for name in tasks}
    if not all(p.is_file() for p in specs.values()):
        build(specs_dir)
    bench = str(Path(sys.executable).with_name("bench"))
    env = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    for short, model in SHARED_MODELS.items():
        wanted = [t for t in tasks if short != "BM25" or _shared_type(specs[t]) in _BM25_TYPES]
        folder = next(iter(results_dir.glob(f"{MODELS[short].replace('/', '__')}/*")), None)
        if not wanted or (folder is not None and all((folder / f"{t}.json").is_file() for t in wanted)):
            continue
        log(f"running {model} on {', '.join(wanted)} (once; results cached in {results_dir})")
        command = [bench, "run", "--model", model, "--results-dir", str(results_dir)]
        for task in wanted:
            command += ["--task-file", str(specs[task])]
        subprocess.run(command, check=True, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    return results_dir


def _shared_type(spec: Path) -> str:
    for line in spec.read_text(encoding="utf-8").splitlines():
        if line.startswith("type:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


# ----------------------------------------------------------------------------------------------------------------
# Simulated test sets


@dataclass(frozen=True)
class Draw:
    """One simulated test set: item positions (with replacement) and, for classification, experiment positions."""

    items: np.ndarray
    experiments: np.ndarray | None

    @classmethod
    def of(cls, population: Population, rng: np.random.Generator) -> Draw:
        k = population.experiments
        return cls(rng.integers(0, population.n, population.n), rng.integers(0, k, k) if k else None)


def with_experiments(records: Records, experiments: np.ndarray | None) -> Records:
    """Classification records whose training experiments are the drawn ones (a fresh set of training subsets)."""
    if experiments is None:
        return records
    picks = [int(k) for k in experiments]
    return [{**r, "pred": [r["pred"][k] for k in picks]} for r in records]


def sampled_metric(population: Population, records: Records, draw: Draw, full: ItemMetric | None = None) -> ItemMetric:
    """The metric of one simulated test set: the population metric (experiments redrawn for classification),
    ``take``n at the drawn items. ``full`` is the metric of ``records`` when already built."""
    if draw.experiments is None:
        whole = full if full is not None else population.metric(records)
    else:
        whole = population.metric(with_experiments(records, draw.experiments))
    return whole.take(draw.items.tolist())


# ----------------------------------------------------------------------------------------------------------------
# A/A worlds: two exchangeable models


def _standardised(records: Records, fields: Sequence[str]) -> Records:
    """Similarities replaced by their mid-ranks / n within the model (rank-invariant scores keep their value)."""
    n = len(records)
    ranks = {f: (rankdata([float(r[f]) for r in records]) - 0.5) / n for f in fields}
    return [{**r, **{f: float(ranks[f][i]) for f in fields}} for i, r in enumerate(records)]


def _relabelled(reference: Records, other: Records) -> Records:
    """``other``'s cluster ids renamed per k-means run to best match ``reference``'s (Hungarian, by draws), so a
    per-document mix of the two is a plausible clustering rather than noise."""
    runs = len(reference[0]["runs"])
    out = [{**r, "runs": [list(x) if x else x for x in r["runs"]]} for r in other]
    for k in range(runs):
        ref = np.array([(r["runs"][k] or [0, 0])[1] for r in reference])
        oth = np.array([(r["runs"][k] or [0, 0])[1] for r in other])
        weight = np.array([(r["runs"][k] or [0, 0])[0] for r in reference], dtype=float)
        size = int(max(ref.max(), oth.max())) + 1
        table = np.zeros((size, size))
        np.add.at(table, (oth, ref), weight)
        rows, cols = linear_sum_assignment(-table)
        rename = dict(zip(rows.tolist(), cols.tolist(), strict=True))
        for r in out:
            if r["runs"][k]:
                r["runs"][k][1] = rename[int(r["runs"][k][1])]
    return out


def exchangeable(population: Population, x: str, y: str) -> tuple[Records, Records]:
    """The two models' records made comparable before mixing: similarities rank-standardised (STS, pair
    classification), clusters relabelled to match (clustering); unchanged otherwise."""
    a, b = population.records[x], population.records[y]
    fields = _SIMILARITIES.get(population.type)
    if fields:
        return _standardised(a, fields), _standardised(b, fields)
    if population.type == "clustering":
        return a, _relabelled(a, b)
    return a, b


def mixed(x: Records, y: Records, draw: Draw, coins: np.ndarray) -> tuple[Records, Records]:
    """Baseline and candidate of an A/A world: per drawn item a fair coin gives X's record to one, Y's to the other."""
    base = [x[i] if c else y[i] for i, c in zip(draw.items.tolist(), coins.tolist(), strict=True)]
    cand = [y[i] if c else x[i] for i, c in zip(draw.items.tolist(), coins.tolist(), strict=True)]
    return with_experiments(base, draw.experiments), with_experiments(cand, draw.experiments)


# ----------------------------------------------------------------------------------------------------------------
# Planted regressions


@dataclass(frozen=True)
class Planted:
    """A degraded copy of the reference model's records whose population score is ``achieved`` lower."""

    records: Records
    target: float
    achieved: float
    strength: float
    how: str


def _bisect(drop: Callable[[float], float], target: float, high: float) -> float:
    """Strength in [0, high] at which a continuous ``drop`` (0 at 0, at least ``target`` at ``high``) is ``target``."""
    low = 0.0
    for _ in range(50):
        mid = (low + high) / 2
        low, high = (low, mid) if drop(mid) >= target else (mid, high)
    return high


def _bisect_count(drop: Callable[[int], float], target: float, high: int) -> int:
    """Smallest count in [1, high] whose ``drop`` reaches ``target`` (drop(0) = 0)."""
    low = 0
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if drop(mid) >= target else (mid, high)
    return high


def plant(population: Population, target: float, seed: int) -> Planted:
    """Degrade the reference model until its population score is ``target`` lower (seeded by the task)."""
    rng = rng_for(seed, "plant", population.task)  # the same order and noise for every target: nested drops
    records = population.records[REFERENCE]
    point = population.truth(REFERENCE)
    n = len(records)

    def achieved(new: Records) -> float:
        return point - population.metric(new).point()

    if population.type in ("retrieval", "reranking"):
        return _plant_queries(population, target, rng, achieved)
    if population.type == "classification":
        labels = sorted({r["gold"] for r in records}, key=str)
        cells = [
            (i, e)
            for i in rng.permutation(n).tolist()
            for e, p in enumerate(records[i]["pred"])
            if p == records[i]["gold"]
        ]
        new = [{**r, "pred": list(r["pred"])} for r in records]
        flipped = cells[: round(target * n * len(records[0]["pred"]))]
        for i, e in flipped:
            wrong = [label for label in labels if label != records[i]["gold"]]
            new[i]["pred"][e] = wrong[int(rng.integers(0, len(wrong)))]
        share = len({i for i, _ in flipped}) / n
        how = f"{share:.1%} of items made wrong (a random other label) in every experiment they got right"
        return Planted(new, target, achieved(new), share, how)
    if population.type in _SIMILARITIES:
        fields = _SIMILARITIES[population.type]
        noise = rng.normal(size=n)
        scale = {f: float(np.std([float(r[f]) for r in records])) for f in fields}

        def noisy(s: float) -> Records:
            return [
                {**r, **{f: float(r[f]) + s * scale[f] * z for f in fields}}
                for r, z in zip(records, noise.tolist(), strict=True)
            ]

        high = 0.125
        while achieved(noisy(high)) < target and high < 1e3:
            high *= 2
        sd = _bisect(lambda v: achieved(noisy(v)), target, high)
        new = noisy(sd)
        how = f"Gaussian noise of sd {sd:.3f} x each similarity's sd added to the candidate's similarities"
        return Planted(new, target, achieved(new), sd, how)
    if population.type == "clustering":
        runs = len(records[0]["runs"])
        clusters = int(max((x or [0, 0])[1] for r in records for x in r["runs"])) + 1
        cells_order = [(i, k) for i in rng.permutation(n).tolist() for k in range(runs)]
        random_ids = rng.integers(0, clusters, size=len(cells_order)).tolist()

        def reassigned(count: int) -> Records:
            out = [{**r, "runs": [list(x) if x else x for x in r["runs"]]} for r in records]
            for (i, k), cluster in zip(cells_order[:count], random_ids[:count], strict=True):
                if out[i]["runs"][k]:
                    out[i]["runs"][k][1] = cluster
            return out

        count = _bisect_count(lambda c: achieved(reassigned(c)), target, len(cells_order))
        new = reassigned(count)
        share = count / len(cells_order)
        how = f"{share:.1%} of (document, k-means run) cluster ids reassigned at random (documents in seeded order)"
        return Planted(new, target, achieved(new), share, how)
    raise ValueError(f"no planted regression for {population.type}")


def _plant_queries(
    population: Population, target: float, rng: np.random.Generator, achieved: Callable[[Records], float]
) -> Planted:
    """Queries in a seeded order fall to the weaker model's value where that is lower (the last one partly)."""
    main, records = population.main, population.records[REFERENCE]
    n = len(records)
    values = np.array([float(r[main]) for r in records])
    gaps = np.maximum(values - np.array([float(r[main]) for r in population.records[WEAKER]]), 0.0)
    position = np.empty(n)
    position[rng.permutation(n)] = np.arange(n)

    def regressed(t: float) -> Floats:
        out: Floats = values - np.clip(t - position, 0.0, 1.0) * gaps
        return out

    t = _bisect(lambda s: float(values.mean() - regressed(s).mean()), target, float(n))
    new = [{**r, main: float(v)} for r, v in zip(records, regressed(t).tolist(), strict=True)]
    how = f"{t / n:.1%} of queries fall to {WEAKER}'s value on that query where it is lower"
    return Planted(new, target, achieved(new), t / n, how)


# ----------------------------------------------------------------------------------------------------------------
# In-memory results for the gate


def model_results(name: str, metrics: dict[str, tuple[Population, ItemMetric]]) -> ModelResults:
    """A ``ModelResults`` holding the given metrics, as ``load_model_results`` would after verifying the files."""
    results = {}
    for task, (population, metric) in metrics.items():
        stored = StoredResult(
            path=Path(f"<simulated>/{name}/{task}.json"),
            task_name=task,
            dataset_revision="sha256:simulated",
            main_scores={"test": metric.point()},
            bench={"task": {"type": population.type, "main_score": population.main}, "model": {"name": name}},
        )
        result = ModelResult(stored)
        result.__dict__["verified"] = VerifiedResult(stored, items=[], metrics={"test": metric})  # cached_property
        results[task] = result
    return ModelResults(name=name, revision="simulated", facts={}, results=results)
