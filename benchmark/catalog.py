"""Describe bundled tasks for ``bench tasks`` without running anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmark.errors import TaskSpecError
from benchmark.registry import discover, get_suite
from benchmark.spec import TASK_TYPES, LoadedSpec, RetrievalFiles


@dataclass(frozen=True)
class TaskRow:
    """One line of the task listing."""

    name: str
    type: str
    domain: str
    sizes: str
    main_score: str
    license: str


def _count_lines(path: Path, header: bool = False) -> int:
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8") as handle:
        count = sum(1 for line in handle if line.strip())
    return count - 1 if header and count else count


def split_sizes(loaded: LoadedSpec) -> str:
    """``split=N`` per split; retrieval splits show queries and documents."""
    parts = []
    for split, entry in loaded.spec.splits.items():
        if isinstance(entry, RetrievalFiles):
            queries = _count_lines(loaded.root / entry.queries)
            docs = _count_lines(loaded.root / entry.corpus)
            parts.append(f"{split}={queries}q/{docs}d")
        else:
            parts.append(f"{split}={_count_lines(loaded.root / entry)}")
    return " ".join(parts)


def describe_tasks(*, suite: str | None = None, task_type: str | None = None) -> list[TaskRow]:
    """Rows for every bundled task, optionally filtered by suite and type."""
    if task_type is not None and task_type not in TASK_TYPES:
        raise TaskSpecError(f"--type '{task_type}': unknown task type (one of {', '.join(TASK_TYPES)})")
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
