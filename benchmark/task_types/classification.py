"""Classification: mteb 2.x's undersampled logistic-regression probe, with per-item predictions per experiment."""

from __future__ import annotations

import warnings
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
from pydantic import Field
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    f1_score,
    precision_score,
    recall_score,
)

from benchmark.data import LabeledSplit, load_labeled, resolve
from benchmark.errors import DataError
from benchmark.models.base import Embedder, LexicalRanker
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import ExperimentMeanMetric, ItemMetric
from benchmark.task_types.base import P, SplitOutcome, TaskEncoder, TaskParams, TaskType, duplicates, need_encoder

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
    params: ClassificationParams, train: LabeledSplit, test: LabeledSplit, encoder: TaskEncoder
) -> SplitOutcome:
    """Fit LogisticRegression(max_iter, random_state=42) per experiment; average the metrics."""
    selections = undersample(train.labels, params.samples_per_label, params.n_experiments)
    union = sorted(set().union(*selections))
    train_emb = encoder([train.texts[i] for i in union], None)
    position = {orig: pos for pos, orig in enumerate(union)}
    test_emb = encoder(test.texts, None)
    per_experiment: list[dict[str, float | None]] = []
    predictions: list[list[str]] = []
    for chosen in selections:
        clf = LogisticRegression(max_iter=params.max_iter, random_state=SEED)
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
    items: list[ClassificationItem] = [
        {"id": item_id, "gold": gold, "pred": [p[i] for p in predictions]}
        for i, (item_id, gold) in enumerate(zip(test.ids, test.labels, strict=True))
    ]
    protocol = {
        "n_train_encoded": len(union),
        "train_ids_per_experiment": [[train.ids[i] for i in chosen] for chosen in selections],
        "seed": SEED,
    }
    return SplitOutcome(scores=scores, items=items, protocol=protocol)


class ClassificationParams(TaskParams):
    """mteb 2.x's undersampled logistic-regression probe."""

    type: Literal["classification"] = "classification"
    train_split: str = "train"
    samples_per_label: int = Field(default=8, ge=1)
    n_experiments: int = Field(default=10, ge=1)
    max_iter: int = Field(default=100, ge=1)


class ClassificationItem(TypedDict):
    """One test text: its gold label and the label predicted in each training experiment."""

    id: str
    gold: str
    pred: list[str]


class LabeledTaskType(TaskType[P, LabeledSplit]):
    """What the text-and-label types (classification, clustering) share: the split reader and the texts."""

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> LabeledSplit:
        assert isinstance(entry, str)
        return load_labeled(resolve(root, entry))

    def texts(self, split: LabeledSplit) -> list[str]:
        return split.texts


class ClassificationType(LabeledTaskType[ClassificationParams]):
    """Classification (mteb ``Classification``): a probe trained on the train split; main score accuracy."""

    name: ClassVar[str] = "classification"
    mteb_name: ClassVar[str] = "Classification"
    label: ClassVar[str] = "Classification"
    short_label: ClassVar[str] = "Classif."
    params_model: ClassVar[type[TaskParams]] = ClassificationParams
    default_main_score: ClassVar[str] = "accuracy"
    main_score_labels: ClassVar[Mapping[str, str]] = {"accuracy": "accuracy"}
    item_record: ClassVar[type] = ClassificationItem

    def check_spec(self, spec: TaskSpec) -> None:
        super().check_spec(spec)
        train = self.params_of(spec).train_split
        if train not in spec.splits:
            raise ValueError(f"classification task needs a '{train}' split (train_split)")

    def default_eval_splits(self, spec: TaskSpec) -> tuple[str, ...]:
        """Every split but the train split."""
        return tuple(s for s in spec.splits if s != self.params_of(spec).train_split)

    def extra_splits(self, spec: TaskSpec) -> tuple[str, ...]:
        return (self.params_of(spec).train_split,)

    def check_data(self, spec: TaskSpec, splits: Mapping[str, LabeledSplit], where: str) -> None:
        train = splits[self.params_of(spec).train_split]
        if len(set(train.labels)) < 2:
            raise DataError(f"{where}: the train split needs at least 2 labels")
        for name in spec.resolved_eval_splits:
            unseen = sorted(set(splits[name].labels) - set(train.labels))
            if unseen:
                raise DataError(f"{where}: split '{name}' has label '{unseen[0]}' that the train split lacks")

    def problems(self, spec: TaskSpec, splits: Mapping[str, LabeledSplit]) -> list[str]:
        params = self.params_of(spec)
        problems = labeled_problems(splits)
        train = splits[params.train_split]
        short = sorted(label for label, n in Counter(train.labels).items() if n < params.samples_per_label)
        if short:
            problems.append(f"train split: label '{short[0]}' has fewer than {params.samples_per_label} examples")
        seen = {t.strip().lower() for t in train.texts}
        for name in spec.resolved_eval_splits:
            leaked = [t for t in splits[name].texts if t.strip().lower() in seen]
            if leaked:
                problems.append(f"split '{name}': {len(leaked)} item(s) also in the train split")
        return problems

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, LabeledSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        params = self.params_of(spec)
        return evaluate_classification(
            params, splits[params.train_split], splits[split], need_encoder(encoder, self.name)
        )

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """Correctness per item and training experiment (a two-level bootstrap resamples both)."""
        correct = np.array([[p == r["gold"] for p in r["pred"]] for r in rows], dtype=np.float64)
        if correct.ndim != 2 or correct.shape[1] == 0:
            raise ValueError("every item needs one prediction per experiment")
        return ExperimentMeanMetric([str(r["id"]) for r in rows], correct)

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, LabeledSplit], dict[str, Any]]:
        from benchmark.mteb_adapter import labeled, subset

        splits = {}
        for split in [*eval_splits, task.train_split]:
            rows = subset(task.dataset, split)
            splits[split] = labeled(rows[task.input_column_name], rows[task.label_column_name])
        params = {
            "train_split": task.train_split,
            "samples_per_label": task.samples_per_label,
            "n_experiments": task.n_experiments,
        }
        return splits, params


def labeled_problems(splits: Mapping[str, LabeledSplit]) -> list[str]:
    """Duplicate texts and single-label splits."""
    problems = []
    for name, split in splits.items():
        dups = duplicates(split.texts)
        if dups:
            problems.append(f"split '{name}': {len(dups)} duplicate text(s), e.g. {dups[0][:60]!r}")
        if len(set(split.labels)) < 2:
            problems.append(f"split '{name}': needs at least two labels")
    return problems


TYPE = ClassificationType()
