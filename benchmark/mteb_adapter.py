"""Wrap a task of the installed ``mteb`` package: load it with mteb's own loader, convert it to our TaskData.

The conversion of each type's splits and parameters lives in its type module (``TaskType.from_mteb``); this
module holds what they share.
"""

from __future__ import annotations

from typing import Any

from benchmark import task_types
from benchmark.data import LabeledSplit, RetrievalSplit, TaskData
from benchmark.errors import DataError, TaskSpecError
from benchmark.spec import RetrievalFiles, TaskSpec


def load_mteb_task(name: str) -> TaskData:
    """``mteb.get_task(name)``, ``load_data()`` (needs the hub on a user's machine), then convert."""
    import mteb

    try:
        task = mteb.get_task(name)
    except Exception as exc:
        raise TaskSpecError(f"mteb has no task '{name}': {str(exc).splitlines()[0][:200]}") from exc
    try:
        task.load_data()
    except Exception as exc:
        raise DataError(f"mteb:{name}: cannot load its data (offline?): {str(exc).splitlines()[0][:200]}") from exc
    return convert_mteb_task(task)


def subset(dataset: Any, split: str) -> Any:
    """One split of a monolingual mteb dataset (``{"default": {split: ...}}`` or ``{split: ...}``)."""
    if isinstance(dataset, dict) and "default" in dataset and split not in dataset:
        dataset = dataset["default"]
    return dataset[split]


def convert_mteb_task(task: Any) -> TaskData:
    """Convert a loaded mteb AbsTask (monolingual, text) to our in-memory task with the same protocol."""
    meta = task.metadata
    kind = task_types.by_mteb_name(meta.type)
    if kind is None:
        raise TaskSpecError(f"mteb:{meta.name}: task type {meta.type} is not supported")
    if len(task.hf_subsets) != 1:
        raise TaskSpecError(f"mteb:{meta.name}: multilingual tasks ({len(task.hf_subsets)} subsets) are not supported")
    eval_splits = list(meta.eval_splits)
    splits, params = kind.from_mteb(task, eval_splits)
    beir = RetrievalFiles(corpus="mteb", queries="mteb", qrels="mteb", candidates="mteb")
    files: dict[str, str | RetrievalFiles] = dict.fromkeys(splits, beir if kind.split_layout == "beir" else "mteb")
    spec = TaskSpec(
        name=meta.name,
        type=kind.name,
        domain="finance" if "Financial" in (meta.domains or []) else "general",
        description=meta.description,
        license=str(meta.license or "unknown"),
        main_score=meta.main_score,
        splits=files,
        eval_splits=tuple(eval_splits),
        **params,
    )
    return TaskData(spec=spec, splits=splits, dataset_revision=str(meta.revision), source=f"mteb:{meta.name}")


def retrieval_split(data: Any) -> RetrievalSplit:
    """A retrieval split from mteb's RetrievalSplitData (title joined to text as mteb does)."""
    corpus: dict[str, str] = {}
    for row in data["corpus"]:
        title = (row.get("title") or "").strip()
        corpus[str(row["id"])] = f"{title} {row['text']}".strip() if title else str(row["text"]).strip()
    queries: dict[str, str] = {}
    for row in data["queries"]:
        text = row["text"]
        if row.get("instruction"):
            text = f"{text} {row['instruction']}"
        queries[str(row["id"])] = text
    qrels = {str(q): {str(d): int(s) for d, s in docs.items()} for q, docs in data["relevant_docs"].items() if docs}
    top_ranked = data.get("top_ranked")
    candidates = {str(q): [str(d) for d in docs] for q, docs in top_ranked.items()} if top_ranked else None
    kept = {qid: text for qid, text in queries.items() if qid in qrels}
    return RetrievalSplit(corpus=corpus, queries=kept, qrels=qrels, candidates=candidates)


def labeled(texts: Any, labels: Any) -> LabeledSplit:
    """Texts with string labels, ids = row numbers."""
    texts, labels = list(texts), list(labels)
    return LabeledSplit(ids=[str(i) for i in range(len(texts))], texts=texts, labels=[str(x) for x in labels])
