"""Clustering: mteb 2.x's bootstrapped MiniBatchKMeans V-measure, with per-item assignments per run."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import adjusted_mutual_info_score, v_measure_score

from benchmark.data import LabeledSplit
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.spec import TaskSpec

SEED = 42


def bootstrap_clustering(
    embeddings: np.ndarray, labels: list[str], spec: TaskSpec, rng: random.Random
) -> tuple[list[float], list[float], list[list[int]], list[list[int]]]:
    """V-measure and AMI of ``n_bootstrap`` fits, each on ``bootstrap_size`` draws with replacement."""
    y = np.array(labels)
    model = MiniBatchKMeans(
        n_clusters=np.unique(y).size,
        batch_size=spec.k_mean_batch_size,
        init="k-means++",
        n_init=1,
        random_state=SEED,
    )
    v_measures, amis, draws, assignments = [], [], [], []
    for _ in range(spec.n_bootstrap):
        idx = rng.choices(range(len(y)), k=spec.bootstrap_size)
        pred = model.fit_predict(embeddings[idx])
        v_measures.append(float(v_measure_score(y[idx], pred)))
        amis.append(float(adjusted_mutual_info_score(y[idx], pred)))
        draws.append(idx)
        assignments.append(pred.tolist())
    return v_measures, amis, draws, assignments


def evaluate_clustering(spec: TaskSpec, split: LabeledSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Optionally down-sample (mteb's ``rng.sample``), embed, bootstrap k-means; record draws and clusters per item."""
    rng = random.Random(SEED)
    keep = list(range(len(split.texts)))
    n_embed: int | None = spec.max_documents_to_embed
    if spec.max_fraction_of_documents_to_embed is not None:
        n_embed = int(spec.max_fraction_of_documents_to_embed * len(keep))
    if n_embed is not None:
        keep = rng.sample(range(len(split.texts)), k=min(len(keep), n_embed))
    embeddings = encoder([split.texts[i] for i in keep], None)
    labels = [split.labels[i] for i in keep]
    v_measures, amis, draws, assignments = bootstrap_clustering(embeddings, labels, spec, rng)
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
    items = [
        {"id": split.ids[orig], "label": labels[pos], "runs": [run[pos] for run in runs]}
        for pos, orig in enumerate(keep)
    ]
    protocol = {"n_documents": len(split.texts), "n_embedded": len(keep), "seed": SEED}
    return SplitOutcome(scores=scores, items=items, protocol=protocol)
