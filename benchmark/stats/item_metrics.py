"""Task scores recomputed from per-item records, vectorised over bootstrap resamples.

A block of B resamples is held as item multiplicities, items x resamples (n, B): how often each item was drawn.
Every metric maps a block to the B resampled scores without sorting or re-indexing per resample: means are matrix
products; ranks and average precision come from cumulative sums down one fixed item order per metric; V-measure
from contingency tables built by one sparse-pattern matrix product. ``point()`` reproduces the stored score.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from benchmark.errors import ResultsError, UnsupportedStatisticError

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
T = TypeVar("T")


def multiplicities(idx: Ints, n: int) -> Floats:
    """How often each of ``n`` items appears in each resample row of ``idx`` (B, n): shape (n, B)."""
    b = idx.shape[0]
    counts = np.bincount((idx * b + np.arange(b)[:, None]).ravel(), minlength=n * b).reshape(n, b)
    out: Floats = counts.astype(np.float64)
    return out


class Resamples:
    """A block of B bootstrap resamples of n items as multiplicities, shape (n, B).

    One block serves every model of a task; work that depends only on the task (the ranks of the gold scores)
    is kept in :meth:`shared` and done once per block.
    """

    def __init__(self, counts: Floats, seed: int | None = None) -> None:
        self.counts = counts
        self.seed = seed
        self._shared: dict[tuple[Any, ...], Any] = {}
        self._float32: NDArray[np.float32] | None = None

    @classmethod
    def from_indices(cls, idx: Ints, n: int, seed: int | None = None) -> Resamples:
        """From an index matrix of shape (B, n) (row b = the items of resample b)."""
        return cls(multiplicities(idx, n), seed)

    def secondary(self, k: int) -> Floats:
        """Multiplicities (k, B) of k secondary units (training experiments) drawn with replacement per resample,
        the same for every model of the block; all ones when the block has no seed (the point estimate)."""

        def draw() -> Floats:
            b = self.counts.shape[1]
            if self.seed is None:
                return np.ones((k, b))
            rng = np.random.default_rng(np.random.SeedSequence([self.seed, k]))
            return multiplicities(rng.integers(0, k, size=(b, k)), k)

        return self.shared(("secondary", k), draw)

    @property
    def n(self) -> int:
        """Items per resample."""
        return int(self.counts.shape[0])

    @property
    def counts32(self) -> NDArray[np.float32]:
        """The counts as float32 (exact: they are small integers), for matrix products."""
        if self._float32 is None:
            self._float32 = self.counts.astype(np.float32)
        return self._float32

    def shared(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()`` once per block and key."""
        if key not in self._shared:
            self._shared[key] = compute()
        value: T = self._shared[key]
        return value


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

    def resample_counts(self, block: Resamples) -> Floats:
        """Scores of the B resamples of ``block``."""
        ...

    def per_item(self) -> Floats | None:
        """Per-item values when the score is their mean (decomposable), else None."""
        ...

    def take(self, order: Sequence[int]) -> ItemMetric:
        """The same metric with items reordered/selected by position."""
        ...

    @property
    def strata(self) -> tuple[int, ...]:
        """Sizes of the independently sampled groups of items, in item order (one group: ``(n,)``)."""
        ...


class FromCounts:
    """``point`` and ``resample`` for metrics that implement ``resample_counts``."""

    ids: list[str]

    def resample_counts(self, block: Resamples) -> Floats:
        raise NotImplementedError

    def point(self) -> float:
        return float(self.resample_counts(Resamples(np.ones((len(self.ids), 1))))[0])

    def resample(self, idx: Ints) -> Floats:
        return self.resample_counts(Resamples.from_indices(idx, len(self.ids)))

    @property
    def strata(self) -> tuple[int, ...]:
        return (len(self.ids),)


