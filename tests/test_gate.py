"""The regression gate: A/A passes, planted regressions fail, small changes do not, reports are stable."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.data import TaskData
from benchmark.errors import ResultsError
from benchmark.gate import GateConfig, gate_report, load_model_results, to_json, to_markdown
from benchmark.models.base import ModelInfo
from benchmark.results import model_dir, write_result
from benchmark.spec import TaskSpec
from benchmark.task_types.base import SplitOutcome

cli = CliRunner()
TASKS = ("SynthA", "SynthB", "SynthC")


def _spec(name: str) -> TaskSpec:
    files = {"corpus": "c", "queries": "q", "qrels": "r"}
    return TaskSpec(
        name=name, type="retrieval", domain="finance", description="d", license="MIT", splits={"test": files}
    )


def _write(root: Path, model: str, values: dict[str, np.ndarray]) -> Path:
    info = ModelInfo(name=model, revision="1")
    for task, v in values.items():
        items = [{"id": f"q{i}", "ndcg_at_10": float(x)} for i, x in enumerate(v)]
        outcome = SplitOutcome(scores={"ndcg_at_10": float(np.mean(v))}, items=items)
        write_result(
            root, info, TaskData(spec=_spec(task), splits={}, dataset_revision="sha256:synthetic"), {"test": outcome}
        )
    return model_dir(root, info)


def _base(n: int = 400, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {t: rng.uniform(0.2, 0.9, n) for t in TASKS}


def _verdicts(report: dict) -> dict[str, str]:
    return {row["task"]: row["verdict"] for row in report["tasks"]}


def _gate(root: Path, base: dict[str, np.ndarray], cand: dict[str, np.ndarray], **config: object) -> dict:
    a = load_model_results(_write(root, "org/base", base))
    b = load_model_results(_write(root, "org/cand", cand))
    return gate_report(a, b, list(TASKS), GateConfig(resamples=2000, **config))  # type: ignore[arg-type]


def test_a_a_passes_with_p_one(tmp_path: Path) -> None:
    base = _base()
    report = _gate(tmp_path, base, base)
    assert report["verdict"] == "PASS"
    assert all(row["p"] == 1.0 and row["p_holm"] == 1.0 for row in report["tasks"])


def test_planted_three_point_drop_fails(tmp_path: Path) -> None:
    base = _base()
    rng = np.random.default_rng(1)
    cand = dict(base)
    cand["SynthB"] = base["SynthB"] - 0.03 + rng.normal(0, 0.05, 400)
    report = _gate(tmp_path, base, cand)
    assert _verdicts(report) == {"SynthA": "PASS", "SynthB": "FAIL", "SynthC": "PASS"}
    row = report["tasks"][1]
    assert row["delta"] == pytest.approx(-0.03, abs=0.01) and row["p_holm"] < 0.05
    assert report["verdict"] == "FAIL"


def test_small_improvement_and_tiny_drop_do_not_fail(tmp_path: Path) -> None:
    base = _base()
    rng = np.random.default_rng(2)
    cand = {
        "SynthA": base["SynthA"] + 0.01 + rng.normal(0, 0.02, 400),  # real improvement
        "SynthB": base["SynthB"] - 0.004 + rng.normal(0, 0.005, 400),  # significant but below the 1-point margin
        "SynthC": base["SynthC"],
    }
    report = _gate(tmp_path, base, cand)
    verdicts = _verdicts(report)
    assert verdicts["SynthA"] == "PASS" and report["tasks"][0]["reason"] == "improved"
    assert verdicts["SynthB"] == "WARN" and "smaller than the margin" in report["tasks"][1]["reason"]
    assert report["verdict"] == "WARN"


def test_large_drop_on_few_items_warns_with_mde(tmp_path: Path) -> None:
    base = _base(n=12)
    rng = np.random.default_rng(3)
    cand = dict(base)
    cand["SynthC"] = base["SynthC"] - 0.05 + rng.normal(0, 0.3, 12)
    report = _gate(tmp_path, base, cand)
    row = report["tasks"][2]
    assert row["verdict"] == "WARN" and row["mde"] > 0.05


def test_per_task_margin_override(tmp_path: Path) -> None:
    base = _base()
    cand = dict(base)
    cand["SynthA"] = base["SynthA"] - 0.03
    assert _verdicts(_gate(tmp_path, base, cand, margins={"SynthA": 0.05}))["SynthA"] == "WARN"


def test_missing_task_cannot_be_tested_and_emptied_items_are_refused(tmp_path: Path) -> None:
    base = _base()
    folder = _write(tmp_path, "org/cand", {t: base[t] for t in TASKS[:2]})
    a = load_model_results(_write(tmp_path, "org/base", base))
    report = gate_report(a, load_model_results(folder), list(TASKS), GateConfig(resamples=500))
    assert _verdicts(report) == {"SynthA": "PASS", "SynthB": "PASS", "SynthC": "FAIL"}
    assert "cannot test" in report["tasks"][2]["reason"]
    (folder / "SynthB.items.jsonl").write_text("")
    with pytest.raises(ResultsError, match=r"SynthB.items.jsonl: per-item records do not match"):
        load_model_results(folder)


def test_reports_are_deterministic(tmp_path: Path) -> None:
    base = _base()
    cand = {t: v - 0.02 for t, v in base.items()}
    first, second = _gate(tmp_path, base, cand), _gate(tmp_path, base, cand)
    assert to_json(first) == to_json(second) and to_markdown(first) == to_markdown(second)
    assert to_markdown(first).startswith("## ❌ Embedding regression gate: FAIL")


def test_cli_exit_codes_and_report_files(tmp_path: Path) -> None:
    base = _base()
    a = _write(tmp_path / "r", "org/base", base)
    b = _write(tmp_path / "r", "org/cand", {t: v - 0.05 for t, v in base.items()})
    config = tmp_path / "gate.yaml"
    config.write_text("resamples: 500\ntasks: [SynthA, SynthB, SynthC]\n")
    fixtures = Path(__file__).parent / "fixtures" / "tasks"
    env = {"BENCH_TASKS_DIR": str(fixtures)}
    ok = cli.invoke(app, ["gate", "--baseline", str(a), "--candidate", str(a), "--config", str(config)], env=env)
    assert ok.exit_code == 2 and "unknown task 'SynthA'" in ok.output  # gated tasks must exist in the registry
    md, js = tmp_path / "report.md", tmp_path / "report.json"
    config.write_text("resamples: 500\n")
    args = ["gate", "--baseline", str(a), "--candidate", str(b), "--config", str(config), "--suite", "synth"]
    (tmp_path / "tasks" / "suites").mkdir(parents=True)
    (tmp_path / "tasks" / "suites" / "synth.yaml").write_text("name: synth\ntasks: [SynthA]\n")
    for task in TASKS:
        spec = tmp_path / "tasks" / task / "task.yaml"
        spec.parent.mkdir(parents=True)
        spec.write_text(
            f"name: {task}\ntype: retrieval\ndomain: finance\ndescription: d\nlicense: MIT\n"
            "splits: {test: {corpus: c, queries: q, qrels: r}}\n"
        )
    env = {"BENCH_TASKS_DIR": str(tmp_path / "tasks")}
    failed = cli.invoke(app, [*args, "--markdown", str(md), "--json", str(js)], env=env)
    assert failed.exit_code == 1, failed.output
    assert "FAIL" in md.read_text() and '"verdict": "FAIL"' in js.read_text()
    passed = cli.invoke(
        app, ["gate", "--baseline", str(a), "--candidate", str(a), "--config", str(config), "--suite", "synth"], env=env
    )
    assert passed.exit_code == 0, passed.output
    config.write_text("alpha: 2\n")
    bad = cli.invoke(app, [*args], env=env)
    assert bad.exit_code == 2 and "gate.yaml: alpha" in bad.output


def test_minilm_truncated_to_32_dims_fails_the_gate(minilm_suite_results: Path, tmp_path: Path) -> None:
    baseline = next(minilm_suite_results.glob("sentence-transformers__all-MiniLM-L6-v2/*"))
    config = tmp_path / "gate.yaml"
    config.write_text("resamples: 2000\n")
    result = cli.invoke(
        app,
        [
            "gate",
            "--baseline",
            str(baseline),
            "--candidate",
            "sentence-transformers/all-MiniLM-L6-v2@dim32",
            "--suite",
            "finance",
            "--results-dir",
            str(minilm_suite_results),
            "--config",
            str(config),
            "--markdown",
            str(tmp_path / "dim32.md"),
        ],
    )
    assert result.exit_code == 1, result.output
    assert "❌ FAIL: significant regression" in (tmp_path / "dim32.md").read_text()


def test_task_neither_model_has_is_not_applicable(tmp_path: Path) -> None:
    base = _base()
    a = load_model_results(_write(tmp_path, "org/base", {t: base[t] for t in TASKS[:2]}))
    b = load_model_results(_write(tmp_path, "org/cand", {t: base[t] for t in TASKS[:2]}))
    report = gate_report(a, b, list(TASKS), GateConfig(resamples=500))
    assert _verdicts(report)["SynthC"] == "SKIP" and report["verdict"] == "PASS"
    assert "1 not applicable" in to_markdown(report)


def test_github_workflow_uses_existing_gate_options() -> None:
    import re

    import yaml

    workflow = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "bench-gate.yml"
    steps = yaml.safe_load(workflow.read_text())["jobs"]["gate"]["steps"]
    script = next(step["run"] for step in steps if step.get("id") == "gate")
    used = set(re.findall(r"(--[a-z][a-z-]+)", script.split("bench gate", 1)[1]))
    help_text = cli.invoke(app, ["gate", "--help"], env={"COLUMNS": "200"}).output
    assert used and all(option in help_text for option in used), used
