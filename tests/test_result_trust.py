"""Results that cannot go stale or be tampered with silently, and one name per model in every command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.leaderboard.build import leaderboard_data
from benchmark.leaderboard.collect import collect, find_model
from benchmark.models.loader import load_model
from benchmark.registry import resolve
from benchmark.results import items_path, read_result
from benchmark.runner import run
from tests.conftest import write_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
cli = CliRunner()


def _task_copy(tmp_path: Path, kind: str, extra: str = "") -> Path:
    """A fixture task copied into tmp_path, with extra YAML lines appended (e.g. a new main_score)."""
    folder = tmp_path / "task" / kind
    shutil.copytree(FIXTURES / kind, folder, dirs_exist_ok=True)
    spec = folder / "task.yaml"
    spec.write_text((FIXTURES / kind / "task.yaml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return spec


def _run(model: str, spec: Path, out: Path, **kwargs: object) -> list:  # type: ignore[type-arg]
    return run(load_model(model), resolve(task_files=[spec]), results_dir=out, **kwargs)  # type: ignore[arg-type]


# --- 3. one result key: anything different is re-run, and the table says why ---------------------------------------


@pytest.mark.parametrize(
    ("kind", "change", "reason"),
    [
        ("retrieval", "main_score: recall_at_100\n", "main_score changed"),
        ("retrieval", "version: 2\n", "task_version changed"),
        ("retrieval", "k_values: [1, 10, 100]\n", "protocol.k_values changed"),
        ("classification", "max_iter: 50\n", "protocol.max_iter changed"),
    ],
)
def test_changed_spec_reruns_with_reason(tmp_path: Path, kind: str, change: str, reason: str) -> None:
    spec = _task_copy(tmp_path, kind)
    out = tmp_path / "out"
    first = _run("hashing", spec, out)[0]
    assert first.status == "ok" and first.note is None
    assert _run("hashing", spec, out)[0].status == "cached"
    spec.write_text(spec.read_text(encoding="utf-8") + change, encoding="utf-8")
    again = _run("hashing", spec, out)[0]
    assert again.status == "ok"
    assert again.note is not None and reason in again.note, again.note
    stored = read_result(again.path)
    assert stored.bench["task"]["main_score"] == again.main_metric
    if "main_score" in change:  # the score under the new name is the new metric's value, not the old nDCG@10
        scores = json.loads(again.path.read_text(encoding="utf-8"))["scores"]["test"][0]
        assert stored.main_score == scores["recall_at_100"]


def test_model_options_are_part_of_the_key(tmp_path: Path) -> None:
    spec = _task_copy(tmp_path, "sts")
    out = tmp_path / "out"
    _run("hashing", spec, out)
    # The same name with other options is another result; changed params of one name re-run.
    from benchmark.models.synthetic import HashingEmbedder

    other = HashingEmbedder()
    other.info = type(other.info)(name=other.info.name, revision=other.info.revision, params={"dim": 999})
    outcome = run(other, resolve(task_files=[spec]), results_dir=out)[0]
    assert outcome.status == "ok" and outcome.note and "model.params.dim changed" in outcome.note


def test_run_table_shows_the_rerun_reason(tmp_path: Path) -> None:
    spec = _task_copy(tmp_path, "sts")
    args = ["run", "--model", "hashing", "--task-file", str(spec), "--results-dir", str(tmp_path / "out")]
    assert cli.invoke(app, args).exit_code == 0
    spec.write_text(spec.read_text(encoding="utf-8") + "version: 3\n", encoding="utf-8")
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "re-run: task_version changed" in result.output


def test_old_schema_and_tampered_results_are_rerun(tmp_path: Path) -> None:
    spec = _task_copy(tmp_path, "sts")
    out = tmp_path / "out"
    path = _run("hashing", spec, out)[0].path
    document = json.loads(path.read_text(encoding="utf-8"))
    document["scores"]["test"][0]["main_score"] = 0.9999
    path.write_text(json.dumps(document), encoding="utf-8")
    again = _run("hashing", spec, out)[0]
    assert again.status == "ok" and "failed verification" in (again.note or "")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["bench"]["schema_version"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    assert "schema changed" in (_run("hashing", spec, out)[0].note or "")


# --- 4. tampering is refused by every reader ---------------------------------------------------------------------


@pytest.fixture
def two_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """hashing and tfidf results on the STS and retrieval fixtures (the registry: the fixture tasks)."""
    monkeypatch.setenv("BENCH_TASKS_DIR", str(FIXTURES))
    out = tmp_path / "results"
    specs = [FIXTURES / "sts" / "task.yaml", FIXTURES / "retrieval" / "task.yaml"]
    for model in ("hashing", "tfidf"):
        run(load_model(model), resolve(task_files=specs), results_dir=out)
    return out


def _score_file(results: Path, model: str, task: str) -> Path:
    return next(results.glob(f"bench__{model}/*/{task}.json"))


def _readers(results: Path) -> list[list[str]]:
    folder = str(_score_file(results, "hashing", "TinySTS").parent)
    base = str(_score_file(results, "tfidf", "TinySTS").parent)
    return [
        ["leaderboard", "--results-dir", str(results), "--suite", "", "--out", str(results.parent / "board")],
        ["compare", "tfidf", "hashing", "--results-dir", str(results)],
        ["gate", "--baseline", base, "--candidate", folder, "--config", str(_gate_config(results))],
    ]


def _gate_config(results: Path) -> Path:
    return write_yaml(results.parent / "gate.yaml", "tasks: [TinySTS, TinyRetrieval]\nresamples: 200\n")


def _assert_refused(results: Path, named: Path) -> None:
    for args in _readers(results):
        result = cli.invoke(app, args)
        assert result.exit_code == 2, (args[0], result.output)
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and str(named) in lines[0], (args[0], result.output)
        assert "Traceback" not in result.output
    assert not (results.parent / "board").exists()


def test_hand_edited_main_score_is_refused(two_models: Path) -> None:
    path = _score_file(two_models, "hashing", "TinySTS")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["scores"]["test"][0]["main_score"] = 0.9999
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    _assert_refused(two_models, path)


def test_sidecar_with_other_sha256_is_refused(two_models: Path) -> None:
    path = _score_file(two_models, "hashing", "TinyRetrieval")
    sidecar = items_path(path)
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _assert_refused(two_models, sidecar)


def test_missing_sidecar_is_refused(two_models: Path) -> None:
    path = _score_file(two_models, "hashing", "TinySTS")
    sidecar = items_path(path)
    sidecar.unlink()
    _assert_refused(two_models, sidecar)


def test_items_file_outside_its_folder_is_refused(two_models: Path) -> None:
    path = _score_file(two_models, "hashing", "TinySTS")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["bench"]["items_file"] = "../../x.items.jsonl"
    path.write_text(json.dumps(document), encoding="utf-8")
    _assert_refused(two_models, path)


def test_nan_score_is_refused(two_models: Path) -> None:
    path = _score_file(two_models, "hashing", "TinySTS")
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    value = document["scores"]["test"][0]["main_score"]
    path.write_text(text.replace(f'"main_score": {value}', '"main_score": NaN'), encoding="utf-8")
    _assert_refused(two_models, path)


def test_result_of_another_tool_is_shown_flagged(two_models: Path, tmp_path: Path) -> None:
    """A result in mteb's own layout (no bench section, no sidecar) is shown without a CI, flagged everywhere."""
    folder = two_models / "someorg__mteb-model" / "abc123"
    folder.mkdir(parents=True)
    (folder / "model_meta.json").write_text(json.dumps({"name": "someorg/mteb-model", "revision": "abc123"}))
    mteb_result = {
        "dataset_revision": "x",
        "task_name": "TinySTS",
        "mteb_version": "2.26.24",
        "scores": {"test": [{"main_score": 0.5, "cosine_spearman": 0.5, "hf_subset": "default"}]},
        "evaluation_time": 1.0,
    }
    (folder / "TinySTS.json").write_text(json.dumps(mteb_result))
    board = leaderboard_data(two_models, None, resamples=200)
    row = next(r for r in board["models"] if r["model"] == "someorg/mteb-model")
    entry = row["tasks"]["TinySTS"]
    assert entry["ci"] is None and entry["unverified"] and "not written by bench" in entry["unverified"]
    verified = next(r for r in board["models"] if r["model"] == "bench/hashing")["tasks"]["TinySTS"]
    assert verified["unverified"] is None and verified["ci"] is not None
    from benchmark.leaderboard.html import to_html
    from benchmark.leaderboard.render import to_csv, to_markdown

    for text in (to_markdown(board), to_csv(board), to_html(board)):
        assert "unverified" in text
    compared = cli.invoke(app, ["compare", "hashing", "someorg/mteb-model", "--results-dir", str(two_models)])
    assert compared.exit_code == 0, compared.output
    assert "cannot test" in compared.output
    gate = cli.invoke(
        app,
        [
            "gate",
            "--baseline",
            str(folder),
            "--candidate",
            str(_score_file(two_models, "hashing", "TinySTS").parent),
            "--config",
            str(write_yaml(tmp_path / "g.yaml", "tasks: [TinySTS]\nresamples: 200\n")),
        ],
    )
    assert gate.exit_code == 1 and "cannot test" in gate.output


