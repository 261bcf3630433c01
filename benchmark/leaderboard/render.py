"""Render leaderboard data to Markdown and CSV (JSON is the data itself)."""

from __future__ import annotations

import csv
import io
from typing import Any

from benchmark.escape import csv_text, md
from benchmark.leaderboard import format as fmt
from benchmark.leaderboard.board import Board, BoardCell, BoardTie, UnverifiedEntry


def _tie_mark(tie: BoardTie | None) -> str:
    """ "best", "≈" (not significantly below the best) or "" for a model's overall tie entry."""
    if not tie:
        return ""
    return "best" if tie.is_best else ("≈" if tie.tied_with_best else "")


def _task_cell(cell: BoardCell | None) -> str:
    """Score with its CI; bold when best, ≈ when tied with the best."""
    if not cell:
        return fmt.DASH
    text = fmt.points(cell.score)
    if cell.ci:
        text += " " + fmt.interval(cell.ci)
    if cell.is_best:
        text = f"**{text}**"
    elif cell.tied_with_best:
        text = f"≈ {text}"
    if cell.unverified:
        text += " (unverified)"
    return text


def to_markdown(board: dict[str, Any]) -> str:
    """The Markdown page of leaderboard data (see :func:`markdown`)."""
    return markdown(Board.from_data(board))


def markdown(board: Board) -> str:
    """Overview table (scores x100) then per-task scores with 95% CIs and tie marks."""
    alpha = board.settings.alpha
    lines = [f"# Leaderboard: {md(board.suite.name)}", ""]
    if board.suite.description:
        lines += [md(board.suite.description), ""]
    header = [
        "Rank",
        "Rank 95% CI",
        "Tie group",
        "Model",
        "Mean",
        *[f"Mean {md(d)}" for d in board.domains],
        *[md(t.short_label) for t in board.types],
        "Borda",
    ]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in board.models:
        cells = [
            str(row.rank) if row.rank else "incomplete",
            fmt.rank_range(row.rank_ci),
            _tie_mark(row.tie),
            md(row.name),
            fmt.points(row.mean, empty=""),
            *[fmt.points(row.mean_by_domain.get(d), empty="") for d in board.domains],
            *[fmt.points(row.mean_by_type.get(t.name), empty="") for t in board.types],
            str(row.borda_rank or ""),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Scores x100. Rank by mean over tasks (complete models only); the rank interval comes from a joint bootstrap "
        "over every task's items and covers item sampling only (not the choice of tasks). Tie group: ≈ marks a "
        "model whose mean is not significantly below the top model's (two-sided paired bootstrap over every task's "
        f"items, Holm over the other complete models, α = {alpha}).",
        "",
        "## Per task",
        "",
        "Main score x100 with its 95% bootstrap CI. **Bold**: best on the task; ≈: not significantly different "
        f"from the best (paired test, Holm over the task's models, α = {alpha}); no mark: "
        "significantly worse than the best.",
        "",
    ]
    header = ["Model", *[f"{md(t.name)} ({md(t.metric)})" for t in board.tasks]]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in board.models:
        cells = [md(row.name), *[_task_cell(row.cells[t.name]) for t in board.tasks]]
        lines.append("| " + " | ".join(cells) + " |")
    flagged = board.unverified
    if flagged:
        lines += ["", "Unverified results (no per-item records: no CI, no test, not checked against their items):", ""]
        lines += [f"- {md(e.model)} on {md(e.task)}: {md(e.reason)}" for e in flagged]
    return "\n".join(lines) + "\n"


def unverified_entries(board: dict[str, Any]) -> list[UnverifiedEntry]:
    """(model, task, reason) of every result shown without verification, in board order."""
    return list(Board.from_data(board).unverified)


def to_csv(board: dict[str, Any]) -> str:
    """The CSV of leaderboard data (see :func:`csv_table`)."""
    return csv_table(Board.from_data(board))


def csv_table(board: Board) -> str:
    """One row per model and task: scores, CI, tie flag and the model's aggregates."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "model",
            "revision",
            "rank",
            "mean",
            "task",
            "type",
            "domain",
            "metric",
            "score",
            "ci_low",
            "ci_high",
            "p_holm_vs_best",
            "tied_with_best",
            "unverified",
        ]
    )
    tasks = {t.name: t for t in board.tasks}
    for row in board.models:
        for name, cell in row.cells.items():
            if not cell:
                continue
            task = tasks[name]
            low, high = cell.ci or (None, None)
            writer.writerow(
                [
                    csv_text(row.name),
                    csv_text(row.revision),
                    row.rank or "",
                    fmt.number(row.mean, 6, empty=""),
                    csv_text(task.name),
                    csv_text(task.type),
                    csv_text(task.domain),
                    csv_text(task.metric),
                    fmt.number(cell.score, 6, empty=""),
                    fmt.number(low, 6, empty=""),
                    fmt.number(high, 6, empty=""),
                    fmt.number(cell.p_holm_vs_best, 6, empty=""),
                    str(cell.tied_with_best).lower(),
                    csv_text(cell.unverified or ""),
                ]
            )
    return buffer.getvalue()
