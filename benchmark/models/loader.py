"""Resolve a ``--model`` string to a model object."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from benchmark.errors import ModelLoadError
from benchmark.models.base import Embedder, LexicalRanker, ModelInfo

Model = Embedder | LexicalRanker

BUILTIN = ("bm25", "tfidf", "random", "hashing")
_DIM_SUFFIX = re.compile(r"^(.+)@dim(\d+)$")
_USER_CLASS = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


def load_model(
    spec: str,
    *,
    dim: int | None = None,
    device: str = "cpu",
    batch_size: int = 32,
    revision: str | None = None,
    trust_remote_code: bool = False,
) -> Model:
    """Resolve a built-in name, ``package.module:Class``, a local sentence-transformers folder, or a hub id.

    A trailing ``@dimN`` (the name truncated models are stored under) is the same as ``dim=N``.
    """
    suffix = _DIM_SUFFIX.match(spec.strip())
    if suffix:
        if dim is not None and dim != int(suffix.group(2)):
            raise ModelLoadError(f"'{spec}' and --dim {dim} disagree")
        spec, dim = suffix.group(1), int(suffix.group(2))
    model = _resolve(spec, device=device, batch_size=batch_size, revision=revision, trust_remote_code=trust_remote_code)
    if dim is not None:
        if not isinstance(model, Embedder):
            raise ModelLoadError(f"--dim applies to embedding models, not to '{spec}'")
        from benchmark.models.truncate import TruncatedEmbedder

        return TruncatedEmbedder(model, dim)
    return model


def model_name(spec: str) -> str:
    """The name results of ``spec`` are stored under, without loading it (``tfidf`` -> ``bench/tfidf``)."""
    name = spec.strip()
    suffix = _DIM_SUFFIX.match(name)
    base, dim = (suffix.group(1), f"@dim{suffix.group(2)}") if suffix else (name, "")
    if base in BUILTIN:
        return f"bench/{base}{dim}"
    if _USER_CLASS.match(base):
        return base.replace(":", ".") + dim
    local = Path(base).expanduser()
    if local.is_dir():
        return local.resolve().name + dim
    return base + dim


def _resolve(spec: str, *, device: str, batch_size: int, revision: str | None, trust_remote_code: bool) -> Model:
    name = spec.strip()
    if name in BUILTIN:
        from benchmark.models import lexical, synthetic

        factories: dict[str, Any] = {
            "bm25": lexical.BM25,
            "tfidf": lexical.TfidfEmbedder,
            "random": synthetic.RandomEmbedder,
            "hashing": synthetic.HashingEmbedder,
        }
        built: Model = factories[name]()
        return built
    if _USER_CLASS.match(name):
        return _user_class(name)
    from benchmark.models.sentence_transformer import SentenceTransformerEmbedder

    local = Path(name).expanduser()
    if local.is_dir():
        return SentenceTransformerEmbedder(
            str(local),
            name=local.resolve().name,
            revision=revision,
            device=device,
            batch_size=batch_size,
            trust_remote_code=trust_remote_code,
        )
    if name.startswith((".", "/", "~")):
        raise ModelLoadError(f"{name}: no such model directory")
    from benchmark.models.bundled import BUNDLED_ID, REVISION, bundled_model_dir

    if name == BUNDLED_ID and revision in (None, REVISION):
        folder = bundled_model_dir()
        if folder is not None:
            return SentenceTransformerEmbedder(
                str(folder), name=BUNDLED_ID, revision=REVISION, device=device, batch_size=batch_size
            )
    if "/" not in name:
        raise ModelLoadError(
            f"unknown model '{name}': use one of {', '.join(BUILTIN)}, a hub id (org/name), a local "
            "sentence-transformers folder, or package.module:Class"
        )
    return SentenceTransformerEmbedder(
        name, revision=revision, device=device, batch_size=batch_size, trust_remote_code=trust_remote_code
    )


def _user_class(spec: str) -> Model:
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelLoadError(f"cannot import '{module_name}' for model '{spec}': {exc}") from exc
    cls = getattr(module, class_name, None)
    if cls is None:
        raise ModelLoadError(f"module '{module_name}' has no attribute '{class_name}'")
    try:
        model = cls()
    except Exception as exc:
        raise ModelLoadError(f"cannot construct {spec}(): {exc}") from exc
    if not hasattr(model, "info"):
        model.info = ModelInfo(name=spec.replace(":", "."), revision="no_revision_available")
    if not isinstance(model, Embedder | LexicalRanker):
        raise ModelLoadError(f"{spec} has neither encode(texts, *, role, task) nor rank(...)")
    return model
