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


class _Bad:
    """A user's embedder whose output is wrong in one way (see tests/test_bad_input.py)."""

    def output(self, texts: Sequence[str]) -> object:
        raise NotImplementedError

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        return self.output(texts)  # type: ignore[return-value]


class WrongRowsModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return np.ones((len(texts) + 1, 3), dtype=np.float32)


class OneDModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return np.ones(len(texts), dtype=np.float32)


class NaNModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return np.full((len(texts), 3), np.nan, dtype=np.float32)


class InfModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return np.full((len(texts), 3), np.inf, dtype=np.float32)


class StringsModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return [["a", "b"] for _ in texts]


class RaggedModel(_Bad):
    def output(self, texts: Sequence[str]) -> object:
        return [[1.0] * (1 + i % 2) for i, _ in enumerate(texts)]
