"""Task specs and data loading: valid files load, malformed ones fail with the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark.data import LabeledSplit, PairSplit, RetrievalSplit, load_task_data
from benchmark.errors import DataError, TaskSpecError
from benchmark.spec import load_task_spec
from tests.conftest import write_jsonl, write_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"


@pytest.mark.parametrize(
    ("folder", "main"),
    [
        ("retrieval", "ndcg_at_10"),
        ("reranking", "map_at_1000"),
        ("sts", "cosine_spearman"),
        ("pairs", "max_ap"),
        ("classification", "accuracy"),
        ("clustering", "v_measure"),
    ],
)
def test_fixture_specs_load_with_default_main_scores(folder: str, main: str) -> None:
    loaded = load_task_spec(FIXTURES / folder / "task.yaml")
    assert loaded.spec.resolved_main_score == main
    data = load_task_data(loaded)
    assert data.dataset_revision.startswith("sha256:")
    assert list(data.splits)


def test_retrieval_loading_joins_titles_and_drops_unjudged_queries() -> None:
    data = load_task_data(load_task_spec(FIXTURES / "retrieval" / "task.yaml"))
    split = data.splits["test"]
    assert isinstance(split, RetrievalSplit)
    assert split.corpus["d1"].startswith("Q2 results Revenue rose")
    assert split.corpus["d3"].startswith("The board")
    assert "q5" not in split.queries and "q4" in split.queries
    assert split.qrels["q3"] == {"d4": 2, "d5": 1}


def test_classification_splits_and_eval_splits() -> None:
    loaded = load_task_spec(FIXTURES / "classification" / "task.yaml")
    assert loaded.spec.resolved_eval_splits == ("test",)
    data = load_task_data(loaded)
    assert isinstance(data.splits["train"], LabeledSplit)
    assert isinstance(data.splits["test"], LabeledSplit)


def _spec(tmp_path: Path, body: str) -> Path:
    return write_yaml(tmp_path / "task.yaml", "name: T\ndomain: general\ndescription: d\nlicense: MIT\n" + body)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("type: sts\nsplits: {test: a.jsonl}\ncolour: red\n", "colour"),
        ("type: regression\nsplits: {test: a.jsonl}\n", "type"),
        ("type: reranking\nsplits: {test: {corpus: c, queries: q, qrels: r}}\n", "candidates"),
        ("type: classification\nsplits: {test: a.jsonl}\n", "train"),
        ("type: retrieval\nsplits: {test: a.jsonl}\n", "corpus, queries and qrels"),
        ("type: sts\nsplits: {test: a.jsonl}\neval_splits: [dev]\n", "dev"),
        ("type: sts\nsplits: {test: a.jsonl\n", "not valid YAML"),
    ],
)
def test_malformed_specs_name_file_and_problem(tmp_path: Path, body: str, needle: str) -> None:
    path = _spec(tmp_path, body)
    with pytest.raises(TaskSpecError) as info:
        load_task_spec(path)
    message = str(info.value)
    assert str(path) in message and needle in message and "\n" not in message


def test_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write_yaml(tmp_path / "task.yaml", "- just\n- a list\n")
    with pytest.raises(TaskSpecError, match="mapping"):
        load_task_spec(path)


def _sts(tmp_path: Path, rows: list[dict]) -> Path:
    write_jsonl(tmp_path / "pairs.jsonl", rows)
    return _spec(tmp_path, "type: sts\nsplits: {test: pairs.jsonl}\n")


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        (
            [{"sentence1": "a", "sentence2": "b", "score": 9.0}, {"sentence1": "c", "sentence2": "d", "score": 1}],
            "outside",
        ),
        ([{"sentence1": "a", "score": 1.0}, {"sentence1": "c", "sentence2": "d", "score": 1}], "sentence2"),
        ([{"sentence1": "a", "sentence2": "b", "score": "high"}], "wrong type"),
        (
            [
                {"id": 1, "sentence1": "a", "sentence2": "b", "score": 1},
                {"id": 1, "sentence1": "c", "sentence2": "d", "score": 2},
            ],
            "duplicate id",
        ),
        ([{"sentence1": "a", "sentence2": "b", "score": 1}], "at least 2"),
    ],
)
def test_malformed_pair_rows(tmp_path: Path, rows: list[dict], needle: str) -> None:
    loaded = load_task_spec(_sts(tmp_path, rows))
    with pytest.raises(DataError, match=needle) as info:
        load_task_data(loaded)
    assert "pairs.jsonl" in str(info.value)


def test_invalid_json_line_is_reported_with_line_number(tmp_path: Path) -> None:
    (tmp_path / "pairs.jsonl").write_text('{"sentence1": "a", "sentence2": "b", "score": 1}\n{oops\n')
    loaded = load_task_spec(_spec(tmp_path, "type: sts\nsplits: {test: pairs.jsonl}\n"))
    with pytest.raises(DataError, match=r"pairs\.jsonl:2: not valid JSON"):
        load_task_data(loaded)


def test_missing_data_file(tmp_path: Path) -> None:
    loaded = load_task_spec(_spec(tmp_path, "type: sts\nsplits: {test: nowhere.jsonl}\n"))
    with pytest.raises(DataError, match=r"nowhere\.jsonl: file not found"):
        load_task_data(loaded)


def test_pair_labels_must_be_binary(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "p.jsonl", [{"sentence1": "a", "sentence2": "b", "label": 2}])
    loaded = load_task_spec(_spec(tmp_path, "type: pair_classification\nsplits: {test: p.jsonl}\n"))
    with pytest.raises(DataError, match="label must be 0 or 1"):
        load_task_data(loaded)


def test_pairs_load_gold_as_floats() -> None:
    data = load_task_data(load_task_spec(FIXTURES / "pairs" / "task.yaml"))
    split = data.splits["test"]
    assert isinstance(split, PairSplit)
    assert split.gold == [1.0, 0.0, 1.0, 0.0, 0.0, 1.0]


def _retrieval(tmp_path: Path, qrels: str) -> Path:
    write_jsonl(tmp_path / "corpus.jsonl", [{"_id": "d1", "text": "x"}, {"_id": "d2", "text": "y"}])
    write_jsonl(tmp_path / "queries.jsonl", [{"_id": "q1", "text": "z"}])
    (tmp_path / "qrels.tsv").write_text(qrels)
    return _spec(
        tmp_path, "type: retrieval\nsplits: {test: {corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels.tsv}}\n"
    )


@pytest.mark.parametrize(
    ("qrels", "needle"),
    [
        ("query-id\tcorpus-id\tscore\nq1\td9\t1\n", "unknown corpus id 'd9'"),
        ("query-id\tcorpus-id\tscore\nq7\td1\t1\n", "unknown query id 'q7'"),
        ("q1\td1\t1\n", "header"),
        ("query-id\tcorpus-id\tscore\nq1\td1\tyes\n", "not an integer"),
        ("query-id\tcorpus-id\tscore\nq1\td1\n", "3 tab-separated"),
    ],
)
def test_malformed_qrels(tmp_path: Path, qrels: str, needle: str) -> None:
    loaded = load_task_spec(_retrieval(tmp_path, qrels))
    with pytest.raises(DataError, match=needle) as info:
        load_task_data(loaded)
    assert "qrels.tsv" in str(info.value)


def test_content_hash_changes_with_data(tmp_path: Path) -> None:
    path = _sts(
        tmp_path, [{"sentence1": "a", "sentence2": "b", "score": 1}, {"sentence1": "c", "sentence2": "d", "score": 2}]
    )
    first = load_task_data(load_task_spec(path)).dataset_revision
    assert load_task_data(load_task_spec(path)).dataset_revision == first
    write_jsonl(
        tmp_path / "pairs.jsonl",
        [{"sentence1": "a", "sentence2": "b", "score": 1}, {"sentence1": "c", "sentence2": "d", "score": 3}],
    )
    assert load_task_data(load_task_spec(path)).dataset_revision != first
