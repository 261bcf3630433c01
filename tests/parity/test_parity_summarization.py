"""Summarization parity with mteb 2.x on real data (SICK-R grouped by premise, STS-B as text/summary pairs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark.models.base import Embedder
from benchmark.stats import item_metric
from tests.conftest import read_jsonl, write_jsonl, write_yaml
from tests.parity import mteb_bridge as mb
from tests.parity.shared_rows import sick_summarization_rows
from tests.parity.test_parity import TOL, _ours_outcome

MTEB_KEYS = ("cosine_spearman", "cosine_pearson", "dot_spearman", "dot_pearson", "spearman", "pearson")


def test_summarization_matches_mteb(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = sick_summarization_rows(shared_data)
    assert len(rows) > 1000
    write_jsonl(tmp_path / "summaries.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: SickSummarization\ntype: summarization\ndomain: general\ndescription: d\nlicense: x\n"
        "min_score: 1\nmax_score: 5\nsplits: {test: summaries.jsonl}\n",
    )
    outcome, rec = _ours_outcome(minilm, spec)
    task = mb.summarization_task(
        [r["text"] for r in rows],
        [r["human_summaries"] for r in rows],
        [r["machine_summaries"] for r in rows],
        [r["relevance"] for r in rows],
        1,
        5,
    )
    theirs = mb.mteb_scores(task, mb.FrozenEncoder(rec.table, "summarization"))
    for key in MTEB_KEYS:
        assert abs(outcome.scores[key] - theirs[key]) <= TOL, key
    # some texts are skipped (all relevance equal) and the statistic skips the same ones
    assert outcome.protocol["n_scored"] < outcome.protocol["n_texts"]
    records = [{"split": "test", **item} for item in outcome.items]
    for key in ("cosine_spearman", "dot_pearson"):
        assert item_metric("summarization", key, records).point() == pytest.approx(outcome.scores[key], abs=1e-9)


def test_finmteb_scoring_is_mtebs_sts_evaluator_on_text_summary_pairs(
    minilm: Embedder, shared_data: Path, tmp_path: Path
) -> None:
    rows = read_jsonl(shared_data / "stsb" / "test.jsonl")
    write_jsonl(
        tmp_path / "summaries.jsonl",
        [
            {"id": str(i), "text": r["sentence1"], "summary": r["sentence2"], "score": r["score"]}
            for i, r in enumerate(rows)
        ],
    )
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: StsbSummaries\ntype: summarization\ndomain: general\ndescription: d\nlicense: x\n"
        "scoring: finmteb\nsplits: {test: summaries.jsonl}\n",
    )
    outcome, rec = _ours_outcome(minilm, spec)
    theirs = mb.mteb_scores(
        mb.sts_task([r["sentence1"] for r in rows], [r["sentence2"] for r in rows], [r["score"] for r in rows]),
        mb.FrozenEncoder(rec.table, "finmteb-summarization"),
    )
    for key in ("cosine_spearman", "cosine_pearson", "manhattan_spearman", "euclidean_spearman"):
        assert abs(outcome.scores[key] - theirs[key]) <= TOL, key
    records = [{"split": "test", **item} for item in outcome.items]
    assert item_metric("summarization", "cosine_spearman", records).point() == pytest.approx(
        outcome.scores["cosine_spearman"], abs=1e-9
    )
