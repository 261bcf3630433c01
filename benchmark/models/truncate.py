"""Matryoshka-style truncation: keep the first N dimensions and renormalise."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from benchmark.errors import ModelLoadError
from benchmark.models.base import Embedder, FloatMatrix, ModelInfo, Role, l2_normalize
from benchmark.spec import TaskSpec


class TruncatedEmbedder:
    """Wraps an embedder; its results are stored under ``<name>@dim<N>``."""

    def __init__(self, inner: Embedder, dim: int) -> None:
        if dim < 1:
            raise ModelLoadError(f"--dim must be positive, got {dim}")
        if inner.info.dimension is not None and dim > inner.info.dimension:
            raise ModelLoadError(f"--dim {dim} exceeds the model's dimension {inner.info.dimension}")
        self.inner = inner
        self.dim = dim
        self.info: ModelInfo = replace(
            inner.info,
            name=f"{inner.info.name}@dim{dim}",
            dimension=dim,
            params={**inner.info.params, "truncate_dim": dim},
        )

    def prepare(self, texts: Sequence[str], *, task: TaskSpec) -> None:
        """Forward to the inner model when it fits statistics."""
        prepare = getattr(self.inner, "prepare", None)
        if prepare is not None:
            prepare(texts, task=task)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Encode with the inner model, cut to the first ``dim`` columns and renormalise."""
        return l2_normalize(self.inner.encode(texts, role=role, task=task)[:, : self.dim])
