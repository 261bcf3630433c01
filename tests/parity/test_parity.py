"""Parity with mteb 2.x: our evaluators and mteb's, on the same real data and the same embeddings."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from benchmark.data import load_task_data
from benchmark.evaluate import evaluate_task
from benchmark.models.base import Embedder
from benchmark.spec import load_task_spec
from benchmark.task_types.base import SplitOutcome
from tests.conftest import RecordingEmbedder, read_jsonl, write_jsonl, write_yaml
from tests.parity import mteb_bridge as mb

TOL = 1e-6


def _ours_outcome(model: Embedder, spec_path: Path) -> tuple[SplitOutcome, RecordingEmbedder]:
    """Our evaluation of the task's test split, and the embeddings it used (for mteb's frozen encoder)."""
    recorder = RecordingEmbedder(model)
    data = load_task_data(load_task_spec(spec_path))
    return evaluate_task(recorder, data).outcomes["test"], recorder


def _ours(model: Embedder, spec_path: Path) -> tuple[dict, RecordingEmbedder]:
    outcome, recorder = _ours_outcome(model, spec_path)
    return outcome.scores, recorder


def test_sts_parity_and_published_anchor(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = read_jsonl(shared_data / "stsb" / "test.jsonl")
    assert len(rows) == 1379
    write_jsonl(tmp_path / "pairs.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: STSBParity\ntype: sts\ndomain: general\ndescription: d\nlicense: x\nsplits: {test: pairs.jsonl}\n",
    )
    ours, rec = _ours(minilm, spec)
    theirs = mb.mteb_scores(
        mb.sts_task([r["sentence1"] for r in rows], [r["sentence2"] for r in rows], [r["score"] for r in rows]),
        mb.FrozenEncoder(rec.table, "sts"),
    )
    for key in ("cosine_spearman", "cosine_pearson", "manhattan_spearman", "euclidean_spearman", "spearman"):
        assert abs(ours[key] - theirs[key]) <= TOL, key
    assert round(ours["cosine_spearman"], 6) == pytest.approx(0.820325, abs=1e-6)


def test_pair_classification_parity(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = [r for r in read_jsonl(shared_data / "twitter_semeval2015" / "test.jsonl") if r["label"] is not None]
    write_jsonl(
        tmp_path / "pairs.jsonl",
        [
            {"id": r["pair_id"], "sentence1": r["sentence1"], "sentence2": r["sentence2"], "label": r["label"]}
            for r in rows
        ],
    )
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: TwitterParity\ntype: pair_classification\ndomain: general\n"
        "description: d\nlicense: x\nsplits: {test: pairs.jsonl}\n",
    )
    ours, rec = _ours(minilm, spec)
    theirs = mb.mteb_scores(
        mb.pair_task([r["sentence1"] for r in rows], [r["sentence2"] for r in rows], [r["label"] for r in rows]),
        mb.FrozenEncoder(rec.table, "pair"),
    )
    for key in ("max_ap", "cosine_ap", "euclidean_ap", "manhattan_ap", "dot_ap", "max_accuracy", "max_f1"):
        assert abs(ours[key] - theirs[key]) <= TOL, key


def test_classification_parity(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = read_jsonl(shared_data / "financial_phrasebank" / "sentences_allagree.jsonl")
    rng = random.Random(0)
    rng.shuffle(rows)
    train, test = rows[:1200], rows[1200:]
    write_jsonl(tmp_path / "train.jsonl", train)
    write_jsonl(tmp_path / "test.jsonl", test)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: FPBParity\ntype: classification\ndomain: finance\n"
        "description: d\nlicense: x\nsplits: {train: train.jsonl, test: test.jsonl}\n",
    )
    ours, rec = _ours(minilm, spec)
    theirs = mb.mteb_scores(
        mb.classification_task(
            ([r["text"] for r in train], [r["label"] for r in train]),
            ([r["text"] for r in test], [r["label"] for r in test]),
        ),
        mb.FrozenEncoder(rec.table, "cls"),
    )
    for key in ("accuracy", "f1", "f1_weighted", "precision", "recall"):
        assert abs(ours[key] - theirs[key]) <= TOL, key
    ours_exp = [e["accuracy"] for e in ours["scores_per_experiment"]]
    theirs_exp = [e["accuracy"] for e in theirs["scores_per_experiment"]]
    assert ours_exp == pytest.approx(theirs_exp, abs=TOL)


@pytest.mark.parametrize(("fraction", "n_docs", "n_bootstrap"), [(0.04, None, 10), (None, 600, 3)])
def test_clustering_parity(
    minilm: Embedder, shared_data: Path, tmp_path: Path, fraction: float | None, n_docs: int | None, n_bootstrap: int
) -> None:
    rows = read_jsonl(shared_data / "twentynewsgroups" / "test.jsonl.gz")
    rows = [{"id": r["id"], "text": r["subject"], "label": r["label"]} for r in rows][:n_docs]
    write_jsonl(tmp_path / "texts.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: NewsParity\ntype: clustering\ndomain: general\n"
        f"description: d\nlicense: x\nsplits: {{test: texts.jsonl}}\nn_bootstrap: {n_bootstrap}\n"
        f"max_fraction_of_documents_to_embed: {'null' if fraction is None else fraction}\n",
    )
    ours, rec = _ours(minilm, spec)
    theirs = mb.mteb_scores(
        mb.clustering_task([r["text"] for r in rows], [r["label"] for r in rows], fraction, n_bootstrap),
        mb.FrozenEncoder(rec.table, "clu"),
    )
    assert abs(ours["v_measure"] - theirs["v_measure"]) <= TOL
    assert ours["v_measures"]["Level 0"] == pytest.approx(theirs["v_measures"]["Level 0"], abs=TOL)


def _beir(
    tmp_path: Path, corpus: dict[str, tuple[str, str]], queries: dict[str, str], qrels: dict[str, dict[str, int]]
) -> None:
    write_jsonl(tmp_path / "corpus.jsonl", [{"_id": d, "title": t, "text": x} for d, (t, x) in corpus.items()])
    write_jsonl(tmp_path / "queries.jsonl", [{"_id": q, "text": x} for q, x in queries.items()])
    (tmp_path / "qrels").mkdir()
    with (tmp_path / "qrels" / "test.tsv").open("w", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["query-id", "corpus-id", "score"])
        for q, docs in qrels.items():
            for d, s in docs.items():
                writer.writerow([q, d, s])


def test_retrieval_parity(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    base = shared_data / "fiqa_qa_mini"
    corpus = {str(r["_id"]): (r.get("title", "") or "", r["text"]) for r in read_jsonl(base / "corpus.jsonl")}
    queries = {str(r["_id"]): r["text"] for r in read_jsonl(base / "queries.jsonl")}
    qrels: dict[str, dict[str, int]] = {}
    with (base / "qrels_test.tsv").open() as handle:
        for row in list(csv.reader(handle, delimiter="\t"))[1:]:
            qrels.setdefault(row[0], {})[row[1]] = int(row[2])
    _beir(tmp_path, corpus, queries, qrels)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: FiQAParity\ntype: retrieval\ndomain: finance\ndescription: d\n"
        "license: x\nsplits: {test: {corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv}}\n",
    )
    ours, rec = _ours(minilm, spec)
    theirs = mb.mteb_scores(mb.retrieval_task(corpus, queries, qrels), mb.FrozenEncoder(rec.table, "ret"))
    for key in (
        "ndcg_at_10",
        "ndcg_at_1",
        "map_at_100",
        "recall_at_100",
        "precision_at_10",
        "mrr_at_10",
        "hit_rate_at_10",
    ):
        assert abs(ours[key] - theirs[key]) <= TOL, key


def test_reranking_parity(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = read_jsonl(shared_data / "semeval2016_cqa_qq_rerank" / "test.jsonl")
    corpus: dict[str, tuple[str, str]] = {}
    queries: dict[str, str] = {}
    qrels: dict[str, dict[str, int]] = {}
    top_ranked: dict[str, list[str]] = {}
    for r in rows:
        queries[r["query_id"]] = f"{r['query_subject']} {r['query_body']}".strip()
        top_ranked[r["query_id"]] = [c["id"] for c in r["candidates"]]
        for c in r["candidates"]:
            corpus[c["id"]] = (c["subject"], c["body"])
        positives = {c["id"]: 1 for c in r["candidates"] if c["label"] == 1}
        if positives:
            qrels[r["query_id"]] = positives
    _beir(tmp_path, corpus, queries, qrels)
    write_jsonl(tmp_path / "candidates.jsonl", [{"query_id": q, "candidates": c} for q, c in top_ranked.items()])
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: SemEvalParity\ntype: reranking\ndomain: general\ndescription: d\n"
        "license: x\nsplits: {test: {corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv,"
        " candidates: candidates.jsonl}}\n",
    )
    ours, rec = _ours(minilm, spec)
    data = load_task_data(load_task_spec(spec))

    def fallback(texts: list[str]) -> list:
        return list(minilm.encode(texts, role="document", task=data.spec))

    frozen = mb.FrozenEncoder(rec.table, "rr", fallback=fallback)
    theirs = mb.mteb_scores(mb.retrieval_task(corpus, queries, qrels, top_ranked), frozen)
    for key in ("map_at_1000", "mrr_at_10", "ndcg_at_10"):
        assert abs(ours[key] - theirs[key]) <= TOL, key
