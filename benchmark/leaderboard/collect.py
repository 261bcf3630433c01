"""Find every model's results under a results directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from benchmark.errors import ResultsError
from benchmark.results import StoredResult, read_items, read_result
from benchmark.stats import ItemMetric, item_metric


@dataclass(frozen=True)
class TaskInfo:
    """What the aggregator needs to know about a task."""

    name: str
    type: str
    domain: str
    main_metric: str


@dataclass
class ModelResult:
    """One stored (model, task) result and, lazily, its per-item metric."""

    stored: StoredResult

    @cached_property
    def metric(self) -> ItemMetric:
        """The main score as a function of the items (raises ResultsError when records are missing)."""
        task = self.stored.bench.get("task", {})
        return item_metric(
            str(task.get("type")),
            str(task.get("main_score")),
            read_items(self.stored.path),
            where=str(self.stored.path),
        )


@dataclass
class ModelResults:
    """All task results of one (model, revision)."""

    name: str
    revision: str
    facts: dict[str, Any]
    results: dict[str, ModelResult] = field(default_factory=dict)


def collect(results_dir: Path) -> list[ModelResults]:
    """Every ``<org__model>/<revision>/<Task>.json`` below ``results_dir``; malformed files raise ResultsError."""
    if not results_dir.is_dir():
        raise ResultsError(f"{results_dir}: results directory not found")
    return _read(sorted(results_dir.glob("*/*/*.json")))


def collect_folder(folder: Path) -> ModelResults:
    """The results of one model from its ``<org__model>/<revision>`` folder (reads only that folder)."""
    models = _read(sorted(folder.glob("*.json"))) if folder.is_dir() else []
    if len(models) != 1:
        raise ResultsError(f"{folder}: no result files of a model here (expected <results>/<org__model>/<revision>)")
    return models[0]


def _read(paths: list[Path]) -> list[ModelResults]:
    models: dict[tuple[str, str], ModelResults] = {}
    for path in paths:
        if path.name == "model_meta.json":
            continue
        stored = read_result(path)
        model = stored.bench.get("model")
        if not isinstance(model, dict) or not isinstance(model.get("name"), str):
            raise ResultsError(f"{path}: bench.model.name is missing")
        key = (model["name"], str(model.get("revision")))
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


def task_infos(models: list[ModelResults]) -> dict[str, TaskInfo]:
    """Task facts as recorded in the result files."""
    infos: dict[str, TaskInfo] = {}
    for model in models:
        for name, result in model.results.items():
            task = result.stored.bench.get("task", {})
            infos.setdefault(
                name, TaskInfo(name, str(task.get("type")), str(task.get("domain")), str(task.get("main_score")))
            )
    return infos


def find_model(models: list[ModelResults], wanted: str) -> ModelResults:
    """A model by name, folder name (``org__name``) or ``name@revision``."""
    matches = [
        m
        for m in models
        if wanted
        in (m.name, m.name.replace("/", "__"), f"{m.name}@{m.revision}", f"{m.name.replace('/', '__')}@{m.revision}")
    ]
    if not matches:
        known = ", ".join(sorted({m.name for m in models}))
        raise ResultsError(f"no results for model '{wanted}' (have: {known})")
    if len(matches) > 1:
        revisions = ", ".join(m.revision for m in matches)
        raise ResultsError(f"model '{wanted}' has several revisions ({revisions}); name one as name@revision")
    return matches[0]
