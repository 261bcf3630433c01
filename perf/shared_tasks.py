"""Real tasks from ../shared/data, written in our task format (by path, into a scratch folder; never committed)."""

from __future__ import annotations

import csv
import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _rows(path: Path) -> list[dict[str, Any]]:
    opener: Callable[..., Any] = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _spec(folder: Path, name: str, kind: str, splits: str, extra: str = "") -> Path:
    path = folder / "task.yaml"
    path.write_text(
        f"name: {name}\ntype: {kind}\ndomain: general\ndescription: {name} from ../shared/data\n"
        f"license: see SOURCE.md\nsplits: {splits}\n{extra}",
        encoding="utf-8",
    )
    return path


def _qrels(path: Path, qrels: dict[str, dict[str, int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["query-id", "corpus-id", "score"])
        for q, docs in qrels.items():
            for d, s in docs.items():
                writer.writerow([q, d, s])


def build(root: Path) -> dict[str, Path]:
    """Write every task under ``root``; return task name -> task.yaml."""
    out: dict[str, Path] = {}
    for name, source in (("STSB", SHARED / "stsb" / "test.jsonl"), ("SICKR", SHARED / "sickr" / "sick_all.jsonl")):
        rows = [{"sentence1": r["sentence1"], "sentence2": r["sentence2"], "score": r["score"]} for r in _rows(source)]
        _jsonl(root / name / "pairs.jsonl", rows)
        out[name] = _spec(root / name, name, "sts", "{test: pairs.jsonl}")
    _jsonl(root / "Banking77" / "train.jsonl", _rows(SHARED / "banking77" / "train.jsonl"))
    _jsonl(root / "Banking77" / "test.jsonl", _rows(SHARED / "banking77" / "test.jsonl"))
    out["Banking77"] = _spec(
        root / "Banking77", "Banking77", "classification", "{train: train.jsonl, test: test.jsonl}"
    )
    phrasebank = _rows(SHARED / "financial_phrasebank" / "sentences_allagree.jsonl")
    random.Random(0).shuffle(phrasebank)
    _jsonl(root / "FinancialPhrasebank" / "train.jsonl", phrasebank[:1200])
    _jsonl(root / "FinancialPhrasebank" / "test.jsonl", phrasebank[1200:])
    out["FinancialPhrasebank"] = _spec(
        root / "FinancialPhrasebank", "FinancialPhrasebank", "classification", "{train: train.jsonl, test: test.jsonl}"
    )
    pairs = [r for r in _rows(SHARED / "twitter_semeval2015" / "test.jsonl") if r["label"] is not None]
    _jsonl(
        root / "TwitterSemEval" / "pairs.jsonl",
        [{"sentence1": r["sentence1"], "sentence2": r["sentence2"], "label": r["label"]} for r in pairs],
    )
    out["TwitterSemEval"] = _spec(
        root / "TwitterSemEval", "TwitterSemEval", "pair_classification", "{test: pairs.jsonl}"
    )
    tat = SHARED / "tatqa_retrieval"
    qrels: dict[str, dict[str, int]] = {}
    with (tat / "qrels" / "test.tsv").open(encoding="utf-8") as handle:
        for row in list(csv.reader(handle, delimiter="\t"))[1:]:
            qrels.setdefault(row[0], {})[row[1]] = int(row[2])
    _jsonl(
        root / "TATQA" / "corpus.jsonl",
        [{"_id": r["_id"], "title": "", "text": r["text"]} for r in _rows(tat / "corpus.jsonl")],
    )
    _jsonl(
        root / "TATQA" / "queries.jsonl",
        [{"_id": r["_id"], "text": r["text"]} for r in _rows(tat / "queries.jsonl") if r["_id"] in qrels],
    )
    _qrels(root / "TATQA" / "qrels" / "test.tsv", qrels)
    out["TATQA"] = _spec(
        root / "TATQA",
        "TATQA",
        "retrieval",
        "{test: {corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv}}",
    )
    corpus, queries, positives, candidates = [], [], {}, []
    for r in _rows(SHARED / "semeval2016_cqa_qq_rerank" / "test.jsonl"):
        queries.append({"_id": r["query_id"], "text": f"{r['query_subject']} {r['query_body']}".strip()})
        candidates.append({"query_id": r["query_id"], "candidates": [c["id"] for c in r["candidates"]]})
        corpus += [{"_id": c["id"], "title": c["subject"], "text": c["body"]} for c in r["candidates"]]
        if any(c["label"] == 1 for c in r["candidates"]):
            positives[r["query_id"]] = {c["id"]: 1 for c in r["candidates"] if c["label"] == 1}
    _jsonl(root / "SemEvalRerank" / "corpus.jsonl", corpus)
    _jsonl(root / "SemEvalRerank" / "queries.jsonl", queries)
    _jsonl(root / "SemEvalRerank" / "candidates.jsonl", candidates)
    _qrels(root / "SemEvalRerank" / "qrels" / "test.tsv", positives)
    out["SemEvalRerank"] = _spec(
        root / "SemEvalRerank",
        "SemEvalRerank",
        "reranking",
        "{test: {corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv, candidates: candidates.jsonl}}",
    )
    from tests.parity.shared_rows import sick_summarization_rows, url_bitext_rows

    _jsonl(root / "SICKSummarization" / "summaries.jsonl", sick_summarization_rows(SHARED))
    out["SICKSummarization"] = _spec(
        root / "SICKSummarization", "SICKSummarization", "summarization", "{test: summaries.jsonl}", "min_score: 1\n"
    )
    _jsonl(root / "URLBitext" / "pairs.jsonl", url_bitext_rows(SHARED))
    out["URLBitext"] = _spec(root / "URLBitext", "URLBitext", "bitext_mining", "{test: pairs.jsonl}")
    news = _rows(SHARED / "twentynewsgroups" / "test.jsonl.gz")[:2000]
    _jsonl(root / "NewsClustering" / "texts.jsonl", [{"text": r["subject"], "label": r["label"]} for r in news])
    out["NewsClustering"] = _spec(root / "NewsClustering", "NewsClustering", "clustering", "{test: texts.jsonl}")
    return out
