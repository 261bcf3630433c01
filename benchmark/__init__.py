"""Bench: an MTEB-compatible benchmark harness for text-embedding models, with a finance focus."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