@dataclass(frozen=True)
class MeanMetric(FromCounts):
    """Decomposable score: the mean of per-item values (retrieval metrics, classification correctness)."""

    ids: list[str]
    values: Floats

    def point(self) -> float:
        return float(self.values.mean())

    def resample_counts(self, block: Resamples) -> Floats:
        out: Floats = self.values @ block.counts / len(self.values)
        return out

    def per_item(self) -> Floats | None:
        return self.values

    def take(self, order: Sequence[int]) -> MeanMetric:
        return MeanMetric([self.ids[i] for i in order], self.values[list(order)])


@dataclass(frozen=True)
class MaskedMeanMetric(FromCounts):
    """The mean of per-item values over the items that count (``mask`` 1): summarization's mean per-text
    correlation, which mteb takes over the texts it does not skip. Every item stays in the sample, so two models
    that skip different texts still pair item by item; a resample's score is the mean over its counted draws."""

    ids: list[str]
    values: Floats
    mask: Floats

    def point(self) -> float:
        return float((self.values * self.mask).sum() / self.mask.sum())

    def resample_counts(self, block: Resamples) -> Floats:
        counted = self.mask @ block.counts
        out: Floats = np.where(counted > 0, (self.values * self.mask) @ block.counts / np.maximum(counted, 1.0), 0.0)
        return out

    def per_item(self) -> Floats | None:
        """The values when every item counts (then the score is their plain mean), else None."""
        return self.values if bool(self.mask.all()) else None

    def take(self, order: Sequence[int]) -> MaskedMeanMetric:
        o = list(order)
        return MaskedMeanMetric([self.ids[i] for i in o], self.values[o], self.mask[o])


@dataclass(frozen=True)
class ExperimentMeanMetric(FromCounts):
    """Accuracy over repeated training experiments: ``correct[i, k]`` = item i right in experiment k.

    The score is the mean over items and experiments. Resamples draw items and, independently, the experiments
    (a two-level bootstrap), so intervals include the variance from which training subsets were drawn; both
    models of a comparison share the experiment draws, as they share the training subsets. ``per_item`` (mean
    correctness per item) feeds the paired t-test.
    """

    ids: list[str]
    correct: Floats  # (n, K)

    def point(self) -> float:
        return float(self.correct.mean())

    def resample_counts(self, block: Resamples) -> Floats:
        n, k = self.correct.shape
        experiments = block.secondary(k)
        # (B, K): correct draws per resample and experiment (this orientation is ~10x faster in BLAS than (K, B))
        per_experiment = block.counts.T @ self.correct
        out: Floats = np.einsum("bk,kb->b", per_experiment, experiments) / (n * k)
        return out

    def per_item(self) -> Floats | None:
        out: Floats = self.correct.mean(axis=1)
        return out

    def take(self, order: Sequence[int]) -> ExperimentMeanMetric:
        o = list(order)
        return ExperimentMeanMetric([self.ids[i] for i in o], self.correct[o])


def _last_of_ties(sorted_values: Floats) -> Ints:
    """Positions (in sorted order) that end a run of equal values."""
    ends: Ints = np.flatnonzero(np.append(sorted_values[1:] != sorted_values[:-1], True))
    return ends


def _cumsum_down_inplace(values: Floats) -> Floats:
    """``np.cumsum(values, axis=0)`` written over ``values``, about 3x faster for (items, resamples) blocks: whole
    rows are added at once (numpy accumulates each column separately, striding through memory)."""
    for row in range(1, len(values)):
        np.add(values[row - 1], values[row], out=values[row])
    return values


def _row_dot(*factors: Floats) -> Floats:
    """Column sums of the elementwise product: one value per resample."""
    out: Floats = np.einsum(",".join(["ij"] * len(factors)) + "->j", *factors)
    return out


