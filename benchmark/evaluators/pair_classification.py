"""Pair classification: average precision (and best-threshold accuracy/F1) per scorer; main score max AP."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score

from benchmark.data import PairSplit
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.evaluators.sts import pair_similarities
from benchmark.spec import TaskSpec

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


def evaluate_pair_classification(spec: TaskSpec, split: PairSplit, encoder: TaskEncoder) -> SplitOutcome:
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
    items = [
        {
            "id": item_id,
            "label": int(label),
            **{name: float(sims[name][i]) for name in _SCORERS if name != "similarity"},
        }
        for i, (item_id, label) in enumerate(zip(split.ids, labels, strict=True))
    ]
    return SplitOutcome(scores=scores, items=items, protocol={"n_pairs": len(split.ids)})
