"""The HTTP embedding backend against real loopback servers: exact parity with in-process MiniLM, faults, secrets."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benchmark.cache import Cacheable, MemoryStore
from benchmark.data import PairSplit, TaskData, load_task_data
from benchmark.errors import ModelLoadError, ModelOutputError
from benchmark.evaluate import evaluate_task
from benchmark.models.base import Embedder
from benchmark.models.http import Api, HTTPEmbedder
from benchmark.registry import TaskRef, discover
from benchmark.results import result_key
from benchmark.runner import run
from benchmark.task_types.base import CHUNK, SplitOutcome

STS = discover()["GeneralSTS"]
TASK = STS.spec
Reply = tuple[int, dict[str, str], bytes]
Respond = Callable[[str, Any, int], Reply]  # (path, JSON body, 1-based request number) -> reply


@dataclass
class Served:
    """A running loopback server and what it received."""

    url: str
    requests: list[tuple[str, dict[str, str], Any]] = field(default_factory=list)
    answered: list[Any] = field(default_factory=list)  # request bodies in the order their replies went out


def json_reply(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return status, headers or {}, json.dumps(payload).encode()


def toy(texts: list[str]) -> list[list[float]]:
    """A distinct small vector per text (exact in float32)."""
    return [[float(b) for b in hashlib.sha256(t.encode()).digest()[:4]] for t in texts]


def openai_ok(body: Any) -> Reply:
    return json_reply({"data": [{"index": i, "embedding": row} for i, row in enumerate(toy(body["input"]))]})


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def serve() -> Iterator[Callable[[Respond], Served]]:
    """Start ThreadingHTTPServers on 127.0.0.1 (port 0); all are shut down after the test."""
    servers: list[ThreadingHTTPServer] = []

    def start(respond: Respond) -> Served:
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                body = json.loads(raw)
                with lock:
                    served.requests.append((self.path, dict(self.headers), body))
                    number = len(served.requests)
                status, headers, content = respond(self.path, body, number)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                with lock:
                    served.answered.append(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        served = Served(url=f"http://127.0.0.1:{server.server_address[1]}")
        return served

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def sts() -> TaskData:
    """GeneralSTS, every fourth pair (quick on a CPU, still spread over the gold range)."""
    data = load_task_data(STS)
    test: PairSplit = data.splits["test"]
    part = PairSplit(test.ids[::4], test.sentence1[::4], test.sentence2[::4], test.gold[::4])
    return replace(data, splits={"test": part})


def fast(url: str, **options: Any) -> HTTPEmbedder:
    """An embedder with test-sized waits."""
    settings: dict[str, Any] = {"model": "toy", "backoff_s": 0.01, "max_backoff_s": 0.05, **options}
    return HTTPEmbedder(url=url, **settings)


@pytest.fixture(scope="module")
def local_outcomes(minilm: Embedder, sts: TaskData) -> dict[str, SplitOutcome]:
    return evaluate_task(minilm, sts).outcomes


@pytest.mark.parametrize("api", ["openai", "tei"])
def test_served_minilm_scores_exactly_as_in_process(
    api: Api,
    minilm: Embedder,
    sts: TaskData,
    local_outcomes: dict[str, SplitOutcome],
    serve: Callable[[Respond], Served],
) -> None:
    lock = threading.Lock()  # one tokenizer: the server encodes one batch at a time

    def respond(path: str, body: Any, number: int) -> Reply:
        texts = body["input"] if path == "/v1/embeddings" else body["inputs"]
        with lock:
            rows = [[float(x) for x in row] for row in minilm.encode(texts, role=None, task=TASK)]
        if path == "/embed":
            return json_reply(rows)
        data = [{"object": "embedding", "index": i, "embedding": row} for i, row in enumerate(rows)]
        return json_reply({"object": "list", "data": data[::-1], "model": body["model"]})  # order is by index

    server = serve(respond)
    # One request per encode call, so the server's MiniLM batches exactly as the local one does (other batch
    # compositions pad differently and move the vectors by ~1e-8).
    served = HTTPEmbedder(url=server.url + "/", api=api, model="all-MiniLM-L6-v2", batch_size=CHUNK)
    remote = evaluate_task(served, sts).outcomes
    assert remote["test"].scores == local_outcomes["test"].scores
    assert remote["test"].items == local_outcomes["test"].items
    assert {path for path, _, _ in server.requests} == {"/v1/embeddings" if api == "openai" else "/embed"}
    assert sum(len(body.get("input") or body["inputs"]) for _, _, body in server.requests) > 100


def test_429_with_retry_after_then_success(serve: Callable[[Respond], Served]) -> None:
    def respond(path: str, body: Any, number: int) -> Reply:
        return json_reply({"error": "slow down"}, 429, {"Retry-After": "0"}) if number == 1 else openai_ok(body)

    server = serve(respond)
    started = time.perf_counter()
    out = fast(server.url, backoff_s=5.0, max_backoff_s=5.0).encode(["a", "b"], role=None, task=TASK)
    assert len(server.requests) == 2 and time.perf_counter() - started < 2.0  # Retry-After won over backoff_s
    np.testing.assert_array_equal(out, np.array(toy(["a", "b"]), dtype=np.float32))


@pytest.mark.parametrize(("retry_after", "cap", "least", "most"), [("0.3", 5.0, 0.3, 3.0), ("100", 0.05, 0.0, 3.0)])
def test_retry_after_is_honoured_and_capped(
    retry_after: str, cap: float, least: float, most: float, serve: Callable[[Respond], Served]
) -> None:
    def respond(path: str, body: Any, number: int) -> Reply:
        return json_reply({}, 503, {"Retry-After": retry_after}) if number == 1 else openai_ok(body)

    model = fast(serve(respond).url, backoff_s=0.0, max_backoff_s=cap)
    started = time.perf_counter()
    model.encode(["a"], role=None, task=TASK)
    assert least <= time.perf_counter() - started < most


def test_server_errors_exhaust_retries(serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: (500, {}, b"internal\nerror " + b"x" * 500))
    with pytest.raises(ModelOutputError) as caught:
        fast(server.url, max_retries=2).encode(["a"], role=None, task=TASK)
    message = str(caught.value)
    assert len(server.requests) == 3
    assert "\n" not in message and len(message) < 400
    for part in ("model 'toy'", f"POST {server.url}/v1/embeddings", "HTTP 500", "3 attempts", "internal error xxx"):
        assert part in message


def test_server_errors_then_success(serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: (500, {}, b"busy") if number <= 2 else openai_ok(body))
    out = fast(server.url, max_retries=2).encode(["a"], role=None, task=TASK)
    assert len(server.requests) == 3 and out.shape == (1, 4)


def test_client_error_fails_at_once(serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: json_reply({"error": "bad key"}, 401))
    with pytest.raises(ModelOutputError, match=r"failed after 1 attempt: HTTP 401, body .*bad key"):
        fast(server.url, max_retries=4).encode(["a"], role=None, task=TASK)
    assert len(server.requests) == 1


def test_connection_errors_are_retried() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ModelOutputError, match=r"failed after 2 attempts: connection error"):
        fast(f"http://127.0.0.1:{port}", max_retries=1).encode(["a"], role=None, task=TASK)


@pytest.mark.parametrize(
    ("api", "content", "message"),
    [
        ("openai", b"<html>oops</html>", "not JSON: '<html>oops</html>'"),
        ("openai", b'{"data": "x"}', "no 'data' list"),
        ("openai", b'{"data": [{"index": 0}]}', "no 'data' list"),
        ("openai", b'{"data": [{"index": "0", "embedding": [1.0]}]}', "no 'data' list"),
        ("openai", b'{"data": [{"index": 1, "embedding": [1.0]}]}', "indices that are not 0..0"),
        ("openai", b'{"data": [{"index": 0, "embedding": ["a", "b"]}]}', "not numbers"),
        ("openai", b'{"data": [{"index": 0, "embedding": [null, 1.0]}]}', "non-numeric"),
        ("openai", b'{"data": [{"index": 0, "embedding": [NaN, 1.0]}]}', "NaN or inf"),
        ("tei", b'{"embeddings": [[1.0]]}', "not a list of vectors"),
        ("tei", b"[[1.0, 1e999]]", "NaN or inf"),
    ],
)
def test_malformed_bodies(api: str, content: bytes, message: str, serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: (200, {"Content-Type": "application/json"}, content))
    with pytest.raises(ModelOutputError, match="model 'toy'") as caught:
        fast(server.url, api=api).encode(["a"], role=None, task=TASK)
    route = "/v1/embeddings" if api == "openai" else "/embed"
    assert message in str(caught.value) and f"POST {server.url}{route}" in str(caught.value)
    assert len(server.requests) == 1  # a malformed answer is not retried


def test_ragged_rows_and_wrong_row_counts(serve: Callable[[Respond], Served]) -> None:
    replies = {"/embed": json_reply([[1.0, 2.0], [1.0]]), "/v1/embeddings": openai_ok({"input": ["only one"]})}
    url = serve(lambda path, body, number: replies[path]).url
    with pytest.raises(ModelOutputError, match="rows of different lengths"):
        fast(url, api="tei").encode(["a", "b"], role=None, task=TASK)
    with pytest.raises(ModelOutputError, match=r"1 rows for 2 texts \(POST .*/v1/embeddings\)"):
        fast(url).encode(["a", "b"], role=None, task=TASK)


def test_dimension_must_not_change(serve: Callable[[Respond], Served]) -> None:
    url = serve(lambda path, body, number: json_reply([[1.0] * (3 + (number > 1))] * len(body["inputs"]))).url
    with pytest.raises(ModelOutputError, match="dimension 4, expected 3"):
        fast(url, api="tei", batch_size=1, max_concurrency=1).encode(["a", "b"], role=None, task=TASK)
    with pytest.raises(ModelOutputError, match="dimension 4, expected 8"):
        fast(url, api="tei", dimension=8).encode(["a"], role=None, task=TASK)


def test_batches_come_back_in_input_order(serve: Callable[[Respond], Served]) -> None:
    def respond(path: str, body: Any, number: int) -> Reply:
        if body["input"][0] == "text 0":  # hold the first batch until the other two have been answered
            deadline = time.monotonic() + 10
            while len(server.answered) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
        return openai_ok(body)

    server = serve(respond)
    texts = [f"text {i}" for i in range(70)]
    out = fast(server.url, batch_size=32, max_concurrency=3).encode(texts, role=None, task=TASK)
    assert sorted(len(body["input"]) for _, _, body in server.requests) == [6, 32, 32]
    assert server.answered[-1]["input"][0] == "text 0"  # the first batch really was answered last
    np.testing.assert_array_equal(out, np.array(toy(texts), dtype=np.float32))
    assert out.dtype == np.float32


def test_empty_input_sends_nothing(serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: openai_ok(body))
    assert fast(server.url, dimension=4).encode([], role=None, task=TASK).shape == (0, 4)
    assert server.requests == []


def test_prompts_and_cache_key(sts: TaskData, serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: openai_ok(body))
    prompts = {"query": "query: ", "document": ""}
    model = fast(server.url, prompts=prompts, revision="2024-06")
    model.encode(["a"], role="query", task=TASK)
    model.encode(["b"], role="document", task=TASK)
    assert [body["input"] for _, _, body in server.requests] == [["query: a"], ["b"]]
    assert [body["model"] for _, _, body in server.requests] == ["toy", "toy"]
    assert isinstance(model, Embedder) and isinstance(model, Cacheable)
    query_key, document_key = (model.cache_key(role, TASK) for role in ("query", "document"))
    assert query_key is not None and query_key != document_key
    assert json.loads(query_key) == {
        "cache_version": 1,
        "backend": "http",
        "api": "openai",
        "url": server.url,
        "model": "toy",
        "revision": "2024-06",
        "role": "query",
        "prompt": "query: ",
    }
    assert fast(server.url).cache_key("query", TASK) is None  # unpinned "served" revision: never cached
    assert model.info.params["prompts"] == {"query": "query: "}


def test_result_key_has_what_changes_vectors_only(sts: TaskData) -> None:
    def key(**options: Any) -> Any:
        info = HTTPEmbedder(url="http://127.0.0.1:1", model="m", **options).info
        return result_key(info, TASK, "data-hash")

    base = key()
    runtime = {"batch_size": 8, "max_concurrency": 1, "max_retries": 0, "backoff_s": 2.0, "timeout_s": 5.0}
    assert key(**runtime) == base
    assert key(api="tei") != base and key(prompts={"query": "q: "}) != base and key(revision="v2") != base
    assert base["model"]["params"] == {"api": "openai", "model": "m", "prompts": {}, "url": "http://127.0.0.1:1"}


def test_pinned_revision_reuses_the_embedding_cache(tmp_path: Path, serve: Callable[[Respond], Served]) -> None:
    server = serve(lambda path, body, number: openai_ok(body))
    tasks = [TaskRef(name="GeneralSTS", spec=STS)]
    store, sent = MemoryStore(), []
    for revision in ("v1", "v1", "served", "served"):
        run(fast(server.url, revision=revision), tasks, results_dir=tmp_path, store=store, overwrite=True)
        sent.append(sum(len(body["input"]) for _, _, body in server.requests))
    assert sent[0] > 0 and sent[1] == sent[0]  # the pinned model's second run was served from the cache
    assert sent[3] - sent[2] == sent[2] - sent[1] > 0  # the unpinned model is asked every time


def test_api_key_is_sent_but_never_shown(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    serve: Callable[[Respond], Served],
) -> None:
    secret = "sk-test-8f3a9c2e71"
    monkeypatch.setenv("BENCH_TEST_API_KEY", secret)

    def respond(path: str, body: Any, number: int) -> Reply:
        if number == 1:  # a server that echoes the key in its error body
            return json_reply({"error": f"rate limited for key {secret}"}, 429, {"Retry-After": "0"})
        return openai_ok(body)

    server = serve(respond)
    model = fast(server.url, api_key_env="BENCH_TEST_API_KEY", revision="v1")
    tasks = [TaskRef(name="GeneralSTS", spec=STS)]
    with caplog.at_level(logging.INFO, logger="benchmark.models.http"):
        outcomes = run(model, tasks, results_dir=tmp_path)
    assert [o.status for o in outcomes] == ["ok"] and "rate limited for key ***" in caplog.text
    assert {headers["Authorization"] for _, headers, _ in server.requests} == {f"Bearer {secret}"}
    shown = [repr(model), repr(model.info), str(model.cache_key("query", TASK)), caplog.text]
    shown += [path.read_text() for path in tmp_path.rglob("*") if path.is_file()]
    assert len(shown) > 5 and not any(secret in text for text in shown)

    server = serve(lambda path, body, number: json_reply({"error": f"key {secret} revoked"}, 401))
    with pytest.raises(ModelOutputError) as caught:
        fast(server.url, api_key_env="BENCH_TEST_API_KEY").encode(["a"], role=None, task=TASK)
    assert "HTTP 401" in str(caught.value) and secret not in str(caught.value)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_missing_api_key_is_a_load_error(value: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if value is None:
        monkeypatch.delenv("BENCH_TEST_MISSING_KEY", raising=False)
    else:
        monkeypatch.setenv("BENCH_TEST_MISSING_KEY", value)
    with pytest.raises(ModelLoadError, match="BENCH_TEST_MISSING_KEY"):
        HTTPEmbedder(url="http://127.0.0.1:1", api_key_env="BENCH_TEST_MISSING_KEY")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"url": "ftp://example.com"}, "http:// or https://"),
        ({"url": "http://user:pw@example.com"}, "without credentials"),
        ({"url": "http://example.com/?key=abc"}, "without credentials"),
        ({"url": "http://example.com:99999"}, "invalid url"),
        ({"url": "http://h", "api": "cohere"}, "api must be one of"),
        ({"url": "http://h", "batch_size": 0}, "batch_size must be an integer >= 1"),
        ({"url": "http://h", "max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"url": "http://h", "timeout_s": 0}, "timeout_s must be a number of seconds > 0"),
        ({"url": "http://h", "backoff_s": math.inf}, "backoff_s must be a number"),
        ({"url": "http://h", "revision": " "}, "revision must be a non-empty string"),
    ],
)
def test_bad_settings_are_load_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelLoadError, match=message) as caught:
        HTTPEmbedder(**options)
    assert "pw" not in str(caught.value) and "abc" not in str(caught.value)


def test_info_names_and_defaults() -> None:
    by_host = HTTPEmbedder(url="https://embed.example.com:8443/base/", api="tei")
    assert (by_host.info.name, by_host.info.revision, by_host.info.framework) == (
        "embed.example.com:8443",
        "served",
        ("HTTP", "tei"),
    )
    assert by_host.endpoint == "https://embed.example.com:8443/base/embed"
    named = HTTPEmbedder(url="http://h", model="BAAI/bge-small-en-v1.5", similarity="dot", dimension=384)
    assert (named.info.name, named.info.similarity, named.info.dimension) == ("BAAI/bge-small-en-v1.5", "dot", 384)
