"""Task scores recomputed from per-item records, vectorised over bootstrap resamples.

Every metric takes an index matrix ``idx`` of shape (B, n) (row b = the items of resample b) and returns the
B resampled scores; ``point()`` reproduces the stored score from the items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from scipy.stats import rankdata

from benchmark.errors import ResultsError

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]


class ItemMetric(Protocol):
    """A task score as a function of which items are in the sample."""

    @property
    def ids(self) -> list[str]:
        """Item ids, in the order the arrays use."""
        ...

    def point(self) -> float:
        """The score on all items."""
        ...

    def resample(self, idx: Ints) -> Floats:
        """Scores of B resamples, ``idx`` of shape (B, n)."""
        ...

    def per_item(self) -> Floats | None:
        """Per-item values when the score is their mean (decomposable), else None."""
        ...

    def take(self, order: Sequence[int]) -> ItemMetric:
        """The same metric with items reordered/selected by position."""
        ...


@dataclass(frozen=True)
class MeanMetric:
    """Decomposable score: the mean of per-item values (retrieval metrics, classification correctness)."""

    ids: list[str]
    values: Floats

    def point(self) -> float:
        return float(self.values.mean())

    def resample(self, idx: Ints) -> Floats:
        out: Floats = self.values[idx].mean(axis=1)
        return out

    def per_item(self) -> Floats | None:
        return self.values

    def take(self, order: Sequence[int]) -> MeanMetric:
        return MeanMetric([self.ids[i] for i in order], self.values[list(order)])


def _rowwise_pearson(x: Floats, y: Floats) -> Floats:
    xc = x - x.mean(axis=1, keepdims=True)
    yc = y - y.mean(axis=1, keepdims=True)
    denom = np.sqrt((xc * xc).sum(axis=1) * (yc * yc).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        out: Floats = np.where(denom > 0, (xc * yc).sum(axis=1) / np.where(denom > 0, denom, 1.0), 0.0)
    return out


@dataclass(frozen=True)
class SpearmanMetric:
    """Spearman correlation between gold scores and predicted similarities (STS)."""

    ids: list[str]
    gold: Floats
    pred: Floats

    def point(self) -> float:
        return float(self.resample(np.arange(len(self.ids))[None, :])[0])

    def resample(self, idx: Ints) -> Floats:
        return _rowwise_pearson(rankdata(self.gold[idx], axis=1), rankdata(self.pred[idx], axis=1))

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> SpearmanMetric:
        o = list(order)
        return SpearmanMetric([self.ids[i] for i in o], self.gold[o], self.pred[o])


def multiplicities(idx: Ints, n: int) -> Floats:
    """How often each of ``n`` items appears in each resample row: shape (B, n)."""
    b = idx.shape[0]
    counts = np.bincount((idx + n * np.arange(b)[:, None]).ravel(), minlength=b * n).reshape(b, n)
    out: Floats = counts.astype(np.float64)
    return out


def average_precision_weighted(weights: Floats, labels: Ints, scores: Floats) -> Floats:
    """Average precision per row of item weights (multiplicities), without sorting each resample.

    Items are ordered once by score; every distinct score is one threshold, as in sklearn.
    """
    order = np.argsort(-scores, kind="stable")
    s, y, w = scores[order], labels[order].astype(np.float64), weights[:, order]
    tp = np.cumsum(w * y, axis=1)
    seen = np.cumsum(w, axis=1)
    last_of_tie = np.ones(len(s), dtype=bool)
    last_of_tie[:-1] = s[:-1] != s[1:]
    tp_t, seen_t = tp[:, last_of_tie], seen[:, last_of_tie]
    gained = np.diff(tp_t, axis=1, prepend=0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(seen_t > 0, tp_t / np.where(seen_t > 0, seen_t, 1.0), 0.0)
        positives = tp[:, -1]
        out: Floats = np.where(
            positives > 0, (gained * precision).sum(axis=1) / np.where(positives > 0, positives, 1.0), 0.0
        )
    return out


@dataclass(frozen=True)
class MaxAPMetric:
    """Max over scorers of average precision (pair classification's ``max_ap``), or one scorer's AP."""

    ids: list[str]
    labels: Ints
    scorers: Floats  # (S, n), higher = more similar

    def point(self) -> float:
        return float(self.resample(np.arange(len(self.ids))[None, :])[0])

    def resample(self, idx: Ints) -> Floats:
        weights = multiplicities(idx, len(self.ids))
        per_scorer = np.stack([average_precision_weighted(weights, self.labels, scores) for scores in self.scorers])
        out: Floats = per_scorer.max(axis=0)
        return out

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> MaxAPMetric:
        o = list(order)
        return MaxAPMetric([self.ids[i] for i in o], self.labels[o], self.scorers[:, o])


def _entropy_terms(counts: Floats, axis: int) -> Floats:
    """Sum over ``axis`` of -p log p for the normalised counts along that axis, per remaining cell."""
    totals = counts.sum(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(counts > 0, counts / np.where(totals > 0, totals, 1.0), 1.0)
    out: Floats = -(counts * np.log(p)).sum(axis=axis)
    return out


def v_measure_from_contingency(table: Floats) -> Floats:
    """V-measure (beta 1) per leading index of a (..., classes, clusters) contingency table, as sklearn."""
    n = table.sum(axis=(-2, -1))
    safe_n = np.where(n > 0, n, 1.0)
    class_totals = table.sum(axis=-1)
    cluster_totals = table.sum(axis=-2)
    h_class = _entropy_terms(class_totals, -1) / safe_n
    h_cluster = _entropy_terms(cluster_totals, -1) / safe_n
    h_class_given_cluster = _entropy_terms(table, -2).sum(axis=-1) / safe_n
    h_cluster_given_class = _entropy_terms(table, -1).sum(axis=-1) / safe_n
    with np.errstate(invalid="ignore", divide="ignore"):
        homogeneity = np.where(h_class > 0, 1.0 - h_class_given_cluster / np.where(h_class > 0, h_class, 1.0), 1.0)
        completeness = np.where(
            h_cluster > 0, 1.0 - h_cluster_given_class / np.where(h_cluster > 0, h_cluster, 1.0), 1.0
        )
        total = homogeneity + completeness
        out: Floats = np.where(total > 0, 2 * homogeneity * completeness / np.where(total > 0, total, 1.0), 0.0)
    return out


@dataclass(frozen=True)
class VMeasureMetric:
    """Mean V-measure over the stored k-means runs, from per-document draw counts and cluster ids."""

    ids: list[str]
    labels: Ints  # (n,) class codes
    draws: Floats  # (R, n) how often each document was drawn in run r
    clusters: Ints  # (R, n) its cluster in run r (0 when not drawn)

    def point(self) -> float:
        return float(self.resample(np.arange(len(self.ids))[None, :])[0])

    def resample(self, idx: Ints) -> Floats:
        b, n = idx.shape
        multiplicity = multiplicities(idx, n)
        n_classes = int(self.labels.max()) + 1
        n_clusters = int(self.clusters.max()) + 1
        runs = self.draws.shape[0]
        cells = n_classes * n_clusters
        onehot = np.zeros((n, runs * cells), dtype=np.float32)
        for r in range(runs):
            onehot[np.arange(n), r * cells + self.labels * n_clusters + self.clusters[r]] = self.draws[r]
        tables = (multiplicity.astype(np.float32) @ onehot).astype(np.float64).reshape(b, runs, n_classes, n_clusters)
        scores = v_measure_from_contingency(tables).sum(axis=1)
        out: Floats = scores / self.draws.shape[0]
        return out

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> VMeasureMetric:
        o = list(order)
        return VMeasureMetric([self.ids[i] for i in o], self.labels[o], self.draws[:, o], self.clusters[:, o])


_PAIR_SCORERS = ("cosine", "manhattan", "euclidean", "dot")


def item_metric(task_type: str, main_metric: str, items: list[dict[str, Any]], where: str = "") -> ItemMetric:
    """The task's main score as a resampleable function of its per-item records (first split only)."""
    if not items:
        raise ResultsError(f"{where}: no per-item records")
    split = items[0]["split"]
    rows = [r for r in items if r["split"] == split]
    ids = [str(r["id"]) for r in rows]
    try:
        if task_type in ("retrieval", "reranking"):
            return MeanMetric(ids, np.array([float(r[main_metric]) for r in rows]))
        if task_type == "classification" and main_metric == "accuracy":
            correct = [np.mean([p == r["gold"] for p in r["pred"]]) for r in rows]
            return MeanMetric(ids, np.array(correct, dtype=np.float64))
        if task_type == "sts" and main_metric == "cosine_spearman":
            return SpearmanMetric(
                ids, np.array([r["gold"] for r in rows], float), np.array([r["cosine"] for r in rows], float)
            )
        if task_type == "pair_classification" and (main_metric == "max_ap" or main_metric.endswith("_ap")):
            names = (
                _PAIR_SCORERS
                if main_metric == "max_ap"
                else (main_metric.removesuffix("_ap").replace("similarity", "cosine"),)
            )
            scorers = np.array([[float(r[s]) for r in rows] for s in names])
            return MaxAPMetric(ids, np.array([int(r["label"]) for r in rows], dtype=np.int64), scorers)
        if task_type == "clustering" and main_metric == "v_measure":
            classes = {label: i for i, label in enumerate(sorted({r["label"] for r in rows}))}
            runs = len(rows[0]["runs"])
            draws = np.array([[(r["runs"][k] or [0, 0])[0] for r in rows] for k in range(runs)], dtype=np.float64)
            clusters = np.array([[(r["runs"][k] or [0, 0])[1] for r in rows] for k in range(runs)], dtype=np.int64)
            return VMeasureMetric(ids, np.array([classes[r["label"]] for r in rows], dtype=np.int64), draws, clusters)
    except (KeyError, TypeError, ValueError) as exc:
        raise ResultsError(f"{where}: per-item records lack what {main_metric} needs ({exc})") from exc
    raise ResultsError(f"{where}: no per-item statistics for {task_type} / {main_metric}")


def align(a: ItemMetric, b: ItemMetric, where: str = "") -> tuple[ItemMetric, ItemMetric]:
    """Reorder ``b`` to ``a``'s item order; the two must cover the same items."""
    if a.ids == b.ids:
        return a, b
    position = {item: i for i, item in enumerate(b.ids)}
    if set(position) != set(a.ids) or len(position) != len(a.ids):
        raise ResultsError(f"{where}: the two results cover different items; cannot pair them")
    return a, b.take([position[item] for item in a.ids])
