"""Retrieval: BEIR-layout splits, dense or lexical ranking, pytrec_eval metrics exactly as mteb 2.x computes them,
one record per query (reranking reuses all of it, see ``reranking.py``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
import pytrec_eval
from pydantic import field_validator

from benchmark.data import RetrievalSplit, load_retrieval
from benchmark.models.base import Embedder, LexicalRanker, Run
from benchmark.ranking import dense_search
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import ItemMetric, MeanMetric
from benchmark.task_types.base import SplitOutcome, TaskEncoder, TaskParams, TaskType, count_lines, duplicates

_MEASURES = (("ndcg_cut", "ndcg_at"), ("map_cut", "map_at"), ("recall", "recall_at"), ("P", "precision_at"))


def mrr_per_query(qrels: dict[str, dict[str, int]], run: Run, k_values: Sequence[int]) -> dict[str, dict[str, float]]:
    """mteb's MRR@k: first relevant (qrels > 0) hit in (score, doc id) descending order."""
    out: dict[str, dict[str, float]] = {}
    k_max = max(k_values)
    for qid, docs in run.items():
        ranked = sorted(docs.items(), key=lambda item: (item[1], item[0]), reverse=True)[:k_max]
        relevant = {d for d, rel in qrels.get(qid, {}).items() if rel > 0}
        values: dict[str, float] = {}
        for k in k_values:
            values[f"mrr_at_{k}"] = next((1.0 / (r + 1) for r, (d, _) in enumerate(ranked[:k]) if d in relevant), 0.0)
        out[qid] = values
    return out


def score_run(
    qrels: dict[str, dict[str, int]], run: Run, k_values: Sequence[int]
) -> tuple[dict[str, Any], dict[str, dict[str, float]]]:
    """Mean metrics (rounded to 5 d.p. like mteb; MRR unrounded) and the per-query values behind them."""
    ks = ",".join(str(k) for k in k_values)
    measures = {f"{m}.{ks}" for m, _ in _MEASURES} | {f"success.{ks}"}
    per_query: dict[str, dict[str, float]] = pytrec_eval.RelevanceEvaluator(qrels, measures).evaluate(run)
    mrr = mrr_per_query(qrels, run, k_values)
    items: dict[str, dict[str, float]] = {}
    for qid, values in per_query.items():
        row: dict[str, float] = {}
        for trec, ours in _MEASURES:
            for k in k_values:
                row[f"{ours}_{k}"] = float(values[f"{trec}_{k}"])
        for k in k_values:
            row[f"hit_rate_at_{k}"] = float(values[f"success_{k}"])
        items[qid] = row
    n = len(per_query)
    scores: dict[str, Any] = {}
    for _, ours in (*_MEASURES, ("success", "hit_rate_at")):
        for k in k_values:
            key = f"{ours}_{k}"
            scores[key] = round(sum(items[q][key] for q in items) / n, 5) if n else 0.0
    if 1 in k_values:
        scores["accuracy"] = scores["recall_at_1"]
    for k in k_values:
        scores[f"mrr_at_{k}"] = sum(m[f"mrr_at_{k}"] for m in mrr.values()) / len(mrr) if mrr else 0.0
    for qid in items:
        items[qid].update(mrr.get(qid, {}))
    return scores, items


def evaluate_retrieval(
    model: Embedder | LexicalRanker, params: RetrievalParams, split: RetrievalSplit, encoder: TaskEncoder | None
) -> SplitOutcome:
    """Rank (dense or lexical), drop identical ids if asked, score with pytrec_eval."""
    k_values = sorted(params.k_values)
    top_k = max(k_values)
    query_ids = list(split.queries)
    if isinstance(model, LexicalRanker) and not isinstance(model, Embedder):
        run = model.rank(split.queries, split.corpus, candidates=split.candidates, top_k=top_k)
    else:
        assert encoder is not None
        doc_ids = list(split.corpus)
        if split.candidates is not None:
            wanted = {d for qid in query_ids for d in split.candidates.get(qid, [])}
            doc_ids = [d for d in doc_ids if d in wanted]
        query_emb = encoder([split.queries[q] for q in query_ids], "query")
        doc_emb = encoder([split.corpus[d] for d in doc_ids], "document")
        run = dense_search(
            query_ids,
            query_emb,
            doc_ids,
            doc_emb,
            similarity=model.info.similarity,
            top_k=top_k,
            candidates=split.candidates,
        )
    for qid in query_ids:
        run.setdefault(qid, {})
    if params.ignore_identical_ids:
        run = {qid: {d: s for d, s in docs.items() if d != qid} for qid, docs in run.items()}
    scores, per_query = score_run(split.qrels, run, k_values)
    items: list[RetrievalItem] = [{"id": qid, **per_query[qid]} for qid in query_ids if qid in per_query]  # type: ignore[typeddict-item]
    protocol = {"n_queries": len(query_ids), "n_documents": len(split.corpus), "top_k": top_k}
    return SplitOutcome(scores=scores, items=items, protocol=protocol)


