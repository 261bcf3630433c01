"""Bad input, by class: one line naming the file or option, exit code 2, no traceback, nothing (half-)written."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from benchmark.cache import SqliteStore
from benchmark.cli import app
from benchmark.errors import OutputError
from benchmark.io import write_text_atomic
from benchmark.models.loader import load_model
from benchmark.registry import resolve
from benchmark.runner import run
from tests.conftest import write_jsonl, write_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
cli = CliRunner()
STS_YAML = "name: X\ntype: sts\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: pairs.jsonl}\n"
PAIRS = [{"sentence1": f"a{i}", "sentence2": f"b {i}", "score": i % 5} for i in range(6)]


def _leftovers(root: Path) -> list[Path]:
    """Result files or temporaries anywhere below ``root``."""
    return [p for p in root.rglob("*") if p.is_file() and (p.suffix in (".json", ".jsonl", ".tmp"))]


def _one_line(args: list[str], out: Path | None = None) -> str:
    result = cli.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    if out is not None:
        assert not out.exists() or not _leftovers(out), _leftovers(out)
    return lines[0]


def _run_args(spec: Path, out: Path, model: str = "hashing") -> list[str]:
    return ["run", "--model", model, "--task-file", str(spec), "--results-dir", str(out), "--no-cache"]


def _sts_task(tmp_path: Path, rows: list[dict[str, object]] | None = None) -> Path:
    write_jsonl(tmp_path / "pairs.jsonl", rows or PAIRS)
    return write_yaml(tmp_path / "task.yaml", STS_YAML)


def _copy(kind: str, tmp_path: Path) -> Path:
    folder = tmp_path / kind
    shutil.copytree(FIXTURES / kind, folder)
    return folder


# --- invalid UTF-8 in every file we read ---------------------------------------------------------------------------


def _break_utf8(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\xff\xfe broken \xc3\n")


@pytest.mark.parametrize(
    ("kind", "relative"),
    [
        ("sts", "task.yaml"),
        ("sts", "pairs.jsonl"),
        ("retrieval", "qrels/test.tsv"),
        ("retrieval", "corpus.jsonl"),
        ("clustering", "texts.jsonl"),
    ],
)
def test_invalid_utf8_in_task_files(tmp_path: Path, kind: str, relative: str) -> None:
    folder = _copy(kind, tmp_path)
    _break_utf8(folder / relative)
    line = _one_line(_run_args(folder / "task.yaml", tmp_path / "out"), tmp_path / "out")
    assert str(folder / relative) in line and "UTF-8" in line


def test_invalid_utf8_in_gate_config_and_results(tmp_path: Path) -> None:
    out = tmp_path / "results"
    run(load_model("hashing"), resolve(task_files=[FIXTURES / "sts" / "task.yaml"]), results_dir=out)
    config = tmp_path / "gate.yaml"
    config.write_bytes(b"alpha: 0.05\nmargin: \xff\n")
    folder = next(out.glob("*/*"))
    line = _one_line(["gate", "--baseline", str(folder), "--candidate", str(folder), "--config", str(config)])
    assert str(config) in line and "UTF-8" in line
    score = folder / "TinySTS.json"
    _break_utf8(score)
    line = _one_line(["leaderboard", "--results-dir", str(out), "--suite", "", "--out", str(tmp_path / "b")])
    assert str(score) in line and "UTF-8" in line


def test_byte_order_mark_just_works(tmp_path: Path) -> None:
    for kind in ("retrieval", "sts", "classification"):
        folder = _copy(kind, tmp_path)
        for path in [*folder.rglob("*.jsonl"), *folder.rglob("*.tsv"), folder / "task.yaml"]:
            path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        result = cli.invoke(app, _run_args(folder / "task.yaml", tmp_path / "out"))
        assert result.exit_code == 0, result.output


# --- spec-level mistakes -------------------------------------------------------------------------------------------


def test_yaml_key_written_twice(tmp_path: Path) -> None:
    _sts_task(tmp_path)
    spec = write_yaml(tmp_path / "task.yaml", STS_YAML + "domain: finance\n")
    line = _one_line(_run_args(spec, tmp_path / "out"), tmp_path / "out")
    assert str(spec) in line and "domain" in line and "twice" in line
    suite_dup = write_yaml(tmp_path / "gate.yaml", "alpha: 0.05\nalpha: 0.1\n")
    line = _one_line(["gate", "--baseline", "x", "--candidate", "y", "--config", str(suite_dup)])
    assert str(suite_dup) in line and "twice" in line


def test_one_task_name_from_two_sources(tmp_path: Path) -> None:
    first = _sts_task(tmp_path / "a")
    second = _sts_task(tmp_path / "b")
    line = _one_line(
        [
            "run",
            "--model",
            "hashing",
            "--task-file",
            str(first),
            "--task-file",
            str(second),
            "--results-dir",
            str(tmp_path / "out"),
        ],
        tmp_path / "out",
    )
    assert "'X'" in line and "two sources" in line
    bundled = write_yaml(tmp_path / "c" / "task.yaml", STS_YAML.replace("name: X", "name: GeneralSTS"))
    write_jsonl(tmp_path / "c" / "pairs.jsonl", PAIRS)
    line = _one_line(
        [
            "run",
            "--model",
            "hashing",
            "--task",
            "GeneralSTS",
            "--task-file",
            str(bundled),
            "--results-dir",
            str(tmp_path / "out"),
        ],
        tmp_path / "out",
    )
    assert "GeneralSTS" in line and "two sources" in line


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("kind", "file", "key"),
    [
        ("retrieval", "queries.jsonl", "text"),
        ("sts", "pairs.jsonl", "sentence2"),
        ("clustering", "texts.jsonl", "text"),
        ("classification", "test.jsonl", "text"),
    ],
)
def test_empty_text_is_refused(tmp_path: Path, kind: str, file: str, key: str) -> None:
    folder = _copy(kind, tmp_path)
    path = folder / file
    rows = _rows(path)
    rows[1][key] = "   "
    write_jsonl(path, rows)
    line = _one_line(_run_args(folder / "task.yaml", tmp_path / "out"), tmp_path / "out")
    assert f"{path}:2" in line and "empty" in line


def test_empty_corpus_document_is_refused(tmp_path: Path) -> None:
    folder = _copy("retrieval", tmp_path)
    path = folder / "corpus.jsonl"
    rows = _rows(path)
    rows[2].update({"title": "", "text": ""})
    write_jsonl(path, rows)
    line = _one_line(_run_args(folder / "task.yaml", tmp_path / "out"), tmp_path / "out")
    assert f"{path}:3" in line and "empty" in line


def test_single_label_clustering_is_refused(tmp_path: Path) -> None:
    folder = _copy("clustering", tmp_path)
    path = folder / "texts.jsonl"
    write_jsonl(path, [{**row, "label": "same"} for row in _rows(path)])
    line = _one_line(_run_args(folder / "task.yaml", tmp_path / "out"), tmp_path / "out")
    assert "single label" in line


# --- write failures: checked before encoding, one clear line ------------------------------------------------------


def test_results_folder_below_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = _one_line(_run_args(FIXTURES / "sts" / "task.yaml", blocker / "results"))
    assert "--results-dir" in line and str(blocker / "results") in line


def test_leaderboard_out_naming_a_file(tmp_path: Path) -> None:
    target = tmp_path / "board.txt"
    target.write_text("x")
    line = _one_line(["leaderboard", "--out", str(target)])
    assert "--out" in line and str(target) in line
    assert target.read_text() == "x"


def test_read_only_results_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the process may not write to (simulated: tests run as root, for whom chmod does not bite)."""
    out = tmp_path / "ro"
    out.mkdir()
    real_write = Path.write_bytes

    def deny(self: Path, data: bytes) -> int:
        if self.parent == out:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", deny)
    line = _one_line(_run_args(FIXTURES / "sts" / "task.yaml", out), out)
    assert str(out) in line and "not writable" in line and "Permission denied" in line


