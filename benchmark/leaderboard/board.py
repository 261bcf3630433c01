"""The leaderboard as typed, immutable values: what every renderer (Markdown, CSV, HTML, the CLI) reads.

:func:`~benchmark.leaderboard.aggregate.build_leaderboard` returns the JSON data (written verbatim as
leaderboard.json); :meth:`Board.from_data` reads that data into these classes, with display labels from the
task-type registry. A new output format is one function of a :class:`Board`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from benchmark import task_types
from benchmark.io import clean_json


@dataclass(frozen=True)
class BoardSuite:
    """The suite the board covers."""

    name: str
    description: str


@dataclass(frozen=True)
class BoardSettings:
    """How the board's intervals and tests were computed (the method texts are shown on the page)."""

    seed: int
    resamples: int
    rank_resamples: int
    ci_level: float
    alpha: float
    ci_method: str
    tie_test: str
    rank_interval: str
    tie_group: str


@dataclass(frozen=True)
class BoardType:
    """A task type on the board, with its registry labels (its name for a type the registry does not know)."""

    name: str
    label: str
    short_label: str


@dataclass(frozen=True)
class BoardTask:
    """One task column: its type, domain and main score, with display labels."""

    name: str
    type: str
    type_label: str
    domain: str
    metric: str
    metric_label: str


@dataclass(frozen=True)
class BoardTie:
    """A model's overall test against the top-ranked model (its tie-group membership)."""

    is_best: bool
    tied_with_best: bool
    p_vs_best: float | None
    p_holm_vs_best: float | None


@dataclass(frozen=True)
class BoardCell:
    """One model's result on one task: score, CI and the test against the task's best model."""

    score: float
    ci: tuple[float, float] | None
    p_vs_best: float | None
    p_holm_vs_best: float | None
    is_best: bool
    tied_with_best: bool
    unverified: str | None  # why the result could not be checked against per-item records
    note: str | None  # why it has no CI or test


@dataclass(frozen=True)
class ModelFacts:
    """What the result files say about a model (None where unknown or not a number)."""

    n_parameters: float | None
    dimension: float | None
    max_tokens: float | None
    similarity: str | None


@dataclass(frozen=True)
class BoardRow:
    """One model: rank, aggregates and a cell per task (None where it has no result)."""

    name: str  # display name: the model name, with @revision where a name has several
    model: str
    revision: str
    facts: ModelFacts
    complete: bool
    n_tasks: int
    rank: int | None
    rank_ci: tuple[int, int] | None
    tie: BoardTie | None
    mean: float | None
    mean_by_domain: Mapping[str, float | None]
    mean_by_type: Mapping[str, float | None]
    mean_task_type: float | None
    borda_rank: int | None
    cells: Mapping[str, BoardCell | None]  # every task; in the data's order (leaderboard.json sorts it by name)


@dataclass(frozen=True)
class TieGroups:
    """Models not significantly below the best: overall and per task."""

    overall: tuple[str, ...]
    per_task: Mapping[str, tuple[str, ...]]


class UnverifiedEntry(NamedTuple):
    """A result shown without verification."""

    model: str
    task: str
    reason: str


@dataclass(frozen=True)
class Board:
    """The whole leaderboard: tasks, types and domains in display order, models in rank order."""

    suite: BoardSuite
    settings: BoardSettings
    tasks: tuple[BoardTask, ...]
    types: tuple[BoardType, ...]  # registry order; types the registry does not know last, by name
    domains: tuple[str, ...]  # by name
    models: tuple[BoardRow, ...]
    tie_groups: TieGroups

    @property
    def unverified(self) -> tuple[UnverifiedEntry, ...]:
        """Every result shown without verification, in board order."""
        return tuple(
            UnverifiedEntry(row.name, task.name, cell.unverified)
            for row in self.models
            for task in self.tasks
            if (cell := row.cells[task.name]) and cell.unverified
        )

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Board:
        """Read the data ``build_leaderboard`` returns (or leaderboard.json holds)."""
        data = clean_json(data)  # what leaderboard.json holds: no NaN, no numpy scalars
        tasks = tuple(_task(t) for t in data["tasks"])
        groups = data["tie_groups"]
        return cls(
            suite=BoardSuite(data["suite"]["name"], data["suite"].get("description") or ""),
            settings=BoardSettings(**{f.name: data["settings"][f.name] for f in fields(BoardSettings)}),
            tasks=tasks,
            types=tuple(
                BoardType(name, task_types.label(name), task_types.short_label(name))
                for name in task_types.in_order(t.type for t in tasks)
            ),
            domains=tuple(sorted({t.domain for t in tasks})),
            models=tuple(_row(row, tasks) for row in data["models"]),
            tie_groups=TieGroups(
                tuple(groups["overall"]), {task: tuple(names) for task, names in groups["per_task"].items()}
            ),
        )


def _task(task: Mapping[str, Any]) -> BoardTask:
    kind, metric = task["type"], task["main_metric"]
    return BoardTask(
        name=task["name"],
        type=kind,
        type_label=task_types.label(kind),
        domain=task["domain"],
        metric=metric,
        metric_label=task_types.metric_label(kind, metric),
    )


def _row(row: Mapping[str, Any], tasks: tuple[BoardTask, ...]) -> BoardRow:
    rank_ci = row.get("rank_ci")
    return BoardRow(
        name=row["name"],
        model=row["model"],
        revision=row.get("revision") or "",
        facts=_facts(row.get("facts") or {}),
        complete=row["complete"],
        n_tasks=row["n_tasks"],
        rank=row["rank"],
        rank_ci=(rank_ci[0], rank_ci[1]) if rank_ci else None,
        tie=_tie(row.get("overall_tie")),
        mean=row["mean"],
        mean_by_domain=dict(row["mean_by_domain"]),
        mean_by_type=dict(row["mean_by_type"]),
        mean_task_type=row.get("mean_task_type"),
        borda_rank=row["borda_rank"],
        cells={name: _cell(row["tasks"].get(name)) for name in _cell_order(row["tasks"], tasks)},
    )


def _cell_order(entries: Mapping[str, Any], tasks: tuple[BoardTask, ...]) -> list[str]:
    """The board's tasks in the order the row lists them, then those it leaves out."""
    names = {t.name for t in tasks}
    return [name for name in entries if name in names] + [t.name for t in tasks if t.name not in entries]


def _facts(facts: Mapping[str, Any]) -> ModelFacts:
    def numeric(key: str) -> float | None:
        value = facts.get(key)
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None

    similarity = facts.get("similarity")
    return ModelFacts(
        numeric("n_parameters"),
        numeric("dimension"),
        numeric("max_tokens"),
        similarity if isinstance(similarity, str) else None,
    )


def _tie(tie: Mapping[str, Any] | None) -> BoardTie | None:
    if not tie:
        return None
    return BoardTie(
        is_best=bool(tie.get("is_best")),
        tied_with_best=bool(tie.get("tied_with_best")),
        p_vs_best=tie.get("p_vs_best"),
        p_holm_vs_best=tie.get("p_holm_vs_best"),
    )


def _cell(entry: Mapping[str, Any] | None) -> BoardCell | None:
    if not entry:
        return None
    ci = entry.get("ci")
    return BoardCell(
        score=entry["score"],
        ci=(ci[0], ci[1]) if ci else None,
        p_vs_best=entry.get("p_vs_best"),
        p_holm_vs_best=entry.get("p_holm_vs_best"),
        is_best=entry["is_best"],
        tied_with_best=entry["tied_with_best"],
        unverified=str(entry["unverified"]) if entry.get("unverified") else None,
        note=entry.get("note"),
    )
