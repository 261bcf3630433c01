"""Shared evaluator types and the per-task text encoder (each distinct text is embedded once per role)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from benchmark.errors import ModelOutputError
from benchmark.models.base import Embedder, FloatMatrix, Role, check_embeddings
from benchmark.spec import TaskSpec


@dataclass
class SplitOutcome:
    """Scores of one split (mteb keys), its per-item records and protocol facts worth recording."""

    scores: dict[str, Any]
    items: list[dict[str, Any]]
    protocol: dict[str, Any] = field(default_factory=dict)


CHUNK = 1024  # texts per encode call: progress granularity, length-sorted so batches pad little


class TaskEncoder:
    """Embeds texts for one task, deduplicating within and across calls, per role."""

    def __init__(self, model: Embedder, task: TaskSpec, on_encoded: Callable[[int], None] | None = None) -> None:
        self.model = model
        self.task = task
        self.on_encoded = on_encoded
        self._rows: dict[tuple[Role, str], FloatMatrix] = {}
        self.texts_encoded = 0
        self._dim: int | None = None

    def __call__(self, texts: Sequence[str], role: Role) -> FloatMatrix:
        """Embeddings of ``texts`` (float32, one row each), encoding only texts not seen before."""
        missing = list(dict.fromkeys(t for t in texts if (role, t) not in self._rows))
        if missing:
            order = sorted(range(len(missing)), key=lambda i: len(missing[i]))
            for start in range(0, len(order), CHUNK):
                chunk = order[start : start + CHUNK]
                encoded = check_embeddings(
                    self.model.info.name,
                    self.model.encode([missing[i] for i in chunk], role=role, task=self.task),
                    len(chunk),
                )
                if self._dim is not None and encoded.shape[1] != self._dim:
                    raise ModelOutputError(
                        f"model '{self.model.info.name}': encode returned vectors of dimension {encoded.shape[1]} "
                        f"after vectors of dimension {self._dim}"
                    )
                self._dim = int(encoded.shape[1])
                for row, i in enumerate(chunk):
                    self._rows[(role, missing[i])] = encoded[row].astype(np.float32)
                self.texts_encoded += len(chunk)
                if self.on_encoded is not None:
                    self.on_encoded(len(chunk))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._rows[(role, t)] for t in texts])