@dataclass(frozen=True)
class _Ranking:
    """One ascending ordering of items by value, with its tie groups, reused for every block.

    In a weighted sample, the items of a tie group hold ranks low+1 .. high, where low and high are the
    cumulative counts before and through the group; each gets their average (low + high + 1) / 2.
    """

    order: Ints
    before_group: Ints  # per sorted position: row of the padded cumulative counts just before its tie group
    end_of_group: Ints  # per sorted position: row of the padded cumulative counts at the end of its tie group

    @classmethod
    def of(cls, values: Floats) -> _Ranking:
        order = np.argsort(values, kind="stable")
        ends = _last_of_ties(values[order])
        sizes = np.diff(ends, prepend=-1)
        return cls(order, np.repeat(ends - sizes + 1, sizes), np.repeat(ends + 1, sizes))

    def average_ranks(self, counts: Floats) -> tuple[Floats, Floats]:
        """(counts in sorted order, the average rank of each sorted item in each weighted sample)."""
        weights = counts[self.order]
        cumulative = np.empty((len(weights) + 1, weights.shape[1]))
        cumulative[0] = 0.0
        cumulative[1:] = weights
        _cumsum_down_inplace(cumulative)
        ranks = cumulative[self.end_of_group]
        ranks += cumulative[self.before_group]
        ranks += 1.0
        ranks *= 0.5
        return weights, ranks


def _rank_moment(weights: Floats, ranks: Floats, other: Floats) -> Floats:
    """Weighted covariance of two rank vectors per resample (variance when ``other`` is ``ranks``).

    Average ranks of items with total weight W (n in a bootstrap resample, n - 1 leaving one out) have mean
    (W + 1) / 2.
    """
    total = weights.sum(axis=0)
    out: Floats = _row_dot(weights, ranks, other) / total - ((total + 1) / 2) ** 2
    return out


def _gold_ranks(ranking: _Ranking, counts: Floats) -> tuple[Floats, Floats]:
    """Average ranks per item (item order) and their weighted variance per resample."""
    weights, ranks = ranking.average_ranks(counts)
    in_item_order = np.empty_like(ranks)
    in_item_order[ranking.order] = ranks
    return in_item_order, _rank_moment(weights, ranks, ranks)


@dataclass(frozen=True)
class SpearmanMetric(FromCounts):
    """Spearman correlation between gold scores and predicted similarities (STS).

    Per resample: the Pearson correlation of average ranks with each item counted as often as it was drawn
    (what ranking the resampled list gives).
    """

    ids: list[str]
    gold: Floats
    pred: Floats

    @cached_property
    def _gold_ranking(self) -> _Ranking:
        return _Ranking.of(self.gold)

    @cached_property
    def _pred_ranking(self) -> _Ranking:
        return _Ranking.of(self.pred)

    def resample_counts(self, block: Resamples) -> Floats:
        gold_ranks, gold_var = block.shared(
            ("gold-ranks", self.gold.tobytes()), lambda: _gold_ranks(self._gold_ranking, block.counts)
        )
        ranking = self._pred_ranking
        weights, ranks = ranking.average_ranks(block.counts)
        pred_var = _rank_moment(weights, ranks, ranks)
        cov = _rank_moment(weights, ranks, gold_ranks[ranking.order])
        denom = np.sqrt(np.maximum(gold_var, 0.0) * np.maximum(pred_var, 0.0))
        out: Floats = np.where(denom > 0, cov / np.where(denom > 0, denom, 1.0), 0.0)
        return out

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> SpearmanMetric:
        o = list(order)
        return SpearmanMetric([self.ids[i] for i in o], self.gold[o], self.pred[o])


