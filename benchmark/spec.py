"""Task and suite specs: YAML files validated by pydantic models that reject unknown keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from benchmark import task_types
from benchmark.errors import TaskSpecError
from benchmark.io import read_yaml_model, validation_message
from benchmark.task_types.base import TaskParams


class RetrievalFiles(BaseModel):
    """Files of one retrieval or reranking split (BEIR layout)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    corpus: str
    queries: str
    qrels: str
    candidates: str | None = None


class TaskSpec(BaseModel):
    """One task: metadata, split files (relative to the YAML file) and its type's protocol parameters.

    In YAML the parameters sit beside the metadata (``k_values: [1, 10]``); they are validated by the type's own
    parameter model (``spec.params``), so a parameter of another type is refused.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    type: str
    domain: str = Field(pattern=r"^[a-z][a-z0-9_\-]*$")
    description: str
    license: str
    main_score: str | None = None
    languages: tuple[str, ...] = ("eng-Latn",)
    version: int = 1
    reference: str | None = None
    splits: dict[str, str | RetrievalFiles]
    eval_splits: tuple[str, ...] | None = None
    params: TaskParams

    @model_validator(mode="before")
    @classmethod
    def _gather_params(cls, data: Any) -> Any:
        """Move the type's parameters (every key that is not metadata) into ``params`` and validate them."""
        if not isinstance(data, dict) or "params" in data:
            return data
        kind = data.get("type")
        if not isinstance(kind, str):
            return data  # the field validation reports it
        try:
            task_type = task_types.get(kind)
        except ValueError as exc:
            raise ValueError(f"type: {exc}") from None
        meta = {k: v for k, v in data.items() if k in cls.model_fields}
        given = {k: v for k, v in data.items() if k not in cls.model_fields}
        unknown = sorted(set(given) - set(task_type.params_model.model_fields))
        if unknown:
            raise ValueError(f"{unknown[0]}: not a field of a task spec nor a parameter of {kind} tasks")
        try:
            meta["params"] = task_type.params_model.model_validate({**given, "type": kind})
        except ValidationError as exc:
            raise ValueError(validation_message(exc)) from None
        return meta

    @model_validator(mode="after")
    def _check_shape(self) -> TaskSpec:
        kind = self.task_type
        kind.check_spec(self)
        if not self.resolved_eval_splits:
            raise ValueError("no evaluation split")
        for split in self.resolved_eval_splits:
            if split not in self.splits:
                raise ValueError(f"eval split '{split}' is not in splits")
        allowed = kind.main_scores(self.params)
        if self.resolved_main_score not in allowed:
            raise ValueError(
                f"main_score: '{self.resolved_main_score}' is not a main score of {self.type} tasks "
                f"(one of {', '.join(allowed)})"
            )
        return self

    @property
    def task_type(self) -> task_types.AnyTaskType:
        """The registered type of this task."""
        return task_types.get(self.type)

    @property
    def resolved_main_score(self) -> str:
        """The main score, defaulting per type as mteb does."""
        return self.main_score or self.task_type.default_main_score

    @property
    def resolved_eval_splits(self) -> tuple[str, ...]:
        """Evaluation splits: the declared ones, else the type's default (every split but a training split)."""
        if self.eval_splits is not None:
            return self.eval_splits
        return self.task_type.default_eval_splits(self)

    def protocol(self) -> dict[str, Any]:
        """The protocol parameters of this task's type (recorded with every result)."""
        return self.params.protocol()


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


def load_task_spec(path: Path) -> LoadedSpec:
    """Read and validate one task YAML file; raise TaskSpecError naming the file and the problem."""
    spec = read_yaml_model(path, TaskSpec, TaskSpecError, "a task spec must be a YAML mapping")
    return LoadedSpec(spec=spec, path=path.resolve())


def load_suite_spec(path: Path) -> SuiteSpec:
    """Read and validate one suite YAML file."""
    return read_yaml_model(path, SuiteSpec, TaskSpecError, "a suite must be a YAML mapping with 'name' and 'tasks'")
