"""The bundled offline suite: valid, the promised sizes, reproducible from our scripts, discriminative."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from benchmark import task_types
from benchmark.data import LabeledSplit, PairSplit, RetrievalSplit, load_task_data
from benchmark.models.loader import load_model
from benchmark.registry import discover, resolve, suites
from benchmark.runner import run
from benchmark.spec import TaskSpec
from benchmark.task_types.bitext_mining import BitextSplit
from benchmark.task_types.summarization import SummarizationSplit
from benchmark.validate import validate_tasks

REPO = Path(__file__).resolve().parent.parent
TASKS = REPO / "tasks"


def test_every_bundled_task_and_suite_validates() -> None:
    problems, checked = validate_tasks()
    assert problems == []
    assert checked == len(discover())


def test_default_suite_has_each_type_once_per_domain() -> None:
    registry = discover()
    known = suites()
    default = known["default"].tasks
    cells = Counter((registry[n].spec.type, registry[n].spec.domain) for n in default)
    assert len(default) == 15 and set(cells.values()) == {1}
    assert {t for t, _ in cells} == set(task_types.names())
    assert {d for _, d in cells} == {"general", "finance"}
    assert set(known["general"].tasks) | set(known["finance"].tasks) == set(default)
    for name in default:
        spec = registry[name].spec
        assert spec.license == "MIT"
        assert registry[name].path.is_relative_to(TASKS / spec.domain)


def _retrieval_sizes(spec: TaskSpec, split: RetrievalSplit) -> None:
    relevant = [sum(1 for s in docs.values() if s > 0) for docs in split.qrels.values()]
    assert all(1 <= r <= 3 for r in relevant)
    if spec.type == "retrieval":
        assert len(split.queries) >= 150 and len(split.corpus) >= 600
    else:
        assert split.candidates is not None and len(split.queries) >= 100
        assert all(8 <= len(c) <= 10 for c in split.candidates.values())


def _pair_sizes(spec: TaskSpec, split: PairSplit) -> None:
    assert len(split.ids) >= 300
    gold = np.array(split.gold)
    if spec.type == "sts":
        bands = Counter(np.minimum(gold, 4.999).astype(int))
        assert set(bands) == {0, 1, 2, 3, 4} and min(bands.values()) >= 0.1 * len(gold)
    else:
        assert 0.25 <= gold.mean() <= 0.45


def _labeled_sizes(spec: TaskSpec, split: LabeledSplit, train: LabeledSplit | None) -> None:
    labels = Counter(split.labels)
    if spec.type == "classification":
        assert train is not None
        assert len(split.ids) >= 300 and 4 <= len(labels) <= 10
        assert min(Counter(train.labels).values()) >= 8
    else:
        assert len(split.ids) >= 400 and 6 <= len(labels) <= 12


def _summarization_sizes(split: SummarizationSplit) -> None:
    assert len(split.ids) >= 40
    assert all(len(h) >= 2 and len(m) >= 6 for h, m in zip(split.human_summaries, split.machine_summaries, strict=True))
    assert all(len(set(r)) >= 3 for r in split.relevance)  # mteb skips none of them


def _bitext_sizes(split: BitextSplit) -> None:
    assert len(split.ids) >= 200
    assert len(set(split.sentence1)) == len(set(split.sentence2)) == len(split.ids)


@pytest.mark.parametrize("name", sorted(suites()["default"].tasks))
def test_task_meets_the_minimum_sizes(name: str) -> None:
    data = load_task_data(discover()[name])
    spec, split = data.spec, data.splits["test"]
    if spec.type in ("retrieval", "reranking"):
        _retrieval_sizes(spec, split)
    elif spec.type in ("sts", "pair_classification"):
        _pair_sizes(spec, split)
    elif spec.type in ("classification", "clustering"):
        _labeled_sizes(spec, split, data.splits.get("train"))
    elif spec.type == "summarization":
        _summarization_sizes(split)
    else:
        assert spec.type == "bitext_mining"
        _bitext_sizes(split)


def test_generator_scripts_reproduce_the_data(tmp_path: Path) -> None:
    shutil.copytree(TASKS / "tools", tmp_path / "tasks" / "tools")
    for script in sorted((tmp_path / "tasks" / "tools").glob("*.py")):
        subprocess.run([sys.executable, str(script)], check=True, cwd=tmp_path, capture_output=True, timeout=120)

    def data_files(root: Path) -> set[Path]:
        return {p.relative_to(root) for d in ("general", "finance") for p in (root / d).rglob("*") if p.is_file()}

    produced, committed = data_files(tmp_path / "tasks"), data_files(TASKS)
    assert {p for p in committed if p.name != "task.yaml"} <= produced
    for relative in produced:
        assert (TASKS / relative).read_bytes() == (tmp_path / "tasks" / relative).read_bytes(), relative


def test_minilm_scores_in_range_and_beats_random(minilm: object, minilm_suite_results: Path, tmp_path: Path) -> None:
    refs = resolve(suite="default")
    outcomes = run(minilm, refs, results_dir=minilm_suite_results)  # type: ignore[arg-type]
    assert {o.status for o in outcomes} == {"cached"}
    ours = {o.task: o.main_score for o in outcomes}
    floor = {o.task: o.main_score for o in run(load_model("random"), refs, results_dir=tmp_path)}
    kinds = {ref.load().spec.name: ref.load().spec.type for ref in refs}
    for task, score in ours.items():
        low = 0.10 if kinds[task] == "summarization" else 0.20  # SummEval-like: MTEB's models score about 0.3
        assert score is not None and low <= score <= 0.95, (task, score)
        assert score > (floor[task] or 0.0) + 0.05, (task, score, floor[task])
