"""Seeds: every random stream derives from one global seed and the names of what it is for."""

from __future__ import annotations

import zlib

import numpy as np

GLOBAL_SEED = 20261126


def rng_for(global_seed: int, *names: str) -> np.random.Generator:
    """A generator seeded by ``SeedSequence([global_seed, crc32("name|name|...")])``."""
    key = zlib.crc32("|".join(names).encode("utf-8"))
    return np.random.default_rng(np.random.SeedSequence([global_seed, key]))
