"""Deterministic synthetic embedders: a seeded random baseline and a hashing bag-of-words test double."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from benchmark.models.base import FloatMatrix, ModelInfo, Role, l2_normalize
from benchmark.spec import TaskSpec


def _text_seed(text: str, seed: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}\0{text}".encode()).digest()[:8], "little")


class RandomEmbedder:
    """A random unit vector per distinct text, seeded by the text and ``seed``: the floor every model must beat."""

    def __init__(self, dim: int = 384, seed: int = 0) -> None:
        self.dim, self.seed = dim, seed
        self.info = ModelInfo(
            name="bench/random", revision=f"seed-{seed}", dimension=dim, params={"seed": seed, "dim": dim}
        )

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """One seeded standard-normal vector per text, normalised."""
        rows = [np.random.default_rng(_text_seed(t, self.seed)).standard_normal(self.dim) for t in texts]
        return l2_normalize(np.array(rows, dtype=np.float32).reshape(len(texts), self.dim))


class HashingEmbedder:
    """Signed feature hashing of word tokens: deterministic, fast, tie-prone (a hard test for tie handling)."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.info = ModelInfo(name="bench/hashing", revision=f"dim-{dim}", dimension=dim, params={"dim": dim})

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Counts of hashed tokens with a hash-derived sign."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in re.findall(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.md5(token.encode()).digest()[:8], "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return out