@dataclass(frozen=True)
class _APPlan:
    """For one scorer: the descending order, where the positives sit, and the end of each one's tie group."""

    order: Ints
    positives: Ints  # sorted positions of positive items
    positive_group_end: Ints  # sorted position ending each positive's tie group (a threshold, as in sklearn)
    last_positive_in_group: Ints  # index (among positives) of the last positive of that group

    @classmethod
    def of(cls, labels: Ints, scores: Floats) -> _APPlan:
        order = np.argsort(-scores, kind="stable")
        ends = _last_of_ties(scores[order])
        group_end = ends[np.searchsorted(ends, np.arange(len(scores)))]
        positives = np.flatnonzero(labels[order] == 1)
        group_of_positive = group_end[positives]
        last = np.searchsorted(group_of_positive, group_of_positive, side="right") - 1
        return cls(order, positives, group_of_positive, last)

    def average_precision(self, counts: Floats) -> Floats:
        """sklearn's AP (every distinct score a threshold) per column of item multiplicities.

        AP = sum over positives of weight x precision at the end of its tie group / total positive weight.
        """
        weights = counts[self.order]
        positive = weights[self.positives]
        seen = _cumsum_down_inplace(weights)[self.positive_group_end]
        hits = _cumsum_down_inplace(positive.copy())
        if not len(hits):
            return np.zeros(counts.shape[1])
        total = hits[-1]
        precision = hits[self.last_positive_in_group] / np.maximum(seen, 1.0)  # seen >= 1 where weight > 0
        out: Floats = np.where(total > 0, _row_dot(positive, precision) / np.maximum(total, 1.0), 0.0)
        return out


@dataclass(frozen=True)
class MaxAPMetric(FromCounts):
    """Max over scorers of average precision (pair classification's ``max_ap``), or one scorer's AP."""

    ids: list[str]
    labels: Ints
    scorers: Floats  # (S, n), higher = more similar

    @cached_property
    def _plans(self) -> list[_APPlan]:
        """One plan per distinct ranking: scorers that order the items and their ties identically have equal AP
        (cosine, dot and euclidean usually do for unit-length embeddings)."""
        plans: dict[tuple[bytes, ...], _APPlan] = {}
        for scores in self.scorers:
            plan = _APPlan.of(self.labels, scores)
            key = (plan.order.tobytes(), plan.positive_group_end.tobytes(), plan.last_positive_in_group.tobytes())
            plans.setdefault(key, plan)
        return list(plans.values())

    @cached_property
    def _best(self) -> tuple[_APPlan, float]:
        """The scorer with the highest AP on all items (mteb's max_ap) and that AP, chosen once: resamples score
        that one scorer, so the choice among four is not re-made (and biased upward) inside every resample."""
        ones = np.ones((len(self.ids), 1))
        aps = [float(plan.average_precision(ones)[0]) for plan in self._plans]
        best = int(np.argmax(aps))
        return self._plans[best], aps[best]

    def point(self) -> float:
        return self._best[1]

    def resample_counts(self, block: Resamples) -> Floats:
        return self._best[0].average_precision(block.counts)

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> MaxAPMetric:
        o = list(order)
        return MaxAPMetric([self.ids[i] for i in o], self.labels[o], self.scorers[:, o])


def _xlogx(counts: Floats) -> Floats:
    """c log c elementwise, with 0 log 0 = 0."""
    out: Floats = counts * np.log(np.where(counts > 0, counts, 1.0))
    return out


def v_measure_from_sums(n: Floats, s_table: Floats, s_classes: Floats, s_clusters: Floats) -> Floats:
    """V-measure (beta 1) from N and the sums of c log c over cells, class totals and cluster totals.

    N H(C) = N log N - S_classes and N H(C|K) = S_clusters - S_cells (symmetrically for K): sklearn's entropies.
    """
    n_log_n = _xlogx(n)
    h_class, h_cluster = n_log_n - s_classes, n_log_n - s_clusters
    homogeneity = np.where(h_class > 0, 1.0 - (s_clusters - s_table) / np.where(h_class > 0, h_class, 1.0), 1.0)
    completeness = np.where(h_cluster > 0, 1.0 - (s_classes - s_table) / np.where(h_cluster > 0, h_cluster, 1.0), 1.0)
    total = homogeneity + completeness
    out: Floats = np.where(total > 0, 2 * homogeneity * completeness / np.where(total > 0, total, 1.0), 0.0)
    return out


