"""Build the mteb task equivalent to one of our task folders (same files), for side-by-side runs."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import yaml

from tests.parity import mteb_bridge as mb


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def mteb_task(folder: Path) -> Any:
    """An mteb AbsTask over the files of ``folder/task.yaml`` (test split)."""
    spec = yaml.safe_load((folder / "task.yaml").read_text(encoding="utf-8"))
    kind, split = spec["type"], spec["splits"]["test"]
    if kind in ("sts", "pair_classification"):
        rows = _rows(folder / split)
        s1, s2 = [r["sentence1"] for r in rows], [r["sentence2"] for r in rows]
        if kind == "sts":
            return mb.sts_task(s1, s2, [r["score"] for r in rows])
        return mb.pair_task(s1, s2, [r["label"] for r in rows])
    if kind == "classification":
        train, test = _rows(folder / spec["splits"]["train"]), _rows(folder / split)
        return mb.classification_task(
            ([r["text"] for r in train], [r["label"] for r in train]),
            ([r["text"] for r in test], [r["label"] for r in test]),
        )
    if kind == "summarization":
        rows = _rows(folder / split)
        columns = ("text", "human_summaries", "machine_summaries", "relevance")
        text, human, machine, relevance = ([r[c] for r in rows] for c in columns)
        low, high = spec.get("min_score", 0), spec.get("max_score", 5)
        return mb.summarization_task(text, human, machine, relevance, low, high)
    if kind == "bitext_mining":
        rows = _rows(folder / split)
        return mb.bitext_task([r["sentence1"] for r in rows], [r["sentence2"] for r in rows])
    if kind == "clustering":
        rows = _rows(folder / split)
        return mb.clustering_task([r["text"] for r in rows], [r["label"] for r in rows], None)
    corpus = {str(r["_id"]): (r.get("title") or "", r["text"]) for r in _rows(folder / split["corpus"])}
    queries = {str(r["_id"]): r["text"] for r in _rows(folder / split["queries"])}
    qrels: dict[str, dict[str, int]] = {}
    with (folder / split["qrels"]).open(encoding="utf-8") as handle:
        for row in list(csv.reader(handle, delimiter="\t"))[1:]:
            qrels.setdefault(row[0], {})[row[1]] = int(row[2])
    top_ranked = None
    if "candidates" in split:
        top_ranked = {r["query_id"]: r["candidates"] for r in _rows(folder / split["candidates"])}
    return mb.retrieval_task(corpus, {q: t for q, t in queries.items() if q in qrels}, qrels, top_ranked)
