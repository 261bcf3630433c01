"""Load a task's data files into small typed in-memory structures, validating as we go."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmark.errors import DataError
from benchmark.io import json_object, read_text
from benchmark.spec import LoadedSpec, RetrievalFiles, TaskSpec


@dataclass(frozen=True)
class RetrievalSplit:
    """Corpus (id -> text, title already joined as mteb does), queries, qrels and optional candidate lists."""

    corpus: dict[str, str]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]
    candidates: dict[str, list[str]] | None = None


@dataclass(frozen=True)
class PairSplit:
    """Sentence pairs with a gold value (an STS score or a 0/1 label)."""

    ids: list[str]
    sentence1: list[str]
    sentence2: list[str]
    gold: list[float]


@dataclass(frozen=True)
class LabeledSplit:
    """Texts with string labels (classification and clustering)."""

    ids: list[str]
    texts: list[str]
    labels: list[str]


SplitData = Any  # the split type of the task's type (RetrievalSplit, PairSplit, LabeledSplit, ...)


@dataclass(frozen=True)
class TaskData:
    """A task ready to evaluate: its spec, its splits and a content hash of the data."""

    spec: TaskSpec
    splits: dict[str, SplitData]
    dataset_revision: str
    source: str = ""
    notes: dict[str, Any] = field(default_factory=dict)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) per non-empty line of a JSON Lines file (DataError naming the line)."""
    text = read_text(path, DataError)
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, json_object(line, f"{path}:{number}", DataError)


