"""The WordLlama backend: verified shipped files, offline loading, vectors, STS-B anchor, truncation."""

from __future__ import annotations

import importlib
import json
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benchmark.data import load_task_data
from benchmark.errors import ModelLoadError
from benchmark.evaluate import evaluate_task
from benchmark.models import wordllama as wl
from benchmark.models.base import Embedder, l2_normalize
from benchmark.models.truncate import TruncatedEmbedder
from benchmark.spec import TaskSpec, load_task_spec
from tests.conftest import read_jsonl, write_jsonl, write_yaml

STS = TaskSpec(name="T", type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})
TEXTS = [
    "A man is playing a guitar.",
    "The quarterly earnings beat analyst expectations.",
    "",
    "x",
    "Zürich's central bank held rates at 1.75% — unchanged since March. " * 20,
]


@pytest.fixture(scope="module")
def model() -> wl.WordLlamaEmbedder:
    """The shipped l2_supercat, verified."""
    return wl.WordLlamaEmbedder()


def _package() -> Path:
    folder = wl.package_dir()
    assert folder is not None, "wordllama must be installed for these tests"
    return folder


def _wordllama_load(**kwargs: Any) -> Any:
    """WordLlama's own offline load of the shipped files."""
    upstream = importlib.import_module("wordllama")
    return upstream.WordLlama.load(cache_dir=_package(), disable_download=True, **kwargs)


def test_info_describes_the_shipped_model(model: wl.WordLlamaEmbedder) -> None:
    assert isinstance(model, Embedder)
    info = model.info
    assert (info.name, info.revision) == ("wordllama/l2_supercat", "weights-64b47a2dc493")
    assert (info.dimension, info.similarity, info.n_parameters) == (256, "cosine", 32000 * 256)
    assert info.framework == ("WordLlama",)
    assert dict(info.params) == {"config": "l2_supercat", "batch_size": 32}


def test_two_loads_give_identical_vectors(model: wl.WordLlamaEmbedder) -> None:
    first = model.encode(TEXTS, role=None, task=STS)
    second = wl.WordLlamaEmbedder(batch_size=2).encode(TEXTS, role=None, task=STS)
    assert first.dtype == np.float32 and first.shape == (len(TEXTS), 256)
    assert np.array_equal(first, second)
    assert np.isfinite(first).all() and first[0].any()
    assert not first[2].any(), "an empty text pools no tokens: a zero vector"
    assert model.encode([], role=None, task=STS).shape == (0, 256)


def test_vectors_are_wordllamas_own_embed(model: wl.WordLlamaEmbedder) -> None:
    # The documented offline call works, and our verified-bytes load gives the very same (unnormalised) vectors.
    theirs = np.asarray(_wordllama_load().embed(TEXTS), dtype=np.float32)
    ours = model.encode(TEXTS, role=None, task=STS)
    assert np.array_equal(ours, theirs)
    assert not np.allclose(np.linalg.norm(ours[[0, 1, 3]], axis=1), 1.0)


def test_stsb_test_cosine_spearman(model: wl.WordLlamaEmbedder, shared_data: Path, tmp_path: Path) -> None:
    rows = read_jsonl(shared_data / "stsb" / "test.jsonl")
    assert len(rows) == 1379
    write_jsonl(tmp_path / "pairs.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: STSBWordLlama\ntype: sts\ndomain: general\ndescription: d\nlicense: x\nsplits: {test: pairs.jsonl}\n",
    )
    scores = evaluate_task(model, load_task_data(load_task_spec(spec))).outcomes["test"].scores
    assert round(scores["cosine_spearman"], 4) == 0.7588


def test_truncation_equals_wordllamas_matryoshka_cut(model: wl.WordLlamaEmbedder) -> None:
    # WordLlama.load(dim=64) needs l2_supercat_64.safetensors, which is not shipped; trunc_dim=64 cuts the
    # shipped 256-d table to its first 64 columns. Mean pooling commutes with the cut, so the two agree.
    theirs = np.asarray(_wordllama_load(trunc_dim=64).embed(TEXTS), dtype=np.float32)
    full = model.encode(TEXTS, role=None, task=STS)
    assert np.array_equal(full[:, :64], theirs)
    ours = TruncatedEmbedder(model, 64)
    assert ours.info.name == "wordllama/l2_supercat@dim64"
    np.testing.assert_allclose(ours.encode(TEXTS, role=None, task=STS), l2_normalize(theirs), atol=1e-6)


@pytest.mark.parametrize("which", ["weights", "tokenizer"])
def test_a_corrupted_copy_is_refused(which: str, tmp_path: Path) -> None:
    shipped = wl.SHIPPED["l2_supercat"]
    for relative in (shipped.weights, shipped.tokenizer):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_package() / relative, tmp_path / relative)
    assert wl.WordLlamaEmbedder(folder=tmp_path).info.revision == shipped.revision  # the intact copy loads
    target = tmp_path / getattr(shipped, which)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match=target.name) as caught:
        wl.WordLlamaEmbedder(folder=tmp_path)
    assert "does not match the pinned" in str(caught.value) and "\n" not in str(caught.value)
    target.unlink()
    with pytest.raises(ModelLoadError, match=rf"{target.name}: missing"):
        wl.WordLlamaEmbedder(folder=tmp_path)


def test_absent_package_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wl, "package_dir", lambda: None)
    with pytest.raises(ModelLoadError) as caught:
        wl.load_wordllama("wordllama/l2_supercat")
    assert str(caught.value) == "WordLlama is not installed: pip install 'bench-embed[wordllama]'"


def test_nothing_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with pytest.raises(AssertionError, match="network access"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    model = wl.WordLlamaEmbedder()
    assert model.encode(TEXTS, role="query", task=STS).shape == (len(TEXTS), 256)


def test_factory_names_and_cache_key(model: wl.WordLlamaEmbedder) -> None:
    assert wl.load_wordllama(" wordllama/l2_supercat ", batch_size=7).info.params["batch_size"] == 7
    with pytest.raises(ModelLoadError, match="known: wordllama/l2_supercat"):
        wl.load_wordllama("wordllama/l3_supercat")
    with pytest.raises(ModelLoadError, match="unknown WordLlama config 'nope'; known: l2_supercat"):
        wl.WordLlamaEmbedder("nope")
    key = json.loads(model.cache_key("query", STS) or "")
    assert key["model"] == "wordllama/l2_supercat" and key["revision"] == "weights-64b47a2dc493"
    assert model.cache_key("query", STS) != model.cache_key("document", STS)


def test_loading_leaves_logging_alone_and_imports_no_torch(tmp_path: Path) -> None:
    # wordllama runs logging.basicConfig(level=INFO) on import; a fresh interpreter shows we undo it.
    script = textwrap.dedent(
        """
        import logging, sys
        from benchmark.models import wordllama as wl
        assert wl.package_dir() is not None and "wordllama" not in sys.modules
        from benchmark.spec import TaskSpec
        task = TaskSpec(name="T", type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})
        wl.WordLlamaEmbedder().encode(["hello"], role=None, task=task)
        root = logging.getLogger()
        print(root.handlers, logging.getLevelName(root.level), "torch" in sys.modules, "wordllama" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parent.parent, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "WARNING", "False", "True"]
