"""Leaderboard and gate at scale: N synthetic models x the bundled default suite (issue: speed). Prints timings.

Each synthetic model mixes the committed MiniLM and TF-IDF per-item records (model i takes TF-IDF's record for
an item with probability i / (N - 1), fixed seed), so the models differ and span the real score range; its score
file carries the main score recomputed from its items and the sidecar's sha256, like a real run's.

Usage: ``python perf/board_scale.py [--models 50] [--resamples 10000]``.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCES = ("sentence-transformers__all-MiniLM-L6-v2", "bench__tfidf")


def _items(path: Path) -> dict[str, str]:
    return {json.loads(line)["id"]: line for line in path.read_text(encoding="utf-8").splitlines()}


def make_models(out: Path, n_models: int) -> list[Path]:
    """Write ``n_models`` synthetic model folders under ``out``; return the folders."""
    from benchmark.io import write_json_atomic, write_text_atomic
    from benchmark.stats import item_metric

    low, high = ((next((ROOT / "results" / s).iterdir())) for s in SOURCES)
    folders = []
    for i in range(n_models):
        share = i / max(1, n_models - 1)
        rng = np.random.default_rng(i)
        folder = out / f"synthetic__model-{i:03d}" / "rev-1"
        for score_file in sorted(low.glob("*.json")):
            if score_file.name == "model_meta.json":
                continue
            document = json.loads(score_file.read_text(encoding="utf-8"))
            a, b = _items(score_file.with_suffix(".items.jsonl")), _items(high / (score_file.stem + ".items.jsonl"))
            lines = [b[key] if rng.random() < share else a[key] for key in a]
            text = "\n".join(lines) + "\n"
            task = document["bench"]["task"]
            rows = [json.loads(line) for line in lines]
            score = item_metric(task["type"], task["main_score"], rows).point()
            mixed = copy.deepcopy(document)
            for entries in mixed["scores"].values():
                entries[0]["main_score"] = score
                entries[0][task["main_score"]] = score
            mixed["bench"]["model"] = {
                **mixed["bench"]["model"],
                "name": f"synthetic/model-{i:03d}",
                "revision": "rev-1",
            }
            mixed["bench"]["items_sha256"] = hashlib.sha256(text.encode()).hexdigest()
            write_text_atomic(folder / (score_file.stem + ".items.jsonl"), text)
            write_json_atomic(folder / score_file.name, mixed)
        folders.append(folder)
    return folders


def _cli(*args: str) -> float:
    bench = str(Path(sys.executable).with_name("bench"))
    started = time.perf_counter()
    done = subprocess.run([bench, *args], capture_output=True, text=True, env={**os.environ}, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=50)
    parser.add_argument("--resamples", type=int, default=10_000)
    args = parser.parse_args()
    from benchmark.gate import GateConfig, gate_report, load_model_results
    from benchmark.leaderboard.build import leaderboard_data, write_leaderboard

    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results"
        folders = make_models(results, args.models)
        n_tasks = len([p for p in folders[0].glob("*.json") if p.name != "model_meta.json"])
        print(f"{args.models} models x {n_tasks} tasks, {args.resamples} resamples, {os.cpu_count()} cores")
        started = time.perf_counter()
        board = leaderboard_data(results, "default", resamples=args.resamples)
        built = time.perf_counter() - started
        write_leaderboard(board, Path(tmp) / "board")
        written = time.perf_counter() - started
        print(f"leaderboard in process: {built:.1f} s to aggregate, {written:.1f} s with json/md/csv/html written")
        cli_s = _cli("leaderboard", "--results-dir", str(results), "--out", f"{tmp}/board-cli")
        print(f"`bench leaderboard` whole process: {cli_s:.1f} s")
        gate_s = _cli("gate", "--baseline", str(folders[0]), "--candidate", str(folders[1]))
        print(f"`bench gate` one pair, whole process: {gate_s:.1f} s")
        config = GateConfig()
        base = load_model_results(folders[0])
        started = time.perf_counter()
        for folder in folders[1:]:
            gate_report(base, load_model_results(folder), sorted(base.results), config)
        print(f"gate in process, {len(folders) - 1} candidates vs one baseline: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
