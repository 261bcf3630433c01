"""Describe bundled tasks for ``bench tasks`` without running anything."""

from __future__ import annotations

from dataclasses import dataclass

from benchmark import task_types
from benchmark.errors import TaskSpecError
from benchmark.registry import discover, get_suite
from benchmark.spec import LoadedSpec


@dataclass(frozen=True)
class TaskRow:
    """One line of the task listing."""

    name: str
    type: str
    domain: str
    sizes: str
    main_score: str
    license: str


def split_sizes(loaded: LoadedSpec) -> str:
    """``split=N`` per split (retrieval splits show queries and documents), counted without loading."""
    kind = loaded.spec.task_type
    return " ".join(f"{split}={kind.split_size(loaded.root, entry)}" for split, entry in loaded.spec.splits.items())


def describe_tasks(*, suite: str | None = None, task_type: str | None = None) -> list[TaskRow]:
    """Rows for every bundled task, optionally filtered by suite and type."""
    if task_type is not None and task_type not in task_types.names():
        raise TaskSpecError(f"--type '{task_type}': unknown task type (one of {', '.join(task_types.names())})")
    registry = discover()
    names = list(registry)
    if suite is not None:
        names = [n for n in get_suite(suite).tasks if n in registry]
    rows = []
    for name in names:
        loaded = registry[name]
        spec = loaded.spec
        if task_type is not None and spec.type != task_type:
            continue
        rows.append(
            TaskRow(spec.name, spec.type, spec.domain, split_sizes(loaded), spec.resolved_main_score, spec.license)
        )
    return rows
