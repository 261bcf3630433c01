"""Summarization: its data checks, its two protocols and its per-text statistic."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import spearmanr
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.data import load_task_data
from benchmark.errors import DataError
from benchmark.spec import load_task_spec
from benchmark.stats import align, item_metric
from benchmark.stats.item_metrics import MaskedMeanMetric, Resamples
from tests.conftest import write_jsonl, write_yaml

cli = CliRunner()
YAML = "name: S\ntype: summarization\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: s.jsonl}\n"
ROW = {"text": "t", "human_summaries": ["h"], "machine_summaries": ["a", "b", "c"], "relevance": [1, 3, 5]}


def _task(tmp_path: Path, rows: list[dict], extra: str = "") -> Path:
    write_jsonl(tmp_path / "s.jsonl", rows)
    return write_yaml(tmp_path / "task.yaml", YAML + extra)


@pytest.mark.parametrize(
    ("rows", "extra", "message"),
    [
        ([{**ROW, "relevance": [1, 3]}], "", "2 relevance scores for 3 machine summaries"),
        ([{**ROW, "relevance": [1, 3, 9]}], "", "relevance 9 outside [0.0, 5.0]"),
        ([{**ROW, "relevance": [1, "x", 2]}], "", "must hold numbers"),
        ([{**ROW, "machine_summaries": []}], "", "'machine_summaries' is empty"),
        ([{**ROW, "human_summaries": ["ok", " "]}], "", "must hold non-empty strings"),
        ([{"text": "t", "summary": "s", "score": 1}], "", "need 'scoring: finmteb'"),
        ([ROW, {"text": "u", "summary": "s", "score": 1}], "scoring: finmteb\n", "mixes one-summary rows"),
        ([{"text": "t", "summary": "s", "score": 2}], "scoring: finmteb\nmax_score: 1\n", "score 2 outside"),
    ],
)
def test_bad_summarization_rows_are_refused_with_their_line(
    tmp_path: Path, rows: list[dict], extra: str, message: str
) -> None:
    path = _task(tmp_path, rows, extra)
    with pytest.raises(DataError) as caught:
        load_task_data(load_task_spec(path))
    assert message in str(caught.value) and "s.jsonl:" in str(caught.value)
    result = cli.invoke(
        app, ["run", "--model", "hashing", "--task-file", str(path), "--results-dir", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and message in result.output and not (tmp_path / "o").exists()


def _rows(n: int, skip_every: int = 0) -> list[dict]:
    rows = []
    for i in range(n):
        relevance = [1.0, 1.0, 1.0] if skip_every and i % skip_every == 0 else [1.0, 2.5, 4.0, 5.0][: 3 + i % 2]
        rows.append(
            {
                "id": f"t{i}",
                "text": f"text number {i}",
                "human_summaries": [f"reference {i} one", f"reference {i} two"],
                "machine_summaries": [f"candidate {i} {j}" for j in range(len(relevance))],
                "relevance": relevance,
            }
        )
    return rows


def test_texts_with_equal_judgements_are_skipped_like_mteb_and_in_the_statistic(tmp_path: Path) -> None:
    path = _task(tmp_path, _rows(12, skip_every=4))
    out = tmp_path / "out"
    result = cli.invoke(app, ["run", "--model", "hashing", "--task-file", str(path), "--results-dir", str(out)])
    assert result.exit_code == 0, result.output
    score_file = next(out.glob("*/*/S.json"))
    records = [{"split": "test", **r} for r in _read_items(score_file.with_suffix(".items.jsonl"))]
    assert len(records) == 12  # every text has a record, skipped or not
    metric = item_metric("summarization", "cosine_spearman", records)
    assert isinstance(metric, MaskedMeanMetric) and metric.mask.sum() <= 9
    kept = [r for r in records if len(set(r["gold"])) > 1 and len(set(r["cosine"])) > 1 and len(set(r["dot"])) > 1]
    expected = np.mean([spearmanr(r["gold"], r["cosine"]).statistic for r in kept])
    assert metric.point() == pytest.approx(expected, abs=1e-12)


def _read_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_per_text_resamples_average_over_the_counted_draws() -> None:
    values, mask = np.array([0.2, 0.9, -0.5, 0.4]), np.array([1.0, 1.0, 0.0, 1.0])
    metric = MaskedMeanMetric(["a", "b", "c", "d"], values, mask)
    idx = np.array([[0, 0, 2, 3], [2, 2, 2, 1], [1, 3, 3, 3]])
    expected = [np.mean([values[i] for i in row if mask[i]]) for row in idx]
    assert np.allclose(metric.resample_counts(Resamples.from_indices(idx, 4)), expected)
    assert metric.per_item() is None  # not a plain mean of every item
    # two models that skip different texts still pair text by text
    other = MaskedMeanMetric(["d", "c", "b", "a"], values[::-1], np.ones(4))
    _, b = align(metric, other)
    assert b.ids == ["a", "b", "c", "d"] and b.per_item() is not None


def test_finmteb_rows_give_one_record_per_pair_and_a_spearman(tmp_path: Path) -> None:
    rows = [{"id": f"r{i}", "text": f"text {i % 3}", "summary": f"summary {i}", "score": (i % 4) / 3} for i in range(9)]
    path = _task(tmp_path, rows, "scoring: finmteb\nmax_score: 1\n")
    out = tmp_path / "out"
    result = cli.invoke(app, ["run", "--model", "hashing", "--task-file", str(path), "--results-dir", str(out)])
    assert result.exit_code == 0, result.output
    score_file = next(out.glob("*/*/S.json"))
    records = _read_items(score_file.with_suffix(".items.jsonl"))
    assert [r["id"] for r in records] == [f"r{i}" for i in range(9)]
    metric = item_metric("summarization", "cosine_spearman", [{"split": "test", **r} for r in records])
    expected = spearmanr([r["gold"] for r in records], [r["cosine"] for r in records]).statistic
    assert metric.point() == pytest.approx(expected, abs=1e-12)
