"""The CLI: tables on success; one clear line and exit code 2 on bad input, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from tests.conftest import write_jsonl, write_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
runner = CliRunner()


def test_run_prints_summary_and_writes_results(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "run",
            "--model",
            "hashing",
            "--task-file",
            str(FIXTURES / "sts" / "task.yaml"),
            "--results-dir",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "TinySTS" in result.output and "cosine_spearman" in result.output
    assert (tmp_path / "bench__hashing" / "dim-256" / "TinySTS.json").is_file()


def _bad(tmp_path: Path, args: list[str]) -> str:
    result = runner.invoke(app, [*args, "--results-dir", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.json"))
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_malformed_task_file(tmp_path: Path) -> None:
    path = write_yaml(
        tmp_path / "task.yaml",
        "name: X\ntype: sts\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: pairs.jsonl}\nbogus: 1\n",
    )
    line = _bad(tmp_path, ["run", "--model", "hashing", "--task-file", str(path)])
    assert str(path) in line and "bogus" in line


def test_malformed_data_file(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "pairs.jsonl", [{"sentence1": "a", "sentence2": "b", "score": 7}] * 2)
    path = write_yaml(
        tmp_path / "task.yaml",
        "name: X\ntype: sts\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: pairs.jsonl}\n",
    )
    line = _bad(tmp_path, ["run", "--model", "hashing", "--task-file", str(path)])
    assert "pairs.jsonl:1" in line and "outside" in line


def test_unknown_model_task_and_suite(tmp_path: Path) -> None:
    assert "unknown model" in _bad(
        tmp_path, ["run", "--model", "nope", "--task-file", str(FIXTURES / "sts" / "task.yaml")]
    )
    assert "unknown task 'GeneralSTZ'" in _bad(tmp_path, ["run", "--model", "hashing", "--task", "GeneralSTZ"])
    assert "unknown suite" in _bad(tmp_path, ["run", "--model", "hashing", "--suite", "nope"])


def test_offline_hub_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    line = _bad(tmp_path, ["run", "--model", "acme/unknown-model", "--task-file", str(FIXTURES / "sts" / "task.yaml")])
    assert "cannot load sentence-transformers model 'acme/unknown-model'" in line


def test_bad_option_value_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--model", "hashing", "--batch-size", "0"])
    assert result.exit_code == 2


def test_tasks_lists_the_bundled_suite() -> None:
    result = runner.invoke(app, ["tasks", "--suite", "default"])
    assert result.exit_code == 0, result.output
    for name in ("FinanceQARetrieval", "GeneralSTS", "BankingRequestClassification"):
        assert name in result.output
    only_sts = runner.invoke(app, ["tasks", "--type", "sts"])
    assert "FinanceSTS" in only_sts.output and "FinanceQARetrieval" not in only_sts.output


def test_validate_reports_problems_with_exit_code_1(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "pairs.jsonl", [{"sentence1": "a", "sentence2": "b", "score": 1}] * 3)
    path = write_yaml(
        tmp_path / "task.yaml",
        "name: X\ntype: sts\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: pairs.jsonl}\n",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "duplicate pair" in result.output


def test_result_json_is_strict(tmp_path: Path) -> None:
    runner.invoke(
        app,
        [
            "run",
            "--model",
            "random",
            "--task-file",
            str(FIXTURES / "pairs" / "task.yaml"),
            "--results-dir",
            str(tmp_path),
        ],
    )
    text = next(tmp_path.rglob("TinyPairClassification.json")).read_text()
    json.loads(text, parse_constant=lambda c: pytest.fail(f"non-strict JSON constant {c}"))
