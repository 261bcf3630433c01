"""WordLlama static token embeddings from the ``wordllama`` package: located, verified, loaded offline.

The wheel ships ``weights/l2_supercat_256.safetensors`` and ``tokenizers/l2_supercat_tokenizer_config.json``.
``WordLlama.load()`` looks for the tokenizer under ``<package>/tokenizer/`` and otherwise downloads it;
``WordLlama.load(cache_dir=<package folder>, disable_download=True)`` finds both shipped files offline. We do
not call it: it would read the files again after we hashed them (and always prefers the package's own
weights over ``cache_dir``). Instead the pinned bytes we verified are the bytes we load, through the same
``safetensors`` + ``tokenizers`` + ``WordLlamaInference`` path ``WordLlama.load`` uses (tests check the two
give bit-identical vectors).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from benchmark.errors import ModelLoadError
from benchmark.models.base import FloatMatrix, ModelInfo, Role
from benchmark.models.bundled import check_sha256
from benchmark.spec import TaskSpec

PACKAGE = "wordllama"
INSTALL_COMMAND = "pip install 'bench-embed[wordllama]'"
INSTALL_HINT = f"WordLlama is not installed: {INSTALL_COMMAND}"


@dataclass(frozen=True)
class ShippedModel:
    """The files of one config inside the package folder, with their pinned sha256 (wordllama 0.4.0.post1)."""

    weights: str
    tokenizer: str
    weights_sha256: str
    tokenizer_sha256: str

    @property
    def revision(self) -> str:
        """The revision results are stored under: the weights' hash prefix."""
        return "weights-" + self.weights_sha256[:12]


SHIPPED: dict[str, ShippedModel] = {
    "l2_supercat": ShippedModel(
        weights="weights/l2_supercat_256.safetensors",
        tokenizer="tokenizers/l2_supercat_tokenizer_config.json",
        weights_sha256="64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5",
        tokenizer_sha256="93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68",
    ),
}
MODEL_NAMES: dict[str, str] = {f"wordllama/{config}": config for config in SHIPPED}
TENSOR_KEY = "embedding.weight"


def package_dir() -> Path | None:
    """The installed ``wordllama`` package folder, found without importing it; None when absent."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def read_verified(path: Path, expected: str) -> bytes:
    """The file's bytes, or ModelLoadError when it is missing or its sha256 is not the pinned one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelLoadError(f"{path}: missing from the WordLlama package (reinstall wordllama)") from None
    except OSError as exc:
        raise ModelLoadError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    check_sha256(path, hashlib.sha256(data).hexdigest(), expected)
    return data


def _import_quietly(module: str) -> Any:
    """Import a wordllama module, undoing the ``logging.basicConfig(level=INFO)`` it runs on import."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        return importlib.import_module(module)
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
        root.setLevel(level)


class WordLlamaEmbedder:
    """Mean-pooled WordLlama token embeddings (256-d, unnormalised, as ``WordLlama.embed`` returns them).

    ``folder`` replaces the installed package folder as the place the shipped files are read from (tests).
    """

    def __init__(self, config: str = "l2_supercat", batch_size: int = 32, *, folder: Path | None = None) -> None:
        shipped = SHIPPED.get(config)
        if shipped is None:
            raise ModelLoadError(f"unknown WordLlama config '{config}'; known: {', '.join(sorted(SHIPPED))}")
        if batch_size < 1:
            raise ModelLoadError(f"batch size must be positive, got {batch_size}")
        if folder is None:
            folder = package_dir()
            if folder is None:
                raise ModelLoadError(INSTALL_HINT)
        weights = read_verified(folder / shipped.weights, shipped.weights_sha256)
        tokenizer_json = read_verified(folder / shipped.tokenizer, shipped.tokenizer_sha256)
        self.model: Any = self._build(weights, tokenizer_json)
        self.config = config
        self.batch_size = batch_size
        vocab, dim = (int(n) for n in self.model.embedding.shape)
        self.info = ModelInfo(
            name=f"wordllama/{config}",
            revision=shipped.revision,
            dimension=dim,
            similarity="cosine",
            n_parameters=vocab * dim,
            # WordLlamaInference switches truncation off: every token of a text is pooled, whatever its length.
            max_tokens=None,
            framework=("WordLlama",),
            params={"config": config, "batch_size": batch_size},
            license="MIT",  # the package's licence; its token table is distilled from Llama 2's embeddings
        )

    @staticmethod
    def _build(weights: bytes, tokenizer_json: bytes) -> Any:
        """A ``WordLlamaInference`` over the verified bytes (what ``WordLlama.load`` builds from the files)."""
        try:
            from safetensors.numpy import load as load_safetensors
            from tokenizers import Tokenizer

            inference = _import_quietly(f"{PACKAGE}.inference")
        except ImportError as exc:
            raise ModelLoadError(f"WordLlama cannot be imported ({exc}); {INSTALL_COMMAND}") from None
        tensors = load_safetensors(weights)
        tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
        return inference.WordLlamaInference(tensors[TENSOR_KEY], tokenizer, binary=False)

    def cache_key(self, role: Role, task: TaskSpec) -> str | None:
        """Model, revision and role (static embeddings have no prompts; batching does not change vectors)."""
        identity = {
            "cache_version": 1,
            "model": self.info.name,
            "revision": self.info.revision,
            "role": role,
            "normalized": False,
        }
        return json.dumps(identity, sort_keys=True)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Mean of the texts' token vectors as float32, batched by character length to cut padding."""
        texts = list(texts)
        order = np.argsort([len(text) for text in texts], kind="stable")
        vectors = self.model.embed([texts[i] for i in order], norm=False, batch_size=self.batch_size)
        out: FloatMatrix = np.empty((len(texts), self.info.dimension or 0), dtype=np.float32)
        out[order] = np.asarray(vectors, dtype=np.float32)
        return out


def load_wordllama(name: str, *, batch_size: int = 32) -> WordLlamaEmbedder:
    """The WordLlama model for ``name`` (``wordllama/l2_supercat``); ``@dimN`` is applied by the loader."""
    config = MODEL_NAMES.get(name.strip())
    if config is None:
        hint = " (truncate with --dim or the loader's @dimN)" if "@dim" in name else ""
        raise ModelLoadError(f"unknown WordLlama model '{name}'{hint}; known: {', '.join(sorted(MODEL_NAMES))}")
    return WordLlamaEmbedder(config, batch_size=batch_size)
