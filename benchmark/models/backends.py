"""Model backends as registered units, and model spec files.

A backend is a factory ``(**args) -> model``. Built-ins are listed below; third-party packages add theirs through
the ``bench.models`` entry-point group (``[project.entry-points."bench.models"] name = "pkg.module:factory"``); a
``package.module:Class`` string is a backend too, constructed with the spec's arguments.

A model spec file (YAML) names a backend with its arguments, prompts, batch size, truncation and the name and
revision results are stored under, so a model that needs arguments runs without code::

    backend: http
    name: acme/e5-served
    revision: "2026-11-30"
    args: {url: "http://10.0.0.5:8080", api: openai, model: e5-large, api_key_env: ACME_KEY}
    batch_size: 64
    prompts: {query: "query: ", document: "passage: "}
    dim: 256
"""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from benchmark.errors import ModelLoadError
from benchmark.io import read_yaml_model
from benchmark.models.base import Embedder, LexicalRanker, ModelInfo

Model = Embedder | LexicalRanker
Factory = Callable[..., Any]
ENTRY_POINT_GROUP = "bench.models"
PYTHON_PATH = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


# Built-in backends, imported only when used.
BUILTIN_BACKENDS: dict[str, str] = {
    "sentence-transformers": "benchmark.models.sentence_transformer:SentenceTransformerEmbedder",
    "bm25": "benchmark.models.lexical:BM25",
    "tfidf": "benchmark.models.lexical:TfidfEmbedder",
    "random": "benchmark.models.synthetic:RandomEmbedder",
    "hashing": "benchmark.models.synthetic:HashingEmbedder",
    "wordllama": "benchmark.models.wordllama:WordLlamaEmbedder",
    "http": "benchmark.models.http:HTTPEmbedder",
}


def _import(path: str, for_model: str) -> Factory:
    """``package.module:attribute`` imported (ModelLoadError naming what is missing)."""
    module_name, _, attribute = path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelLoadError(f"cannot import '{module_name}' for model '{for_model}': {exc}") from exc
    found = getattr(module, attribute, None)
    if found is None:
        raise ModelLoadError(f"module '{module_name}' has no attribute '{attribute}'")
    return found  # type: ignore[no-any-return]


@cache
def plugin_backends() -> dict[str, importlib.metadata.EntryPoint]:
    """Backends other packages register in the ``bench.models`` entry-point group (loaded when used)."""
    found: dict[str, importlib.metadata.EntryPoint] = {}
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in BUILTIN_BACKENDS:
            raise ModelLoadError(f"entry point '{entry.name}' ({entry.value}) clashes with a built-in backend")
        found.setdefault(entry.name, entry)
    return found


def backend_names() -> list[str]:
    """Every backend name: built-ins, then plugins."""
    return [*BUILTIN_BACKENDS, *sorted(plugin_backends())]


def factory(backend: str) -> Factory:
    """The factory of a backend name or a ``package.module:Class`` path (ModelLoadError naming the problem)."""
    if backend in BUILTIN_BACKENDS:
        return _import(BUILTIN_BACKENDS[backend], backend)
    entry = plugin_backends().get(backend)
    if entry is not None:
        try:
            loaded: Factory = entry.load()
        except Exception as exc:
            raise ModelLoadError(f"backend '{backend}' ({entry.value}) cannot be loaded: {exc}") from exc
        return loaded
    if PYTHON_PATH.match(backend):
        return _import(backend, backend)
    raise ModelLoadError(f"unknown backend '{backend}' (one of {', '.join(backend_names())}, or package.module:Class)")


def build(backend: str, args: dict[str, Any], *, name: str | None = None, revision: str | None = None) -> Model:
    """Construct a model with a backend and keyword arguments; ``name`` and ``revision`` override its identity."""
    make = factory(backend)
    try:
        inspect.signature(make).bind(**args)
    except TypeError as exc:
        raise ModelLoadError(f"backend '{backend}': {exc}") from None
    except ValueError:
        pass  # no signature to check (a builtin or C extension): let the call decide
    try:
        model = make(**args)
    except ModelLoadError:
        raise
    except Exception as exc:
        raise ModelLoadError(f"backend '{backend}' could not build the model: {exc}") from exc
    if not hasattr(model, "info"):
        model.info = ModelInfo(name=name or backend.replace(":", "."), revision=revision or "no_revision_available")
    if not isinstance(model, Embedder | LexicalRanker):
        raise ModelLoadError(
            f"backend '{backend}' made an object with neither encode(texts, *, role, task) nor rank(...)"
        )
    if name is not None or revision is not None:
        model.info = replace(model.info, name=name or model.info.name, revision=revision or model.info.revision)
    return model


class ModelSpec(BaseModel):
    """A model spec file: a backend, its arguments, and what every backend understands."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    backend: str
    args: dict[str, Any] = Field(default_factory=dict)
    name: str | None = None
    revision: str | None = None
    batch_size: int | None = Field(default=None, ge=1)
    prompts: dict[str, str] | None = None
    dim: int | None = Field(default=None, ge=1)


def is_spec_file(value: str) -> bool:
    """Whether a ``--model`` value names a model spec file."""
    return value.strip().endswith((".yaml", ".yml"))


def read_spec(path: Path) -> ModelSpec:
    """Read and validate a model spec file (ModelLoadError naming the file and the problem)."""
    return read_yaml_model(path, ModelSpec, ModelLoadError, "a model spec must be a YAML mapping with 'backend'")


def build_from_spec(path: Path) -> tuple[Model, int | None]:
    """The model a spec file describes, and its truncation dimension (applied by the loader). ``batch_size`` and
    ``prompts`` are passed to backends that take them (a backend that does not is an error naming the key)."""
    spec = read_spec(path)
    args = dict(spec.args)
    for key, value in (("batch_size", spec.batch_size), ("prompts", spec.prompts)):
        if value is not None:
            if key in args:
                raise ModelLoadError(f"{path}: set {key} once, at the top level or in args")
            args[key] = value
    try:
        model = build(spec.backend, args, name=spec.name, revision=spec.revision)
    except ModelLoadError as exc:
        raise ModelLoadError(f"{path}: {exc}") from None
    return model, spec.dim


def spec_name(path: Path) -> str:
    """The name results of a spec file are stored under, without building the model (its ``name``, else the
    backend's)."""
    spec = read_spec(path)
    name = spec.name or spec.args.get("name") or spec.backend.replace(":", ".")
    return f"{name}@dim{spec.dim}" if spec.dim else str(name)
