"""The runner end to end on the tiny fixture tasks: files, mteb compatibility, caching, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark.models.loader import load_model
from benchmark.registry import TaskRef, resolve
from benchmark.results import SCHEMA_VERSION, read_items, read_result
from benchmark.runner import run

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
ALL = sorted(FIXTURES.glob("*/task.yaml"))


def _refs() -> list[TaskRef]:
    return resolve(task_files=ALL)


def test_run_writes_mteb_loadable_results_with_items(tmp_path: Path) -> None:
    from mteb import TaskResult

    outcomes = run(load_model("hashing"), _refs(), results_dir=tmp_path)
    assert [o.status for o in outcomes] == ["ok"] * 6
    folder = tmp_path / "bench__hashing" / "dim-256"
    for outcome in outcomes:
        assert outcome.path is not None and outcome.path.parent == folder
        loaded = TaskResult.from_disk(outcome.path)
        assert loaded.task_name == outcome.task
        assert loaded.get_score() == pytest.approx(outcome.main_score)
        document = json.loads(outcome.path.read_text())
        assert document["bench"]["schema_version"] == SCHEMA_VERSION
        assert document["evaluation_time"] is None
        items = read_items(outcome.path)
        assert items and all(item["split"] == "test" for item in items)
    assert (folder / "model_meta.json").is_file()
    assert not list(tmp_path.rglob("*.tmp"))


def test_per_item_records_are_what_stats_need(tmp_path: Path) -> None:
    outcomes = {o.task: o for o in run(load_model("hashing"), _refs(), results_dir=tmp_path)}
    retrieval = read_items(outcomes["TinyRetrieval"].path)  # type: ignore[arg-type]
    assert {r["id"] for r in retrieval} == {"q1", "q2", "q3", "q4"}
    mean = sum(r["ndcg_at_10"] for r in retrieval) / len(retrieval)
    assert round(mean, 5) == pytest.approx(outcomes["TinyRetrieval"].main_score)
    classification = read_items(outcomes["TinyClassification"].path)  # type: ignore[arg-type]
    assert all(len(r["pred"]) == 3 for r in classification)
    accuracy = sum(p == r["gold"] for r in classification for p in r["pred"]) / (3 * len(classification))
    assert accuracy == pytest.approx(outcomes["TinyClassification"].main_score, abs=1e-6)
    clustering = read_items(outcomes["TinyClustering"].path)  # type: ignore[arg-type]
    for run_index in range(3):
        assert sum(r["runs"][run_index][0] for r in clustering if r["runs"][run_index]) == 64
    sts = read_items(outcomes["TinySTS"].path)  # type: ignore[arg-type]
    assert {"gold", "cosine"} <= set(sts[0])


def test_second_run_is_cached_and_overwrite_reruns(tmp_path: Path) -> None:
    model = load_model("hashing")
    run(model, _refs(), results_dir=tmp_path)
    assert {o.status for o in run(model, _refs(), results_dir=tmp_path)} == {"cached"}
    assert {o.status for o in run(model, _refs(), results_dir=tmp_path, overwrite=True)} == {"ok"}


def test_stale_result_is_rerun_when_data_changes(tmp_path: Path) -> None:
    model = load_model("hashing")
    ref = resolve(task_files=[FIXTURES / "sts" / "task.yaml"])
    run(model, ref, results_dir=tmp_path)
    path = tmp_path / "bench__hashing" / "dim-256" / "TinySTS.json"
    document = json.loads(path.read_text())
    document["dataset_revision"] = "sha256:stale"
    path.write_text(json.dumps(document))
    assert run(model, ref, results_dir=tmp_path)[0].status == "ok"


def test_two_runs_give_byte_identical_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        run(load_model("hashing"), _refs(), results_dir=tmp_path / name)
        run(load_model("bm25"), _refs(), results_dir=tmp_path / name)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        if rel.name != "run_log.jsonl":
            assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def test_bm25_ranks_and_skips_embedding_tasks(tmp_path: Path) -> None:
    outcomes = {o.task: o for o in run(load_model("bm25"), _refs(), results_dir=tmp_path)}
    assert outcomes["TinyRetrieval"].status == "ok" and outcomes["TinyReranking"].status == "ok"
    for name in ("TinySTS", "TinyClassification", "TinyClustering", "TinyPairClassification"):
        assert outcomes[name].status == "skipped"
        assert "no embeddings" in (outcomes[name].reason or "")
    # BM25 finds the exact-wording answer first
    assert read_result(outcomes["TinyReranking"].path).main_score > 0.3  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["tfidf", "random", "tests.user_models:LengthEmbedder"])
def test_every_embedder_runs_every_type(tmp_path: Path, name: str) -> None:
    outcomes = run(load_model(name), _refs(), results_dir=tmp_path)
    assert [o.status for o in outcomes] == ["ok"] * 6
    assert all(o.main_score is not None and -1.0 <= o.main_score <= 1.0 for o in outcomes)


def test_truncated_model_is_stored_separately(tmp_path: Path) -> None:
    model = load_model("hashing", dim=16)
    assert model.info.name == "bench/hashing@dim16"
    outcome = run(model, resolve(task_files=[FIXTURES / "sts" / "task.yaml"]), results_dir=tmp_path)[0]
    assert outcome.path is not None and "bench__hashing@dim16" in str(outcome.path)