class RetrievalParams(TaskParams):
    """mteb 2.x's retrieval parameters."""

    type: Literal["retrieval"] = "retrieval"
    ignore_identical_ids: bool = False
    k_values: tuple[int, ...] = (1, 3, 5, 10, 20, 100, 1000)

    @field_validator("k_values")
    @classmethod
    def _positive(cls, values: tuple[int, ...]) -> tuple[int, ...]:
        if not values or any(k < 1 for k in values):
            raise ValueError("k_values must be positive")
        return values


class RetrievalItem(TypedDict, total=False):
    """One query: its id and every metric at every k (``ndcg_at_10``, ``mrr_at_10``, ...)."""

    id: str


_METRIC_LABELS = {
    "ndcg": "nDCG",
    "map": "MAP",
    "recall": "recall",
    "precision": "precision",
    "mrr": "MRR",
    "hit_rate": "hit rate",
}


def _metric_labels(prefixes: Sequence[str], k_values: Sequence[int]) -> dict[str, str]:
    out: dict[str, str] = {}
    for prefix in prefixes:
        for k in k_values:
            out[f"{prefix}_at_{k}"] = f"{_METRIC_LABELS.get(prefix, prefix)}@{k}"
    return out


_PREFIXES = ("ndcg", "map", "recall", "precision", "mrr", "hit_rate")


class RetrievalType(TaskType[RetrievalParams, RetrievalSplit]):
    """Retrieval (mteb ``Retrieval``): queries against a corpus, BEIR layout; main score nDCG@10."""

    name: ClassVar[str] = "retrieval"
    mteb_name: ClassVar[str] = "Retrieval"
    label: ClassVar[str] = "Retrieval"
    short_label: ClassVar[str] = "Retrieval"
    params_model: ClassVar[type[TaskParams]] = RetrievalParams
    default_main_score: ClassVar[str] = "ndcg_at_10"
    main_score_labels: ClassVar[Mapping[str, str]] = _metric_labels(_PREFIXES, (1, 3, 5, 10, 20, 100, 1000))
    item_record: ClassVar[type] = RetrievalItem
    split_layout: ClassVar[Literal["file", "beir"]] = "beir"
    lexical: ClassVar[bool] = True

    def main_scores(self, params: RetrievalParams) -> tuple[str, ...]:
        """Every per-query metric at one of the task's k values (each is a mean over queries)."""
        return tuple(_metric_labels(_PREFIXES, sorted(params.k_values)))

    def has_statistic(self, main_score: str) -> bool:
        return re.fullmatch(rf"({'|'.join(_PREFIXES)})_at_[1-9][0-9]*", main_score) is not None

    def metric_label(self, main_score: str) -> str:
        prefix, _, k = main_score.rpartition("_at_")
        return f"{_METRIC_LABELS.get(prefix, prefix)}@{k}" if self.has_statistic(main_score) else main_score

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> RetrievalSplit:
        assert isinstance(entry, RetrievalFiles)
        return load_retrieval(root, entry)

    def texts(self, split: RetrievalSplit) -> list[str]:
        return list(split.queries.values()) + list(split.corpus.values())

    def split_size(self, root: Path, entry: str | RetrievalFiles) -> str:
        assert isinstance(entry, RetrievalFiles)
        return f"{count_lines(root / entry.queries)}q/{count_lines(root / entry.corpus)}d"

    def problems(self, spec: TaskSpec, splits: Mapping[str, RetrievalSplit]) -> list[str]:
        problems: list[str] = []
        for name, split in splits.items():
            where = f"split '{name}'"
            for kind, texts in (("corpus", list(split.corpus.values())), ("queries", list(split.queries.values()))):
                dups = duplicates(texts)
                if dups:
                    problems.append(f"{where}: {len(dups)} duplicate {kind} text(s), e.g. {dups[0][:60]!r}")
            no_positive = [q for q, docs in split.qrels.items() if not any(s > 0 for s in docs.values())]
            if no_positive:
                problems.append(f"{where}: {len(no_positive)} queries have no relevant document, e.g. {no_positive[0]}")
            if split.candidates is not None:
                missing = [q for q in split.queries if q not in split.candidates]
                if missing:
                    problems.append(f"{where}: {len(missing)} queries have no candidate list, e.g. {missing[0]}")
                for q, docs in split.candidates.items():
                    positives = [d for d, s in split.qrels.get(q, {}).items() if s > 0]
                    if any(d not in docs for d in positives):
                        problems.append(f"{where}: query {q} has a relevant document outside its candidates")
                        break
        return problems

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, RetrievalSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        return evaluate_retrieval(model, self.params_of(spec), splits[split], encoder)

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """Every retrieval metric is a mean over queries."""
        return MeanMetric([str(r["id"]) for r in rows], np.array([float(r[main_score]) for r in rows]))

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, RetrievalSplit], dict[str, Any]]:
        from benchmark.mteb_adapter import retrieval_split, subset

        splits = {split: retrieval_split(subset(task.dataset, split)) for split in eval_splits}
        return splits, {"ignore_identical_ids": task.ignore_identical_ids, "k_values": tuple(task.k_values)}


TYPE = RetrievalType()
