"""STS: Spearman and Pearson between gold scores and cosine / Manhattan / Euclidean similarity, as mteb does."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
from pydantic import model_validator
from scipy.stats import pearsonr, spearmanr
from sklearn.metrics.pairwise import (
    paired_cosine_distances,
    paired_euclidean_distances,
    paired_manhattan_distances,
)

from benchmark.data import PairSplit, field_of, load_pairs, resolve
from benchmark.errors import DataError
from benchmark.models.base import Embedder, FloatMatrix, LexicalRanker, Similarity
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import ItemMetric, SpearmanMetric
from benchmark.task_types.base import P, SplitOutcome, TaskEncoder, TaskParams, TaskType, duplicates, need_encoder


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


def correlation_scores(gold: np.ndarray, sims: dict[str, np.ndarray], low: float, high: float) -> dict[str, Any]:
    """mteb's STS scores: Pearson and Spearman of the normalised gold scores against each similarity column."""
    normalised = (gold - low) / (high - low)
    scores: dict[str, Any] = {}
    for name, key in (
        ("similarity", ""),
        ("cosine", "cosine_"),
        ("manhattan", "manhattan_"),
        ("euclidean", "euclidean_"),
    ):
        scores[f"{key}pearson"] = float(pearsonr(normalised, sims[name])[0])
        scores[f"{key}spearman"] = float(spearmanr(normalised, sims[name])[0])
    return scores


def evaluate_sts(params: STSParams, split: PairSplit, encoder: TaskEncoder) -> SplitOutcome:
    """Encode both sides (no role), correlate with the normalised gold scores."""
    emb1 = encoder(split.sentence1, None)
    emb2 = encoder(split.sentence2, None)
    sims = pair_similarities(emb1, emb2, encoder.model.info.similarity)
    scores = correlation_scores(np.asarray(split.gold), sims, params.min_score, params.max_score)
    items: list[STSItem] = [
        {"id": item_id, "gold": float(g), "cosine": float(c)}
        for item_id, g, c in zip(split.ids, split.gold, sims["cosine"], strict=True)
    ]
    return SplitOutcome(scores=scores, items=items, protocol={"n_pairs": len(split.ids)})


class STSParams(TaskParams):
    """The gold score range (mteb normalises gold scores to [0, 1] with it)."""

    type: Literal["sts"] = "sts"
    min_score: float = 0.0
    max_score: float = 5.0

    @model_validator(mode="after")
    def _ordered(self) -> STSParams:
        if self.min_score >= self.max_score:
            raise ValueError("min_score must be below max_score")
        return self


class STSItem(TypedDict):
    """One pair: its gold score (unnormalised) and the cosine similarity of its two embeddings."""

    id: str
    gold: float
    cosine: float


def read_pair_split(path: Path, low: float, high: float) -> PairSplit:
    """Sentence pairs with a numeric ``score`` in [low, high]."""

    def gold(where: Path, number: int, row: dict[str, Any]) -> float:
        score = float(field_of(where, number, row, "score", (int, float)))
        if not low <= score <= high:
            raise DataError(f"{where}:{number}: score {score} outside [{low}, {high}]")
        return score

    return load_pairs(path, gold)


def mteb_pairs(rows: Any, gold_key: str) -> PairSplit:
    """A pair split from an mteb dataset split (v1 layout: one row holding lists)."""
    s1, s2 = list(rows["sentence1"]), list(rows["sentence2"])
    gold = list(rows[gold_key])
    if s1 and isinstance(s1[0], list):
        s1, s2, gold = s1[0], s2[0], gold[0]
    return PairSplit(ids=[str(i) for i in range(len(s1))], sentence1=s1, sentence2=s2, gold=[float(g) for g in gold])


class PairTaskType(TaskType[P, PairSplit]):
    """What the sentence-pair types (STS, pair classification) share: both sides are encoded, duplicates reported."""

    def texts(self, split: PairSplit) -> list[str]:
        return split.sentence1 + split.sentence2

    def problems(self, spec: TaskSpec, splits: Mapping[str, PairSplit]) -> list[str]:
        problems = []
        for name, split in splits.items():
            dups = duplicates([f"{a}\t{b}" for a, b in zip(split.sentence1, split.sentence2, strict=True)])
            if dups:
                problems.append(f"split '{name}': {len(dups)} duplicate pair(s)")
        return problems


class STSType(PairTaskType[STSParams]):
    """Semantic textual similarity (mteb ``STS``): sentence pairs with graded gold scores."""

    name: ClassVar[str] = "sts"
    mteb_name: ClassVar[str] = "STS"
    label: ClassVar[str] = "STS"
    short_label: ClassVar[str] = "STS"
    params_model: ClassVar[type[TaskParams]] = STSParams
    default_main_score: ClassVar[str] = "cosine_spearman"
    main_score_labels: ClassVar[Mapping[str, str]] = {"cosine_spearman": "cosine Spearman"}
    item_record: ClassVar[type] = STSItem

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> PairSplit:
        assert isinstance(entry, str)
        params = self.params_of(spec)
        return read_pair_split(resolve(root, entry), params.min_score, params.max_score)

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, PairSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        return evaluate_sts(self.params_of(spec), splits[split], need_encoder(encoder, self.name))

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """Spearman of the stored cosines against the gold scores (normalising gold does not change ranks)."""
        return SpearmanMetric(
            [str(r["id"]) for r in rows],
            np.array([r["gold"] for r in rows], float),
            np.array([r["cosine"] for r in rows], float),
        )

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, PairSplit], dict[str, Any]]:
        from benchmark.mteb_adapter import subset

        splits = {split: mteb_pairs(subset(task.dataset, split), "score") for split in eval_splits}
        return splits, {"min_score": task.min_score, "max_score": task.max_score}


TYPE = STSType()
