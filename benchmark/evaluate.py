"""Evaluate one loaded task with one model: its type's evaluator on every evaluation split."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmark.data import TaskData
from benchmark.errors import UnsupportedTaskError
from benchmark.models.base import Embedder, Preparable
from benchmark.models.loader import Model
from benchmark.task_types.base import SplitOutcome, TaskEncoder


@dataclass
class TaskEvaluation:
    """Outcomes per evaluation split and how many distinct texts were encoded."""

    outcomes: dict[str, SplitOutcome]
    texts_encoded: int


def task_texts(data: TaskData) -> list[str]:
    """Every text of a task (all loaded splits), in a stable order, duplicates removed."""
    kind = data.spec.task_type
    texts: list[str] = []
    for split in data.splits.values():
        texts += kind.texts(split)
    return list(dict.fromkeys(texts))


def supports(model: Model, data: TaskData) -> str | None:
    """None when the model can do the task, else the reason it is skipped."""
    if isinstance(model, Embedder) or data.spec.task_type.lexical:
        return None
    return f"lexical ranker, no embeddings for {data.spec.type}"


def evaluate_task(model: Model, data: TaskData, *, on_encoded: Callable[[int], None] | None = None) -> TaskEvaluation:
    """Run the type's evaluator on every evaluation split."""
    reason = supports(model, data)
    if reason is not None:
        raise UnsupportedTaskError(reason)
    spec = data.spec
    encoder: TaskEncoder | None = None
    if isinstance(model, Embedder):
        if isinstance(model, Preparable):
            model.prepare(task_texts(data), task=spec)
        encoder = TaskEncoder(model, spec, on_encoded=on_encoded)
    kind = spec.task_type
    outcomes = {name: kind.evaluate(model, spec, data.splits, name, encoder) for name in spec.resolved_eval_splits}
    return TaskEvaluation(outcomes=outcomes, texts_encoded=encoder.texts_encoded if encoder else 0)