@dataclass(frozen=True)
class _Cells:
    """The non-empty (run, class, cluster) cells of the stored k-means runs, as sparse matrices.

    Counts are integers; below 2**24 they are exact in float32 and c log c is looked up instead of computed.
    """

    draws: sparse.csr_matrix  # (cells, n): draws of item i counted in cell j
    to_class: sparse.csr_matrix  # (runs * classes, cells) indicator
    to_cluster: sparse.csr_matrix  # (runs * clusters, cells) indicator
    to_run: sparse.csr_matrix  # (runs, cells) indicator, float64
    shape: tuple[int, int, int]  # runs, classes, clusters
    lookup: Floats | None  # c log c for every count c a resample can give, when float32 is exact

    def xlogx(self, counts: NDArray[np.floating[Any]]) -> Floats:
        """c log c elementwise."""
        if self.lookup is None:
            return _xlogx(counts.astype(np.float64))
        out: Floats = self.lookup[counts.astype(np.intp)]
        return out


@dataclass(frozen=True)
class VMeasureMetric(FromCounts):
    """Mean V-measure over the stored k-means runs, from per-document draw counts and cluster ids."""

    ids: list[str]
    labels: Ints  # (n,) class codes
    draws: Floats  # (R, n) how often each document was drawn in run r
    clusters: Ints  # (R, n) its cluster in run r (0 when not drawn)

    @cached_property
    def _cells(self) -> _Cells:
        runs, n = self.draws.shape
        n_classes, n_clusters = int(self.labels.max()) + 1, int(self.clusters.max()) + 1
        code = (np.arange(runs)[:, None] * n_classes + self.labels[None, :]) * n_clusters + self.clusters
        drawn = self.draws > 0
        used = np.unique(code[drawn])
        run_of, item_of = np.nonzero(drawn)
        largest = int(n * self.draws.max(initial=0.0))
        dtype = np.float32 if largest < 2**24 else np.float64
        draws = sparse.csr_matrix(
            (self.draws[drawn].astype(dtype), (np.searchsorted(used, code[run_of, item_of]), item_of)),
            shape=(len(used), n),
        )
        run, rest = np.divmod(used, n_classes * n_clusters)
        klass, cluster = np.divmod(rest, n_clusters)

        def indicator(row: Ints, height: int, kind: type[np.floating[Any]]) -> sparse.csr_matrix:
            ones = np.ones(len(used), dtype=kind)
            return sparse.csr_matrix((ones, (row, np.arange(len(used)))), shape=(height, len(used)))

        return _Cells(
            draws,
            indicator(run * n_classes + klass, runs * n_classes, dtype),
            indicator(run * n_clusters + cluster, runs * n_clusters, dtype),
            indicator(run, runs, np.float64),
            (runs, n_classes, n_clusters),
            _xlogx(np.arange(largest + 1, dtype=np.float64)) if dtype is np.float32 else None,
        )

    def resample_counts(self, block: Resamples) -> Floats:
        cells = self._cells
        runs, n_classes, n_clusters = cells.shape
        b = block.counts.shape[1]
        table = cells.draws @ (block.counts32 if cells.lookup is not None else block.counts)
        classes = (cells.to_class @ table).reshape(runs, n_classes, b)
        clusters = (cells.to_cluster @ table).reshape(runs, n_clusters, b)
        scores = v_measure_from_sums(
            classes.sum(axis=1, dtype=np.float64),
            cells.to_run @ cells.xlogx(table),
            cells.xlogx(classes).sum(axis=1),
            cells.xlogx(clusters).sum(axis=1),
        )
        out: Floats = scores.mean(axis=0)
        return out

    def per_item(self) -> Floats | None:
        return None

    def take(self, order: Sequence[int]) -> VMeasureMetric:
        o = list(order)
        return VMeasureMetric([self.ids[i] for i in o], self.labels[o], self.draws[:, o], self.clusters[:, o])


