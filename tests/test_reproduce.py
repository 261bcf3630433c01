"""`bench reproduce`: fresh results agree with reference ones to a tolerance; a moved score or a missing task fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.reproduce import compare_results

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
TASKS = ("sts", "pairs", "retrieval")
HASHING = Path("bench__hashing") / "dim-256"
runner = CliRunner()


def _run(model: str, tasks: tuple[str, ...], out: Path) -> None:
    files = [arg for t in tasks for arg in ("--task-file", str(FIXTURES / t / "task.yaml"))]
    result = runner.invoke(app, ["run", "--model", model, *files, "--results-dir", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two independent runs of the same models on fixture tasks: (reference, fresh)."""
    base = tmp_path_factory.mktemp("reproduce")
    for side in ("reference", "fresh"):
        _run("hashing", TASKS, base / side)
        _run("tfidf", ("sts",), base / side)
    return base / "reference", base / "fresh"


@pytest.fixture()
def dirs(runs: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """Copies of both runs that a test may change."""
    reference, fresh = tmp_path / "reference", tmp_path / "fresh"
    shutil.copytree(runs[0], reference)
    shutil.copytree(runs[1], fresh)
    return reference, fresh


def _shift(path: Path, delta: float) -> float:
    """Add delta to every split's main score in a score file; return the new score."""
    document = json.loads(path.read_text(encoding="utf-8"))
    for entries in document["scores"].values():
        entries[0]["main_score"] = round(entries[0]["main_score"] + delta, 6)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return float(next(iter(document["scores"].values()))[0]["main_score"])


def test_identical_runs_reproduce(dirs: tuple[Path, Path]) -> None:
    report = compare_results(*dirs, tolerance=1e-5)
    assert report.ok and report.checked == 4 and not report.failures
    by_name = {m.name: m for m in report.models}
    assert set(by_name) == {"bench/hashing", "bench/tfidf"}
    assert [t.task for t in by_name["bench/hashing"].tasks] == ["TinyPairClassification", "TinyRetrieval", "TinySTS"]
    assert by_name["bench/hashing"].max_abs_delta == 0.0
    assert by_name["bench/hashing"].identical == 3  # deterministic: byte-identical score and per-item files

    result = runner.invoke(app, ["reproduce", "--reference", str(dirs[0]), "--fresh", str(dirs[1])])
    assert result.exit_code == 0, result.output
    assert "reproduced: 4 task results of 2 model(s)" in result.output
    assert "byte-identical score and per-item files: bench/hashing, bench/tfidf" in result.output


def test_a_score_within_tolerance_passes_but_is_not_byte_identical(dirs: tuple[Path, Path]) -> None:
    _shift(dirs[1] / HASHING / "TinySTS.json", 5e-6)
    report = compare_results(*dirs, tolerance=1e-5)
    assert report.ok
    check = next(t for m in report.models for t in m.tasks if t.task == "TinySTS" and m.name == "bench/hashing")
    assert check.max_abs_delta == pytest.approx(5e-6, abs=1e-9) and not check.identical


def test_a_score_beyond_tolerance_fails(dirs: tuple[Path, Path]) -> None:
    moved = _shift(dirs[1] / HASHING / "TinySTS.json", 2e-5)
    report = compare_results(*dirs, tolerance=1e-5)
    assert not report.ok
    assert [(m, t.task, t.status) for m, t in report.failures] == [("bench/hashing", "TinySTS", "differs")]
    assert report.failures[0][1].max_abs_delta == pytest.approx(2e-5, abs=1e-9)
    assert compare_results(*dirs, tolerance=1e-4).ok  # the tolerance is what decides

    result = runner.invoke(app, ["reproduce", "--reference", str(dirs[0]), "--fresh", str(dirs[1])])
    assert result.exit_code == 1, result.output
    assert "bench/hashing TinySTS: differs" in result.output and f"{moved:.6f}" in result.output
    assert "NOT reproduced: 1 of 4 task results" in result.output


def test_missing_tasks_fail_on_either_side(dirs: tuple[Path, Path]) -> None:
    (dirs[1] / HASHING / "TinyRetrieval.json").unlink()
    _run("hashing", ("classification",), dirs[1])
    report = compare_results(*dirs, tolerance=1e-5)
    statuses = {(m, t.task): t.status for m, t in report.failures}
    assert statuses == {
        ("bench/hashing", "TinyRetrieval"): "missing in fresh",
        ("bench/hashing", "TinyClassification"): "missing in reference",
    }


def test_a_model_run_only_on_one_side_fails_all_its_tasks(dirs: tuple[Path, Path]) -> None:
    shutil.rmtree(dirs[1] / "bench__tfidf")
    report = compare_results(*dirs, tolerance=1e-5)
    assert [(m, t.task, t.status) for m, t in report.failures] == [("bench/tfidf", "TinySTS", "missing in fresh")]


def test_suite_filter_changed_data_and_a_new_revision(dirs: tuple[Path, Path]) -> None:
    score = dirs[1] / HASHING / "TinyPairClassification.json"
    document = json.loads(score.read_text(encoding="utf-8"))
    document["dataset_revision"] = "0" * 16
    score.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert [t.status for _, t in compare_results(*dirs).failures] == ["data changed"]
    assert compare_results(*dirs, tasks={"TinySTS", "TinyRetrieval"}).ok
    old = next((dirs[1] / "bench__tfidf").iterdir())
    old.rename(old.with_name("sklearn-other"))
    tfidf = next(m for m in compare_results(*dirs).models if m.name == "bench/tfidf")
    assert tfidf.ok and tfidf.fresh_revision == "sklearn-other" and tfidf.reference_revision == old.name


def test_bad_input_is_one_line_with_exit_2(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["reproduce", "--reference", str(missing), "--fresh", str(dirs[1])])
    assert result.exit_code == 2 and str(missing) in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    broken = dirs[1] / HASHING / "TinySTS.json"
    broken.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["reproduce", "--reference", str(dirs[0]), "--fresh", str(dirs[1])])
    assert result.exit_code == 2 and str(broken) in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["reproduce", "--fresh", str(dirs[1]), "--tolerance", "-1"])
    assert result.exit_code == 2 and "--tolerance" in result.output


def test_nothing_to_compare_is_not_a_pass(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    report = compare_results(tmp_path / "a", tmp_path / "b")
    assert report.checked == 0 and not report.ok
    result = runner.invoke(app, ["reproduce", "--reference", str(tmp_path / "a"), "--fresh", str(tmp_path / "b")])
    assert result.exit_code == 1 and "no results to compare" in result.output