def test_full_disk_while_writing_is_one_line_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "file.json"
    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match="No space left on device") as caught:
        write_text_atomic(target, "data")
    assert str(target) in str(caught.value)
    monkeypatch.setattr(os, "replace", real_replace)
    assert list(target.parent.iterdir()) == []


def test_full_disk_in_the_embedding_cache_reports_the_cause(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cache" / "embeddings.sqlite3")
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 1}")
    vectors = {f"text {i}": np.full(384, i, dtype=np.float32) for i in range(2000)}
    with pytest.raises(OutputError) as caught:
        store.put_many("key", vectors)
    message = str(caught.value)
    assert "full" in message and "cannot rollback" not in message and "embeddings.sqlite3" in message
    assert not store._db.in_transaction
    store.put_many("key", {"one": np.ones(4, dtype=np.float32)})  # still usable afterwards
    assert set(store.get_many("key", ["one"])) == {"one"}


def _cached_run_args(tmp_path: Path, cache: Path) -> list[str]:
    return [*_run_args(FIXTURES / "sts" / "task.yaml", tmp_path / "out")[:-1], "--cache-dir", str(cache)]


def test_cache_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("x")
    line = _one_line(_cached_run_args(tmp_path, blocker), tmp_path / "out")
    assert str(blocker) in line


