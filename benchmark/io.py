"""Atomic, deterministic file writing and strict JSON helpers."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def clean_json(value: Any) -> Any:
    """Return a copy of ``value`` that strict JSON accepts: NaN/inf become None, numpy scalars become Python."""
    if isinstance(value, dict):
        return {str(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """Serialise deterministically (sorted keys, no NaN)."""
    return json.dumps(clean_json(value), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results and pages are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, value: Any) -> None:
    """Write one JSON document atomically."""
    write_text_atomic(path, dumps(value) + "\n")


def write_jsonl_atomic(path: Path, rows: Iterable[Any]) -> None:
    """Write JSON Lines atomically, one compact sorted-key object per line."""
    write_text_atomic(path, "".join(dumps(row, indent=None) + "\n" for row in rows))
