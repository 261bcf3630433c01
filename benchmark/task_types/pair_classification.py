"""Pair classification: average precision (and best-threshold accuracy/F1) per scorer; main score max AP."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal, NotRequired, TypedDict

import numpy as np
from sklearn.metrics import average_precision_score

from benchmark.data import PairSplit, field_of, load_pairs, resolve
from benchmark.errors import DataError
from benchmark.models.base import Embedder, LexicalRanker
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import ItemMetric, MaxAPMetric
from benchmark.task_types.base import SplitOutcome, TaskEncoder, TaskParams, need_encoder
from benchmark.task_types.sts import PairTaskType, mteb_pairs, pair_similarities

_SCORERS = ("similarity", "cosine", "manhattan", "euclidean", "dot")


def best_accuracy(scores: np.ndarray, labels: np.ndarray) -> float:
    """Best accuracy over thresholds between distinct scores (tied scores are never split), as mteb."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    best, positives, negatives_left = 0.0, 0, int((labels == 0).sum())
    for i in range(len(s) - 1):
        if y[i] == 1:
            positives += 1
        else:
            negatives_left -= 1
        if s[i] == s[i + 1]:
            continue
        best = max(best, (positives + negatives_left) / len(labels))
    return best


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """Best F1 (with its precision and recall) over thresholds between distinct scores, as mteb."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    best = (0.0, 0.0, 0.0)
    correct, total = 0, int(labels.sum())
    for i in range(len(s) - 1):
        if y[i] == 1:
            correct += 1
        if s[i] == s[i + 1] or correct == 0:
            continue
        precision, recall = correct / (i + 1), correct / total
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best[0]:
            best = (f1, precision, recall)
    return best


def classification_metrics(scores: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """accuracy, f1, precision, recall and ap for one scorer (higher score = more similar)."""
    f1, precision, recall = best_f1(scores, labels)
    return {
        "accuracy": best_accuracy(scores, labels),
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "ap": float(average_precision_score(labels, scores)),
    }


def evaluate_pair_classification(split: PairSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Score every pair five ways; report each scorer's metrics and the max over scorers."""
    emb1 = encoder(split.sentence1, None)
    emb2 = encoder(split.sentence2, None)
    sims = pair_similarities(emb1, emb2, encoder.model.info.similarity)
    labels = np.asarray(split.gold, dtype=np.int64)
    scores: dict[str, Any] = {}
    best: dict[str, list[float]] = {}
    for name in _SCORERS:
        for metric, value in classification_metrics(np.asarray(sims[name], dtype=np.float64), labels).items():
            scores[f"{name}_{metric}"] = value
            best.setdefault(metric, []).append(value)
    for metric, values in best.items():
        scores[f"max_{metric}"] = max(values)
    items: list[PairClassificationItem] = [
        {
            "id": item_id,
            "label": int(label),
            "cosine": float(sims["cosine"][i]),
            "manhattan": float(sims["manhattan"][i]),
            "euclidean": float(sims["euclidean"][i]),
            "dot": float(sims["dot"][i]),
        }
        for i, (item_id, label) in enumerate(zip(split.ids, labels, strict=True))
    ]
    if encoder.model.info.similarity != "cosine":  # the model's own similarity is not cosine: record it too
        for item, value in zip(items, sims["similarity"], strict=True):
            item["similarity"] = float(value)
    return SplitOutcome(scores=scores, items=items, protocol={"n_pairs": len(split.ids)})


class PairClassificationParams(TaskParams):
    """No parameters (mteb has none)."""

    type: Literal["pair_classification"] = "pair_classification"


class PairClassificationItem(TypedDict):
    """One pair: its 0/1 label and its score under each similarity function (higher = more similar)."""

    id: str
    label: int
    cosine: float
    manhattan: float
    euclidean: float
    dot: float
    similarity: NotRequired[float]  # the model's similarity function, when it is not cosine


_PAIR_SCORERS = ("cosine", "manhattan", "euclidean", "dot")


def _label(path: Path, number: int, row: dict[str, Any]) -> float:
    label = field_of(path, number, row, "label", int)
    if label not in (0, 1):
        raise DataError(f"{path}:{number}: label must be 0 or 1, got {label}")
    return float(label)


class PairClassificationType(PairTaskType[PairClassificationParams]):
    """Pair classification (mteb ``PairClassification``): 0/1-labelled pairs; main score max AP over scorers."""

    name: ClassVar[str] = "pair_classification"
    mteb_name: ClassVar[str] = "PairClassification"
    label: ClassVar[str] = "Pair classification"
    short_label: ClassVar[str] = "Pair class."
    params_model: ClassVar[type[TaskParams]] = PairClassificationParams
    default_main_score: ClassVar[str] = "max_ap"
    main_score_labels: ClassVar[Mapping[str, str]] = {
        "max_ap": "max AP",
        "similarity_ap": "AP (model similarity)",
        "cosine_ap": "cosine AP",
        "manhattan_ap": "Manhattan AP",
        "euclidean_ap": "Euclidean AP",
        "dot_ap": "dot AP",
    }
    item_record: ClassVar[type] = PairClassificationItem

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> PairSplit:
        assert isinstance(entry, str)
        path = resolve(root, entry)
        split = load_pairs(path, _label)
        if len(set(split.gold)) < 2:
            raise DataError(f"{path}: pair classification needs both labels 0 and 1")
        return split

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, PairSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        return evaluate_pair_classification(splits[split], need_encoder(encoder, self.name))

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """AP of the scorer chosen on all items (max AP) or of the named scorer."""
        names = _PAIR_SCORERS if main_score == "max_ap" else (main_score.removesuffix("_ap"),)
        scorers = np.array([[float(r.get(s, r["cosine"]) if s == "similarity" else r[s]) for r in rows] for s in names])
        labels = np.array([int(r["label"]) for r in rows], dtype=np.int64)
        return MaxAPMetric([str(r["id"]) for r in rows], labels, scorers)

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, PairSplit], dict[str, Any]]:
        from benchmark.mteb_adapter import subset

        splits = {}
        for split in eval_splits:
            rows = subset(task.dataset, split)
            splits[split] = mteb_pairs(rows, "labels" if "labels" in rows.column_names else "label")
        return splits, {}


TYPE = PairClassificationType()
