"""Render the leaderboard data as one self-contained HTML page (inline CSS, JS and SVG, strict CSP)."""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from benchmark.escape import script_json
from benchmark.leaderboard import format as fmt
from benchmark.leaderboard import svg
from benchmark.leaderboard.board import Board, BoardCell, BoardRow, BoardTie

# Okabe-Ito, reordered for contrast on white and dark backgrounds.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F")


def csp_source(text: str) -> str:
    """The CSP hash source (``'sha256-...'``) of an inline element's exact text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("benchmark.leaderboard", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["csp_source"] = lambda text: Markup(csp_source(text))  # base64 and quotes only: safe in "..."
    env.filters["sentence"] = _sentence
    env.filters["tojson"] = script_json  # data for a <script>, if the page ever embeds any: no </ or <!--
    return env


def _sentence(text: str) -> str:
    """Upper-case the first letter only (jinja's ``capitalize`` lowers the rest)."""
    return text[:1].upper() + text[1:]


def _domain_order(domains: tuple[str, ...]) -> list[str]:
    """The page's domain order: general first, then by name."""
    return sorted(domains, key=lambda d: (d != "general", d))


def _cell(value: float | None, best: float | None) -> dict[str, Any]:
    return {"text": fmt.points(value), "v": fmt.sort_key(value), "best": value is not None and value == best}


def _best(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _tie_text(tie: BoardTie | None) -> str:
    """The overall tie-group note shown under a model's rank."""
    if not tie or tie.is_best or not tie.tied_with_best:
        return ""
    return f"≈ #1 (Holm p = {fmt.p_value(tie.p_holm_vs_best)})"


def _verdict(cell: BoardCell) -> str:
    """How a cell compares with the task's best."""
    if cell.is_best:
        return "best on this task"
    if cell.tied_with_best:
        return f"not significantly different from the best (Holm p = {fmt.p_value(cell.p_holm_vs_best)})"
    if cell.p_holm_vs_best is not None:
        return f"significantly below the best (Holm p = {fmt.p_value(cell.p_holm_vs_best)})"
    return "not tested against the best"


def _context(board: Board) -> dict[str, Any]:
    """Everything the template shows, as display strings and sort keys (the template only escapes and lays out)."""
    rows = board.models
    domains = _domain_order(board.domains)
    colors = {row.name: PALETTE[i % len(PALETTE)] for i, row in enumerate(rows)}
    best_mean = _best([r.mean for r in rows])
    best_domain = {d: _best([r.mean_by_domain.get(d) for r in rows]) for d in domains}
    best_type = {t.name: _best([r.mean_by_type.get(t.name) for r in rows]) for t in board.types}
    n_tasks = len(board.tasks)

    models = []
    for index, row in enumerate(rows):
        facts = (row.facts.n_parameters, row.facts.dimension, row.facts.max_tokens)
        models.append(
            {
                "index": index,
                "name": row.name,
                "color": colors[row.name],
                "swatch": svg.swatch(colors[row.name]),
                "revision": row.revision,
                "complete": row.complete,
                "coverage": f"{row.n_tasks}/{n_tasks} tasks",
                "rank": "" if row.rank is None else str(row.rank),
                "rank_v": fmt.sort_key(row.rank),
                "rank_ci": fmt.rank_range(row.rank_ci),
                "tie": _tie_text(row.tie),
                "mean": _cell(row.mean, best_mean),
                "domains": [_cell(row.mean_by_domain.get(d), best_domain[d]) for d in domains],
                "types": [_cell(row.mean_by_type.get(t.name), best_type[t.name]) for t in board.types],
                "borda": "" if row.borda_rank is None else str(row.borda_rank),
                "borda_v": fmt.sort_key(row.borda_rank),
                "facts": [
                    {"text": fmt.count(value), "v": fmt.sort_key(value), "raw": str(value or "")} for value in facts
                ],
            }
        )

    task_rows = []
    panels = []
    all_values = [
        fmt.to_points(v) for row in rows for cell in row.cells.values() if cell for v in [cell.score, *(cell.ci or ())]
    ]
    lo, hi = svg.nice_range(all_values)
    for number, task in enumerate(board.tasks):
        cells = []
        dots = []
        for row in rows:
            cell = row.cells[task.name]
            if not cell:
                cells.append(
                    {"text": fmt.DASH, "ci": "", "v": "", "best": False, "tied": False, "title": "not evaluated"}
                )
                dots.append(
                    svg.DotRow(
                        fmt.short_name(row.name),
                        f"{row.name}: not evaluated",
                        None,
                        None,
                        False,
                        False,
                        colors[row.name],
                    )
                )
                continue
            ci_text = "unverified" if cell.unverified else fmt.interval(cell.ci, empty="CI n/a")
            title = f"{row.name} on {task.name}: {fmt.points(cell.score)} {ci_text} - {_verdict(cell)}"
            if cell.note:
                title += f" ({cell.note})"
            if cell.unverified:
                title += f" (unverified: {cell.unverified})"
            cells.append(
                {
                    "text": fmt.points(cell.score),
                    "ci": ci_text,
                    "v": fmt.sort_key(cell.score),
                    "best": cell.is_best,
                    "tied": cell.tied_with_best and not cell.is_best,
                    "title": title,
                }
            )
            dots.append(
                svg.DotRow(
                    fmt.short_name(row.name),
                    title,
                    fmt.to_points(cell.score),
                    (fmt.to_points(cell.ci[0]), fmt.to_points(cell.ci[1])) if cell.ci else None,
                    cell.is_best,
                    cell.tied_with_best,
                    colors[row.name],
                )
            )
        info = {
            "name": task.name,
            "type": task.type,
            "type_label": task.type_label,
            "domain": task.domain,
            "metric": task.metric_label,
            "index": number,
        }
        task_rows.append({**info, "cells": cells})
        panels.append(
            {
                **info,
                "svg": svg.dot_plot(
                    dots,
                    lo=lo,
                    hi=hi,
                    label_id=f"task-{number}",
                    title=f"{task.name}: {task.metric_label} x100 per model with 95% CI",
                    desc="Filled dot: best or not significantly different from it; hollow: significantly below; "
                    "star: best.",
                ),
            }
        )

    return {
        "suite": board.suite,
        "settings": board.settings,
        "alpha": board.settings.alpha,
        "ci_percent": fmt.percent(board.settings.ci_level),
        "resamples": fmt.grouped(board.settings.resamples),
        "rank_resamples": fmt.grouped(board.settings.rank_resamples),
        "domains": [{"key": d, "label": d.capitalize()} for d in domains],
        "types": [{"key": t.name, "label": t.label, "short": t.short_label} for t in board.types],
        "models": models,
        "tasks": task_rows,
        "panels": panels,
        "n_tasks": n_tasks,
        "n_complete": sum(r.complete for r in rows),
        "domain_view": _domain_view(rows, domains, colors),
    }


def _domain_view(rows: tuple[BoardRow, ...], domains: list[str], colors: dict[str, str]) -> dict[str, Any] | None:
    """The general-vs-finance scatter and its table (None with fewer than two domains)."""
    if len(domains) < 2:
        return None
    x_key, y_key = ("general", "finance") if {"general", "finance"} <= set(domains) else (domains[0], domains[1])
    both = [
        (r, x, y)
        for r in rows
        if (x := r.mean_by_domain.get(x_key)) is not None and (y := r.mean_by_domain.get(y_key)) is not None
    ]
    plotted = {r.name for r, _, _ in both}
    left_out = [r.name for r in rows if r.name not in plotted]

    def ranks(means: dict[str, float]) -> dict[str, int]:
        ordered = sorted(means, key=lambda name: (-means[name], name))
        return {name: i for i, name in enumerate(ordered, start=1)}

    x_rank, y_rank = ranks({r.name: x for r, x, _ in both}), ranks({r.name: y for r, _, y in both})
    points = [
        svg.ScatterPoint(
            fmt.short_name(r.name),
            f"{r.name}: {x_key} {fmt.points(x)}, {y_key} {fmt.points(y)}",
            fmt.to_points(x),
            fmt.to_points(y),
            colors[r.name],
        )
        for r, x, y in both
    ]
    gaps = [y - x for _, x, y in both]
    table = [
        {
            "name": r.name,
            "swatch": svg.swatch(colors[r.name]),
            "x": fmt.points(x),
            "y": fmt.points(y),
            "gap": fmt.points(y - x, signed=True),
            "x_rank": x_rank[r.name],
            "y_rank": y_rank[r.name],
        }
        for r, x, y in both
    ]
    same_order = all(x_rank[n] == y_rank[n] for n in x_rank)
    return {
        "x": x_key,
        "y": y_key,
        "svg": svg.scatter(
            points,
            x_label=x_key,
            y_label=y_key,
            label_id="domain-scatter",
            title=f"{y_key.capitalize()} mean against {x_key} mean per model",
            desc=f"One dot per model with every {x_key} and {y_key} task scored; the dashed line is {y_key} = {x_key}.",
        )
        if points
        else None,
        "table": table,
        "left_out": left_out,
        "same_order": same_order,
        "gap_min": fmt.points(min(gaps), signed=True) if gaps else "",
        "gap_max": fmt.points(max(gaps), signed=True) if gaps else "",
    }


def to_html(board: dict[str, Any]) -> str:
    """The HTML page of leaderboard data (see :func:`page`)."""
    return page(Board.from_data(board))


def page(board: Board) -> str:
    """The leaderboard as one self-contained, deterministic HTML page (same board, same bytes)."""
    return _environment().get_template("leaderboard.html.j2").render(**_context(board))
