"""Clustering: mteb 2.x's bootstrapped MiniBatchKMeans V-measure, with per-item assignments per run."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
from pydantic import Field, model_validator
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import adjusted_mutual_info_score, v_measure_score

from benchmark.data import LabeledSplit
from benchmark.errors import DataError
from benchmark.models.base import Embedder, LexicalRanker
from benchmark.spec import TaskSpec
from benchmark.stats.item_metrics import ItemMetric, VMeasureMetric
from benchmark.task_types.base import SplitOutcome, TaskEncoder, TaskParams, need_encoder
from benchmark.task_types.classification import LabeledTaskType, labeled_problems

SEED = 42


def bootstrap_clustering(
    embeddings: np.ndarray, labels: list[str], params: ClusteringParams, rng: random.Random
) -> tuple[list[float], list[float], list[list[int]], list[list[int]]]:
    """V-measure and AMI of ``n_bootstrap`` fits, each on ``bootstrap_size`` draws with replacement."""
    y = np.array(labels)
    model = MiniBatchKMeans(
        n_clusters=np.unique(y).size,
        batch_size=params.k_mean_batch_size,
        init="k-means++",
        n_init=1,
        random_state=SEED,
    )
    v_measures, amis, draws, assignments = [], [], [], []
    for _ in range(params.n_bootstrap):
        idx = rng.choices(range(len(y)), k=params.bootstrap_size)
        pred = model.fit_predict(embeddings[idx])
        v_measures.append(float(v_measure_score(y[idx], pred)))
        amis.append(float(adjusted_mutual_info_score(y[idx], pred)))
        draws.append(idx)
        assignments.append(pred.tolist())
    return v_measures, amis, draws, assignments


def evaluate_clustering(params: ClusteringParams, split: LabeledSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Optionally down-sample (mteb's ``rng.sample``), embed, bootstrap k-means; record draws and clusters per item."""
    rng = random.Random(SEED)
    keep = list(range(len(split.texts)))
    n_embed: int | None = params.max_documents_to_embed
    if params.max_fraction_of_documents_to_embed is not None:
        n_embed = int(params.max_fraction_of_documents_to_embed * len(keep))
    if n_embed is not None:
        keep = rng.sample(range(len(split.texts)), k=min(len(keep), n_embed))
    embeddings = encoder([split.texts[i] for i in keep], None)
    labels = [split.labels[i] for i in keep]
    v_measures, amis, draws, assignments = bootstrap_clustering(embeddings, labels, params, rng)
    scores: dict[str, Any] = {
        "v_measures": {"Level 0": v_measures},
        "v_measure": float(np.mean(v_measures)),
        "v_measure_std": float(np.std(v_measures)),
        "ami_scores": {"Level 0": amis},
        "ami": float(np.mean(amis)),
        "ami_std": float(np.std(amis)),
    }
    runs: list[list[list[int] | None]] = []
    for idx, pred in zip(draws, assignments, strict=True):
        count = np.bincount(np.asarray(idx), minlength=len(keep))
        cluster = np.full(len(keep), -1)
        cluster[np.asarray(idx)] = pred
        runs.append([[int(c), int(k)] if c else None for c, k in zip(count, cluster, strict=True)])
    items: list[ClusteringItem] = [
        {"id": split.ids[orig], "label": labels[pos], "runs": [run[pos] for run in runs]}
        for pos, orig in enumerate(keep)
    ]
    protocol = {"n_documents": len(split.texts), "n_embedded": len(keep), "seed": SEED}
    return SplitOutcome(scores=scores, items=items, protocol=protocol)


class ClusteringParams(TaskParams):
    """mteb 2.x's bootstrapped k-means (its class default embeds 4% of documents; ours embeds all by default)."""

    type: Literal["clustering"] = "clustering"
    n_bootstrap: int = Field(default=10, ge=1)
    bootstrap_size: int = Field(default=16384, ge=1)
    max_fraction_of_documents_to_embed: float | None = Field(default=None, gt=0, le=1)
    max_documents_to_embed: int | None = Field(default=None, ge=1)
    k_mean_batch_size: int = Field(default=512, ge=1)

    @model_validator(mode="after")
    def _one_limit(self) -> ClusteringParams:
        if self.max_fraction_of_documents_to_embed is not None and self.max_documents_to_embed is not None:
            raise ValueError("set only one of max_fraction_of_documents_to_embed and max_documents_to_embed")
        return self


class ClusteringItem(TypedDict):
    """One embedded document: its label and, per k-means run, [times drawn, cluster] or null when not drawn."""

    id: str
    label: str
    runs: list[list[int] | None]


class ClusteringType(LabeledTaskType[ClusteringParams]):
    """Clustering (mteb ``Clustering``, the v2 "fast" protocol): main score V-measure."""

    name: ClassVar[str] = "clustering"
    mteb_name: ClassVar[str] = "Clustering"
    label: ClassVar[str] = "Clustering"
    short_label: ClassVar[str] = "Clustering"
    params_model: ClassVar[type[TaskParams]] = ClusteringParams
    default_main_score: ClassVar[str] = "v_measure"
    main_score_labels: ClassVar[Mapping[str, str]] = {"v_measure": "V-measure"}
    item_record: ClassVar[type] = ClusteringItem

    def check_data(self, spec: TaskSpec, splits: Mapping[str, LabeledSplit], where: str) -> None:
        for name in spec.resolved_eval_splits:
            if len(set(splits[name].labels)) < 2:
                raise DataError(
                    f"{where}: clustering split '{name}' has a single label; V-measure would be a "
                    "meaningless 1.0 (it needs at least 2 labels)"
                )

    def problems(self, spec: TaskSpec, splits: Mapping[str, LabeledSplit]) -> list[str]:
        return labeled_problems(splits)

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, LabeledSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        return evaluate_clustering(self.params_of(spec), splits[split], need_encoder(encoder, self.name))

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """Mean V-measure over the stored runs, recomputed from draw counts and cluster ids."""
        classes = {label: i for i, label in enumerate(sorted({r["label"] for r in rows}))}
        runs = len(rows[0]["runs"])
        draws = np.array([[(r["runs"][k] or [0, 0])[0] for r in rows] for k in range(runs)], dtype=np.float64)
        clusters = np.array([[(r["runs"][k] or [0, 0])[1] for r in rows] for k in range(runs)], dtype=np.int64)
        labels = np.array([classes[r["label"]] for r in rows], dtype=np.int64)
        return VMeasureMetric([str(r["id"]) for r in rows], labels, draws, clusters)

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, LabeledSplit], dict[str, Any]]:
        from benchmark.errors import TaskSpecError
        from benchmark.mteb_adapter import labeled, subset

        if type(task).__mro__[1].__name__ == "AbsTaskClusteringLegacy":
            raise TaskSpecError(f"mteb:{task.metadata.name}: legacy (per-set) clustering is not supported")
        splits = {}
        for split in eval_splits:
            rows = subset(task.dataset, split)
            splits[split] = labeled(rows[task.input_column_name], rows[task.label_column_name])
        params = {
            "n_bootstrap": task.n_clusters,
            "bootstrap_size": task.max_documents_per_cluster,
            "max_fraction_of_documents_to_embed": task.max_fraction_of_documents_to_embed,
            "max_documents_to_embed": task.max_document_to_embed,
            "k_mean_batch_size": task.k_mean_batch_size,
        }
        return splits, params


TYPE = ClusteringType()
