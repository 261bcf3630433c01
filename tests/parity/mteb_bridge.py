"""Run mteb 2.x's own evaluators on in-memory data with a frozen (lookup-table) encoder."""

from __future__ import annotations

from typing import Any

import mteb
import numpy as np
import torch
from datasets import Dataset, DatasetDict
from mteb.abstasks import (
    AbsTaskBitextMining,
    AbsTaskClassification,
    AbsTaskClustering,
    AbsTaskPairClassification,
    AbsTaskRetrieval,
    AbsTaskSTS,
    AbsTaskSummarization,
)
from mteb.abstasks.retrieval_dataset_loaders import RetrievalSplitData
from mteb.abstasks.task_metadata import TaskMetadata
from mteb.models.model_meta import ModelMeta, ScoringFunction


class FrozenEncoder:
    """mteb EncoderProtocol by duck typing: returns the vectors our harness computed for each text."""

    def __init__(self, table: dict[str, np.ndarray], name: str, fallback: Any = None) -> None:
        self.table = table
        self.fallback = fallback
        self.calls = 0
        dim = len(next(iter(table.values())))
        self.mteb_model_meta = ModelMeta.create_empty(
            overwrites={
                "name": f"bench-parity/{name}",
                "revision": "frozen",
                "similarity_fn_name": ScoringFunction.COSINE,
                "embed_dim": dim,
                "modalities": ["text"],
            }
        )

    def encode(
        self, inputs: Any, *, task_metadata: Any, hf_split: str, hf_subset: str, prompt_type: Any = None, **kw: Any
    ) -> np.ndarray:
        self.calls += 1
        texts = [t for batch in inputs for t in batch["text"]]
        missing = [t for t in texts if t not in self.table]
        if missing and self.fallback is not None:  # texts mteb encodes but never scores (e.g. dropped queries' docs)
            self.table.update(zip(missing, self.fallback(missing), strict=True))
        return np.stack([self.table[t] for t in texts]).astype(np.float32)

    @staticmethod
    def _normalize(a: Any) -> torch.Tensor:
        t = torch.as_tensor(np.atleast_2d(np.asarray(a, dtype=np.float32)))
        return torch.nn.functional.normalize(t, p=2, dim=1)

    def similarity(self, e1: Any, e2: Any) -> torch.Tensor:
        return self._normalize(e1) @ self._normalize(e2).T

    def similarity_pairwise(self, e1: Any, e2: Any) -> torch.Tensor:
        return (self._normalize(e1) * self._normalize(e2)).sum(-1)


def _meta(name: str, type_: str, main: str) -> TaskMetadata:
    return TaskMetadata(
        name=name,
        description="parity",
        dataset={"path": "local", "revision": "local"},
        type=type_,
        category="t2t",
        modalities=["text"],
        eval_splits=["test"],
        eval_langs=["eng-Latn"],
        main_score=main,
    )


def retrieval_task(
    corpus: dict[str, tuple[str, str]],
    queries: dict[str, str],
    qrels: dict[str, dict[str, int]],
    top_ranked: dict[str, list[str]] | None = None,
) -> AbsTaskRetrieval:
    kind, main = ("Reranking", "map_at_1000") if top_ranked else ("Retrieval", "ndcg_at_10")

    class ParityRetrieval(AbsTaskRetrieval):
        metadata = _meta(f"Parity{kind}", kind, main)

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = {
                "default": {
                    "test": RetrievalSplitData(
                        corpus=Dataset.from_list([{"id": d, "title": t, "text": x} for d, (t, x) in corpus.items()]),
                        queries=Dataset.from_list([{"id": q, "text": x} for q, x in queries.items()]),
                        relevant_docs=qrels,
                        top_ranked=top_ranked,
                    )
                }
            }
            self.data_loaded = True

    return ParityRetrieval()


def sts_task(s1: list[str], s2: list[str], score: list[float]) -> AbsTaskSTS:
    class ParitySTS(AbsTaskSTS):
        metadata = _meta("ParitySTS", "STS", "cosine_spearman")
        min_score, max_score = 0, 5

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = DatasetDict({"test": Dataset.from_dict({"sentence1": s1, "sentence2": s2, "score": score})})
            self.data_loaded = True

    return ParitySTS()


def pair_task(s1: list[str], s2: list[str], labels: list[int]) -> AbsTaskPairClassification:
    class ParityPair(AbsTaskPairClassification):
        metadata = _meta("ParityPair", "PairClassification", "max_ap")

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = DatasetDict(
                {"test": Dataset.from_dict({"sentence1": s1, "sentence2": s2, "labels": labels})}
            )
            self.data_loaded = True

    return ParityPair()


def classification_task(train: tuple[list[str], list[str]], test: tuple[list[str], list[str]]) -> AbsTaskClassification:
    class ParityClassification(AbsTaskClassification):
        metadata = _meta("ParityClassification", "Classification", "accuracy")

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = DatasetDict(
                {
                    "train": Dataset.from_dict({"text": train[0], "label": train[1]}),
                    "test": Dataset.from_dict({"text": test[0], "label": test[1]}),
                }
            )
            self.data_loaded = True

    return ParityClassification()


def clustering_task(
    texts: list[str], labels: list[str], fraction: float | None, n_bootstrap: int = 10
) -> AbsTaskClustering:
    class ParityClustering(AbsTaskClustering):
        metadata = _meta("ParityClustering", "Clustering", "v_measure")
        max_fraction_of_documents_to_embed = fraction
        n_clusters = n_bootstrap

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = DatasetDict({"test": Dataset.from_dict({"sentences": texts, "labels": labels})})
            self.data_loaded = True

    return ParityClustering()


def summarization_task(
    texts: list[str],
    human: list[list[str]],
    machine: list[list[str]],
    relevance: list[list[float]],
    low: int,
    high: int,
) -> AbsTaskSummarization:
    class ParitySummarization(AbsTaskSummarization):
        metadata = _meta("ParitySummarization", "Summarization", "cosine_spearman")
        min_score, max_score = low, high

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            columns = {"text": texts, "human_summaries": human, "machine_summaries": machine, "relevance": relevance}
            self.dataset = DatasetDict({"test": Dataset.from_dict(columns)})
            self.data_loaded = True

    return ParitySummarization()


def bitext_task(s1: list[str], s2: list[str]) -> AbsTaskBitextMining:
    class ParityBitext(AbsTaskBitextMining):
        metadata = _meta("ParityBitext", "BitextMining", "f1")

        def load_data(self, num_proc: int | None = None, **kw: Any) -> None:
            self.dataset = DatasetDict({"test": Dataset.from_dict({"sentence1": s1, "sentence2": s2})})
            self.data_loaded = True

    return ParityBitext()


def mteb_scores(task: Any, encoder: FrozenEncoder) -> dict[str, Any]:
    """Evaluate with mteb.evaluate (no result cache) and return the test split's score dict."""
    result = mteb.evaluate(
        encoder,
        [task],
        cache=None,
        co2_tracker=False,
        show_progress_bar=False,
        encode_kwargs={"batch_size": 32, "show_progress_bar": False},
    )
    return dict(result.task_results[0].scores["test"][0])
