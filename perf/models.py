"""Per model: encode throughput (texts/s at batch size 32), the default suite's wall time with a cold and a warm
embedding cache, and peak RSS, each suite run in a fresh process. Prints a table (issue: three real models).

Usage: ``python perf/models.py [--models M1,M2,...] [--texts 2000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = "sentence-transformers/all-MiniLM-L6-v2,sentence-transformers/all-mpnet-base-v2,wordllama/l2_supercat,tfidf"
_CHILD = """
import json, resource, sys, time
from pathlib import Path
from benchmark.models.loader import load_model
from benchmark.registry import resolve
from benchmark.runner import run
from benchmark.cache import SqliteStore
started = time.perf_counter()
model = load_model(sys.argv[1])
run(model, resolve(suite="default"), results_dir=Path(sys.argv[2]), store=SqliteStore(Path(sys.argv[3])))
print(json.dumps({"wall_s": time.perf_counter() - started,
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def throughput(name: str, n_texts: int) -> float | None:
    """Texts per second encoding ``n_texts`` distinct suite texts at batch size 32 (after one warm-up batch); None
    for a ranker without embeddings."""
    from benchmark.evaluate import task_texts
    from benchmark.models.base import Embedder
    from benchmark.models.loader import load_model
    from benchmark.registry import resolve

    refs = resolve(suite="default")
    texts = list(dict.fromkeys(t for ref in refs for t in task_texts(ref.load())))[:n_texts]
    model = load_model(name, batch_size=32)
    if not isinstance(model, Embedder):
        return None
    spec = refs[0].load().spec
    if hasattr(model, "prepare"):
        model.prepare(texts, task=spec)
    model.encode(texts[:32], role=None, task=spec)
    started = time.perf_counter()
    model.encode(texts, role=None, task=spec)
    return len(texts) / (time.perf_counter() - started)


def suite_run(name: str, results: Path, cache: Path) -> dict[str, float]:
    """Wall time and peak RSS of one ``bench run``-equivalent of the default suite in a fresh process."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, name, str(results), str(cache)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=DEFAULT)
    parser.add_argument("--texts", type=int, default=2000)
    args = parser.parse_args()
    print(
        f"{'model':42s} {'texts/s':>9s} {'cold s':>8s} {'warm s':>8s} {'peak RSS MiB':>13s}  ({os.cpu_count()} cores)"
    )
    for name in args.models.split(","):
        rate = throughput(name, args.texts)
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "embeddings.sqlite3"
            cold = suite_run(name, Path(tmp) / "cold", cache)
            warm = suite_run(name, Path(tmp) / "warm", cache)
        rss = max(cold["peak_rss_mib"], warm["peak_rss_mib"])
        shown = "–" if rate is None else f"{rate:.0f}"
        print(f"{name:42s} {shown:>9s} {cold['wall_s']:8.1f} {warm['wall_s']:8.1f} {rss:13.0f}")


if __name__ == "__main__":
    main()
