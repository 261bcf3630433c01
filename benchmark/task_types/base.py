"""What every task type provides (:class:`TaskType`), the shared evaluator types and the per-task text encoder.

A task type is one module of this package holding one ``TaskType`` object: its names, its parameter model (one
member of the discriminated union on ``type``), its main scores with a resampleable statistic each, its split
loader, its evaluator, its per-item record and its mteb conversion. Nothing outside the module knows a type by name.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

import numpy as np
from pydantic import BaseModel, ConfigDict

from benchmark.errors import ModelOutputError
from benchmark.models.base import Embedder, FloatMatrix, LexicalRanker, Role, check_embeddings

if TYPE_CHECKING:
    from benchmark.spec import RetrievalFiles, TaskSpec
    from benchmark.stats.item_metrics import ItemMetric

    Model = Embedder | LexicalRanker


class TaskParams(BaseModel):
    """Protocol parameters of one task type (recorded with every result); subclasses set ``type``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: str

    def protocol(self) -> dict[str, Any]:
        """The parameters as recorded in results and hashed with the data (everything but ``type``)."""
        return {key: getattr(self, key) for key in type(self).model_fields if key != "type"}


@dataclass
class SplitOutcome:
    """Scores of one split (mteb keys), its per-item records and protocol facts worth recording."""

    scores: dict[str, Any]
    items: Sequence[Mapping[str, Any]]
    protocol: dict[str, Any] = field(default_factory=dict)


P = TypeVar("P", bound=TaskParams)
S = TypeVar("S")


class TaskType(ABC, Generic[P, S]):
    """One task type: ``P`` is its parameter model, ``S`` the in-memory form of one of its splits."""

    name: ClassVar[str]  # our name, the ``type:`` of a task spec
    mteb_name: ClassVar[str]  # mteb's TaskMetadata.type (prompt names use it too)
    label: ClassVar[str]  # display label (table headers, filters)
    short_label: ClassVar[str]  # compact label (narrow chart columns)
    params_model: ClassVar[type[TaskParams]]
    default_main_score: ClassVar[str]
    main_score_labels: ClassVar[Mapping[str, str]]  # every main score a spec may choose -> display label
    item_record: ClassVar[type]  # the TypedDict of one per-item record
    split_layout: ClassVar[Literal["file", "beir"]] = "file"
    lexical: ClassVar[bool] = False  # a lexical ranker (no embeddings) can do it

    # ---------------------------------------------------------------- spec
    def main_scores(self, params: P) -> tuple[str, ...]:
        """The main scores a task with these parameters may choose (each has a resampleable statistic)."""
        return tuple(self.main_score_labels)

    def check_spec(self, spec: TaskSpec) -> None:
        """Raise ValueError when the spec's splits or parameters do not fit the type."""
        for split, entry in spec.splits.items():
            if self.split_layout == "beir" and isinstance(entry, str):
                raise ValueError(f"split '{split}' of a {self.name} task needs corpus, queries and qrels files")
            if self.split_layout == "file" and not isinstance(entry, str):
                raise ValueError(f"split '{split}' of a {self.name} task must name one file")

    def default_eval_splits(self, spec: TaskSpec) -> tuple[str, ...]:
        """Evaluation splits when the spec names none: every split."""
        return tuple(spec.splits)

    def extra_splits(self, spec: TaskSpec) -> tuple[str, ...]:
        """Splits loaded besides the evaluation splits (a training split)."""
        return ()

    # ---------------------------------------------------------------- data
    @abstractmethod
    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> S:
        """Read and validate one split's files (DataError naming the file and line on bad input)."""

    def check_data(self, spec: TaskSpec, splits: Mapping[str, S], where: str) -> None:
        """Checks across splits after loading (DataError)."""

    @abstractmethod
    def texts(self, split: S) -> list[str]:
        """Every text of the split that the evaluator may encode."""

    def problems(self, spec: TaskSpec, splits: Mapping[str, S]) -> list[str]:
        """Quality problems ``bench validate`` reports (duplicates, leakage); empty when clean."""
        return []

    def split_size(self, root: Path, entry: str | RetrievalFiles) -> str:
        """``N`` items of a split for ``bench tasks`` (counted without loading)."""
        assert isinstance(entry, str)
        return str(count_lines(root / entry))

    # ---------------------------------------------------------------- evaluation
    @abstractmethod
    def evaluate(
        self, model: Model, spec: TaskSpec, splits: Mapping[str, S], split: str, encoder: TaskEncoder | None
    ) -> SplitOutcome:
        """Scores (mteb's keys and values) and per-item records of one evaluation split."""

    def has_statistic(self, main_score: str) -> bool:
        """Whether :meth:`statistic` can resample this main score (any task of the type)."""
        return main_score in self.main_score_labels

    @abstractmethod
    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """The main score as a resampleable function of one split's per-item records (KeyError, TypeError,
        ValueError or IndexError when the records lack what it needs)."""

    # ---------------------------------------------------------------- mteb
    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, S], dict[str, Any]]:
        """Splits and parameters of a loaded mteb task of this type (TaskSpecError when unsupported)."""
        from benchmark.errors import TaskSpecError

        raise TaskSpecError(f"mteb:{task.metadata.name}: converting {self.mteb_name} tasks is not supported")

    # ---------------------------------------------------------------- helpers
    def params_of(self, spec: TaskSpec) -> P:
        """The spec's parameters, typed as this type's model."""
        params = spec.params
        if not isinstance(params, self.params_model):
            raise TypeError(f"task {spec.name}: parameters of {params.type}, not {self.name}")
        return params  # type: ignore[return-value]

    def metric_label(self, main_score: str) -> str:
        """Display label of one of its main scores."""
        return self.main_score_labels.get(main_score, main_score)


