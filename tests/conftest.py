"""Shared fixtures: the verified bundled MiniLM, the shared real datasets, tiny task writers."""

from __future__ import annotations

import os
import tempfile

# Tests never touch the network: hub clients read these at import time, so set them before anything imports them.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Keep the test session's caches (extracted model, embeddings) out of the user's cache folder.
os.environ["BENCH_CACHE_DIR"] = tempfile.mkdtemp(prefix="bench-test-cache-")

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benchmark.models.base import Embedder, FloatMatrix, ModelInfo, Role
from benchmark.spec import TaskSpec

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; its absence is a failure, not a skip."""
    assert SHARED_DATA.is_dir(), f"{SHARED_DATA} is missing: the parity tests need the shared datasets"
    return SHARED_DATA


@pytest.fixture(scope="session")
def minilm() -> Embedder:
    """The bundled all-MiniLM-L6-v2, hash-verified."""
    from benchmark.models.loader import load_model

    model = load_model("sentence-transformers/all-MiniLM-L6-v2")
    assert isinstance(model, Embedder)
    return model


@pytest.fixture(scope="session")
def minilm_suite_results(minilm: Embedder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MiniLM's results on the whole default suite (computed once per session)."""
    from benchmark.registry import resolve
    from benchmark.runner import run

    out = tmp_path_factory.mktemp("minilm-results")
    run(minilm, resolve(suite="default"), results_dir=out)
    return out


class RecordingEmbedder:
    """Wraps an embedder and remembers every text's vector (to hand mteb the very same embeddings)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.info: ModelInfo = inner.info
        self.table: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        out = self.inner.encode(texts, role=role, task=task)
        for text, row in zip(texts, out, strict=True):
            self.table[text] = row
        return out


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    """Write rows as JSON Lines, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def write_yaml(path: Path, text: str) -> Path:
    """Write a task.yaml and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSON Lines file (plain or gzip)."""
    import gzip

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
