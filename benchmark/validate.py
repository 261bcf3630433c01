"""``bench validate``: check task specs and data beyond what loading enforces."""

from __future__ import annotations

from pathlib import Path

from benchmark.data import TaskData, load_task_data
from benchmark.errors import BenchError
from benchmark.registry import discover, suites
from benchmark.spec import LoadedSpec, load_task_spec


def check_task(data: TaskData) -> list[str]:
    """Problems found in a loaded task (empty when it is clean); its type decides what to look for."""
    return data.spec.task_type.problems(data.spec, data.splits)


def validate_tasks(paths: list[Path] | None = None) -> tuple[list[str], int]:
    """Validate the given task files, or every bundled task and suite; return problems and the task count."""
    problems: list[str] = []
    specs: list[LoadedSpec] = []
    if paths:
        for path in paths:
            try:
                specs.append(load_task_spec(path))
            except BenchError as exc:
                problems.append(str(exc))
    else:
        registry = discover()
        specs = list(registry.values())
        for suite in suites().values():
            unknown = [name for name in suite.tasks if name not in registry]
            if unknown:
                problems.append(f"suite '{suite.name}': unknown task '{unknown[0]}'")
    for loaded in specs:
        try:
            data = load_task_data(loaded)
        except BenchError as exc:
            problems.append(str(exc))
            continue
        problems += [f"{loaded.path}: {p}" for p in check_task(data)]
    return problems, len(specs)