def test_corrupt_cache_file_is_one_line(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "embeddings.sqlite3").write_bytes(b"this is not a database" * 100)
    line = _one_line(_cached_run_args(tmp_path, cache), tmp_path / "out")
    assert "embeddings.sqlite3" in line and "not a database" in line


def test_stale_temporaries_of_a_killed_write_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "board"
    out.mkdir()
    legacy = out / ".leaderboard.json.k3j2h1xq.tmp"  # the name an earlier version's mkstemp gave
    dead = out / ".leaderboard.json.999999999.0a1b2c3d.tmp"  # a writer whose process is gone
    alive = out / f".leaderboard.json.{os.getpid()}.0a1b2c3d.tmp"  # a writer still running
    unrelated = out / ".notes.tmp"
    for path in (legacy, dead, alive, unrelated):
        path.write_text("partial")
    result = cli.invoke(app, ["leaderboard", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not legacy.exists() and not dead.exists()
    assert alive.exists() and unrelated.exists()
    assert (out / "leaderboard.json").is_file()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") and p not in (alive, unrelated)]


# --- a user model's output ----------------------------------------------------------------------------------------


BAD_OUTPUTS = {
    "WrongRows": "rows for",
    "OneD": "1-D",
    "NaN": "NaN or inf",
    "Inf": "NaN or inf",
    "Strings": "not numbers",
    "Ragged": "different lengths",
}


@pytest.mark.parametrize("kind", sorted(BAD_OUTPUTS))
def test_bad_model_output_is_one_line_naming_the_model(tmp_path: Path, kind: str) -> None:
    line = _one_line(
        _run_args(FIXTURES / "sts" / "task.yaml", tmp_path / "out", f"tests.user_models:{kind}Model"), tmp_path / "out"
    )
    assert f"tests.user_models.{kind}Model" in line and BAD_OUTPUTS[kind] in line


# --- gate config ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("margin: -0.01\n", "margin"),
        ("margins: {FinanceSTS: -0.02}\n", "margins.FinanceSTS"),
        ("margins: {FinanceSTSS: 0.02}\n", "FinanceSTSS"),
        ("tasks: [FinanceSTS]\nmargins: {GeneralSTS: 0.02}\n", "GeneralSTS"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_gate_config_mistakes(tmp_path: Path, text: str, expected: str) -> None:
    config = write_yaml(tmp_path / "gate.yaml", text)
    line = _one_line(
        [
            "gate",
            "--baseline",
            "bm25",
            "--candidate",
            "bm25",
            "--config",
            str(config),
            "--results-dir",
            str(tmp_path / "out"),
        ],
        tmp_path / "out",
    )
    assert str(config) in line and expected in line


def test_gate_report_path_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    folder.mkdir()
    line = _one_line(
        [
            "gate",
            "--baseline",
            "bm25",
            "--candidate",
            "bm25",
            "--markdown",
            str(folder),
            "--results-dir",
            str(tmp_path / "out"),
        ],
        tmp_path / "out",
    )
    assert "--markdown" in line and str(folder) in line


# --- command-line arguments ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["run", "--model", "hashing", "--batch-size", "0"], "--batch-size"),
        (["run", "--model", "hashing", "--bogus"], "--bogus"),
        (["run"], "--model"),
        (["leaderboard", "--resamples", "5"], "--resamples"),
        (["gate", "--baseline", "bm25"], "--candidate"),
        (["nope"], "nope"),
        (["tasks", "--type", "stss"], "--type"),
    ],
)
def test_bad_arguments_are_one_line(args: list[str], named: str) -> None:
    line = _one_line(args)
    assert line.startswith("error:") and named in line
