"""Build the leaderboard files for a results directory (and optionally a suite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmark.errors import ResultsError
from benchmark.io import dumps, ensure_dir, write_text_atomic
from benchmark.leaderboard.aggregate import build_leaderboard
from benchmark.leaderboard.collect import TaskInfo, collect, task_infos
from benchmark.leaderboard.html import to_html
from benchmark.leaderboard.render import to_csv, to_markdown
from benchmark.registry import discover, get_suite
from benchmark.stats import GLOBAL_SEED


def leaderboard_data(
    results_dir: Path,
    suite: str | None = None,
    *,
    seed: int = GLOBAL_SEED,
    resamples: int = 10_000,
    rank_resamples: int = 1_000,
) -> dict[str, Any]:
    """Collect results and aggregate them, restricted to a suite's tasks when one is named."""
    models = collect(results_dir)
    recorded = task_infos(models)
    if suite is not None:
        chosen = get_suite(suite)
        registry = discover()
        tasks = []
        for name in chosen.tasks:
            if name in registry:
                spec = registry[name].spec
                tasks.append(TaskInfo(name, spec.type, spec.domain, spec.resolved_main_score))
            elif name in recorded:
                tasks.append(recorded[name])
        suite_info = {"name": suite, "description": chosen.description}
    else:
        tasks = sorted(recorded.values(), key=lambda t: (t.domain, t.type, t.name))
        suite_info = {"name": "all results", "description": ""}
    if not models:
        raise ResultsError(f"{results_dir}: no result files found")
    models = [m for m in models if any(t.name in m.results for t in tasks)]
    return build_leaderboard(
        models, tasks, suite=suite_info, seed=seed, resamples=resamples, rank_resamples=rank_resamples
    )


def write_leaderboard(board: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write leaderboard.json, leaderboard.md, leaderboard.csv and index.html atomically; return their paths."""
    outputs = {
        "leaderboard.json": dumps(board) + "\n",
        "leaderboard.md": to_markdown(board),
        "leaderboard.csv": to_csv(board),
        "index.html": to_html(board),
    }
    ensure_dir(out_dir, "--out")
    paths = []
    for name, text in outputs.items():
        path = out_dir / name
        write_text_atomic(path, text)
        paths.append(path)
    return paths
