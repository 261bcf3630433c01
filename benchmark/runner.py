"""The runner: evaluate a model on tasks, skip what is already done, write results atomically."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from benchmark.cache import CachedEmbedder, EmbeddingStore, MemoryStore
from benchmark.errors import OutputError, UnsupportedTaskError
from benchmark.evaluate import evaluate_task, supports, task_texts
from benchmark.io import dumps, ensure_dir
from benchmark.models.base import Embedder
from benchmark.models.loader import Model
from benchmark.registry import TaskRef
from benchmark.results import check_stored, read_result, result_key, score_path, write_model_meta, write_result

Status = Literal["ok", "cached", "skipped"]


@dataclass(frozen=True)
class TaskOutcome:
    """What happened to one task in a run."""

    task: str
    task_type: str
    domain: str
    status: Status
    main_score: float | None = None
    main_metric: str | None = None
    reason: str | None = None
    note: str | None = None  # why a stored result was not reused ("re-run: main_score changed")
    seconds: float = 0.0
    texts_encoded: int = 0
    path: Path | None = None


class Progress:
    """Callbacks the CLI uses to draw progress; the defaults do nothing."""

    def start(self, task: str, total: int) -> None:
        """A task begins; ``total`` texts may need encoding."""

    def advance(self, task: str, n: int) -> None:
        """``n`` more texts were encoded."""

    def finish(self, outcome: TaskOutcome) -> None:
        """A task ended."""


def run(
    model: Model,
    tasks: Sequence[TaskRef],
    *,
    results_dir: Path,
    overwrite: bool = False,
    progress: Progress | None = None,
    log: Callable[[str], None] | None = None,
    store: EmbeddingStore | None = None,
) -> list[TaskOutcome]:
    """Evaluate ``model`` on each task; results go to ``<results_dir>/<org__model>/<revision>/<Task>.json``.

    Embeddings go through ``store`` (default: an in-memory store, so texts shared by tasks are encoded once).
    """
    progress = progress or Progress()
    model, cached = with_cache(model, store or MemoryStore())
    loaded = [ref.load() for ref in tasks]  # every task's data is checked before any encoding is spent
    ensure_dir(results_dir, "--results-dir")
    outcomes: list[TaskOutcome] = []
    wrote_meta = False
    for data in loaded:
        started = time.perf_counter()
        spec = data.spec
        main = spec.resolved_main_score
        path = score_path(results_dir, model.info, spec.name)
        reason = supports(model, data)
        base = TaskOutcome(task=spec.name, task_type=spec.type, domain=spec.domain, status="skipped", main_metric=main)
        stored, stale = (
            (None, None)
            if overwrite or reason
            else check_stored(path, result_key(model.info, spec, data.dataset_revision))
        )
        if reason is not None:
            outcome = replace(base, reason=reason)
        elif stored is not None:
            outcome = replace(base, status="cached", main_score=stored.main_score, path=path)
        else:
            total = len(task_texts(data)) if isinstance(model, Embedder) else 1
            progress.start(spec.name, total)
            encoded_before = cached.encoded if cached else 0
            try:
                evaluation = evaluate_task(model, data, on_encoded=functools.partial(progress.advance, spec.name))
            except UnsupportedTaskError as exc:
                outcome = replace(base, reason=str(exc))
            else:
                if not wrote_meta:
                    write_model_meta(results_dir, model.info)
                    wrote_meta = True
                written = write_result(results_dir, model.info, data, evaluation.outcomes)
                stored = read_result(written)
                outcome = replace(
                    base,
                    status="ok",
                    main_score=stored.main_score,
                    note=f"re-run: {stale}" if stale else None,
                    seconds=time.perf_counter() - started,
                    texts_encoded=cached.encoded - encoded_before if cached else evaluation.texts_encoded,
                    path=written,
                )
                _append_log(written.parent / "run_log.jsonl", model, outcome)
        progress.finish(outcome)
        if log is not None and outcome.reason:
            log(f"{spec.name}: skipped ({outcome.reason})")
        outcomes.append(outcome)
    return outcomes


def with_cache(model: Model, store: EmbeddingStore) -> tuple[Model, CachedEmbedder | None]:
    """Put the store in front of the model's innermost embedder (a truncated model reuses full vectors)."""
    from benchmark.models.truncate import TruncatedEmbedder

    if isinstance(model, TruncatedEmbedder):
        cached = CachedEmbedder(model.inner, store)
        return TruncatedEmbedder(cached, model.dim), cached
    if isinstance(model, Embedder):
        cached = CachedEmbedder(model, store)
        return cached, cached
    return model, None


def _append_log(path: Path, model: Model, outcome: TaskOutcome) -> None:
    """Timings go to an append-only log (not committed), keeping score files byte-identical across runs."""
    record = {
        "task": outcome.task,
        "model": model.info.name,
        "seconds": round(outcome.seconds, 3),
        "texts_encoded": outcome.texts_encoded,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(dumps(record, indent=None) + "\n")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the run log ({exc.strerror or exc})") from None