def field_of(path: Path, number: int, row: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    """A required field of a row, of the given type (booleans are not numbers)."""
    if key not in row:
        raise DataError(f"{path}:{number}: missing field '{key}'")
    value = row[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise DataError(f"{path}:{number}: field '{key}' has the wrong type ({type(value).__name__})")
    return value


def item_id(path: Path, number: int, row: dict[str, Any], index: int, seen: Container[str]) -> str:
    """The row's id (``_id``, ``id``, or its 0-based index); the caller records it as seen."""
    raw = row.get("_id", row.get("id", index))
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise DataError(f"{path}:{number}: id must be a string or an integer")
    key = str(raw)
    if key in seen:
        raise DataError(f"{path}:{number}: duplicate id '{key}'")
    return key


def text_field(path: Path, number: int, row: dict[str, Any], key: str) -> str:
    """A required, non-empty text field."""
    value: str = field_of(path, number, row, key, str)
    if not value.strip():
        raise DataError(f"{path}:{number}: field '{key}' is empty (an empty text cannot be embedded meaningfully)")
    return value


def resolve(root: Path, relative: str) -> Path:
    """A data file of a spec, resolved against its folder (DataError when missing)."""
    path = (root / relative).resolve()
    if not path.is_file():
        raise DataError(f"{root / relative}: file not found")
    return path


def load_retrieval(root: Path, files: RetrievalFiles) -> RetrievalSplit:
    """Load a BEIR-layout split; queries without any qrels entry are dropped (mteb semantics)."""
    corpus_path = resolve(root, files.corpus)
    corpus: dict[str, str] = {}
    for number, row in read_jsonl(corpus_path):
        doc_id = item_id(corpus_path, number, row, number - 1, corpus)
        text = field_of(corpus_path, number, row, "text", str)
        title = row.get("title") or ""
        if not isinstance(title, str):
            raise DataError(f"{corpus_path}:{number}: field 'title' must be a string")
        joined = f"{title} {text}".strip() if title.strip() else text.strip()
        if not joined:
            raise DataError(f"{corpus_path}:{number}: document '{doc_id}' has an empty text and title")
        corpus[doc_id] = joined
    queries_path = resolve(root, files.queries)
    queries: dict[str, str] = {}
    for number, row in read_jsonl(queries_path):
        query_id = item_id(queries_path, number, row, number - 1, queries)
        queries[query_id] = text_field(queries_path, number, row, "text")
    qrels = _load_qrels(resolve(root, files.qrels), corpus, queries)
    candidates = None
    if files.candidates is not None:
        candidates = _load_candidates(resolve(root, files.candidates), corpus, queries)
    if not qrels:
        raise DataError(f"{root / files.qrels}: no relevance judgements")
    kept = {qid: text for qid, text in queries.items() if qid in qrels}
    return RetrievalSplit(corpus=corpus, queries=kept, qrels=qrels, candidates=candidates)


def _load_qrels(path: Path, corpus: dict[str, str], queries: dict[str, str]) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    lines = read_text(path, DataError).split("\n")
    header = lines[0].rstrip("\r").split("\t")
    if [h.strip() for h in header[:3]] != ["query-id", "corpus-id", "score"]:
        raise DataError(f"{path}:1: qrels need the header 'query-id<TAB>corpus-id<TAB>score'")
    for number, line in enumerate(lines[1:], start=2):
        row = line.rstrip("\r").split("\t")
        if not line.strip():
            continue
        if len(row) != 3:
            raise DataError(f"{path}:{number}: expected 3 tab-separated columns, got {len(row)}")
        qid, did, raw_score = (cell.strip() for cell in row)
        try:
            score = int(raw_score)
        except ValueError:
            raise DataError(f"{path}:{number}: score '{raw_score}' is not an integer") from None
        if qid not in queries:
            raise DataError(f"{path}:{number}: unknown query id '{qid}'")
        if did not in corpus:
            raise DataError(f"{path}:{number}: unknown corpus id '{did}'")
        qrels.setdefault(qid, {})[did] = score
    return qrels


def _load_candidates(path: Path, corpus: dict[str, str], queries: dict[str, str]) -> dict[str, list[str]]:
    candidates: dict[str, list[str]] = {}
    for number, row in read_jsonl(path):
        qid = str(field_of(path, number, row, "query_id", (str, int)))
        docs = field_of(path, number, row, "candidates", list)
        if qid not in queries:
            raise DataError(f"{path}:{number}: unknown query id '{qid}'")
        if qid in candidates:
            raise DataError(f"{path}:{number}: duplicate query id '{qid}'")
        unknown = [str(d) for d in docs if str(d) not in corpus]
        if unknown:
            raise DataError(f"{path}:{number}: unknown corpus id '{unknown[0]}'")
        candidates[qid] = list(dict.fromkeys(str(d) for d in docs))
    return candidates


def load_pairs(path: Path, gold: Callable[[Path, int, dict[str, Any]], float]) -> PairSplit:
    """Load sentence-pair rows; ``gold(path, line, row)`` reads and checks each row's gold value."""
    ids: list[str] = []
    s1: list[str] = []
    s2: list[str] = []
    values: list[float] = []
    seen: set[str] = set()
    for number, row in read_jsonl(path):
        ids.append(item_id(path, number, row, len(ids), seen))
        seen.add(ids[-1])
        s1.append(text_field(path, number, row, "sentence1"))
        s2.append(text_field(path, number, row, "sentence2"))
        values.append(gold(path, number, row))
    if len(ids) < 2:
        raise DataError(f"{path}: needs at least 2 pairs")
    return PairSplit(ids=ids, sentence1=s1, sentence2=s2, gold=values)


def load_labeled(path: Path) -> LabeledSplit:
    """Load text/label rows (labels become strings)."""
    ids: list[str] = []
    texts: list[str] = []
    labels: list[str] = []
    seen: set[str] = set()
    for number, row in read_jsonl(path):
        ids.append(item_id(path, number, row, len(ids), seen))
        seen.add(ids[-1])
        texts.append(text_field(path, number, row, "text"))
        labels.append(str(field_of(path, number, row, "label", (str, int))))
    if not ids:
        raise DataError(f"{path}: no rows")
    return LabeledSplit(ids=ids, texts=texts, labels=labels)


def _split_files(spec: TaskSpec) -> list[str]:
    files: list[str] = []
    for entry in spec.splits.values():
        if isinstance(entry, RetrievalFiles):
            files += [f for f in (entry.corpus, entry.queries, entry.qrels, entry.candidates) if f]
        else:
            files.append(entry)
    return sorted(set(files))


def content_hash(loaded: LoadedSpec) -> str:
    """sha256 over the spec's protocol and the bytes of every data file, in a fixed order."""
    digest = hashlib.sha256()
    digest.update(json.dumps(loaded.spec.protocol(), sort_keys=True).encode())
    for relative in _split_files(loaded.spec):
        path = resolve(loaded.root, relative)
        digest.update(relative.encode() + b"\0")
        digest.update(path.read_bytes())
    return "sha256:" + digest.hexdigest()[:16]


def load_task_data(loaded: LoadedSpec) -> TaskData:
    """Load every split a task needs (its evaluation splits plus any its type needs, e.g. a train split)."""
    spec = loaded.spec
    kind = spec.task_type
    needed = list(dict.fromkeys([*spec.resolved_eval_splits, *kind.extra_splits(spec)]))
    splits = {name: kind.load_split(loaded.root, spec.splits[name], spec) for name in needed}
    kind.check_data(spec, splits, str(loaded.path))
    return TaskData(spec=spec, splits=splits, dataset_revision=content_hash(loaded), source=str(loaded.path))
