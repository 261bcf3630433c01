"""Bitext mining parity with mteb 2.x on real paraphrase pairs (Twitter URL corpus), and its resampled F1."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import f1_score, precision_score

from benchmark.models.base import Embedder
from benchmark.stats import item_metric
from benchmark.stats.item_metrics import Resamples
from tests.conftest import write_jsonl, write_yaml
from tests.parity import mteb_bridge as mb
from tests.parity.shared_rows import url_bitext_rows
from tests.parity.test_parity import TOL, _ours_outcome


def test_bitext_mining_matches_mteb(minilm: Embedder, shared_data: Path, tmp_path: Path) -> None:
    rows = url_bitext_rows(shared_data)
    assert len(rows) > 500
    write_jsonl(tmp_path / "pairs.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: UrlBitext\ntype: bitext_mining\ndomain: general\ndescription: d\nlicense: x\n"
        "splits: {test: pairs.jsonl}\n",
    )
    outcome, rec = _ours_outcome(minilm, spec)
    theirs = mb.mteb_scores(
        mb.bitext_task([r["sentence1"] for r in rows], [r["sentence2"] for r in rows]),
        mb.FrozenEncoder(rec.table, "bitext"),
    )
    for key in ("f1", "accuracy", "precision", "recall"):
        assert abs(outcome.scores[key] - theirs[key]) <= TOL, key
    assert 0.3 < outcome.scores["f1"] < 1.0  # real errors to resample
    records = [{"split": "test", **item} for item in outcome.items]
    for key in ("f1", "accuracy", "precision", "recall"):
        assert item_metric("bitext_mining", key, records).point() == pytest.approx(outcome.scores[key], abs=1e-12)


def test_resampled_f1_and_precision_equal_sklearn_on_the_resampled_lists() -> None:
    """A resample drawing item i w_i times is sklearn's weighted score over the list with i repeated w_i times."""
    rng = np.random.default_rng(7)
    n = 40
    match = np.where(rng.random(n) < 0.6, np.arange(n), rng.integers(0, n, n))
    records = [{"split": "test", "id": f"s{i}", "match": f"s{j}", "score": 0.5} for i, j in enumerate(match)]
    idx = rng.integers(0, n, size=(25, n))
    block = Resamples.from_indices(idx, n)
    for key, score in (("f1", f1_score), ("precision", precision_score)):
        metric = item_metric("bitext_mining", key, records)
        expected = [score(list(row), list(match[row]), average="weighted", zero_division=0) for row in idx]
        assert np.allclose(metric.resample_counts(block), expected, atol=1e-12), key
