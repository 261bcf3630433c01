"""Evaluate one loaded task with one model: dispatch per type, collect split outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmark.data import LabeledSplit, PairSplit, RetrievalSplit, TaskData
from benchmark.errors import UnsupportedTaskError
from benchmark.evaluators.base import SplitOutcome, TaskEncoder
from benchmark.models.base import Embedder, Preparable
from benchmark.models.loader import Model


@dataclass
class TaskEvaluation:
    """Outcomes per evaluation split and how many distinct texts were encoded."""

    outcomes: dict[str, SplitOutcome]
    texts_encoded: int


def task_texts(data: TaskData) -> list[str]:
    """Every text of a task (all loaded splits), in a stable order, duplicates removed."""
    texts: list[str] = []
    for split in data.splits.values():
        if isinstance(split, RetrievalSplit):
            texts += list(split.queries.values()) + list(split.corpus.values())
        elif isinstance(split, PairSplit):
            texts += split.sentence1 + split.sentence2
        else:
            texts += split.texts
    return list(dict.fromkeys(texts))


def supports(model: Model, data: TaskData) -> str | None:
    """None when the model can do the task, else the reason it is skipped."""
    if isinstance(model, Embedder):
        return None
    if data.spec.type in ("retrieval", "reranking"):
        return None
    return f"lexical ranker, no embeddings for {data.spec.type}"


def evaluate_task(model: Model, data: TaskData, *, on_encoded: Callable[[int], None] | None = None) -> TaskEvaluation:
    """Run the type's evaluator on every evaluation split."""
    from benchmark.evaluators.classification import evaluate_classification
    from benchmark.evaluators.clustering import evaluate_clustering
    from benchmark.evaluators.pair_classification import evaluate_pair_classification
    from benchmark.evaluators.retrieval import evaluate_retrieval
    from benchmark.evaluators.sts import evaluate_sts

    reason = supports(model, data)
    if reason is not None:
        raise UnsupportedTaskError(reason)
    spec = data.spec
    encoder: TaskEncoder | None = None
    if isinstance(model, Embedder):
        if isinstance(model, Preparable):
            model.prepare(task_texts(data), task=spec)
        encoder = TaskEncoder(model, spec, on_encoded=on_encoded)
    outcomes: dict[str, SplitOutcome] = {}
    for name in spec.resolved_eval_splits:
        split = data.splits[name]
        if spec.type in ("retrieval", "reranking"):
            assert isinstance(split, RetrievalSplit)
            outcomes[name] = evaluate_retrieval(model, spec, split, encoder)
            continue
        assert encoder is not None
        if spec.type == "sts":
            assert isinstance(split, PairSplit)
            outcomes[name] = evaluate_sts(spec, split, encoder)
        elif spec.type == "pair_classification":
            assert isinstance(split, PairSplit)
            outcomes[name] = evaluate_pair_classification(spec, split, encoder)
        elif spec.type == "classification":
            train = data.splits[spec.train_split]
            assert isinstance(split, LabeledSplit) and isinstance(train, LabeledSplit)
            outcomes[name] = evaluate_classification(spec, train, split, encoder)
        else:
            assert isinstance(split, LabeledSplit)
            outcomes[name] = evaluate_clustering(spec, split, encoder)
    return TaskEvaluation(outcomes=outcomes, texts_encoded=encoder.texts_encoded if encoder else 0)
