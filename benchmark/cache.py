"""Embedding cache: vectors keyed by model identity (name, revision, prompt, role, ...) and the exact text.

``SqliteStore`` keeps them on disk in one SQLite file (WAL mode: several ``bench run`` processes can share it;
each write is one transaction, so a killed process leaves no half-written row). ``MemoryStore`` deduplicates
within one run when the disk cache is off. ``CachedEmbedder`` puts a store in front of a model that says what
its vectors depend on (``cache_key``); models that do not (TF-IDF fits on the task) are never cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from benchmark.errors import OutputError
from benchmark.io import ensure_dir
from benchmark.models.base import Embedder, FloatMatrix, ModelInfo, Role, check_embeddings
from benchmark.spec import TaskSpec

SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model_key TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model_key, text_sha256)
) WITHOUT ROWID
"""


def text_digest(text: str) -> bytes:
    """sha256 of the exact text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).digest()


@runtime_checkable
class Cacheable(Protocol):
    """A model whose vectors for a role and task are fully determined by the returned key (None: do not cache)."""

    def cache_key(self, role: Role, task: TaskSpec) -> str | None:
        """Everything the vectors depend on besides the text, as a string."""
        ...


class EmbeddingStore(Protocol):
    """Where cached vectors live."""

    def get_many(self, key: str, texts: Sequence[str]) -> dict[str, FloatMatrix]:
        """Vectors already stored for these texts under ``key``."""
        ...

    def put_many(self, key: str, vectors: dict[str, FloatMatrix]) -> None:
        """Store vectors (existing entries are kept)."""
        ...


class MemoryStore:
    """In-process store: deduplicates encoding across the tasks of one run."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, bytes], FloatMatrix] = {}

    def get_many(self, key: str, texts: Sequence[str]) -> dict[str, FloatMatrix]:
        """Stored vectors for these texts."""
        found = {}
        for text in texts:
            row = self._rows.get((key, text_digest(text)))
            if row is not None:
                found[text] = row
        return found

    def put_many(self, key: str, vectors: dict[str, FloatMatrix]) -> None:
        """Keep these vectors."""
        for text, row in vectors.items():
            self._rows.setdefault((key, text_digest(text)), np.asarray(row, dtype=np.float32))


class SqliteStore:
    """On-disk store in one SQLite database (safe for concurrent processes and interrupted writes)."""

    def __init__(self, path: Path) -> None:
        ensure_dir(path.parent, "embedding cache folder")
        self.path = path
        try:
            self._db = sqlite3.connect(path, timeout=120, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(SCHEMA)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _error(self, exc: sqlite3.Error) -> OutputError:
        return OutputError(f"embedding cache {self.path}: {exc} (free space, delete the file, or use --no-cache)")

    def get_many(self, key: str, texts: Sequence[str]) -> dict[str, FloatMatrix]:
        """Stored vectors for these texts (rows whose size does not match their dimension are ignored)."""
        by_digest = {text_digest(t): t for t in texts}
        digests = list(by_digest)
        found: dict[str, FloatMatrix] = {}
        try:
            for start in range(0, len(digests), 500):
                batch = digests[start : start + 500]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT text_sha256, dim, vector FROM embeddings WHERE model_key = ? AND text_sha256 IN ({marks})",
                    [key, *batch],
                )
                for digest, dim, blob in rows:
                    if len(blob) == 4 * dim:
                        found[by_digest[bytes(digest)]] = np.frombuffer(blob, dtype="<f4").copy()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return found

    def put_many(self, key: str, vectors: dict[str, FloatMatrix]) -> None:
        """Insert in one transaction; concurrent writers wait on SQLite's lock.

        On failure (a full disk) SQLite may already have rolled the transaction back; the error reported is
        the real cause, not a failed ROLLBACK.
        """
        rows = [
            (key, text_digest(text), int(row.shape[0]), np.asarray(row, dtype="<f4").tobytes())
            for text, row in vectors.items()
        ]
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from None
            raise

    def close(self) -> None:
        """Close the connection."""
        self._db.close()


class CachedEmbedder:
    """A model behind a store: only texts never embedded under the same key reach the model."""

    def __init__(self, inner: Embedder, store: EmbeddingStore) -> None:
        self.inner = inner
        self.store = store
        self.info: ModelInfo = inner.info
        self.encoded = 0
        self.hits = 0

    def prepare(self, texts: Sequence[str], *, task: TaskSpec) -> None:
        """Forward to the inner model when it fits statistics."""
        prepare = getattr(self.inner, "prepare", None)
        if prepare is not None:
            prepare(texts, task=task)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Cached vectors where present; the rest encoded in one call and stored."""
        key = self.inner.cache_key(role, task) if isinstance(self.inner, Cacheable) else None
        if key is None:
            self.encoded += len(texts)
            return check_embeddings(self.info.name, self.inner.encode(texts, role=role, task=task), len(texts))
        found = self.store.get_many(key, texts)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            fresh = check_embeddings(self.info.name, self.inner.encode(missing, role=role, task=task), len(missing))
            new = dict(zip(missing, fresh, strict=True))
            self.store.put_many(key, new)
            found.update(new)
        self.encoded += len(missing)
        self.hits += len(texts) - len(missing)
        return np.stack([found[t] for t in texts]).astype(np.float32)
