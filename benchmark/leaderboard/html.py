"""Render the leaderboard data as one self-contained HTML page (inline CSS, JS and SVG, strict CSP)."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from benchmark import task_types
from benchmark.escape import script_json
from benchmark.io import dumps
from benchmark.leaderboard import svg

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


def _x100(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}"


def _sort_value(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def _count(value: Any) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "–"
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:g}"


def _short(name: str) -> str:
    """The last path part of a model name, for chart labels."""
    return name.rstrip("/").rsplit("/", 1)[-1] or name


def _domain_order(domains: set[str]) -> list[str]:
    return sorted(domains, key=lambda d: (d != "general", d))


def _cell(value: float | None, best: float | None) -> dict[str, Any]:
    return {"text": _x100(value), "v": _sort_value(value), "best": value is not None and value == best}


def _best(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _tie_text(tie: dict[str, Any] | None) -> str:
    """The overall tie-group note shown under a model's rank."""
    if not tie or tie.get("is_best"):
        return ""
    if tie.get("tied_with_best"):
        return f"≈ #1 (Holm p = {tie['p_holm_vs_best']:.3g})"
    return ""


def _context(board: dict[str, Any]) -> dict[str, Any]:
    """Everything the template shows, as display strings and sort keys (the template only escapes and lays out)."""
    tasks = board["tasks"]
    rows = board["models"]
    domains = _domain_order({t["domain"] for t in tasks})
    present = {task["type"] for task in tasks}
    types = [t for t in task_types.names() if t in present]
    types += sorted(present - set(types))
    colors = {row["name"]: PALETTE[i % len(PALETTE)] for i, row in enumerate(rows)}
    best_mean = _best([r["mean"] for r in rows])
    best_domain = {d: _best([r["mean_by_domain"].get(d) for r in rows]) for d in domains}
    best_type = {t: _best([r["mean_by_type"].get(t) for r in rows]) for t in types}
    n_tasks = len(tasks)

    models = []
    for index, row in enumerate(rows):
        facts = row.get("facts") or {}
        ci = row.get("rank_ci")
        models.append(
            {
                "index": index,
                "name": row["name"],
                "color": colors[row["name"]],
                "swatch": svg.swatch(colors[row["name"]]),
                "revision": row.get("revision") or "",
                "complete": row["complete"],
                "coverage": f"{row['n_tasks']}/{n_tasks} tasks",
                "rank": "" if row["rank"] is None else str(row["rank"]),
                "rank_v": _sort_value(row["rank"]),
                "rank_ci": f"{ci[0]}–{ci[1]}" if ci else "",
                "tie": _tie_text(row.get("overall_tie")),
                "mean": _cell(row["mean"], best_mean),
                "domains": [_cell(row["mean_by_domain"].get(d), best_domain[d]) for d in domains],
                "types": [_cell(row["mean_by_type"].get(t), best_type[t]) for t in types],
                "borda": "" if row["borda_rank"] is None else str(row["borda_rank"]),
                "borda_v": _sort_value(row["borda_rank"]),
                "facts": [
                    {"text": _count(facts.get(key)), "v": _sort_value(facts.get(key)), "raw": str(facts.get(key) or "")}
                    for key in ("n_parameters", "dimension", "max_tokens")
                ],
            }
        )

    alpha = board["settings"]["alpha"]
    task_rows = []
    panels = []
    all_values = [
        v
        for row in rows
        for entry in row["tasks"].values()
        if entry
        for v in [entry["score"] * 100, *[c * 100 for c in entry.get("ci") or []]]
    ]
    lo, hi = svg.nice_range(all_values)
    for number, task in enumerate(tasks):
        cells = []
        dots = []
        for row in rows:
            entry = row["tasks"].get(task["name"])
            if not entry:
                cells.append({"text": "–", "ci": "", "v": "", "best": False, "tied": False, "title": "not evaluated"})
                dots.append(
                    svg.DotRow(
                        _short(row["name"]),
                        f"{row['name']}: not evaluated",
                        None,
                        None,
                        False,
                        False,
                        colors[row["name"]],
                    )
                )
                continue
            ci = entry.get("ci")
            ci_text = f"[{_x100(ci[0], 1)}, {_x100(ci[1], 1)}]" if ci else "CI n/a"
            if entry.get("unverified"):
                ci_text = "unverified"
            if entry["is_best"]:
                verdict = "best on this task"
            elif entry["tied_with_best"]:
                verdict = f"not significantly different from the best (Holm p = {entry['p_holm_vs_best']:.3g})"
            elif entry.get("p_holm_vs_best") is not None:
                verdict = f"significantly below the best (Holm p = {entry['p_holm_vs_best']:.3g})"
            else:
                verdict = "not tested against the best"
            title = f"{row['name']} on {task['name']}: {_x100(entry['score'])} {ci_text} - {verdict}"
            if entry.get("note"):
                title += f" ({entry['note']})"
            if entry.get("unverified"):
                title += f" (unverified: {entry['unverified']})"
            cells.append(
                {
                    "text": _x100(entry["score"]),
                    "ci": ci_text,
                    "v": _sort_value(entry["score"]),
                    "best": entry["is_best"],
                    "tied": entry["tied_with_best"] and not entry["is_best"],
                    "title": title,
                }
            )
            dots.append(
                svg.DotRow(
                    _short(row["name"]),
                    title,
                    entry["score"] * 100,
                    (ci[0] * 100, ci[1] * 100) if ci else None,
                    entry["is_best"],
                    entry["tied_with_best"],
                    colors[row["name"]],
                )
            )
        metric = task_types.metric_label(task["type"], task["main_metric"])
        info = {
            "name": task["name"],
            "type": task["type"],
            "type_label": task_types.label(task["type"]),
            "domain": task["domain"],
            "metric": metric,
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
                    title=f"{task['name']}: {metric} x100 per model with 95% CI",
                    desc="Filled dot: best or not significantly different from it; hollow: significantly below; "
                    "star: best.",
                ),
            }
        )

    return {
        "suite": board["suite"],
        "settings": board["settings"],
        "alpha": alpha,
        "ci_percent": f"{board['settings']['ci_level'] * 100:g}",
        "resamples": f"{board['settings']['resamples']:,}",
        "rank_resamples": f"{board['settings']['rank_resamples']:,}",
        "domains": [{"key": d, "label": d.capitalize()} for d in domains],
        "types": [{"key": t, "label": task_types.label(t), "short": task_types.short_label(t)} for t in types],
        "models": models,
        "tasks": task_rows,
        "panels": panels,
        "n_tasks": n_tasks,
        "n_complete": sum(r["complete"] for r in rows),
        "domain_view": _domain_view(rows, domains, colors),
    }


