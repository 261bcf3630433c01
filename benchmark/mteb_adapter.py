"""Wrap a task of the installed ``mteb`` package: load it with mteb's own loader, convert it to our TaskData."""

from __future__ import annotations

from typing import Any

from benchmark.data import LabeledSplit, PairSplit, RetrievalSplit, SplitData, TaskData
from benchmark.errors import DataError, TaskSpecError
from benchmark.spec import RetrievalFiles, TaskSpec

_TYPES = {
    "Retrieval": "retrieval",
    "Reranking": "reranking",
    "STS": "sts",
    "Classification": "classification",
    "Clustering": "clustering",
    "PairClassification": "pair_classification",
}


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


def _subset(dataset: Any, split: str) -> Any:
    if isinstance(dataset, dict) and "default" in dataset and split not in dataset:
        dataset = dataset["default"]
    return dataset[split]


def convert_mteb_task(task: Any) -> TaskData:
    """Convert a loaded mteb AbsTask (monolingual, text) to our in-memory task with the same protocol."""
    meta = task.metadata
    kind = _TYPES.get(meta.type)
    if kind is None:
        raise TaskSpecError(f"mteb:{meta.name}: task type {meta.type} is not supported")
    if len(task.hf_subsets) != 1:
        raise TaskSpecError(f"mteb:{meta.name}: multilingual tasks ({len(task.hf_subsets)} subsets) are not supported")
    if kind == "clustering" and type(task).__mro__[1].__name__ == "AbsTaskClusteringLegacy":
        raise TaskSpecError(f"mteb:{meta.name}: legacy (per-set) clustering is not supported")
    splits: dict[str, SplitData] = {}
    files: dict[str, str | RetrievalFiles] = {}
    params: dict[str, Any] = {}
    eval_splits = list(meta.eval_splits)
    if kind in ("retrieval", "reranking"):
        for split in eval_splits:
            splits[split] = _retrieval_split(_subset(task.dataset, split))
            files[split] = RetrievalFiles(
                corpus="mteb", queries="mteb", qrels="mteb", candidates="mteb" if kind == "reranking" else None
            )
        params = {"ignore_identical_ids": task.ignore_identical_ids, "k_values": tuple(task.k_values)}
    elif kind in ("sts", "pair_classification"):
        for split in eval_splits:
            splits[split] = _pair_split(_subset(task.dataset, split), kind)
            files[split] = "mteb"
        if kind == "sts":
            params = {"min_score": task.min_score, "max_score": task.max_score}
    elif kind == "classification":
        params = {
            "train_split": task.train_split,
            "samples_per_label": task.samples_per_label,
            "n_experiments": task.n_experiments,
        }
        for split in [*eval_splits, task.train_split]:
            rows = _subset(task.dataset, split)
            splits[split] = _labeled(rows[task.input_column_name], rows[task.label_column_name])
            files[split] = "mteb"
    else:
        for split in eval_splits:
            rows = _subset(task.dataset, split)
            splits[split] = _labeled(rows[task.input_column_name], rows[task.label_column_name])
            files[split] = "mteb"
        params = {
            "n_bootstrap": task.n_clusters,
            "bootstrap_size": task.max_documents_per_cluster,
            "max_fraction_of_documents_to_embed": task.max_fraction_of_documents_to_embed,
            "max_documents_to_embed": task.max_document_to_embed,
            "k_mean_batch_size": task.k_mean_batch_size,
        }
    spec = TaskSpec(
        name=meta.name,
        type=kind,
        domain="finance" if "Financial" in (meta.domains or []) else "general",
        description=meta.description,
        license=str(meta.license or "unknown"),
        main_score=meta.main_score,
        splits=files,
        eval_splits=tuple(eval_splits),
        **params,
    )
    return TaskData(spec=spec, splits=splits, dataset_revision=str(meta.revision), source=f"mteb:{meta.name}")


def _retrieval_split(data: Any) -> RetrievalSplit:
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


def _pair_split(rows: Any, kind: str) -> PairSplit:
    s1, s2 = list(rows["sentence1"]), list(rows["sentence2"])
    gold_key = "score" if kind == "sts" else ("labels" if "labels" in rows.column_names else "label")
    gold = list(rows[gold_key])
    if s1 and isinstance(s1[0], list):  # mteb v1 layout: a single row holding lists
        s1, s2, gold = s1[0], s2[0], gold[0]
    return PairSplit(ids=[str(i) for i in range(len(s1))], sentence1=s1, sentence2=s2, gold=[float(g) for g in gold])


def _labeled(texts: Any, labels: Any) -> LabeledSplit:
    texts, labels = list(texts), list(labels)
    return LabeledSplit(ids=[str(i) for i in range(len(texts))], texts=texts, labels=[str(x) for x in labels])
