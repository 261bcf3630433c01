"""Evaluator maths on hand-checkable inputs, including ties and zero-positive queries."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from mteb._evaluators.retrieval_metrics import calculate_retrieval_scores

from benchmark.ranking import dense_search, top_k_run
from benchmark.task_types.classification import undersample
from benchmark.task_types.pair_classification import best_accuracy, best_f1, classification_metrics
from benchmark.task_types.retrieval import score_run

K = [1, 3, 5, 10]


def test_ndcg_uses_linear_gain_and_keeps_zero_positive_queries() -> None:
    qrels = {"q1": {"a": 2, "b": 1}, "q2": {"c": 0}}
    run = {"q1": {"b": 0.9, "a": 0.5, "x": 0.1}, "q2": {"c": 0.8}}
    scores, items = score_run(qrels, run, K)
    dcg = 1 / math.log2(2) + 2 / math.log2(3)
    idcg = 2 / math.log2(2) + 1 / math.log2(3)
    assert items["q1"]["ndcg_at_10"] == pytest.approx(dcg / idcg)
    assert items["q2"]["ndcg_at_10"] == 0.0
    assert scores["ndcg_at_10"] == round((dcg / idcg) / 2, 5)
    assert items["q1"]["mrr_at_10"] == 1.0 and items["q2"]["mrr_at_10"] == 0.0


def test_ties_are_broken_by_doc_id_descending() -> None:
    qrels = {"q": {"a": 1}}
    run = {"q": {"a": 0.5, "b": 0.5, "c": 0.5}}
    _, items = score_run(qrels, run, K)
    # order is c, b, a -> the relevant doc sits at rank 3
    assert items["q"]["mrr_at_10"] == pytest.approx(1 / 3)
    assert items["q"]["ndcg_at_10"] == pytest.approx(1 / math.log2(4))
    assert items["q"]["recall_at_1"] == 0.0


def test_score_run_matches_mteb_on_a_tie_heavy_random_run() -> None:
    rng = random.Random(3)
    docs = [f"d{i:02d}" for i in range(40)]
    qrels = {f"q{i}": {d: rng.choice([0, 1, 1, 2]) for d in rng.sample(docs, 4)} for i in range(25)}
    run = {q: {d: float(rng.randint(0, 5)) for d in docs} for q in qrels}
    ours, _ = score_run(qrels, run, [1, 3, 5, 10, 20, 100, 1000])
    theirs = calculate_retrieval_scores(run, qrels, [1, 3, 5, 10, 20, 100, 1000])
    assert ours["ndcg_at_10"] == theirs.ndcg["NDCG@10"]
    assert ours["map_at_1000"] == theirs.map["MAP@1000"]
    assert ours["recall_at_5"] == theirs.recall["Recall@5"]
    assert ours["precision_at_3"] == theirs.precision["P@3"]
    assert ours["mrr_at_10"] == pytest.approx(theirs.mrr["MRR@10"], abs=1e-12)


def test_top_k_cut_respects_tie_order() -> None:
    run = top_k_run({"q": np.array([0.2, 0.9, 0.9, 0.9, 0.1])}, ["a", "b", "c", "d", "e"], 2)
    assert list(run["q"]) == ["d", "c"]


def test_dense_search_blocks_give_the_same_ranking(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    q, d = rng.standard_normal((7, 5)).astype(np.float32), rng.standard_normal((30, 5)).astype(np.float32)
    qids, dids = [f"q{i}" for i in range(7)], [f"d{i}" for i in range(30)]
    whole = dense_search(qids, q, dids, d, similarity="cosine", top_k=10)
    import benchmark.ranking as ranking

    monkeypatch.setattr(ranking, "_CELLS_PER_CHUNK", 64 * 8)
    monkeypatch.setattr(ranking, "_DOCS_PER_CHUNK", 8)
    blocked = dense_search(qids, q, dids, d, similarity="cosine", top_k=10)
    assert {q: list(v.items()) for q, v in whole.items()} == {q: list(v.items()) for q, v in blocked.items()}


def test_pair_metrics_hand_checked() -> None:
    scores = np.array([0.9, 0.8, 0.7, 0.2])
    labels = np.array([1, 0, 1, 0])
    metrics = classification_metrics(scores, labels)
    assert metrics["ap"] == pytest.approx((1 + 2 / 3) / 2)
    assert best_accuracy(scores, labels) == 0.75
    assert best_f1(scores, labels)[0] == pytest.approx(0.8)


def test_threshold_never_splits_tied_scores() -> None:
    scores = np.array([0.5, 0.5, 0.5, 0.5])
    labels = np.array([1, 1, 0, 0])
    assert best_accuracy(scores, labels) == 0.0
    assert best_f1(scores, labels) == (0.0, 0.0, 0.0)


def test_undersampling_matches_mteb() -> None:
    from datasets import Dataset
    from mteb.abstasks import AbsTaskClassification

    labels = [str(i % 5) for i in range(60)]

    class Probe(AbsTaskClassification):  # type: ignore[misc]
        metadata = None

    probe = object.__new__(Probe)
    probe.seed, probe.samples_per_label, probe.label_column_name = 42, 3, "label"
    dataset = Dataset.from_dict({"text": [str(i) for i in range(60)], "label": labels})
    idxs = None
    theirs = []
    for i in range(4):
        _, idxs, chosen = AbsTaskClassification._undersample_data(probe, dataset, i, idxs)
        theirs.append(chosen)
    assert undersample(labels, 3, 4) == theirs


@pytest.mark.parametrize(("cells", "docs_per_chunk"), [(2**25, 2**16), (64 * 7, 7), (64 * 3, 3), (64 * 50, 50)])
def test_chunked_search_equals_row_top_k_with_ties(
    monkeypatch: pytest.MonkeyPatch, cells: int, docs_per_chunk: int
) -> None:
    """Corpus chunks and query blocks of any size give the row-by-row ranking, ties at every cut included."""
    import benchmark.ranking as ranking

    monkeypatch.setattr(ranking, "_CELLS_PER_CHUNK", cells)
    monkeypatch.setattr(ranking, "_DOCS_PER_CHUNK", docs_per_chunk)
    rng = np.random.default_rng(5)
    queries = rng.integers(0, 2, size=(150, 3)).astype(np.float32)
    docs = rng.integers(0, 3, size=(50, 3)).astype(np.float32)  # small integer dot products: heavy ties
    sims = queries @ docs.T
    doc_ids = [f"d{i:02d}" for i in range(50)]
    qids = [f"q{i}" for i in range(150)]
    for k in (1, 5, 10, 50, 80):
        expected = top_k_run({q: sims[i] for i, q in enumerate(qids)}, doc_ids, k)
        got = dense_search(qids, queries, doc_ids, docs, similarity="dot", top_k=k)
        assert {q: list(v.items()) for q, v in got.items()} == {q: list(v.items()) for q, v in expected.items()}
