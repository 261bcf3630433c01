"""Reranking: retrieval restricted to each query's candidate list (mteb 2.x runs it as retrieval); main score
MAP@1000."""

from __future__ import annotations

from typing import ClassVar, Literal

from benchmark.spec import TaskSpec
from benchmark.task_types.base import TaskParams
from benchmark.task_types.retrieval import RetrievalParams, RetrievalType


class RerankingParams(RetrievalParams):
    """The retrieval parameters, for a reranking task."""

    type: Literal["reranking"] = "reranking"  # type: ignore[assignment]


class RerankingType(RetrievalType):
    """Reranking (mteb ``Reranking``): every split needs a candidates file."""

    name: ClassVar[str] = "reranking"
    mteb_name: ClassVar[str] = "Reranking"
    label: ClassVar[str] = "Reranking"
    short_label: ClassVar[str] = "Reranking"
    params_model: ClassVar[type[TaskParams]] = RerankingParams
    default_main_score: ClassVar[str] = "map_at_1000"

    def check_spec(self, spec: TaskSpec) -> None:
        super().check_spec(spec)
        for split, entry in spec.splits.items():
            if not isinstance(entry, str) and entry.candidates is None:
                raise ValueError(f"split '{split}' of a reranking task needs a candidates file")


TYPE = RerankingType()
