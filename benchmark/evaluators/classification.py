"""Classification: mteb 2.x's undersampled logistic-regression probe, with per-item predictions per experiment."""

from __future__ import annotations

import warnings
from collections import defaultdict
from typing import Any

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    f1_score,
    precision_score,
    recall_score,
)

from benchmark.data import LabeledSplit
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.spec import TaskSpec

SEED = 42


def undersample(labels: list[str], samples_per_label: int, n_experiments: int, seed: int = SEED) -> list[list[int]]:
    """Training indices per experiment, exactly as mteb: re-seed RandomState(seed) and reshuffle the same list."""
    idxs = list(range(len(labels)))
    selections: list[list[int]] = []
    for _ in range(n_experiments):
        np.random.RandomState(seed).shuffle(idxs)
        counts: dict[str, int] = defaultdict(int)
        chosen: list[int] = []
        for i in idxs:
            if counts[labels[i]] < samples_per_label:
                chosen.append(i)
                counts[labels[i]] += 1
        selections.append(chosen)
    return selections


def experiment_scores(y_true: list[str], y_pred: list[str]) -> dict[str, float | None]:
    """mteb's per-experiment metrics (``ap`` only for binary tasks, on hard labels)."""
    scores: dict[str, float | None] = {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "f1": float(f1_score(y_true, y_pred, average="macro")),
        "f1_weighted": float(f1_score(y_true, y_pred, average="weighted")),
        "precision": float(precision_score(y_true, y_pred, average="macro", zero_division=0)),
        "precision_weighted": float(precision_score(y_true, y_pred, average="weighted", zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, average="macro")),
        "recall_weighted": float(recall_score(y_true, y_pred, average="weighted")),
        "ap": None,
        "ap_weighted": None,
    }
    classes = sorted(set(y_true))
    if len(classes) == 2:
        true_bin = [classes.index(y) for y in y_true]
        pred_bin = [classes.index(y) if y in classes else 0 for y in y_pred]
        scores["ap"] = float(average_precision_score(true_bin, pred_bin, average="macro"))
        scores["ap_weighted"] = float(average_precision_score(true_bin, pred_bin, average="weighted"))
    return scores


def evaluate_classification(
    spec: TaskSpec, train: LabeledSplit, test: LabeledSplit, encoder: TaskEncoder
) -> SplitOutcome:
    """Fit LogisticRegression(max_iter, random_state=42) per experiment; average the metrics."""
    selections = undersample(train.labels, spec.samples_per_label, spec.n_experiments)
    union = sorted(set().union(*selections))
    train_emb = encoder([train.texts[i] for i in union], None)
    position = {orig: pos for pos, orig in enumerate(union)}
    test_emb = encoder(test.texts, None)
    per_experiment: list[dict[str, float | None]] = []
    predictions: list[list[str]] = []
    for chosen in selections:
        clf = LogisticRegression(max_iter=spec.max_iter, random_state=SEED)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(train_emb[[position[i] for i in chosen]], [train.labels[i] for i in chosen])
        pred = [str(p) for p in clf.predict(test_emb)]
        predictions.append(pred)
        per_experiment.append(experiment_scores(test.labels, pred))
    scores: dict[str, Any] = {}
    for key in per_experiment[0]:
        values = [v for s in per_experiment if (v := s[key]) is not None]
        scores[key] = float(np.mean(values)) if values else None
    scores["scores_per_experiment"] = per_experiment
    items = [
        {"id": item_id, "gold": gold, "pred": [p[i] for p in predictions]}
        for i, (item_id, gold) in enumerate(zip(test.ids, test.labels, strict=True))
    ]
    protocol = {
        "n_train_encoded": len(union),
        "train_ids_per_experiment": [[train.ids[i] for i in chosen] for chosen in selections],
        "seed": SEED,
    }
    return SplitOutcome(scores=scores, items=items, protocol=protocol)
