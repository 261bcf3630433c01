"""Model resolution, the verified bundled MiniLM, truncation, prompts, baselines."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from benchmark.errors import ModelLoadError
from benchmark.models import bundled
from benchmark.models.base import Embedder
from benchmark.models.loader import load_model
from benchmark.models.sentence_transformer import prompt_name_for
from benchmark.spec import TaskSpec

STS = TaskSpec(name="T", type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})
RET = TaskSpec(
    name="R",
    type="retrieval",
    domain="finance",
    description="d",
    license="MIT",
    splits={"test": {"corpus": "c", "queries": "q", "qrels": "r"}},
)


def test_bundled_model_is_verified_and_named(minilm: Embedder) -> None:
    assert minilm.info.name == "sentence-transformers/all-MiniLM-L6-v2"
    assert minilm.info.revision == bundled.REVISION
    assert minilm.info.dimension == 384
    vectors = minilm.encode(["cash flow", "cash flow"], role=None, task=STS)
    assert vectors.dtype == np.float32 and vectors.shape == (2, 384)


def test_tampered_weights_are_refused(tmp_path: Path) -> None:
    folder = bundled.bundled_model_dir()
    assert folder is not None
    copy = tmp_path / "model"
    shutil.copytree(folder, copy)
    with (copy / "tokenizer.json").open("a") as handle:
        handle.write(" ")
    with pytest.raises(ModelLoadError, match="does not match"):
        bundled.verify(copy)


def test_truncation_keeps_prefix_and_renormalises(minilm: Embedder) -> None:
    model = load_model("sentence-transformers/all-MiniLM-L6-v2", dim=32)
    full = minilm.encode(["interest rate swap"], role=None, task=STS)
    cut = model.encode(["interest rate swap"], role=None, task=STS)  # type: ignore[union-attr]
    assert cut.shape == (1, 32)
    assert np.linalg.norm(cut) == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(cut[0], full[0, :32] / np.linalg.norm(full[0, :32]), atol=1e-6)
    with pytest.raises(ModelLoadError, match="exceeds"):
        load_model("hashing", dim=999)
    with pytest.raises(ModelLoadError, match="embedding models"):
        load_model("bm25", dim=8)


def test_prompt_priority_follows_mteb() -> None:
    prompts = {"query": "q: ", "Retrieval-query": "rq: ", "R": "task: ", "document": "d: "}
    assert prompt_name_for(prompts, RET, "query") == "R"
    del prompts["R"]
    assert prompt_name_for(prompts, RET, "query") == "Retrieval-query"
    assert prompt_name_for(prompts, RET, "document") == "document"
    assert prompt_name_for(prompts, STS, None) is None


def test_random_baseline_is_seeded_per_text() -> None:
    model = load_model("random")
    a = model.encode(["x", "y", "x"], role=None, task=STS)  # type: ignore[union-attr]
    assert np.array_equal(a[0], a[2]) and not np.array_equal(a[0], a[1])


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("nonsense", "unknown model"),
        ("./no/such/dir", "no such model directory"),
        ("tests.user_models:Missing", "has no attribute"),
        ("tests.user_models:NotAModel", "neither encode"),
        ("no_such_pkg.mod:Thing", "cannot import"),
    ],
)
def test_bad_model_specs_fail_clearly(spec: str, needle: str) -> None:
    with pytest.raises(ModelLoadError, match=needle):
        load_model(spec)


def test_offline_hub_id_fails_with_a_clear_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    with pytest.raises(ModelLoadError, match="cannot load sentence-transformers model 'acme/no-such-model'"):
        load_model("acme/no-such-model")


def test_user_class_gets_a_name() -> None:
    model = load_model("tests.user_models:LengthEmbedder")
    assert model.info.name == "tests.user_models.LengthEmbedder"