# --- 5. the gate's two sides and one name per model ----------------------------------------------------------------


@pytest.mark.parametrize("wanted", ["tfidf", "bench/tfidf", "bench__tfidf"])
def test_every_model_name_form_is_accepted(two_models: Path, wanted: str) -> None:
    models = collect(two_models)
    assert find_model(models, wanted).name == "bench/tfidf"
    revision = find_model(models, "tfidf").revision
    assert find_model(models, f"{wanted}@{revision}").name == "bench/tfidf"
    result = cli.invoke(app, ["compare", "hashing", wanted, "--results-dir", str(two_models), "--resamples", "200"])
    assert result.exit_code == 0, result.output


def test_dim_suffix_and_local_path_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = FIXTURES / "sts" / "task.yaml"
    run(load_model("hashing@dim64"), resolve(task_files=[spec]), results_dir=out)
    run(load_model("hashing"), resolve(task_files=[spec]), results_dir=out)
    models = collect(out)
    assert find_model(models, "hashing@dim64").name == "bench/hashing@dim64"
    assert find_model(models, "hashing").name == "bench/hashing"
    local = tmp_path / "my-model"
    local.mkdir()
    from benchmark.models.loader import model_name

    assert model_name(str(local)) == "my-model" and model_name(f"{local}@dim8") == "my-model@dim8"


def test_gate_runs_a_local_model_folder_as_the_readme_shows(tmp_path: Path, minilm: object) -> None:
    """`bench gate --candidate ./checkpoints/new-model`: a sentence-transformers folder (it holds config.json)."""
    from benchmark.models.bundled import bundled_model_dir

    source = bundled_model_dir()
    assert source is not None
    candidate = tmp_path / "checkpoints" / "new-model"
    shutil.copytree(source, candidate)
    assert (candidate / "config.json").is_file()
    results = tmp_path / "results"
    baseline_run = run(
        load_model("sentence-transformers/all-MiniLM-L6-v2"), resolve(names=["FinanceSTS"]), results_dir=results
    )
    baseline = baseline_run[0].path.parent
    config = write_yaml(tmp_path / "gate.yaml", "tasks: [FinanceSTS]\nresamples: 500\n")
    result = cli.invoke(
        app,
        [
            "gate",
            "--baseline",
            str(baseline),
            "--candidate",
            str(candidate),
            "--config",
            str(config),
            "--results-dir",
            str(results),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output and "new-model" in result.output
    assert (results / "new-model").is_dir()
