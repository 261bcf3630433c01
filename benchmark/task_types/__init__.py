"""The task-type registry: one module per type, listed once below; everything else asks the registry.

Adding a type is one module in this package exposing ``TYPE`` (a :class:`~benchmark.task_types.base.TaskType`)
and its name in ``MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from pydantic import Field, TypeAdapter

from benchmark.task_types.base import TaskParams, TaskType

# The registry: display order of the types (tables, filters, listings).
MODULES = (
    "retrieval",
    "reranking",
    "sts",
    "classification",
    "clustering",
    "pair_classification",
    "summarization",
    "bitext_mining",
)

AnyTaskType = TaskType[Any, Any]


@cache
def all_types() -> dict[str, AnyTaskType]:
    """Every registered type by name, in registry order."""
    types: dict[str, AnyTaskType] = {}
    for module in MODULES:
        kind: AnyTaskType = importlib.import_module(f"benchmark.task_types.{module}").TYPE
        if kind.name in types:
            raise RuntimeError(f"task type '{kind.name}' is registered twice")
        types[kind.name] = kind
    return types


def names() -> tuple[str, ...]:
    """Registered type names, in registry order."""
    return tuple(all_types())


def get(name: str) -> AnyTaskType:
    """The type called ``name`` (ValueError listing the known ones otherwise)."""
    try:
        return all_types()[name]
    except KeyError:
        raise ValueError(f"unknown task type '{name}' (one of {', '.join(names())})") from None


def in_order(present: Iterable[str]) -> list[str]:
    """Type names in registry order; names this installation does not know come last, sorted."""
    wanted = set(present)
    known = [name for name in all_types() if name in wanted]
    return known + sorted(wanted - set(known))


def by_mteb_name(mteb_type: str) -> AnyTaskType | None:
    """The type mteb calls ``mteb_type``, if registered."""
    return next((kind for kind in all_types().values() if kind.mteb_name == mteb_type), None)


def label(name: str) -> str:
    """Display label of a type (the name itself for a type this installation does not know)."""
    kind = all_types().get(name)
    return kind.label if kind else name


def short_label(name: str) -> str:
    """Compact display label of a type."""
    kind = all_types().get(name)
    return kind.short_label if kind else name


def metric_label(type_name: str, main_score: str) -> str:
    """Display label of a type's main score (e.g. ``nDCG@10``)."""
    kind = all_types().get(type_name)
    return kind.metric_label(main_score) if kind else main_score


@cache
def params_adapter() -> TypeAdapter[TaskParams]:
    """Validates a ``type``-tagged parameter mapping into its type's model (the discriminated union)."""
    members = tuple(kind.params_model for kind in all_types().values())
    union: Any = members[0] if len(members) == 1 else _union(members)
    adapter: TypeAdapter[TaskParams] = TypeAdapter(union)
    return adapter


def _union(members: tuple[type[TaskParams], ...]) -> Any:
    from typing import Annotated, Union

    return Annotated[Union[members], Field(discriminator="type")]  # noqa: UP007 - built at run time


__all__ = [
    "MODULES",
    "TaskParams",
    "TaskType",
    "all_types",
    "by_mteb_name",
    "get",
    "in_order",
    "label",
    "metric_label",
    "names",
]
