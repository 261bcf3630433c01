"""Bitext mining: find each sentence's translation (or rewording) among all the other side's sentences.

mteb 2.x's protocol: every ``sentence1`` is matched to its nearest ``sentence2`` by the model's similarity; row i's
gold match is row i. Precision, recall and F1 are sklearn's support-weighted averages over the gold rows (recall
equals accuracy); the main score is F1. One record per ``sentence1``: the id of the row it matched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
from scipy import sparse
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from benchmark.data import load_pairs, resolve
from benchmark.models.base import Embedder, FloatMatrix, LexicalRanker, l2_normalize
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import Floats, FromCounts, Ints, ItemMetric, Resamples
from benchmark.task_types.base import SplitOutcome, TaskEncoder, TaskParams, TaskType, duplicates, need_encoder


class BitextMiningParams(TaskParams):
    """No parameters (mteb's defaults: one pair of columns, nearest neighbour)."""

    type: Literal["bitext_mining"] = "bitext_mining"


@dataclass(frozen=True)
class BitextSplit:
    """Parallel sentences: ``sentence1[i]`` and ``sentence2[i]`` say the same thing."""

    ids: list[str]
    sentence1: list[str]
    sentence2: list[str]


class BitextItem(TypedDict):
    """One ``sentence1``: the id of the row whose ``sentence2`` it matched, and that similarity."""

    id: str
    match: str
    score: float


def load_bitext(path: Path) -> BitextSplit:
    """Rows ``{id, sentence1, sentence2}`` (the pair reader with no gold value); at least two."""
    pairs = load_pairs(path, lambda *_: 0.0)
    return BitextSplit(pairs.ids, pairs.sentence1, pairs.sentence2)


def _similarities(a: FloatMatrix, b: FloatMatrix, similarity: str) -> FloatMatrix:
    """All-pairs similarity in float32 (cosine as torch's normalise-then-multiply, as mteb's ``cos_sim``)."""
    if similarity == "cosine":
        a, b = l2_normalize(a), l2_normalize(b)
    out: FloatMatrix = a @ b.T
    return out


def match_scores(predictions: Sequence[int]) -> dict[str, float]:
    """mteb's metrics for predicted row positions against the identity gold."""
    labels = list(range(len(predictions)))
    return {
        "precision": float(precision_score(labels, predictions, zero_division=0, average="weighted")),
        "recall": float(recall_score(labels, predictions, zero_division=0, average="weighted")),
        "f1": float(f1_score(labels, predictions, zero_division=0, average="weighted")),
        "accuracy": float(accuracy_score(labels, predictions)),
    }


def evaluate_bitext(split: BitextSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Nearest ``sentence2`` of each ``sentence1`` (the first one on a tie)."""
    sims = _similarities(encoder(split.sentence1, None), encoder(split.sentence2, None), encoder.model.info.similarity)
    best = np.argmax(sims, axis=1)
    items: list[BitextItem] = [
        {"id": key, "match": split.ids[int(j)], "score": float(sims[i, j])}
        for i, (key, j) in enumerate(zip(split.ids, best, strict=True))
    ]
    return SplitOutcome(scores=match_scores([int(j) for j in best]), items=items, protocol={"n_pairs": len(split.ids)})


@dataclass(frozen=True)
class MatchMetric(FromCounts):
    """Support-weighted F1 (or precision, or accuracy) of nearest-neighbour matches, per bootstrap resample.

    Item i drawn w_i times adds w_i to the support of gold row i and w_i predictions of row ``match_i``. With
    c_j the predictions of row j and TP_j = w_j [match_j = j]: F1_j = 2 TP_j / (w_j + c_j), precision_j =
    TP_j / c_j, and the scores are their support-weighted means (sklearn's ``average="weighted"``). A match
    outside the items (``-1``) is wrong and predicts no item's row.
    """

    ids: list[str]
    match: Ints  # position of the matched row, -1 when it is not among the items
    score: Literal["f1", "precision", "accuracy"]

    @cached_property
    def _predicted(self) -> sparse.csr_matrix:
        """(rows, items) indicator: item i predicted row j."""
        inside = np.flatnonzero(self.match >= 0)
        n = len(self.ids)
        ones = np.ones(len(inside))
        return sparse.csr_matrix((ones, (self.match[inside], inside)), shape=(n, n))

    @cached_property
    def _correct(self) -> Floats:
        out: Floats = (self.match == np.arange(len(self.ids))).astype(np.float64)
        return out

    def resample_counts(self, block: Resamples) -> Floats:
        w = block.counts
        support = w.sum(axis=0)
        true_positive = w * self._correct[:, None]
        if self.score == "accuracy":
            out: Floats = true_positive.sum(axis=0) / support
            return out
        predicted = np.asarray(self._predicted @ w)
        if self.score == "f1":
            per_row = 2 * true_positive / np.maximum(w + predicted, 1.0)
        else:
            per_row = np.where(predicted > 0, true_positive / np.maximum(predicted, 1.0), 0.0)
        out = (w * per_row).sum(axis=0) / support
        return out

    def per_item(self) -> Floats | None:
        return self._correct if self.score == "accuracy" else None

    def take(self, order: Sequence[int]) -> MatchMetric:
        o = list(order)
        position = {old: new for new, old in enumerate(o)}
        match = np.array([position.get(int(self.match[i]), -1) for i in o], dtype=np.int64)
        return MatchMetric([self.ids[i] for i in o], match, self.score)


class BitextMiningType(TaskType[BitextMiningParams, BitextSplit]):
    """Bitext mining (mteb ``BitextMining``): main score F1."""

    name: ClassVar[str] = "bitext_mining"
    mteb_name: ClassVar[str] = "BitextMining"
    label: ClassVar[str] = "Bitext mining"
    short_label: ClassVar[str] = "Bitext"
    params_model: ClassVar[type[TaskParams]] = BitextMiningParams
    default_main_score: ClassVar[str] = "f1"
    main_score_labels: ClassVar[Mapping[str, str]] = {
        "f1": "F1",
        "accuracy": "accuracy",
        "precision": "precision",
        "recall": "recall",
    }
    item_record: ClassVar[type] = BitextItem

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> BitextSplit:
        assert isinstance(entry, str)
        return load_bitext(resolve(root, entry))

    def texts(self, split: BitextSplit) -> list[str]:
        return split.sentence1 + split.sentence2

    def problems(self, spec: TaskSpec, splits: Mapping[str, BitextSplit]) -> list[str]:
        problems = []
        for name, split in splits.items():
            for side, texts in (("sentence1", split.sentence1), ("sentence2", split.sentence2)):
                dups = duplicates(texts)
                if dups:
                    problems.append(
                        f"split '{name}': {len(dups)} duplicate {side} text(s) (their gold match is ambiguous), "
                        f"e.g. {dups[0][:60]!r}"
                    )
        return problems

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, BitextSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        return evaluate_bitext(splits[split], need_encoder(encoder, self.name))

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """Recall is accuracy (each gold row has support one)."""
        position = {str(r["id"]): i for i, r in enumerate(rows)}
        match = np.array([position.get(str(r["match"]), -1) for r in rows], dtype=np.int64)
        score: Literal["f1", "precision", "accuracy"] = (
            "accuracy" if main_score in ("accuracy", "recall") else "f1" if main_score == "f1" else "precision"
        )
        return MatchMetric(list(position), match, score)

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, BitextSplit], dict[str, Any]]:
        from benchmark.errors import TaskSpecError
        from benchmark.mteb_adapter import subset

        if getattr(task, "parallel_subsets", False):
            raise TaskSpecError(f"mteb:{task.metadata.name}: parallel (multi-pair) bitext tasks are not supported")
        (first, second), *rest = task._DEFAULT_PAIR
        splits = {}
        for split in eval_splits:
            rows = subset(task.dataset, split)
            if "gold" in rows.column_names or rest:
                raise TaskSpecError(
                    f"mteb:{task.metadata.name}: bitext tasks with explicit gold pairs are not supported"
                )
            a, b = list(rows[first]), list(rows[second])
            splits[split] = BitextSplit([str(i) for i in range(len(a))], a, b)
        return splits, {}


TYPE = BitextMiningType()
