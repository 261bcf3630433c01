"""Task and suite specs: YAML files validated by pydantic models that reject unknown keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from benchmark.errors import TaskSpecError
from benchmark.io import read_yaml

TaskType = Literal["retrieval", "reranking", "sts", "classification", "clustering", "pair_classification"]
TASK_TYPES: tuple[TaskType, ...] = (
    "retrieval",
    "reranking",
    "sts",
    "classification",
    "clustering",
    "pair_classification",
)

DEFAULT_MAIN_SCORE: dict[str, str] = {
    "retrieval": "ndcg_at_10",
    "reranking": "map_at_1000",
    "sts": "cosine_spearman",
    "classification": "accuracy",
    "clustering": "v_measure",
    "pair_classification": "max_ap",
}

RETRIEVAL_FILES = {"corpus", "queries", "qrels"}


class RetrievalFiles(BaseModel):
    """Files of one retrieval or reranking split (BEIR layout)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    corpus: str
    queries: str
    qrels: str
    candidates: str | None = None


class TaskSpec(BaseModel):
    """One task: metadata, split files (relative to the YAML file) and protocol parameters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    type: TaskType
    domain: str = Field(pattern=r"^[a-z][a-z0-9_\-]*$")
    description: str
    license: str
    main_score: str | None = None
    languages: tuple[str, ...] = ("eng-Latn",)
    version: int = 1
    reference: str | None = None
    splits: dict[str, str | RetrievalFiles]
    eval_splits: tuple[str, ...] | None = None
    # retrieval / reranking
    ignore_identical_ids: bool = False
    k_values: tuple[int, ...] = (1, 3, 5, 10, 20, 100, 1000)
    # sts
    min_score: float = 0.0
    max_score: float = 5.0
    # classification
    train_split: str = "train"
    samples_per_label: int = Field(default=8, ge=1)
    n_experiments: int = Field(default=10, ge=1)
    max_iter: int = Field(default=100, ge=1)
    # clustering
    n_bootstrap: int = Field(default=10, ge=1)
    bootstrap_size: int = Field(default=16384, ge=1)
    max_fraction_of_documents_to_embed: float | None = Field(default=None, gt=0, le=1)
    max_documents_to_embed: int | None = Field(default=None, ge=1)
    k_mean_batch_size: int = Field(default=512, ge=1)

    @model_validator(mode="after")
    def _check_shape(self) -> TaskSpec:
        retrieval_like = self.type in ("retrieval", "reranking")
        for split, entry in self.splits.items():
            if retrieval_like and not isinstance(entry, RetrievalFiles):
                raise ValueError(f"split '{split}' of a {self.type} task needs corpus, queries and qrels files")
            if not retrieval_like and not isinstance(entry, str):
                raise ValueError(f"split '{split}' of a {self.type} task must name one file")
            if self.type == "reranking" and isinstance(entry, RetrievalFiles) and entry.candidates is None:
                raise ValueError(f"split '{split}' of a reranking task needs a candidates file")
        if self.type == "classification" and self.train_split not in self.splits:
            raise ValueError(f"classification task needs a '{self.train_split}' split (train_split)")
        if not self.resolved_eval_splits:
            raise ValueError("no evaluation split")
        for split in self.resolved_eval_splits:
            if split not in self.splits:
                raise ValueError(f"eval split '{split}' is not in splits")
        if self.max_fraction_of_documents_to_embed is not None and self.max_documents_to_embed is not None:
            raise ValueError("set only one of max_fraction_of_documents_to_embed and max_documents_to_embed")
        if self.min_score >= self.max_score:
            raise ValueError("min_score must be below max_score")
        if any(k < 1 for k in self.k_values):
            raise ValueError("k_values must be positive")
        return self

    @property
    def resolved_main_score(self) -> str:
        """The main score, defaulting per type as mteb does."""
        return self.main_score or DEFAULT_MAIN_SCORE[self.type]

    @property
    def resolved_eval_splits(self) -> tuple[str, ...]:
        """Evaluation splits: the declared ones, else every split but the classification train split."""
        if self.eval_splits is not None:
            return self.eval_splits
        skip = self.train_split if self.type == "classification" else None
        return tuple(s for s in self.splits if s != skip)

    def protocol(self) -> dict[str, Any]:
        """The protocol parameters that apply to this task's type (recorded with every result)."""
        keys: dict[str, tuple[str, ...]] = {
            "retrieval": ("ignore_identical_ids", "k_values"),
            "reranking": ("ignore_identical_ids", "k_values"),
            "sts": ("min_score", "max_score"),
            "classification": ("train_split", "samples_per_label", "n_experiments", "max_iter"),
            "clustering": (
                "n_bootstrap",
                "bootstrap_size",
                "max_fraction_of_documents_to_embed",
                "max_documents_to_embed",
                "k_mean_batch_size",
            ),
            "pair_classification": (),
        }
        return {key: getattr(self, key) for key in keys[self.type]}


class LoadedSpec(BaseModel):
    """A TaskSpec with the folder its relative paths resolve against."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    spec: TaskSpec
    path: Path

    @property
    def root(self) -> Path:
        """Folder that holds the YAML file."""
        return self.path.parent


class SuiteSpec(BaseModel):
    """A named list of tasks."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    description: str = ""
    tasks: tuple[str, ...] = Field(min_length=1)


def _read_yaml(path: Path) -> Any:
    return read_yaml(path, TaskSpecError)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def load_task_spec(path: Path) -> LoadedSpec:
    """Read and validate one task YAML file; raise TaskSpecError naming the file and the problem."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise TaskSpecError(f"{path}: a task spec must be a YAML mapping")
    try:
        spec = TaskSpec.model_validate(data)
    except ValidationError as exc:
        raise TaskSpecError(f"{path}: {_first_error(exc)}") from exc
    return LoadedSpec(spec=spec, path=path.resolve())


def load_suite_spec(path: Path) -> SuiteSpec:
    """Read and validate one suite YAML file."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise TaskSpecError(f"{path}: a suite must be a YAML mapping with 'name' and 'tasks'")
    try:
        return SuiteSpec.model_validate(data)
    except ValidationError as exc:
        raise TaskSpecError(f"{path}: {_first_error(exc)}") from exc
