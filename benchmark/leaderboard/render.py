"""Render leaderboard data to Markdown and CSV (JSON is the data itself)."""

from __future__ import annotations

import csv
import io
from typing import Any

from benchmark import task_types
from benchmark.escape import csv_text, md


def _num(value: float | None, digits: int = 2, scale: float = 100.0) -> str:
    return "" if value is None else f"{value * scale:.{digits}f}"


def _tie_mark(tie: dict[str, Any] | None) -> str:
    """ "best", "≈" (not significantly below the best) or "" for a model's overall tie entry."""
    if not tie:
        return ""
    return "best" if tie.get("is_best") else ("≈" if tie.get("tied_with_best") else "")


def _types(board: dict[str, Any]) -> list[str]:
    present = {task["type"] for task in board["tasks"]}
    known = [t for t in task_types.names() if t in present]
    return known + sorted(present - set(known))


def to_markdown(board: dict[str, Any]) -> str:
    """Overview table (scores x100) then per-task scores with 95% CIs and tie marks."""
    types = _types(board)
    domains = sorted({task["domain"] for task in board["tasks"]})
    lines = [f"# Leaderboard: {md(board['suite']['name'])}", ""]
    if board["suite"].get("description"):
        lines += [md(board["suite"]["description"]), ""]
    header = [
        "Rank",
        "Rank 95% CI",
        "Tie group",
        "Model",
        "Mean",
        *[f"Mean {md(d)}" for d in domains],
        *[md(task_types.short_label(t)) for t in types],
        "Borda",
    ]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in board["models"]:
        ci = row["rank_ci"]
        cells = [
            str(row["rank"]) if row["rank"] else "incomplete",
            f"{ci[0]}–{ci[1]}" if ci else "",
            _tie_mark(row.get("overall_tie")),
            md(row["name"]),
            _num(row["mean"]),
            *[_num(row["mean_by_domain"].get(d)) for d in domains],
            *[_num(row["mean_by_type"].get(t)) for t in types],
            str(row["borda_rank"] or ""),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Scores x100. Rank by mean over tasks (complete models only); the rank interval comes from a joint bootstrap "
        "over every task's items and covers item sampling only (not the choice of tasks). Tie group: ≈ marks a "
        "model whose mean is not significantly below the top model's (two-sided paired bootstrap over every task's "
        f"items, Holm over the other complete models, α = {board['settings']['alpha']}).",
        "",
        "## Per task",
        "",
        "Main score x100 with its 95% bootstrap CI. **Bold**: best on the task; ≈: not significantly different "
        f"from the best (paired test, Holm over the task's models, α = {board['settings']['alpha']}); no mark: "
        "significantly worse than the best.",
        "",
    ]
    header = ["Model", *[f"{md(t['name'])} ({md(t['main_metric'])})" for t in board["tasks"]]]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in board["models"]:
        cells = [md(row["name"])]
        for task in board["tasks"]:
            entry = row["tasks"].get(task["name"])
            if not entry:
                cells.append("–")
                continue
            text = _num(entry["score"])
            if entry.get("ci"):
                text += f" [{_num(entry['ci'][0], 1)}, {_num(entry['ci'][1], 1)}]"
            if entry["is_best"]:
                text = f"**{text}**"
            elif entry["tied_with_best"]:
                text = f"≈ {text}"
            if entry.get("unverified"):
                text += " (unverified)"
            cells.append(text)
        lines.append("| " + " | ".join(cells) + " |")
    flagged = unverified_entries(board)
    if flagged:
        lines += ["", "Unverified results (no per-item records: no CI, no test, not checked against their items):", ""]
        lines += [f"- {md(model)} on {md(task)}: {md(reason)}" for model, task, reason in flagged]
    return "\n".join(lines) + "\n"


def unverified_entries(board: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(model, task, reason) of every result shown without verification, in board order."""
    return [
        (row["name"], task["name"], str(entry["unverified"]))
        for row in board["models"]
        for task in board["tasks"]
        if (entry := row["tasks"].get(task["name"])) and entry.get("unverified")
    ]


def to_csv(board: dict[str, Any]) -> str:
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
    meta = {t["name"]: t for t in board["tasks"]}

    def fmt(value: float | None) -> str:
        return "" if value is None else f"{value:.6f}"

    for row in board["models"]:
        for name, entry in row["tasks"].items():
            if not entry:
                continue
            ci = entry.get("ci") or [None, None]
            writer.writerow(
                [
                    csv_text(row["name"]),
                    csv_text(row["revision"]),
                    row["rank"] or "",
                    fmt(row["mean"]),
                    csv_text(name),
                    csv_text(meta[name]["type"]),
                    csv_text(meta[name]["domain"]),
                    csv_text(meta[name]["main_metric"]),
                    fmt(entry["score"]),
                    fmt(ci[0]),
                    fmt(ci[1]),
                    fmt(entry.get("p_holm_vs_best")),
                    str(entry["tied_with_best"]).lower(),
                    csv_text(entry.get("unverified") or ""),
                ]
            )
    return buffer.getvalue()
