"""Embedders used by the tests through ``--model tests.user_models:Class``."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from benchmark.models.base import FloatMatrix, Role
from benchmark.spec import TaskSpec


class LengthEmbedder:
    """A user's own embedder without ``info``: the loader names it."""

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        return np.array([[len(t), t.count(" ") + 1, 1.0] for t in texts], dtype=np.float32)


class NotAModel:
    """Has neither encode nor rank."""