def _domain_view(rows: list[dict[str, Any]], domains: list[str], colors: dict[str, str]) -> dict[str, Any] | None:
    """The general-vs-finance scatter and its table (None with fewer than two domains)."""
    if len(domains) < 2:
        return None
    x_key, y_key = ("general", "finance") if {"general", "finance"} <= set(domains) else (domains[0], domains[1])
    both = [
        r for r in rows if r["mean_by_domain"].get(x_key) is not None and r["mean_by_domain"].get(y_key) is not None
    ]
    left_out = [r["name"] for r in rows if r not in both]

    def ranks(key: str) -> dict[str, int]:
        ordered = sorted(both, key=lambda r: (-r["mean_by_domain"][key], r["name"]))
        return {r["name"]: i for i, r in enumerate(ordered, start=1)}

    x_rank, y_rank = ranks(x_key), ranks(y_key)
    points = [
        svg.ScatterPoint(
            _short(r["name"]),
            f"{r['name']}: {x_key} {_x100(r['mean_by_domain'][x_key])}, {y_key} {_x100(r['mean_by_domain'][y_key])}",
            r["mean_by_domain"][x_key] * 100,
            r["mean_by_domain"][y_key] * 100,
            colors[r["name"]],
        )
        for r in both
    ]
    gaps = [(r["mean_by_domain"][y_key] - r["mean_by_domain"][x_key]) * 100 for r in both]
    table = [
        {
            "name": r["name"],
            "swatch": svg.swatch(colors[r["name"]]),
            "x": _x100(r["mean_by_domain"][x_key]),
            "y": _x100(r["mean_by_domain"][y_key]),
            "gap": f"{gap:+.2f}",
            "x_rank": x_rank[r["name"]],
            "y_rank": y_rank[r["name"]],
        }
        for r, gap in zip(both, gaps, strict=True)
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
        "gap_min": f"{min(gaps):+.2f}" if gaps else "",
        "gap_max": f"{max(gaps):+.2f}" if gaps else "",
    }


def to_html(board: dict[str, Any]) -> str:
    """The leaderboard as one self-contained, deterministic HTML page (same dict, same bytes)."""
    data = json.loads(dumps(board, indent=None))  # exactly what leaderboard.json holds: no NaN, no numpy
    return _environment().get_template("leaderboard.html.j2").render(**_context(data))
