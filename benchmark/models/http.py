"""Served embedding models over HTTP: OpenAI-compatible ``/v1/embeddings`` or text-embeddings-inference ``/embed``.

Texts go out in batches of ``batch_size``, at most ``max_concurrency`` requests at a time; rows come back in input
order whatever order the server answers in. 429, 5xx and connection errors are retried with exponential backoff
(a numeric ``Retry-After`` wins, both capped at ``max_backoff_s``); any other 4xx fails at once.

Only what changes the vectors is in ``info.params`` (api, url, served model id, prompts; batch size is a runtime
param): concurrency, retries and timeouts are not, so tuning them keeps stored results valid. A served model's
weights can change under the same name, so its vectors are cached only under a user-pinned ``revision``.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, NoReturn
from urllib.parse import urlsplit

import numpy as np
import requests
from requests.adapters import HTTPAdapter

from benchmark.errors import ModelLoadError, ModelOutputError
from benchmark.models.base import FloatMatrix, ModelInfo, Role, Similarity, check_embeddings
from benchmark.models.sentence_transformer import prompt_name_for
from benchmark.spec import TaskSpec

Api = Literal["openai", "tei"]
DEFAULT_REVISION = "served"
ROUTES: dict[str, str] = {"openai": "/v1/embeddings", "tei": "/embed"}
BODY_CHARS = 200  # how much of a response body an error message quotes

log = logging.getLogger(__name__)


def _retryable(status: int) -> bool:
    return status == 429 or status >= 500


def _retry_after(value: str | None) -> float | None:
    """Seconds from a numeric ``Retry-After`` header (an HTTP date or garbage: None)."""
    try:
        seconds = float(value) if value is not None else math.nan
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None


class HTTPEmbedder:
    """An embedding model behind an HTTP server (vLLM, TEI, Ollama, OpenAI...), one float32 row per text."""

    def __init__(
        self,
        *,
        url: str,
        api: Api = "openai",
        model: str | None = None,
        name: str | None = None,
        revision: str = DEFAULT_REVISION,
        dimension: int | None = None,
        similarity: Similarity = "cosine",
        prompts: Mapping[str, str] | None = None,
        api_key_env: str | None = None,
        batch_size: int = 32,
        max_concurrency: int = 4,
        max_retries: int = 4,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
        timeout_s: float = 60.0,
    ) -> None:
        self.url = self._base_url(url)
        label = name or model or urlsplit(self.url).netloc
        if api not in ROUTES:
            raise ModelLoadError(f"HTTP model '{label}': api must be one of {', '.join(ROUTES)}, not {api!r}")
        if similarity not in ("cosine", "dot"):
            raise ModelLoadError(f"HTTP model '{label}': similarity must be cosine or dot, not {similarity!r}")
        if not isinstance(revision, str) or not revision.strip():
            raise ModelLoadError(f"HTTP model '{label}': revision must be a non-empty string, not {revision!r}")
        counts = {
            "batch_size": (batch_size, 1),
            "max_concurrency": (max_concurrency, 1),
            "max_retries": (max_retries, 0),
        }
        if dimension is not None:
            counts["dimension"] = (dimension, 1)
        for option, (value, least) in counts.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise ModelLoadError(f"HTTP model '{label}': {option} must be an integer >= {least}, not {value!r}")
        seconds = {
            "backoff_s": (backoff_s, False),
            "max_backoff_s": (max_backoff_s, False),
            "timeout_s": (timeout_s, True),
        }
        for option, (amount, positive) in seconds.items():
            if (
                not isinstance(amount, int | float)
                or not math.isfinite(amount)
                or amount < 0
                or (positive and not amount)
            ):
                bound = "> 0" if positive else ">= 0"
                raise ModelLoadError(
                    f"HTTP model '{label}': {option} must be a number of seconds {bound}, not {amount!r}"
                )
        prompts = dict(prompts or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in prompts.items()):
            raise ModelLoadError(f"HTTP model '{label}': prompts must map names to strings")
        self.api: Api = api
        self.model = model
        self.prompts = {k: v for k, v in sorted(prompts.items()) if v}
        self.api_key_env = api_key_env
        self.batch_size, self.max_concurrency, self.max_retries = batch_size, max_concurrency, max_retries
        self.backoff_s, self.max_backoff_s, self.timeout_s = float(backoff_s), float(max_backoff_s), float(timeout_s)
        self.endpoint = self.url + ROUTES[api]
        self._key = self._api_key(api_key_env, label)
        self._dim = dimension
        self._session = requests.Session()
        self._session.mount(self.url, HTTPAdapter(pool_maxsize=max_concurrency))
        self.info = ModelInfo(
            name=label,
            revision=revision,
            dimension=dimension,
            similarity=similarity,
            framework=("HTTP", api),
            params={"api": api, "url": self.url, "model": model, "prompts": self.prompts, "batch_size": batch_size},
        )

    @staticmethod
    def _base_url(url: str) -> str:
        """``scheme://host[:port][/path]`` without a trailing slash; credentials belong in ``api_key_env``."""
        try:
            parts = urlsplit(url.strip())
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError as exc:
            raise ModelLoadError(f"HTTP model: invalid url ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ModelLoadError("HTTP model: url must start with http:// or https:// and name a host")
        if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
            raise ModelLoadError(
                "HTTP model: url must be a plain base URL without credentials, query or fragment "
                "(pass an API key through api_key_env)"
            )
        return url.strip().rstrip("/")

    @staticmethod
    def _api_key(variable: str | None, label: str) -> str | None:
        if variable is None:
            return None
        key = os.environ.get(variable, "").strip()
        if not key:
            raise ModelLoadError(f"HTTP model '{label}': environment variable {variable} (api_key_env) is not set")
        return key

    def __repr__(self) -> str:
        return (
            f"HTTPEmbedder(name={self.info.name!r}, api={self.api!r}, url={self.url!r}, model={self.model!r}, "
            f"revision={self.info.revision!r}, api_key_env={self.api_key_env!r})"
        )

    def _prompt(self, role: Role, task: TaskSpec) -> str:
        """The prefix for this role and task, chosen like sentence-transformers prompts ("" when none)."""
        prompt_name = prompt_name_for(self.prompts, task, role)
        return self.prompts[prompt_name] if prompt_name else ""

    def cache_key(self, role: Role, task: TaskSpec) -> str | None:
        """Backend, url, served model, pinned revision, role and prompt; None for the default unpinned revision."""
        if self.info.revision == DEFAULT_REVISION:
            return None
        identity = {
            "cache_version": 1,
            "backend": "http",
            "api": self.api,
            "url": self.url,
            "model": self.model,
            "revision": self.info.revision,
            "role": role,
            "prompt": self._prompt(role, task) or None,
        }
        return json.dumps(identity, sort_keys=True)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Prefix the prompt, send the batches concurrently and stack the rows in input order."""
        prompt = self._prompt(role, task)
        inputs = [prompt + text for text in texts]
        if not inputs:
            return np.zeros((0, self._dim or 0), dtype=np.float32)
        batches = [inputs[i : i + self.batch_size] for i in range(0, len(inputs), self.batch_size)]
        pool = ThreadPoolExecutor(max_workers=min(self.max_concurrency, len(batches)), thread_name_prefix="bench-http")
        try:
            futures = [pool.submit(self._embed_batch, batch) for batch in batches]
            parts = [future.result() for future in futures]
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        for part in parts:
            if self._dim is None:
                self._dim = part.shape[1]
            elif part.shape[1] != self._dim:
                raise ModelOutputError(
                    f"{self._where()} returned vectors of dimension {part.shape[1]}, expected {self._dim}"
                )
        return np.concatenate(parts)

    def _where(self) -> str:
        return f"model '{self.info.name}': POST {self.endpoint}"

    def _clean(self, text: str) -> str:
        """One line of at most BODY_CHARS characters, the API key blanked out."""
        line = " ".join(text.split())
        if self._key:
            line = line.replace(self._key, "***")
        return line if len(line) <= BODY_CHARS else line[:BODY_CHARS] + "..."

    def _embed_batch(self, batch: list[str]) -> FloatMatrix:
        payload: dict[str, Any]
        if self.api == "openai":
            payload = {"input": batch} if self.model is None else {"model": self.model, "input": batch}
        else:
            payload = {"inputs": batch}
        response = self._post(payload)
        try:
            body = json.loads(response.content)
        except ValueError:
            self._malformed("a body that is not JSON", response)
        rows = self._openai_rows(body, response) if self.api == "openai" else body
        if not isinstance(rows, list):
            self._malformed("a body that is not a list of vectors", response)
        try:
            return check_embeddings(self.info.name, rows, len(batch))
        except ModelOutputError as exc:
            raise ModelOutputError(f"{exc} (POST {self.endpoint})") from None

    def _openai_rows(self, body: Any, response: requests.Response) -> list[Any]:
        """``data[*].embedding`` ordered by ``index``."""
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list) or not all(
            isinstance(item, dict) and "embedding" in item and type(item.get("index")) is int for item in data
        ):
            self._malformed("no 'data' list of {index, embedding} objects", response)
        if sorted(item["index"] for item in data) != list(range(len(data))):
            self._malformed(f"'data' indices that are not 0..{len(data) - 1}", response)
        return [item["embedding"] for item in sorted(data, key=lambda item: item["index"])]

    def _malformed(self, what: str, response: requests.Response) -> NoReturn:
        raise ModelOutputError(f"{self._where()} answered with {what}: {self._clean(response.text)!r}")

    def _post(self, payload: dict[str, Any]) -> requests.Response:
        """POST with retries on 429, 5xx and connection errors; ModelOutputError once they are spent."""
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        attempt = 0
        while True:
            attempt += 1
            wait: float | None = None
            try:
                response = self._session.post(self.endpoint, json=payload, headers=headers, timeout=self.timeout_s)
            except (requests.ConnectionError, requests.Timeout) as exc:
                failure = f"connection error ({self._clean(str(exc))})"
            else:
                if 200 <= response.status_code < 300:
                    return response
                failure = f"HTTP {response.status_code}, body {self._clean(response.text)!r}"
                if not _retryable(response.status_code):
                    self._give_up(failure, attempt)
                wait = _retry_after(response.headers.get("Retry-After"))
            if attempt > self.max_retries:
                self._give_up(failure, attempt)
            delay = min(self.backoff_s * 2 ** (attempt - 1) if wait is None else wait, self.max_backoff_s)
            log.info("%s: %s; retry %d of %d in %.2f s", self._where(), failure, attempt, self.max_retries, delay)
            time.sleep(delay)

    def _give_up(self, failure: str, attempts: int) -> NoReturn:
        raise ModelOutputError(f"{self._where()} failed after {attempts} attempt{'s' * (attempts > 1)}: {failure}")
