"""Do freshly computed results reproduce reference results? Main scores per task, to a tolerance."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from benchmark.errors import ResultsError
from benchmark.results import StoredResult, items_path, read_result

Status = Literal["ok", "differs", "data changed", "missing in fresh", "missing in reference"]
# Scores are stored rounded; a difference of exactly the tolerance must not fail on float representation.
_EPS = 1e-12


@dataclass(frozen=True)
class TaskCheck:
    """One task of one model: its main scores on both sides and the verdict."""

    task: str
    status: Status
    reference: dict[str, float]
    fresh: dict[str, float]
    max_abs_delta: float | None
    identical: bool

    @property
    def ok(self) -> bool:
        """Reproduced within the tolerance."""
        return self.status == "ok"


@dataclass(frozen=True)
class ModelCheck:
    """Every task of one model (``<org__model>`` folder); revisions as found on each side."""

    model: str
    name: str
    reference_revision: str | None
    fresh_revision: str | None
    tasks: tuple[TaskCheck, ...]

    @property
    def ok(self) -> bool:
        """Every task reproduced."""
        return all(t.ok for t in self.tasks)

    @property
    def max_abs_delta(self) -> float | None:
        """The largest |fresh - reference| over the tasks present on both sides."""
        deltas = [t.max_abs_delta for t in self.tasks if t.max_abs_delta is not None]
        return max(deltas) if deltas else None

    @property
    def identical(self) -> int:
        """How many tasks have byte-identical score and per-item files."""
        return sum(t.identical for t in self.tasks)


@dataclass(frozen=True)
class ReproduceReport:
    """The comparison of a fresh results folder with a reference one."""

    reference_dir: Path
    fresh_dir: Path
    tolerance: float
    models: tuple[ModelCheck, ...]

    @property
    def checked(self) -> int:
        """Number of (model, task) pairs compared."""
        return sum(len(m.tasks) for m in self.models)

    @property
    def failures(self) -> list[tuple[str, TaskCheck]]:
        """(model name, task check) for every task that did not reproduce."""
        return [(m.name, t) for m in self.models for t in m.tasks if not t.ok]

    @property
    def ok(self) -> bool:
        """Something was compared and everything reproduced."""
        return self.checked > 0 and not self.failures


def _scan(results_dir: Path, tasks: Collection[str] | None) -> dict[str, dict[str, dict[str, StoredResult]]]:
    """model folder -> revision folder -> task -> stored result (``model_meta.json`` and sidecars skipped)."""
    if not results_dir.is_dir():
        raise ResultsError(f"{results_dir}: results directory not found")
    found: dict[str, dict[str, dict[str, StoredResult]]] = {}
    for path in sorted(results_dir.glob("*/*/*.json")):
        if path.name == "model_meta.json":
            continue
        stored = read_result(path)
        if tasks is not None and stored.task_name not in tasks:
            continue
        found.setdefault(path.parent.parent.name, {}).setdefault(path.parent.name, {})[stored.task_name] = stored
    return found


def _pair_revisions(reference: set[str], fresh: set[str]) -> list[tuple[str | None, str | None]]:
    """Equal revisions pair up; one leftover on each side pairs too (e.g. a new library version)."""
    pairs: list[tuple[str | None, str | None]] = [(r, r) for r in sorted(reference & fresh)]
    left_ref, left_fresh = sorted(reference - fresh), sorted(fresh - reference)
    if len(left_ref) == 1 and len(left_fresh) == 1:
        return [*pairs, (left_ref[0], left_fresh[0])]
    return pairs + [(r, None) for r in left_ref] + [(None, f) for f in left_fresh]


def _same_bytes(a: StoredResult, b: StoredResult) -> bool:
    """Score files and their per-item sidecars are byte-identical."""
    a_items, b_items = items_path(a.path), items_path(b.path)
    if a.path.read_bytes() != b.path.read_bytes():
        return False
    if a_items.is_file() != b_items.is_file():
        return False
    return not a_items.is_file() or a_items.read_bytes() == b_items.read_bytes()


def _model_name(folder: str, results: list[StoredResult]) -> str:
    """The model's name as recorded in its result files, else its folder name."""
    for result in results:
        model = result.bench.get("model")
        if isinstance(model, dict) and isinstance(model.get("name"), str):
            return str(model["name"])
    return folder


def _check_task(name: str, ref: StoredResult | None, new: StoredResult | None, tolerance: float) -> TaskCheck:
    if ref is None or new is None:
        status: Status = "missing in reference" if ref is None else "missing in fresh"
        ref_scores = ref.main_scores if ref else {}
        new_scores = new.main_scores if new else {}
        return TaskCheck(name, status, ref_scores, new_scores, None, False)
    splits = set(ref.main_scores) & set(new.main_scores)
    deltas = [abs(new.main_scores[s] - ref.main_scores[s]) for s in splits]
    worst = max(deltas) if deltas else None
    if set(ref.main_scores) != set(new.main_scores):
        status = "missing in fresh" if set(ref.main_scores) - set(new.main_scores) else "missing in reference"
    elif ref.dataset_revision != new.dataset_revision:
        status = "data changed"
    elif worst is not None and worst > tolerance + _EPS:
        status = "differs"
    else:
        status = "ok"
    return TaskCheck(name, status, ref.main_scores, new.main_scores, worst, _same_bytes(ref, new))


def compare_results(
    reference_dir: Path, fresh_dir: Path, tolerance: float = 1e-5, tasks: Collection[str] | None = None
) -> ReproduceReport:
    """Compare every model's main scores in ``fresh_dir`` with ``reference_dir`` (optionally only ``tasks``).

    A task fails when a score differs by more than ``tolerance``, its data hash differs, or it (or a split) is
    present on one side only; a model folder or revision present on one side only fails all its tasks.
    """
    if not tolerance >= 0:
        raise ResultsError(f"tolerance must be a non-negative number, got {tolerance}")
    reference, fresh = _scan(reference_dir, tasks), _scan(fresh_dir, tasks)
    models: list[ModelCheck] = []
    for model in sorted(set(reference) | set(fresh)):
        ref_revs, new_revs = reference.get(model, {}), fresh.get(model, {})
        for ref_rev, new_rev in _pair_revisions(set(ref_revs), set(new_revs)):
            ref_tasks = ref_revs.get(ref_rev, {}) if ref_rev else {}
            new_tasks = new_revs.get(new_rev, {}) if new_rev else {}
            checks = tuple(
                _check_task(name, ref_tasks.get(name), new_tasks.get(name), tolerance)
                for name in sorted(set(ref_tasks) | set(new_tasks))
            )
            models.append(
                ModelCheck(
                    model, _model_name(model, [*ref_tasks.values(), *new_tasks.values()]), ref_rev, new_rev, checks
                )
            )
    return ReproduceReport(reference_dir, fresh_dir, tolerance, tuple(models))
