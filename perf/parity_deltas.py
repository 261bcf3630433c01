"""Print |ours - mteb| per task type on real data from ../shared/data (same embeddings for both harnesses).

Usage: python perf/parity_deltas.py [--tasks STSB,TATQA,...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmark.data import load_task_data  # noqa: E402
from benchmark.evaluate import evaluate_task  # noqa: E402
from benchmark.models.loader import load_model  # noqa: E402
from benchmark.spec import load_task_spec  # noqa: E402
from perf.shared_tasks import build  # noqa: E402
from tests.conftest import RecordingEmbedder  # noqa: E402
from tests.parity import mteb_bridge as mb  # noqa: E402
from tests.parity.mteb_task_builders import mteb_task  # noqa: E402

KEYS = {
    "sts": ("cosine_spearman", "cosine_pearson"),
    "pair_classification": ("max_ap", "cosine_ap", "max_f1"),
    "classification": ("accuracy", "f1"),
    "clustering": ("v_measure",),
    "retrieval": ("ndcg_at_10", "map_at_100", "mrr_at_10", "recall_at_100"),
    "reranking": ("map_at_1000", "mrr_at_10", "ndcg_at_10"),
    "summarization": ("cosine_spearman", "cosine_pearson", "dot_spearman"),
    "bitext_mining": ("f1", "accuracy", "precision"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tasks",
        default="STSB,SICKR,Banking77,FinancialPhrasebank,TwitterSemEval,TATQA,SemEvalRerank,NewsClustering,"
        "SICKSummarization,URLBitext",
    )
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "bench-perf-tasks"
    if not (folder / "URLBitext" / "task.yaml").exists():
        build(folder)
    model = load_model("sentence-transformers/all-MiniLM-L6-v2")
    print(f"{'task':22s} {'type':20s} {'metric':16s} {'ours':>10s} {'mteb':>10s} {'|delta|':>9s}")
    for name in args.tasks.split(","):
        data = load_task_data(load_task_spec(folder / name / "task.yaml"))
        recorder = RecordingEmbedder(model)  # type: ignore[arg-type]
        ours = evaluate_task(recorder, data).outcomes["test"].scores

        def fallback(texts: list[str], spec: Any = data.spec) -> list[Any]:
            return list(model.encode(texts, role=None, task=spec))  # type: ignore[union-attr]

        theirs = mb.mteb_scores(mteb_task(folder / name), mb.FrozenEncoder(recorder.table, name, fallback=fallback))
        for key in KEYS[data.spec.type]:
            delta = abs(float(ours[key]) - float(theirs[key]))
            print(f"{name:22s} {data.spec.type:20s} {key:16s} {ours[key]:10.6f} {theirs[key]:10.6f} {delta:9.2e}")


if __name__ == "__main__":
    main()
