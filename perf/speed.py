"""Speed benchmarks (issue: speed). Each prints its figures; none is a test.

  overhead  bench's wall time per task / one model.encode of the task's unique texts (same process)
  warm      cold run vs re-scoring with a warm embedding cache (--overwrite): texts encoded, wall ratio
  mteb      whole-process wall time of `bench run` vs mteb 2.x, same model, batch size 32, one process per task
  scaling   exact top-100 retrieval over a synthetic 1M x 384 corpus with 10k queries: wall, peak RSS, GFLOP/s
  one       (internal) one task with mteb in this process, for `mteb`

Usage: python perf/speed.py overhead|warm|mteb|scaling|all [--tasks STSB,SICKR,...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from benchmark.models.base import Embedder

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MTEB_TASKS = ("STSB", "SICKR", "Banking77", "FinancialPhrasebank", "TwitterSemEval", "TATQA", "SemEvalRerank")
ALL_TASKS = (*MTEB_TASKS, "NewsClustering")


def _scratch() -> Path:
    from perf.shared_tasks import build

    folder = Path(tempfile.gettempdir()) / "bench-perf-tasks"
    if not (folder / "NewsClustering" / "task.yaml").exists():
        build(folder)
    return folder


def _minilm() -> Embedder:
    from benchmark.models.base import Embedder
    from benchmark.models.loader import load_model

    model = load_model("sentence-transformers/all-MiniLM-L6-v2", batch_size=32)
    assert isinstance(model, Embedder)
    return model


def overhead(tasks: list[str], repeats: int = 2) -> None:
    """Each timing is the best of ``repeats`` (this machine's run-to-run noise is +-20 %)."""
    from benchmark.cache import MemoryStore
    from benchmark.data import load_task_data
    from benchmark.evaluate import task_texts
    from benchmark.registry import resolve
    from benchmark.runner import run
    from benchmark.spec import load_task_spec

    folder = _scratch()
    model = _minilm()
    warmup = load_task_data(load_task_spec(folder / "STSB" / "task.yaml"))
    model.encode(task_texts(warmup)[:256], role=None, task=warmup.spec)
    print(f"{'task':22s} {'type':20s} {'texts':>6s} {'encode s':>9s} {'bench s':>8s} {'ratio':>6s} {'fit s':>6s}")
    for name in tasks:
        spec = folder / name / "task.yaml"
        data = load_task_data(load_task_spec(spec))
        texts = task_texts(data)
        encode_s = bench_s = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            model.encode(texts, role=None, task=data.spec)
            encode_s = min(encode_s, time.perf_counter() - started)
            started = time.perf_counter()
            with tempfile.TemporaryDirectory() as out:
                outcome = run(model, resolve(task_files=[spec]), results_dir=Path(out), store=MemoryStore())[0]
            bench_s = min(bench_s, time.perf_counter() - started)
        fit = bench_s - encode_s * outcome.texts_encoded / max(1, len(texts))
        fit_text = f"{fit:6.1f}" if data.spec.type in ("classification", "clustering") else ""
        print(
            f"{name:22s} {data.spec.type:20s} {len(texts):6d} {encode_s:9.1f} {bench_s:8.1f} "
            f"{bench_s / encode_s:6.2f} {fit_text}"
        )


def warm(tasks: list[str]) -> None:
    from benchmark.cache import SqliteStore
    from benchmark.registry import resolve
    from benchmark.runner import run

    folder = _scratch()
    model = _minilm()
    refs = resolve(task_files=[folder / t / "task.yaml" for t in tasks])
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "cache.sqlite3")
        started = time.perf_counter()
        cold = run(model, refs, results_dir=Path(tmp) / "r", store=store, overwrite=True)
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        again = run(model, refs, results_dir=Path(tmp) / "r", store=store, overwrite=True)
        warm_s = time.perf_counter() - started
    print(f"cold: {cold_s:.1f} s, {sum(o.texts_encoded for o in cold)} texts encoded")
    print(
        f"warm (--overwrite): {warm_s:.1f} s, {sum(o.texts_encoded for o in again)} texts encoded, "
        f"{100 * warm_s / cold_s:.0f}% of cold"
    )
    for a, b in zip(cold, again, strict=True):
        assert a.main_score == b.main_score, a.task


def one_mteb(task: str) -> None:
    """Run one task end to end with mteb in this process (imports included in the caller's wall time)."""
    import mteb
    from sentence_transformers import SentenceTransformer

    from benchmark.models.bundled import bundled_model_dir
    from tests.parity.mteb_task_builders import mteb_task

    model = SentenceTransformer(str(bundled_model_dir()), device="cpu")
    result = mteb.evaluate(
        model,
        [mteb_task(_scratch() / task)],
        cache=None,
        co2_tracker=False,
        show_progress_bar=False,
        encode_kwargs={"batch_size": 32, "show_progress_bar": False},
    )
    print(json.dumps({"score": float(result.task_results[0].get_score())}))


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - started


