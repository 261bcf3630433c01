"""The embedding cache: hits instead of encodes, keys that separate models/roles/prompts, safe storage."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from benchmark.cache import CachedEmbedder, MemoryStore, SqliteStore, text_digest
from benchmark.models.base import FloatMatrix, ModelInfo, Role
from benchmark.models.truncate import TruncatedEmbedder
from benchmark.registry import resolve
from benchmark.runner import run
from benchmark.spec import TaskSpec

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
STS = TaskSpec(name="T", type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})


class CountingEmbedder:
    """Deterministic vectors from the text; counts what reaches ``encode``."""

    def __init__(self, name: str = "test/counting", prompt: str = "") -> None:
        self.info = ModelInfo(name=name, revision="1", dimension=8)
        self.prompt = prompt
        self.seen: list[str] = []

    def cache_key(self, role: Role, task: TaskSpec) -> str | None:
        return json.dumps({"model": self.info.name, "role": role, "prompt": self.prompt})

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        self.seen += list(texts)
        rows = [
            np.random.default_rng(
                int.from_bytes(text_digest(self.info.name + self.prompt + str(role) + t)[:4], "little")
            ).standard_normal(8)
            for t in texts
        ]
        return np.array(rows, dtype=np.float32).reshape(len(texts), 8)


def test_warm_rerun_encodes_nothing_and_gives_identical_files(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cache.sqlite3")
    refs = resolve(task_files=sorted(FIXTURES.glob("*/task.yaml")))
    cold_model = CountingEmbedder()
    cold = run(cold_model, refs, results_dir=tmp_path / "a", store=store)
    assert sum(o.texts_encoded for o in cold) == len(set(cold_model.seen)) > 0
    warm_model = CountingEmbedder()
    warm = run(warm_model, refs, results_dir=tmp_path / "b", store=SqliteStore(tmp_path / "cache.sqlite3"))
    assert warm_model.seen == [] and all(o.texts_encoded == 0 for o in warm)
    for a in sorted((tmp_path / "a").rglob("*.json")):
        assert a.read_bytes() == (tmp_path / "b" / a.relative_to(tmp_path / "a")).read_bytes()


def test_texts_shared_by_tasks_are_encoded_once_per_role(tmp_path: Path) -> None:
    model = CountingEmbedder()
    refs = resolve(task_files=[FIXTURES / "sts" / "task.yaml", FIXTURES / "pairs" / "task.yaml"])
    run(model, [*refs, *refs], results_dir=tmp_path, overwrite=True)  # in-memory store by default
    assert len(model.seen) == len(set(model.seen))


def test_keys_separate_models_roles_and_prompts() -> None:
    store = MemoryStore()
    plain, prompted, other = CountingEmbedder(), CountingEmbedder(prompt="query: "), CountingEmbedder("test/other")
    texts = ["a cash flow question", "a dividend question"]
    base = CachedEmbedder(plain, store).encode(texts, role="query", task=STS)
    for model, role in ((prompted, "query"), (other, "query"), (plain, "document")):
        vectors = CachedEmbedder(model, store).encode(texts, role=role, task=STS)  # type: ignore[arg-type]
        assert not np.allclose(vectors, base)
        assert np.array_equal(vectors, model.encode(texts, role=role, task=STS))  # type: ignore[arg-type]
    again = CountingEmbedder()
    assert np.array_equal(CachedEmbedder(again, store).encode(texts, role="query", task=STS), base)
    assert again.seen == []


def test_truncated_model_reuses_full_vectors(tmp_path: Path) -> None:
    store = MemoryStore()
    full = CountingEmbedder()
    run(full, resolve(task_files=[FIXTURES / "sts" / "task.yaml"]), results_dir=tmp_path, store=store)
    inner = CountingEmbedder()
    run(
        TruncatedEmbedder(inner, 4),
        resolve(task_files=[FIXTURES / "sts" / "task.yaml"]),
        results_dir=tmp_path,
        store=store,
    )
    assert inner.seen == []


def test_models_without_a_key_are_not_cached() -> None:
    from benchmark.models.synthetic import HashingEmbedder

    cached = CachedEmbedder(HashingEmbedder(), MemoryStore())
    cached.encode(["x", "y"], role=None, task=STS)
    cached.encode(["x", "y"], role=None, task=STS)
    assert cached.encoded == 4 and cached.hits == 0


def test_malformed_rows_are_ignored(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.sqlite3")
    store.put_many("k", {"text": np.ones(4, dtype=np.float32)})
    db = sqlite3.connect(tmp_path / "c.sqlite3")
    db.execute("UPDATE embeddings SET dim = 5")
    db.commit()
    assert store.get_many("k", ["text"]) == {}


def _writer(path: str, worker: int) -> None:
    store = SqliteStore(Path(path))
    for i in range(40):
        store.put_many("shared", {f"text {j}": np.full(16, j, dtype=np.float32) for j in range(i * 5, i * 5 + 20)})
        store.put_many(f"worker {worker}", {f"t{i}": np.full(16, worker, dtype=np.float32)})


def test_concurrent_processes_share_one_cache(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    SqliteStore(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), w)) for w in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    store = SqliteStore(path)
    found = store.get_many("shared", [f"text {j}" for j in range(215)])
    assert len(found) == 215 and all(v[0] == int(t.split()[1]) for t, v in found.items())
    assert all(len(store.get_many(f"worker {w}", [f"t{i}" for i in range(40)])) == 40 for w in range(3))


def test_killed_writer_leaves_a_consistent_cache(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    script = (
        "import sys, numpy as np; from pathlib import Path; from benchmark.cache import SqliteStore\n"
        "s = SqliteStore(Path(sys.argv[1]))\n"
        "i = 0\n"
        "while True:\n"
        "    s.put_many('k', {f'x{i}-{j}': np.full(64, i, dtype=np.float32) for j in range(200)}); i += 1\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=Path(__file__).resolve().parent.parent)
    deadline = time.time() + 60
    while time.time() < deadline and (not path.exists() or path.stat().st_size < 200_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = db.execute("SELECT dim, vector FROM embeddings").fetchall()
    assert rows and all(len(blob) == 4 * dim for dim, blob in rows)
    batches = {}
    for (blob,) in db.execute("SELECT vector FROM embeddings"):
        value = float(np.frombuffer(blob, dtype="<f4")[0])
        batches[value] = batches.get(value, 0) + 1
    assert set(batches.values()) == {200}  # every transaction landed whole or not at all


@pytest.mark.parametrize("flag", ["--no-cache", "--cache"])
def test_cli_cache_switch(tmp_path: Path, flag: str) -> None:
    from typer.testing import CliRunner

    from benchmark.cli import app

    args = [
        "run",
        "--model",
        "hashing",
        "--task-file",
        str(FIXTURES / "sts" / "task.yaml"),
        "--results-dir",
        str(tmp_path / "r"),
        "--cache-dir",
        str(tmp_path / "c"),
        flag,
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "embeddings.sqlite3").exists() == (flag == "--cache")
