"""Find every model's results under a results directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from benchmark.errors import BenchError, ResultsError
from benchmark.io import json_object, read_text
from benchmark.results import StoredResult, VerifiedResult, read_result, verify_result
from benchmark.stats import ItemMetric
from benchmark.stats.item_metrics import split_mean


@dataclass(frozen=True)
class TaskInfo:
    """What the aggregator needs to know about a task."""

    name: str
    type: str
    domain: str
    main_metric: str


@dataclass
class ModelResult:
    """One stored (model, task) result, verified against its per-item records (once), and its item metric."""

    stored: StoredResult

    @cached_property
    def verified(self) -> VerifiedResult:
        """The result checked against its records (ResultsError on a mismatch), or flagged."""
        return verify_result(self.stored)

    @property
    def flag(self) -> str | None:
        """Why this result has no per-item statistics (shown in every output), or None when verified."""
        return self.verified.flag

    @cached_property
    def metric(self) -> ItemMetric:
        """The main score (the mean over evaluation splits) as a function of the items of every split (raises
        ResultsError when records are missing)."""
        if self.verified.flag is not None or not self.verified.metrics:
            raise ResultsError(f"{self.stored.path}: {self.verified.flag}")
        return split_mean(list(self.verified.metrics.values()))


@dataclass
class ModelResults:
    """All task results of one (model, revision)."""

    name: str
    revision: str
    facts: dict[str, Any]
    results: dict[str, ModelResult] = field(default_factory=dict)

    def verify(self) -> ModelResults:
        """Check every result against its per-item records now (ResultsError naming the first bad file)."""
        for result in self.results.values():
            _ = result.verified
        return self


def collect(results_dir: Path, *, verify: bool = True) -> list[ModelResults]:
    """Every ``<org__model>/<revision>/<Task>.json`` below ``results_dir``; malformed files raise ResultsError.

    With ``verify`` each result is checked against its per-item records (see ``results.verify_result``); without,
    callers verify the models they use.
    """
    if not results_dir.is_dir():
        raise ResultsError(f"{results_dir}: results directory not found")
    models = _read(sorted(results_dir.glob("*/*/*.json")))
    return [m.verify() for m in models] if verify else models


def collect_folder(folder: Path) -> ModelResults:
    """The results of one model from its ``<org__model>/<revision>`` folder (reads only that folder)."""
    models = _read(sorted(folder.glob("*.json"))) if folder.is_dir() else []
    if len(models) != 1:
        raise ResultsError(f"{folder}: no result files of a model here (expected <results>/<org__model>/<revision>)")
    return models[0].verify()


def _read(paths: list[Path]) -> list[ModelResults]:
    models: dict[tuple[str, str], ModelResults] = {}
    for path in paths:
        if path.name == "model_meta.json":
            continue
        stored = read_result(path, allow_foreign=True)
        model = stored.bench["model"] if not stored.foreign else _foreign_model(path)
        key = (str(model["name"]), str(model.get("revision")))
        entry = models.setdefault(
            key,
            ModelResults(
                name=key[0],
                revision=key[1],
                facts={k: model.get(k) for k in ("n_parameters", "dimension", "max_tokens", "similarity")},
            ),
        )
        if stored.task_name in entry.results:
            raise ResultsError(f"{path}: a second result for {stored.task_name} of {key[0]}")
        entry.results[stored.task_name] = ModelResult(stored)
    return list(models.values())


def _foreign_model(path: Path) -> dict[str, Any]:
    """Model facts of a result written by another tool: its folder's model_meta.json, else the folder names."""
    meta_path = path.parent / "model_meta.json"
    meta = json_object(read_text(meta_path, ResultsError), str(meta_path), ResultsError) if meta_path.is_file() else {}
    name = meta.get("name") if isinstance(meta.get("name"), str) else path.parent.parent.name.replace("__", "/")
    revision = meta.get("revision") if isinstance(meta.get("revision"), str) else path.parent.name
    return {
        "name": name,
        "revision": revision,
        "n_parameters": meta.get("n_parameters"),
        "dimension": meta.get("embed_dim"),
        "max_tokens": meta.get("max_tokens"),
        "similarity": meta.get("similarity_fn_name"),
    }


def task_infos(models: list[ModelResults]) -> dict[str, TaskInfo]:
    """Task facts as recorded in the result files (for results of other tools: from the task registry)."""
    infos: dict[str, TaskInfo] = {}
    foreign: set[str] = set()
    for model in models:
        for name, result in model.results.items():
            task = result.stored.bench.get("task")
            if not isinstance(task, dict):
                foreign.add(name)
                continue
            infos.setdefault(
                name, TaskInfo(name, str(task.get("type")), str(task.get("domain")), str(task.get("main_score")))
            )
    for name in sorted(foreign - set(infos)):
        infos[name] = _registry_info(name)
    return infos


def _registry_info(name: str) -> TaskInfo:
    from benchmark.registry import discover

    try:
        spec = discover()[name].spec
    except (KeyError, BenchError):
        return TaskInfo(name, "unknown", "unknown", "main_score")
    return TaskInfo(name, spec.type, spec.domain, spec.resolved_main_score)


def find_model(models: list[ModelResults], wanted: str) -> ModelResults:
    """A model by any name ``bench run`` accepts (``tfidf``, ``bench/tfidf``, a hub id, a local path, ``@dimN``),
    its folder name (``org__name``), or either with ``@revision``."""
    from benchmark.models.loader import model_name

    def forms(m: ModelResults) -> set[str]:
        names = {m.name, m.name.replace("/", "__")}
        return names | {f"{n}@{m.revision}" for n in names}

    candidates = {wanted, model_name(wanted)}
    base, at, revision = wanted.rpartition("@")
    if at and base:
        candidates.add(f"{model_name(base)}@{revision}")
    matches = [m for m in models if forms(m) & candidates]
    if not matches:
        known = ", ".join(sorted({m.name for m in models}))
        raise ResultsError(f"no results for model '{wanted}' (have: {known})")
    if len(matches) > 1:
        revisions = ", ".join(m.revision for m in matches)
        raise ResultsError(f"model '{wanted}' has several revisions ({revisions}); name one as name@revision")
    return matches[0]
