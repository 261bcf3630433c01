"""The task registry: bundled specs (``tasks/``, installed as package data), suites, user tasks, ``mteb:`` tasks."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches
from importlib import resources
from pathlib import Path

from benchmark.data import TaskData, load_task_data
from benchmark.errors import TaskSpecError
from benchmark.spec import LoadedSpec, SuiteSpec, load_suite_spec, load_task_spec

MTEB_PREFIX = "mteb:"


def tasks_root() -> Path:
    """``$BENCH_TASKS_DIR``, else the checkout's ``tasks/``, else the installed ``benchmark/bundled_tasks``."""
    env = os.environ.get("BENCH_TASKS_DIR")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "tasks" / "suites").is_dir():
        return checkout / "tasks"
    bundled = resources.files("benchmark") / "bundled_tasks"
    if not isinstance(bundled, Path) or not bundled.is_dir():
        raise TaskSpecError(f"bundled tasks not found in the installed package ({bundled}); set BENCH_TASKS_DIR")
    return bundled


def discover(root: Path | None = None) -> dict[str, LoadedSpec]:
    """Every ``task.yaml`` below the root (suites and tools excluded), by name; duplicate names are an error."""
    root = root or tasks_root()
    found: dict[str, LoadedSpec] = {}
    for path in sorted(root.rglob("task.yaml")):
        if {"suites", "tools"} & set(path.relative_to(root).parts):
            continue
        loaded = load_task_spec(path)
        name = loaded.spec.name
        if name in found:
            raise TaskSpecError(f"{path}: task name '{name}' is already used by {found[name].path}")
        found[name] = loaded
    return found


def suites(root: Path | None = None) -> dict[str, SuiteSpec]:
    """Named suites from ``tasks/suites/*.yaml``."""
    root = root or tasks_root()
    out: dict[str, SuiteSpec] = {}
    for path in sorted((root / "suites").glob("*.yaml")):
        suite = load_suite_spec(path)
        if suite.name != path.stem:
            raise TaskSpecError(f"{path}: suite name '{suite.name}' must match the file name '{path.stem}'")
        out[suite.name] = suite
    return out


def get_suite(name: str, root: Path | None = None) -> SuiteSpec:
    """One suite by name; an unknown name raises TaskSpecError with suggestions."""
    known = suites(root)
    if name not in known:
        raise _unknown(name, known, "suite")
    return known[name]


@dataclass(frozen=True)
class TaskRef:
    """A task to run: a bundled/user spec, or an mteb task name."""

    name: str
    spec: LoadedSpec | None = None
    mteb_name: str | None = None

    @property
    def source(self) -> str:
        """Where the task comes from: its spec file, or ``mteb:<Name>``."""
        return str(self.spec.path) if self.spec is not None else f"{MTEB_PREFIX}{self.mteb_name}"

    def load(self) -> TaskData:
        """Load the task's data (mteb tasks through mteb's own loader)."""
        if self.spec is not None:
            return load_task_data(self.spec)
        from benchmark.mteb_adapter import load_mteb_task

        assert self.mteb_name is not None
        return load_mteb_task(self.mteb_name)


def _unknown(name: str, known: Iterable[str], what: str) -> TaskSpecError:
    close = get_close_matches(name, list(known), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return TaskSpecError(f"unknown {what} '{name}'{hint}")


def resolve(
    *,
    suite: str | None = None,
    names: Iterable[str] = (),
    task_files: Iterable[Path] = (),
    root: Path | None = None,
) -> list[TaskRef]:
    """Tasks from a suite, names (bundled or ``mteb:Name``) and task files, in that order, without repeats."""
    names, task_files = list(names), list(task_files)
    refs: list[TaskRef] = []
    needs_registry = suite is not None or any(not n.startswith(MTEB_PREFIX) for n in names)
    registry = discover(root) if needs_registry else {}
    wanted: list[str] = []
    if suite is not None:
        wanted += list(get_suite(suite, root).tasks)
    wanted += names
    for name in wanted:
        if name.startswith(MTEB_PREFIX):
            refs.append(TaskRef(name=name.removeprefix(MTEB_PREFIX), mteb_name=name.removeprefix(MTEB_PREFIX)))
        elif name in registry:
            refs.append(TaskRef(name=name, spec=registry[name]))
        else:
            raise _unknown(name, registry, "task")
    for path in task_files:
        loaded = load_task_spec(path)
        refs.append(TaskRef(name=loaded.spec.name, spec=loaded))
    unique: dict[str, TaskRef] = {}
    for ref in refs:
        earlier = unique.setdefault(ref.name, ref)
        if earlier.source != ref.source:
            raise TaskSpecError(
                f"task name '{ref.name}' comes from two sources ({earlier.source} and {ref.source}); rename one"
            )
    return list(unique.values())
