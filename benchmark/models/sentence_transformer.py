"""sentence-transformers models: by hub id (online), local directory, or the verified bundled MiniLM."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmark.errors import ModelLoadError
from benchmark.models.base import FloatMatrix, ModelInfo, Role
from benchmark.spec import TaskSpec

log = logging.getLogger(__name__)


def prompt_name_for(prompts: dict[str, str], task: TaskSpec, role: Role) -> str | None:
    """The model prompt to use, by mteb's priority: task+role, task, type+role, type, role."""
    kind = task.task_type.mteb_name
    keys = [f"{task.name}-{role}", task.name, f"{kind}-{role}", kind, str(role)] if role else [task.name, kind]
    return next((key for key in keys if key in prompts), None)


def _weights_revision(model_dir: Path) -> str:
    from benchmark.models.bundled import file_sha256

    for name in ("model.safetensors", "pytorch_model.bin"):
        if (model_dir / name).is_file():
            return "weights-" + file_sha256(model_dir / name)[:12]
    return "no_revision_available"


class SentenceTransformerEmbedder:
    """Wraps ``SentenceTransformer``; passes the model's own prompts per role and task type."""

    def __init__(
        self,
        source: str,
        *,
        name: str | None = None,
        revision: str | None = None,
        device: str = "cpu",
        batch_size: int = 32,
        trust_remote_code: bool = False,
        license: str | None = None,
        prompts: dict[str, str] | None = None,
    ) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        getattr(hf_logging, "disable_progress_bar")()  # noqa: B009 - untyped in transformers
        try:
            self.model = SentenceTransformer(
                source, device=device, revision=revision, trust_remote_code=trust_remote_code, prompts=prompts
            )
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelLoadError(
                f"cannot load sentence-transformers model '{source}' (offline, not on the hub, or not a model "
                f"directory): {first[:300]}"
            ) from exc
        self.batch_size = batch_size
        local = Path(source)
        if revision is None:
            revision = _weights_revision(local) if local.is_dir() else self._hub_revision()
        params = sum(p.numel() for p in self.model.parameters())
        self.info = ModelInfo(
            name=name or source,
            revision=revision,
            dimension=self._dimension(),
            similarity="dot" if str(self.model.similarity_fn_name) == "dot" else "cosine",
            n_parameters=int(params),
            max_tokens=int(self.model.max_seq_length) if self.model.max_seq_length else None,
            framework=("Sentence Transformers", "PyTorch"),
            params={"batch_size": batch_size, "device": device, "prompts": self._prompts()},
            license=license,
        )

    def _prompts(self) -> dict[str, str]:
        """The model's non-empty prompts (part of its identity: they change every vector)."""
        prompts: dict[str, Any] = dict(getattr(self.model, "prompts", None) or {})
        return {str(k): str(v) for k, v in sorted(prompts.items()) if v}

    def _dimension(self) -> int | None:
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        dim = getter()
        return int(dim) if dim is not None else None

    def _hub_revision(self) -> str:
        first: Any = self.model[0]
        config = getattr(getattr(first, "auto_model", None), "config", None)
        path = str(getattr(config, "_name_or_path", ""))
        match = re.search(r"snapshots/([0-9a-f]{40})", path)
        return match.group(1) if match else "no_revision_available"

    def cache_key(self, role: Role, task: TaskSpec) -> str | None:
        """Model, revision, role, resolved prompt text, sequence length and device; None without a revision."""
        if self.info.revision == "no_revision_available":
            return None
        prompts: dict[str, Any] = dict(getattr(self.model, "prompts", None) or {})
        prompt_name = prompt_name_for(prompts, task, role)
        identity = {
            "cache_version": 1,
            "model": self.info.name,
            "revision": self.info.revision,
            "role": role,
            "prompt": prompts.get(prompt_name) if prompt_name else None,
            "max_seq_length": self.model.max_seq_length,
            "device": str(self.model.device.type),
        }
        return json.dumps(identity, sort_keys=True)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Encode with the prompt the model defines for this role/task, as float32.

        Batches hold texts of similar *token* length (sentence-transformers sorts by characters, which leaves
        20-50% of each batch as padding on real tasks); each batch goes to ``model.encode`` whole.
        """
        prompts: dict[str, Any] = dict(getattr(self.model, "prompts", None) or {})
        prompt_name = prompt_name_for(prompts, task, role)
        prompt = str(prompts[prompt_name]) if prompt_name else ""
        texts = list(texts)
        order = np.argsort(self._token_lengths([prompt + text for text in texts]), kind="stable")
        out: FloatMatrix | None = None
        for start in range(0, len(texts), self.batch_size):
            rows = order[start : start + self.batch_size]
            vectors = np.asarray(
                self.model.encode(
                    [texts[i] for i in rows],
                    batch_size=len(rows),
                    prompt_name=prompt_name,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ),
                dtype=np.float32,
            )
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[rows] = vectors
        return out if out is not None else np.zeros((0, self.info.dimension or 0), dtype=np.float32)

    def _token_lengths(self, texts: list[str]) -> list[int]:
        """Tokens per text after truncation (character counts when the model has no text tokenizer)."""
        tokenizer = getattr(self.model, "tokenizer", None)
        if callable(tokenizer):
            limit = self.model.max_seq_length
            try:
                ids = tokenizer(texts, truncation=limit is not None, max_length=limit)["input_ids"]
            except (TypeError, ValueError, KeyError):
                ids = None
            if ids is not None:
                return [len(row) for row in ids]
        return [len(text) for text in texts]