def item_metric(
    task_type: str, main_metric: str, items: list[dict[str, Any]], where: str = "", split: str | None = None
) -> ItemMetric:
    """The task's main score as a resampleable function of its per-item records of one split (default: the first).

    The task's type (from the registry) builds the statistic; a main score without one raises
    UnsupportedStatisticError (specs refuse such main scores when they are loaded).
    """
    from benchmark import task_types

    if not items:
        raise ResultsError(f"{where}: no per-item records")
    try:
        split = items[0]["split"] if split is None else split
        rows = [r for r in items if r["split"] == split]
    except (KeyError, TypeError) as exc:
        raise ResultsError(f"{where}: per-item records without a split ({exc})") from exc
    if not rows:
        raise ResultsError(f"{where}: no per-item records for split '{split}'")
    try:
        kind = task_types.get(task_type)
    except ValueError as exc:
        raise UnsupportedStatisticError(f"{where}: {exc}") from None
    if not kind.has_statistic(main_metric):
        raise UnsupportedStatisticError(f"{where}: no per-item statistics for {task_type} / {main_metric}")
    try:
        return kind.statistic(main_metric, rows)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResultsError(f"{where}: per-item records lack what {main_metric} needs ({exc})") from exc


def split_mean(metrics: Sequence[ItemMetric]) -> ItemMetric:
    """The mean of several splits' scores (mteb's task score); one split's metric is returned as it is."""
    if len(metrics) == 1:
        return metrics[0]
    return SplitMeanMetric(tuple(metrics))


@dataclass(frozen=True)
class SplitMeanMetric(FromCounts):
    """The mean over evaluation splits of each split's score (how the main score averages splits).

    Items are the splits' items one after another (ids prefixed by the split's position); resamples are
    stratified (``strata``): each split keeps its size, as each split is a sample of its own.
    """

    parts: tuple[ItemMetric, ...]

    @cached_property
    def ids(self) -> list[str]:  # type: ignore[override]
        return [f"{i}\x1f{item}" for i, part in enumerate(self.parts) for item in part.ids]

    @cached_property
    def strata(self) -> tuple[int, ...]:
        """Items per split, in order."""
        return tuple(len(part.ids) for part in self.parts)

    @cached_property
    def _offsets(self) -> list[tuple[int, int]]:
        ends = np.cumsum(self.strata).tolist()
        return list(zip([0, *ends[:-1]], ends, strict=True))

    def point(self) -> float:
        return float(np.mean([part.point() for part in self.parts]))

    def resample_counts(self, block: Resamples) -> Floats:
        scores = [
            part.resample_counts(Resamples(block.counts[start:stop], block.seed))
            for part, (start, stop) in zip(self.parts, self._offsets, strict=True)
        ]
        out: Floats = np.mean(scores, axis=0)
        return out

    def per_item(self) -> Floats | None:
        """Per-item values weighted so that their mean is the mean of the splits' means (when every split's score
        is a mean)."""
        values = [part.per_item() for part in self.parts]
        if any(v is None for v in values):
            return None
        total = sum(self.strata)
        weighted = [v * total / (len(self.parts) * len(v)) for v in values if v is not None]
        out: Floats = np.concatenate(weighted)
        return out

    def take(self, order: Sequence[int]) -> SplitMeanMetric:
        """Reorder within splits (an order that mixes splits or changes their sizes is refused)."""
        parts = []
        for part, (start, stop) in zip(self.parts, self._offsets, strict=True):
            local = [i - start for i in order[start:stop]]
            if len(local) != stop - start or any(not 0 <= i < stop - start for i in local):
                raise ValueError("a reordering of a split mean must keep every split's items together")
            parts.append(part.take(local))
        return SplitMeanMetric(tuple(parts))


def align(a: ItemMetric, b: ItemMetric, where: str = "") -> tuple[ItemMetric, ItemMetric]:
    """Reorder ``b`` to ``a``'s item order; the two must cover the same items."""
    if a.ids == b.ids:
        return a, b
    position = {item: i for i, item in enumerate(b.ids)}
    if set(position) != set(a.ids) or len(position) != len(a.ids):
        raise ResultsError(f"{where}: the two results cover different items; cannot pair them")
    return a, b.take([position[item] for item in a.ids])
