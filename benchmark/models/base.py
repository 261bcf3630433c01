"""The model protocols: dense embedders encode, lexical rankers rank; both describe themselves with ModelInfo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from benchmark.errors import ModelOutputError

if TYPE_CHECKING:
    from benchmark.spec import TaskSpec

Role = Literal["query", "document"] | None
Similarity = Literal["cosine", "dot"]
FloatMatrix = NDArray[np.float32]
Run = dict[str, dict[str, float]]


@dataclass(frozen=True)
class ModelInfo:
    """Identity and facts of a model; name and revision decide where its results are stored."""

    name: str
    revision: str
    dimension: int | None = None
    similarity: Similarity = "cosine"
    n_parameters: int | None = None
    max_tokens: int | None = None
    framework: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    license: str | None = None  # of the weights, when known (written to model_meta.json, not to the result key)

    @property
    def path_name(self) -> str:
        """The folder name mteb uses for this model (``org/name`` -> ``org__name``)."""
        return self.name.replace("/", "__").replace(" ", "_")


@runtime_checkable
class Embedder(Protocol):
    """A dense model: one float32 row per text."""

    info: ModelInfo

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Embed ``texts`` for ``role`` (query, document, or None for symmetric tasks) of ``task``."""
        ...


@runtime_checkable
class Preparable(Protocol):
    """A model that fits unsupervised statistics (e.g. IDF) on a task's texts before encoding."""

    def prepare(self, texts: Sequence[str], *, task: TaskSpec) -> None:
        """Fit on every text of the task (no labels are seen)."""
        ...


@runtime_checkable
class LexicalRanker(Protocol):
    """A lexical model (BM25): ranks documents for queries instead of embedding them."""

    info: ModelInfo

    def rank(
        self,
        queries: Mapping[str, str],
        corpus: Mapping[str, str],
        *,
        candidates: Mapping[str, Sequence[str]] | None,
        top_k: int,
    ) -> Run:
        """Return ``{query_id: {doc_id: score}}`` with at most ``top_k`` documents per query."""
        ...


def l2_normalize(matrix: NDArray[Any]) -> FloatMatrix:
    """Row-normalise to unit length (zero rows stay zero)."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    out: FloatMatrix = (matrix / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
    return out


def check_embeddings(model: str, output: Any, n_texts: int) -> FloatMatrix:
    """A model's ``encode`` output as float32 (n_texts, dim), or ModelOutputError saying what was wrong."""
    where = f"model '{model}': encode returned"
    if isinstance(output, str | bytes):
        raise ModelOutputError(f"{where} a string, not one vector per text")
    try:
        array = np.asarray(output)
    except (ValueError, TypeError) as exc:
        raise ModelOutputError(f"{where} rows of different lengths or non-numeric values ({exc})") from None
    if array.dtype == object:
        raise ModelOutputError(f"{where} rows of different lengths or non-numeric values")
    if array.dtype.kind not in "fiu":
        raise ModelOutputError(f"{where} values of type {array.dtype}, not numbers")
    if array.ndim != 2:
        raise ModelOutputError(f"{where} a {array.ndim}-D array of shape {array.shape}; expected ({n_texts}, dim)")
    if array.shape[0] != n_texts:
        raise ModelOutputError(f"{where} {array.shape[0]} rows for {n_texts} texts")
    if array.shape[1] == 0 and n_texts:
        raise ModelOutputError(f"{where} vectors of dimension 0")
    floats = array.astype(np.float32)
    finite = np.isfinite(floats)
    if not finite.all():
        row = int(np.flatnonzero(~finite.all(axis=1))[0])
        raise ModelOutputError(f"{where} NaN or inf (first in row {row})")
    out: FloatMatrix = floats
    return out
