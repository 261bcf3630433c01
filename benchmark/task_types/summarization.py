"""Summarization: how well embedding similarity ranks machine summaries the way human judges do.

Two protocols, chosen by the ``scoring`` parameter:

- ``mteb`` (default, mteb 2.x): each machine summary scores its maximum cosine to the text's human summaries; the
  Spearman correlation of those scores with the human relevance judgements is computed per text, and the task
  score is the mean over texts. Texts whose judgements or predicted scores are all equal are skipped, as mteb
  does. One record per text.
- ``finmteb`` (FinMTEB's evaluator): one Spearman correlation over all rows between cos(text, summary) and the
  gold score, as for STS. One record per (text, summary) pair. It also reads FinMTEB's one-summary-per-row files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict

import numpy as np
from pydantic import model_validator
from scipy.stats import pearsonr, spearmanr

from benchmark.data import field_of, item_id, read_jsonl, resolve, text_field
from benchmark.errors import DataError, ModelOutputError
from benchmark.models.base import Embedder, LexicalRanker, l2_normalize
from benchmark.spec import RetrievalFiles, TaskSpec
from benchmark.stats.item_metrics import Floats, ItemMetric, MaskedMeanMetric, SpearmanMetric
from benchmark.task_types.base import SplitOutcome, TaskEncoder, TaskParams, TaskType, duplicates, need_encoder
from benchmark.task_types.sts import correlation_scores, pair_similarities


class SummarizationParams(TaskParams):
    """The relevance range (mteb normalises judgements with it) and the scoring protocol."""

    type: Literal["summarization"] = "summarization"
    min_score: float = 0.0
    max_score: float = 5.0
    scoring: Literal["mteb", "finmteb"] = "mteb"

    @model_validator(mode="after")
    def _ordered(self) -> SummarizationParams:
        if self.min_score >= self.max_score:
            raise ValueError("min_score must be below max_score")
        return self


@dataclass(frozen=True)
class SummarizationSplit:
    """Texts, each with its human summaries (none in FinMTEB's layout), machine summaries and their relevance."""

    ids: list[str]
    texts: list[str]
    human_summaries: list[list[str]]
    machine_summaries: list[list[str]]
    relevance: list[list[float]]
    scoring: str = "mteb"  # which texts the evaluator encodes


class SummarizationItem(TypedDict):
    """mteb scoring, one text: relevance per machine summary and its max cosine / max dot to the human ones."""

    id: str
    gold: list[float]
    cosine: list[float]
    dot: list[float]


class SummaryPairItem(TypedDict):
    """FinMTEB scoring, one (text, summary) pair: its gold score and cos(text, summary)."""

    id: str
    gold: float
    cosine: float


def _texts(path: Path, number: int, row: dict[str, Any], key: str) -> list[str]:
    values = field_of(path, number, row, key, list)
    if not values:
        raise DataError(f"{path}:{number}: field '{key}' is empty")
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise DataError(f"{path}:{number}: field '{key}' must hold non-empty strings")
    return list(values)


def _score(path: Path, number: int, value: Any, params: SummarizationParams, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"{path}:{number}: field '{key}' must hold numbers")
    if not params.min_score <= value <= params.max_score:
        raise DataError(f"{path}:{number}: {key} {value} outside [{params.min_score}, {params.max_score}]")
    return float(value)


def load_summarization(path: Path, params: SummarizationParams) -> SummarizationSplit:
    """Rows ``{id, text, human_summaries, machine_summaries, relevance}`` (mteb) or ``{id, text, summary, score}``
    (FinMTEB, one summary per row; only with ``scoring: finmteb``)."""
    ids: list[str] = []
    texts: list[str] = []
    human: list[list[str]] = []
    machine: list[list[str]] = []
    relevance: list[list[float]] = []
    seen: set[str] = set()
    layout: str | None = None
    for number, row in read_jsonl(path):
        ids.append(item_id(path, number, row, len(ids), seen))
        seen.add(ids[-1])
        texts.append(text_field(path, number, row, "text"))
        row_layout = "finmteb" if "summary" in row else "mteb"
        if layout is not None and row_layout != layout:
            raise DataError(f"{path}:{number}: mixes one-summary rows (summary, score) with mteb rows")
        layout = row_layout
        if row_layout == "finmteb":
            if params.scoring == "mteb":
                raise DataError(
                    f"{path}:{number}: rows with one 'summary' need 'scoring: finmteb'; mteb's scoring needs "
                    "human_summaries, machine_summaries and relevance"
                )
            human.append([])
            machine.append([text_field(path, number, row, "summary")])
            relevance.append(
                [_score(path, number, field_of(path, number, row, "score", (int, float)), params, "score")]
            )
            continue
        human.append(_texts(path, number, row, "human_summaries"))
        machine.append(_texts(path, number, row, "machine_summaries"))
        scores = field_of(path, number, row, "relevance", list)
        if len(scores) != len(machine[-1]):
            raise DataError(f"{path}:{number}: {len(scores)} relevance scores for {len(machine[-1])} machine summaries")
        relevance.append([_score(path, number, value, params, "relevance") for value in scores])
    if not ids:
        raise DataError(f"{path}: no rows")
    return SummarizationSplit(ids, texts, human, machine, relevance, params.scoring)


def skipped(gold: list[float], cosine: list[float], dot: list[float]) -> bool:
    """mteb skips a text whose judgements, dot scores or cosine scores are all equal."""
    return len(set(gold)) == 1 or len(set(dot)) == 1 or len(set(cosine)) == 1


def _correlation(kind: str, gold: list[float], pred: list[float]) -> float:
    result = spearmanr(gold, pred) if kind == "spearman" else pearsonr(gold, pred)
    return float(result.statistic)


def evaluate_mteb(split: SummarizationSplit, encoder: TaskEncoder) -> SplitOutcome:
    """mteb 2.x's SummarizationEvaluator: per-text correlations of max-similarity-to-human scores, averaged."""
    human_all = encoder([s for group in split.human_summaries for s in group], None)
    machine_all = encoder([s for group in split.machine_summaries for s in group], None)
    use_cosine = encoder.model.info.similarity == "cosine"
    items: list[SummarizationItem] = []
    per_text: dict[str, list[float]] = {key: [] for key in _MTEB_KEYS}
    h_start = m_start = 0
    for item_key, humans, machines, gold in zip(
        split.ids, split.human_summaries, split.machine_summaries, split.relevance, strict=True
    ):
        human = human_all[h_start : h_start + len(humans)]
        machine = machine_all[m_start : m_start + len(machines)]
        h_start, m_start = h_start + len(humans), m_start + len(machines)
        cosine = [float(v) for v in (l2_normalize(machine) @ l2_normalize(human).T).max(axis=1)]
        dot = [float(v) for v in (machine @ human.T).max(axis=1)]
        items.append({"id": item_key, "gold": list(gold), "cosine": cosine, "dot": dot})
        if skipped(gold, cosine, dot):
            continue
        similarity = cosine if use_cosine else dot
        for key, pred, kind in _MTEB_COLUMNS:
            column = {"cosine": cosine, "dot": dot, "similarity": similarity}[pred]
            per_text[key].append(_correlation(kind, gold, column))
    if not per_text["cosine_spearman"]:
        raise ModelOutputError(
            f"model '{encoder.model.info.name}': every text was skipped (its relevance judgements or the model's "
            "similarities were all equal), so no summarization score exists"
        )
    scores: dict[str, Any] = {key: float(np.mean(values)) for key, values in per_text.items()}
    protocol = {"n_texts": len(split.ids), "n_scored": len(per_text["cosine_spearman"]), "scoring": "mteb"}
    return SplitOutcome(scores=scores, items=items, protocol=protocol)


_MTEB_COLUMNS = (
    ("pearson", "similarity", "pearson"),
    ("spearman", "similarity", "spearman"),
    ("cosine_spearman", "cosine", "spearman"),
    ("cosine_pearson", "cosine", "pearson"),
    ("dot_spearman", "dot", "spearman"),
    ("dot_pearson", "dot", "pearson"),
)
_MTEB_KEYS = tuple(key for key, _, _ in _MTEB_COLUMNS)


def evaluate_finmteb(split: SummarizationSplit, params: SummarizationParams, encoder: TaskEncoder) -> SplitOutcome:
    """FinMTEB's protocol: the STS evaluator over (text, summary, normalised score) rows."""
    one_per_row = not any(split.human_summaries)  # FinMTEB's layout: a row is a pair, keep its id
    pairs = [
        (item_key if one_per_row else f"{item_key}#{j}", text, summary, score)
        for item_key, text, machines, scores in zip(
            split.ids, split.texts, split.machine_summaries, split.relevance, strict=True
        )
        for j, (summary, score) in enumerate(zip(machines, scores, strict=True))
    ]
    emb_text = encoder([p[1] for p in pairs], None)
    emb_summary = encoder([p[2] for p in pairs], None)
    sims = pair_similarities(emb_text, emb_summary, encoder.model.info.similarity)
    scores = correlation_scores(np.asarray([p[3] for p in pairs]), sims, params.min_score, params.max_score)
    items: list[SummaryPairItem] = [
        {"id": key, "gold": float(score), "cosine": float(c)}
        for (key, _, _, score), c in zip(pairs, sims["cosine"], strict=True)
    ]
    return SplitOutcome(scores=scores, items=items, protocol={"n_pairs": len(pairs), "scoring": "finmteb"})


def _per_text_metric(main_score: str, rows: list[dict[str, Any]]) -> MaskedMeanMetric:
    pred_key, _, kind = main_score.partition("_")
    values: list[float] = []
    kept: list[bool] = []
    for r in rows:
        gold, cosine, dot = list(r["gold"]), list(r["cosine"]), list(r["dot"])
        if not len(gold) == len(cosine) == len(dot):
            raise ValueError(f"record '{r['id']}' has lists of different lengths")
        keep = not skipped(gold, cosine, dot)
        kept.append(keep)
        values.append(_correlation(kind, gold, cosine if pred_key == "cosine" else dot) if keep else 0.0)
    mask: Floats = np.array(kept, dtype=np.float64)
    if not mask.any():
        raise ValueError("every text is skipped")
    return MaskedMeanMetric([str(r["id"]) for r in rows], np.array(values), mask)


class SummarizationType(TaskType[SummarizationParams, SummarizationSplit]):
    """Summarization (mteb ``Summarization``): main score cosine Spearman."""

    name: ClassVar[str] = "summarization"
    mteb_name: ClassVar[str] = "Summarization"
    label: ClassVar[str] = "Summarization"
    short_label: ClassVar[str] = "Summ."
    params_model: ClassVar[type[TaskParams]] = SummarizationParams
    default_main_score: ClassVar[str] = "cosine_spearman"
    main_score_labels: ClassVar[Mapping[str, str]] = {
        "cosine_spearman": "cosine Spearman",
        "cosine_pearson": "cosine Pearson",
        "dot_spearman": "dot Spearman",
        "dot_pearson": "dot Pearson",
    }
    item_record: ClassVar[type] = SummarizationItem

    def main_scores(self, params: SummarizationParams) -> tuple[str, ...]:
        """Per-text correlations (mteb scoring) or the corpus-level cosine Spearman (FinMTEB scoring)."""
        return ("cosine_spearman",) if params.scoring == "finmteb" else tuple(self.main_score_labels)

    def load_split(self, root: Path, entry: str | RetrievalFiles, spec: TaskSpec) -> SummarizationSplit:
        assert isinstance(entry, str)
        return load_summarization(resolve(root, entry), self.params_of(spec))

    def texts(self, split: SummarizationSplit) -> list[str]:
        if split.scoring == "finmteb":
            return split.texts + [s for group in split.machine_summaries for s in group]
        return [s for group in split.human_summaries + split.machine_summaries for s in group]

    def problems(self, spec: TaskSpec, splits: Mapping[str, SummarizationSplit]) -> list[str]:
        problems: list[str] = []
        for name, split in splits.items():
            where = f"split '{name}'"
            dups = duplicates(split.texts)
            if dups:
                problems.append(f"{where}: {len(dups)} duplicate text(s), e.g. {dups[0][:60]!r}")
            flat = [i for i, scores in zip(split.ids, split.relevance, strict=True) if len(set(scores)) < 2]
            if flat and self.params_of(spec).scoring == "mteb":
                problems.append(
                    f"{where}: {len(flat)} text(s) have equal relevance for every summary (always "
                    f"skipped), e.g. {flat[0]}"
                )
            repeated = [i for i, group in zip(split.ids, split.machine_summaries, strict=True) if duplicates(group)]
            if repeated:
                problems.append(f"{where}: {len(repeated)} text(s) repeat a machine summary, e.g. {repeated[0]}")
        return problems

    def evaluate(
        self,
        model: Embedder | LexicalRanker,
        spec: TaskSpec,
        splits: Mapping[str, SummarizationSplit],
        split: str,
        encoder: TaskEncoder | None,
    ) -> SplitOutcome:
        params = self.params_of(spec)
        encoder = need_encoder(encoder, self.name)
        if params.scoring == "finmteb":
            return evaluate_finmteb(splits[split], params, encoder)
        return evaluate_mteb(splits[split], encoder)

    def statistic(self, main_score: str, rows: list[dict[str, Any]]) -> ItemMetric:
        """mteb scoring: the mean of per-text correlations over the texts not skipped; FinMTEB scoring: one
        Spearman over all pairs."""
        if not isinstance(rows[0]["gold"], list):
            if main_score != "cosine_spearman":
                raise ValueError(f"FinMTEB-scored records support cosine_spearman only, not {main_score}")
            return SpearmanMetric(
                [str(r["id"]) for r in rows],
                np.array([float(r["gold"]) for r in rows]),
                np.array([float(r["cosine"]) for r in rows]),
            )
        return _per_text_metric(main_score, rows)

    def from_mteb(self, task: Any, eval_splits: list[str]) -> tuple[dict[str, SummarizationSplit], dict[str, Any]]:
        from benchmark.mteb_adapter import subset

        splits = {}
        for split in eval_splits:
            rows = subset(task.dataset, split)
            texts = list(rows[task.text_column_name])
            splits[split] = SummarizationSplit(
                ids=[str(i) for i in range(len(texts))],
                texts=texts,
                human_summaries=[list(g) for g in rows[task.human_summaries_column_name]],
                machine_summaries=[list(g) for g in rows[task.machine_summaries_column_name]],
                relevance=[[float(v) for v in g] for g in rows[task.relevancy_column_name]],
                scoring="mteb",
            )
        return splits, {"min_score": task.min_score, "max_score": task.max_score}


TYPE = SummarizationType()
