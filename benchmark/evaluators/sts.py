"""STS: Spearman and Pearson between gold scores and cosine / Manhattan / Euclidean similarity, as mteb does."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.stats import pearsonr, spearmanr
from sklearn.metrics.pairwise import (
    paired_cosine_distances,
    paired_euclidean_distances,
    paired_manhattan_distances,
)

from benchmark.data import PairSplit
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.models.base import FloatMatrix, Similarity
from benchmark.spec import TaskSpec


def pair_similarities(emb1: FloatMatrix, emb2: FloatMatrix, similarity: Similarity) -> dict[str, np.ndarray]:
    """The per-pair similarity columns mteb computes (distances negated so higher means more similar)."""
    cosine = 1 - paired_cosine_distances(emb1, emb2)
    dot = np.einsum("ij,ij->i", emb1.astype(np.float64), emb2.astype(np.float64))
    return {
        "cosine": np.asarray(cosine),
        "manhattan": -paired_manhattan_distances(emb1, emb2),
        "euclidean": -paired_euclidean_distances(emb1, emb2),
        "dot": dot,
        "similarity": np.asarray(cosine) if similarity == "cosine" else dot,
    }


def evaluate_sts(spec: TaskSpec, split: PairSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Encode both sides (no role), correlate with the normalised gold scores."""
    emb1 = encoder(split.sentence1, None)
    emb2 = encoder(split.sentence2, None)
    sims = pair_similarities(emb1, emb2, encoder.model.info.similarity)
    gold = (np.asarray(split.gold) - spec.min_score) / (spec.max_score - spec.min_score)
    scores: dict[str, Any] = {}
    for name, key in (
        ("similarity", ""),
        ("cosine", "cosine_"),
        ("manhattan", "manhattan_"),
        ("euclidean", "euclidean_"),
    ):
        scores[f"{key}pearson"] = float(pearsonr(gold, sims[name])[0])
        scores[f"{key}spearman"] = float(spearmanr(gold, sims[name])[0])
    items = [
        {"id": item_id, "gold": float(g), "cosine": float(c)}
        for item_id, g, c in zip(split.ids, split.gold, sims["cosine"], strict=True)
    ]
    return SplitOutcome(scores=scores, items=items, protocol={"n_pairs": len(split.ids)})
