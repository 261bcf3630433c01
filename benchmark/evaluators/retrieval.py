"""Retrieval and reranking: pytrec_eval metrics exactly as mteb 2.x computes them, with per-query records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytrec_eval

from benchmark.data import RetrievalSplit
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.models.base import Embedder, LexicalRanker, Run
from benchmark.ranking import dense_search
from benchmark.spec import TaskSpec

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
    model: Embedder | LexicalRanker, spec: TaskSpec, split: RetrievalSplit, encoder: TaskEncoder | None
) -> SplitOutcome:
    """Rank (dense or lexical), drop identical ids if asked, score with pytrec_eval."""
    k_values = sorted(spec.k_values)
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
    if spec.ignore_identical_ids:
        run = {qid: {d: s for d, s in docs.items() if d != qid} for qid, docs in run.items()}
    scores, per_query = score_run(split.qrels, run, k_values)
    items = [{"id": qid, **per_query[qid]} for qid in query_ids if qid in per_query]
    protocol = {"n_queries": len(query_ids), "n_documents": len(split.corpus), "top_k": top_k}
    return SplitOutcome(scores=scores, items=items, protocol=protocol)
