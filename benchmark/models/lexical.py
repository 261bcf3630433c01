"""Lexical baselines: BM25 (rank-bm25) as a ranker and TF-IDF (scikit-learn) as an embedder."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from importlib.metadata import version

import numpy as np
from rank_bm25 import BM25Okapi
from sklearn.feature_extraction.text import TfidfVectorizer

from benchmark.models.base import FloatMatrix, ModelInfo, Role, Run
from benchmark.ranking import top_k_run
from benchmark.spec import TaskSpec

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _TOKEN.findall(text.lower())


class BM25:
    """Okapi BM25 over lower-cased word tokens; scores every document (or every candidate) per query."""

    def __init__(self, k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25) -> None:
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.info = ModelInfo(
            name="bench/bm25",
            revision=f"rank_bm25-{version('rank-bm25')}",
            dimension=None,
            framework=(),
            params={"k1": k1, "b": b, "epsilon": epsilon, "tokenizer": r"lowercase \w+"},
        )

    def rank(
        self,
        queries: Mapping[str, str],
        corpus: Mapping[str, str],
        *,
        candidates: Mapping[str, Sequence[str]] | None,
        top_k: int,
    ) -> Run:
        """Score with BM25Okapi; restricted to each query's candidates when given."""
        doc_ids = list(corpus)
        index = BM25Okapi([tokenize(corpus[d]) for d in doc_ids], k1=self.k1, b=self.b, epsilon=self.epsilon)
        position = {d: i for i, d in enumerate(doc_ids)}
        run: Run = {}
        for qid, text in queries.items():
            scores = np.asarray(index.get_scores(tokenize(text)), dtype=np.float64)
            if candidates is None:
                run.update(top_k_run({qid: scores}, doc_ids, top_k))
            else:
                pool = list(candidates.get(qid, []))
                sub = scores[[position[d] for d in pool]] if pool else np.zeros(0)
                run.update(top_k_run({qid: sub}, pool, top_k))
        return run


class TfidfEmbedder:
    """Bag of words: sublinear TF-IDF fitted on the task's texts (no labels), L2-normalised dense rows."""

    def __init__(self) -> None:
        self.vectorizer: TfidfVectorizer | None = None
        self.info = ModelInfo(
            name="bench/tfidf",
            revision=f"sklearn-{version('scikit-learn')}",
            framework=(),
            params={"sublinear_tf": True, "fit": "unique task texts, sorted"},
        )

    def prepare(self, texts: Sequence[str], *, task: TaskSpec) -> None:
        """Fit the vocabulary and IDF on the task's unique texts."""
        self.vectorizer = TfidfVectorizer(sublinear_tf=True, dtype=np.float32)
        self.vectorizer.fit(sorted(set(texts)))

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        """Dense TF-IDF rows (fits on these texts if ``prepare`` was not called)."""
        if self.vectorizer is None:
            self.prepare(texts, task=task)
        assert self.vectorizer is not None
        matrix = self.vectorizer.transform(list(texts))
        return np.asarray(matrix.toarray(), dtype=np.float32)
