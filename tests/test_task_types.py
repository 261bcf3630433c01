"""The task-type registry: every type is one module and answers for itself; specs are checked against their type."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from benchmark import task_types
from benchmark.cli import app
from benchmark.data import load_task_data
from benchmark.errors import TaskSpecError
from benchmark.evaluate import evaluate_task
from benchmark.gate import GateConfig, decide
from benchmark.leaderboard.collect import collect
from benchmark.models.loader import load_model
from benchmark.registry import resolve
from benchmark.results import write_result
from benchmark.runner import run
from benchmark.spec import load_task_spec
from benchmark.stats import confidence_interval, rng_for
from benchmark.stats.item_metrics import SplitMeanMetric
from tests.conftest import write_jsonl, write_yaml

cli = CliRunner()
HEAD = "name: T\ndomain: general\ndescription: d\nlicense: MIT\n"


def _spec(tmp_path: Path, body: str) -> Path:
    return write_yaml(tmp_path / "task.yaml", HEAD + body)


@pytest.mark.parametrize("kind", task_types.names())
def test_each_type_describes_itself_completely(kind: str) -> None:
    t = task_types.get(kind)
    assert t.name == kind and t.label and t.short_label and t.mteb_name
    literal = typing.get_args(t.params_model.model_fields["type"].annotation)
    assert literal == (kind,)
    assert t.default_main_score in t.main_score_labels
    assert all(t.has_statistic(score) for score in t.main_score_labels)
    assert not t.has_statistic("no_such_score")
    assert typing.is_typeddict(t.item_record)


def test_names_labels_and_mteb_names_are_unique() -> None:
    kinds = list(task_types.all_types().values())
    for attribute in ("name", "mteb_name", "label"):
        values = [getattr(k, attribute) for k in kinds]
        assert len(values) == len(set(values)), attribute
    assert task_types.in_order(["summarization", "zzz", "retrieval", "aaa"]) == [
        "retrieval",
        "summarization",
        "aaa",
        "zzz",
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("type: retrieval\nn_experiments: 3\nsplits: {test: {corpus: c, queries: q, qrels: r}}\n", "n_experiments"),
        ("type: sts\nk_values: [1]\nsplits: {test: p.jsonl}\n", "k_values"),
        ("type: classification\nmain_score: f1\nsplits: {train: a, test: b}\n", "'f1' is not a main score"),
        ("type: retrieval\nmain_score: ndcg_at_7\nsplits: {test: {corpus: c, queries: q, qrels: r}}\n", "ndcg_at_7"),
        ("type: summarization\nscoring: finmteb\nmain_score: dot_pearson\nsplits: {test: s}\n", "dot_pearson"),
        ("type: summarization\nscoring: other\nsplits: {test: s}\n", "scoring"),
        ("type: translation\nsplits: {test: s}\n", "unknown task type 'translation' (one of retrieval"),
        ("type: sts\nsplits: {test: {corpus: c, queries: q, qrels: r}}\n", "must name one file"),
        ("type: bitext_mining\nmain_score: max_ap\nsplits: {test: p.jsonl}\n", "'max_ap' is not a main score"),
        ("type: reranking\nsplits: {test: {corpus: c, queries: q, qrels: r}}\n", "candidates"),
    ],
)
def test_a_spec_is_checked_against_its_type(tmp_path: Path, body: str, message: str) -> None:
    path = _spec(tmp_path, body)
    with pytest.raises(TaskSpecError) as caught:
        load_task_spec(path)
    assert str(path) in str(caught.value) and message in str(caught.value)
    out = tmp_path / "out"
    result = cli.invoke(app, ["run", "--model", "hashing", "--task-file", str(path), "--results-dir", str(out)])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and message in lines[0], result.output
    assert not out.exists()


def test_a_retrieval_main_score_follows_the_tasks_k_values(tmp_path: Path) -> None:
    spec = load_task_spec(
        _spec(
            tmp_path,
            "type: retrieval\nk_values: [1, 7]\nmain_score: ndcg_at_7\n"
            "splits: {test: {corpus: c, queries: q, qrels: r}}\n",
        )
    ).spec
    assert spec.resolved_main_score == "ndcg_at_7" and spec.protocol() == {
        "ignore_identical_ids": False,
        "k_values": (1, 7),
    }


def _two_split_sts(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    for split, n in (("dev", 30), ("test", 50)):
        write_jsonl(
            tmp_path / f"{split}.jsonl",
            [
                {
                    "id": f"{split}{i}",
                    "sentence1": f"alpha {i} beta",
                    "sentence2": f"gamma {i % 7} beta",
                    "score": float(rng.integers(0, 6)),
                }
                for i in range(n)
            ],
        )
    return _spec(tmp_path, "type: sts\nsplits: {dev: dev.jsonl, test: test.jsonl}\n")


def test_statistics_cover_every_evaluation_split(tmp_path: Path) -> None:
    spec_path = _two_split_sts(tmp_path / "task")
    out = tmp_path / "results"
    for model in ("hashing", "tfidf"):
        run(load_model(model), resolve(task_files=[spec_path]), results_dir=out)
    models = {m.name: m for m in collect(out)}
    hashing = models["bench/hashing"].results["T"]
    metric = hashing.metric
    assert isinstance(metric, SplitMeanMetric) and metric.strata == (30, 50)
    scores = hashing.stored.main_scores
    assert metric.point() == pytest.approx((scores["dev"] + scores["test"]) / 2, abs=1e-6)  # stored: 6 d.p.
    assert hashing.stored.main_score == pytest.approx(metric.point(), abs=1e-6)
    low, high = confidence_interval(metric, rng_for(1, "t"), b=500)
    assert low < metric.point() < high
    # the gate tests the two-split score, paired item by item
    verdict = decide(models["bench/hashing"], models["bench/tfidf"], ["T"], GateConfig(resamples=500))[0]
    assert verdict.n == 80 and verdict.baseline == pytest.approx(metric.point(), abs=1e-6)


def test_every_type_writes_records_its_statistic_reproduces(tmp_path: Path) -> None:
    """For every bundled task (one per type at least): the stored main score is recomputed from the records."""
    refs = resolve(suite="default")
    kinds = {ref.load().spec.type for ref in refs}
    assert kinds == set(task_types.names())
    model = load_model("hashing")
    for ref in refs:
        data = ref.load()
        outcomes = evaluate_task(model, data).outcomes
        path = write_result(tmp_path, model.info, data, outcomes)
        (result,) = [r for m in collect(tmp_path) for n, r in m.results.items() if n == data.spec.name]
        assert result.flag is None, path
        assert result.metric.point() == pytest.approx(result.stored.main_score, abs=1e-5), data.spec.name


def test_loading_data_of_a_new_type_needs_no_other_module(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "pairs.jsonl", [{"sentence1": f"s {i}", "sentence2": f"t {i}"} for i in range(5)])
    data = load_task_data(load_task_spec(_spec(tmp_path, "type: bitext_mining\nsplits: {test: pairs.jsonl}\n")))
    outcome = evaluate_task(load_model("hashing"), data).outcomes["test"]
    assert set(outcome.scores) == {"f1", "accuracy", "precision", "recall"}
    assert [item["id"] for item in outcome.items] == ["0", "1", "2", "3", "4"]


def test_the_board_page_gate_and_listing_pick_up_every_registered_type(tmp_path: Path) -> None:
    """The committed reference board: a type column and mean per type, a page filter per type, `bench tasks --type`."""
    from benchmark.leaderboard.build import leaderboard_data
    from benchmark.leaderboard.html import to_html
    from benchmark.leaderboard.render import to_markdown

    board = leaderboard_data(Path("results"), "default", resamples=300, rank_resamples=100)
    minilm = next(r for r in board["models"] if r["name"].endswith("all-MiniLM-L6-v2"))
    assert list(minilm["mean_by_type"]) == list(task_types.names())
    page, markdown = to_html(board), to_markdown(board)
    for kind in task_types.names():
        assert f'<option value="{kind}"' in page, kind
        assert f"| {task_types.short_label(kind)} |" in markdown, kind
        listed = cli.invoke(app, ["tasks", "--type", kind])
        assert listed.exit_code == 0 and kind in listed.output, kind
    report = tmp_path / "gate.json"
    folder = "results/bench__tfidf/sklearn-1.9.1"
    gated = cli.invoke(app, ["gate", "--baseline", folder, "--candidate", folder, "--json", str(report)])
    assert gated.exit_code == 0, gated.output
    verdicts = {row["task"]: row["verdict"] for row in json.loads(report.read_text())["tasks"]}
    assert verdicts["FinanceRegisterBitextMining"] == verdicts["GeneralNewsSummarization"] == "PASS"