def count_lines(path: Path, header: bool = False) -> int:
    """Non-empty lines of a file (0 when missing), less a header line."""
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8") as handle:
        count = sum(1 for line in handle if line.strip())
    return count - 1 if header and count else count


def duplicates(texts: Sequence[str]) -> list[str]:
    """Texts that occur more than once (case and surrounding space ignored)."""
    return [t for t, n in Counter(t.strip().lower() for t in texts).items() if n > 1]


CHUNK = 1024  # texts per encode call: progress granularity, length-sorted so batches pad little


class TaskEncoder:
    """Embeds texts for one task, deduplicating within and across calls, per role."""

    def __init__(self, model: Embedder, task: TaskSpec, on_encoded: Callable[[int], None] | None = None) -> None:
        self.model = model
        self.task = task
        self.on_encoded = on_encoded
        self._rows: dict[tuple[Role, str], FloatMatrix] = {}
        self.texts_encoded = 0
        self._dim: int | None = None

    def __call__(self, texts: Sequence[str], role: Role) -> FloatMatrix:
        """Embeddings of ``texts`` (float32, one row each), encoding only texts not seen before."""
        missing = list(dict.fromkeys(t for t in texts if (role, t) not in self._rows))
        if missing:
            order = sorted(range(len(missing)), key=lambda i: len(missing[i]))
            for start in range(0, len(order), CHUNK):
                chunk = order[start : start + CHUNK]
                encoded = check_embeddings(
                    self.model.info.name,
                    self.model.encode([missing[i] for i in chunk], role=role, task=self.task),
                    len(chunk),
                )
                if self._dim is not None and encoded.shape[1] != self._dim:
                    raise ModelOutputError(
                        f"model '{self.model.info.name}': encode returned vectors of dimension {encoded.shape[1]} "
                        f"after vectors of dimension {self._dim}"
                    )
                self._dim = int(encoded.shape[1])
                for row, i in enumerate(chunk):
                    self._rows[(role, missing[i])] = encoded[row].astype(np.float32)
                self.texts_encoded += len(chunk)
                if self.on_encoded is not None:
                    self.on_encoded(len(chunk))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._rows[(role, t)] for t in texts])


def need_encoder(encoder: TaskEncoder | None, task_type: str) -> TaskEncoder:
    """The encoder, which every type but the lexical ones needs."""
    if encoder is None:
        raise TypeError(f"{task_type} needs an embedding model")
    return encoder
