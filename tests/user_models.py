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


class PrefixEmbedder:
    """A user's embedder that needs arguments (built from a model spec file): hashes ``prefix + text``."""

    def __init__(self, prefix: str, dim: int = 8, batch_size: int = 16) -> None:
        self.prefix, self.dim, self.batch_size = prefix, dim, batch_size

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        rows = [np.random.default_rng(abs(hash(self.prefix + t)) % 2**32).random(self.dim) for t in texts]
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)


def plugin_factory(scale: float = 1.0) -> LengthEmbedder:
    """An entry-point factory (``bench.models``) of a third-party backend."""
    model = LengthEmbedder()
    model.scale = scale  # type: ignore[attr-defined]
    return model