def mteb_side_by_side(tasks: list[str]) -> None:
    """`bench run` (the console script, cold embedding cache) vs mteb.evaluate, one fresh process per task."""
    folder = _scratch()
    bench = str(Path(sys.executable).with_name("bench"))
    print(f"{'task':22s} {'bench s':>8s} {'mteb s':>8s} {'ratio':>6s} {'bench score':>12s} {'mteb score':>11s}")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "PYTHONPATH": str(ROOT)}
    totals = {"bench": 0.0, "mteb": 0.0}
    for task in tasks:
        with tempfile.TemporaryDirectory() as tmp:
            command = [bench, "run", "-m", "sentence-transformers/all-MiniLM-L6-v2", "--batch-size", "32"]
            command += ["--task-file", str(folder / task / "task.yaml"), "--results-dir", f"{tmp}/r"]
            bench_s = _timed([*command, "--cache-dir", f"{tmp}/cache"], env)
            bench_score = _main_score(Path(tmp) / "r")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "one", "--tasks", task], capture_output=True, text=True, env=env, check=True
        )
        mteb_s = time.perf_counter() - started
        mteb_score = json.loads(done.stdout.strip().splitlines()[-1])["score"]
        totals["bench"] += bench_s
        totals["mteb"] += mteb_s
        print(f"{task:22s} {bench_s:8.1f} {mteb_s:8.1f} {bench_s / mteb_s:6.2f} {bench_score:12.6f} {mteb_score:11.6f}")
    print(f"{'all':22s} {totals['bench']:8.1f} {totals['mteb']:8.1f} {totals['bench'] / totals['mteb']:6.2f}")


def _main_score(results_dir: Path) -> float:
    from benchmark.results import read_result

    (path,) = [p for p in results_dir.glob("*/*/*.json") if p.name != "model_meta.json"]
    score = read_result(path).main_score
    assert score is not None, path
    return score


def scaling(n_docs: int = 1_000_000, n_queries: int = 10_000, dim: int = 384, k: int = 100) -> None:
    from benchmark.ranking import dense_search

    rng = np.random.default_rng(0)
    docs = rng.standard_normal((n_docs, dim), dtype=np.float32)
    for start in range(0, n_docs, 65536):  # normalise in place, chunk by chunk (no corpus-sized temporary)
        part = docs[start : start + 65536]
        part /= np.linalg.norm(part, axis=1, keepdims=True)
    queries = rng.standard_normal((n_queries, dim), dtype=np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    doc_ids = [f"d{i}" for i in range(n_docs)]
    query_ids = [f"q{i}" for i in range(n_queries)]
    a = rng.standard_normal((256, dim), dtype=np.float32)
    b = rng.standard_normal((dim, 65536), dtype=np.float32)
    started = time.perf_counter()
    for _ in range(20):
        a @ b
    peak_gflops = 20 * 2 * 256 * dim * 65536 / (time.perf_counter() - started) / 1e9
    started = time.perf_counter()
    run = dense_search(query_ids, queries, doc_ids, docs, similarity="cosine", top_k=k)
    wall = time.perf_counter() - started
    assert len(run) == n_queries and all(len(v) == k for v in run.values())
    achieved = 2 * n_queries * n_docs * dim / wall / 1e9
    rss_gib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    print(
        f"corpus {n_docs} x {dim}, {n_queries} queries, top-{k}: {wall:.1f} s, peak RSS {rss_gib:.2f} GiB "
        f"(corpus alone {docs.nbytes / 1024**3:.2f} GiB)"
    )
    print(
        f"matmul throughput: {achieved:.0f} GFLOP/s achieved vs {peak_gflops:.0f} GFLOP/s plain sgemm "
        f"({100 * achieved / peak_gflops:.0f}%)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("overhead", "warm", "mteb", "scaling", "one", "all"))
    parser.add_argument("--tasks", default="")
    parser.add_argument("--docs", type=int, default=1_000_000)
    args = parser.parse_args()
    tasks = [t for t in args.tasks.split(",") if t] or list(ALL_TASKS)
    if args.what == "one":
        one_mteb(tasks[0])
        return
    if args.what in ("overhead", "all"):
        print("== 1. harness overhead per task (bench wall / encode of unique texts)")
        overhead(tasks)
    if args.what in ("warm", "all"):
        print("== 2. re-scoring with a warm cache")
        warm([t for t in tasks if t in MTEB_TASKS])
    if args.what in ("mteb", "all"):
        print("== 3. side by side with mteb (whole process, one process per task)")
        mteb_side_by_side([t for t in tasks if t in MTEB_TASKS])
    if args.what == "scaling":
        scaling(n_docs=args.docs)
    if args.what == "all":  # a fresh process, so that its peak RSS is the search's own
        print("== 4. retrieval scaling", flush=True)
        subprocess.run([sys.executable, __file__, "scaling", "--docs", str(args.docs)], check=True)


if __name__ == "__main__":
    main()
