"""The wheel ships the bundled tasks and suites: an installed bench runs the default suite without a checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from benchmark.registry import discover, tasks_root
from tests.conftest import REPO

BUNDLED = "benchmark/bundled_tasks/"
SKIP_DIRS = {"__pycache__", "tools"}


def _source_files(root: Path) -> set[str]:
    """Files below root, relative, without caches, dotfiles and the generator scripts in tools/."""
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and not SKIP_DIRS & set(path.relative_to(root).parts)
        and not path.name.startswith(".")
        and path.suffix != ".pyc"
    }


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BENCH_TASKS_DIR", "PYTHONPATH")}
    env.update(HF_HUB_OFFLINE="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INDEX="1", **extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built offline from a copy of the working tree (the checkout itself is left untouched)."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, src / name)
    for folder in ("benchmark", "tasks"):
        shutil.copytree(REPO / folder, src / folder, ignore=ignore)
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "--no-index"]
    proc = subprocess.run([*cmd, "-w", str(base / "dist")], capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = (base / "dist").glob("bench_embed-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = {n.removeprefix(BUNDLED) for n in names if n.startswith(BUNDLED)}
    assert bundled == _source_files(REPO / "tasks")  # every spec, data file, suite and the README; no tools/
    assert {"README.md", "suites/default.yaml", "finance/FinanceSTS/task.yaml"} <= bundled
    assert not any("tools" in n.split("/") for n in bundled)
    code = {f"benchmark/{p}" for p in _source_files(REPO / "benchmark")}
    assert code <= names, f"not in the wheel (add the package to pyproject's packages): {sorted(code - names)}"


def test_installed_wheel_runs_bundled_tasks(wheel: Path, tmp_path: Path) -> None:
    site, work = tmp_path / "site", tmp_path / "elsewhere"
    work.mkdir()
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)]
    proc = subprocess.run(install, capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    env = _env(PYTHONPATH=str(site), BENCH_CACHE_DIR=str(tmp_path / "cache"))

    def bench(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=work, capture_output=True, text=True, env=env, timeout=300)

    probe = (
        "import json, benchmark, benchmark.registry as r; print(json.dumps([benchmark.__file__, str(r.tasks_root())]))"
    )
    where = bench("-c", probe)
    assert where.returncode == 0, where.stderr
    module, root = (Path(p) for p in json.loads(where.stdout))
    assert module.is_relative_to(site) and root == site / "benchmark" / "bundled_tasks"

    listed = bench("-m", "benchmark", "tasks")
    assert listed.returncode == 0, listed.stderr
    names = sorted(discover(REPO / "tasks"))
    assert len(names) >= 12 and all(name in listed.stdout for name in names), listed.stdout

    out = tmp_path / "out"
    ran = bench(
        "-m", "benchmark", "run", "--model", "tfidf", "--task", "GeneralSTS", "--results-dir", str(out), "--no-cache"
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    (score_file,) = out.glob("bench__tfidf/*/GeneralSTS.json")
    (committed,) = (REPO / "results").glob("bench__tfidf/*/GeneralSTS.json")
    fresh_score = json.loads(score_file.read_text(encoding="utf-8"))["scores"]["test"][0]["main_score"]
    assert fresh_score == json.loads(committed.read_text(encoding="utf-8"))["scores"]["test"][0]["main_score"]


def test_tasks_root_in_a_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BENCH_TASKS_DIR", raising=False)
    assert tasks_root() == REPO / "tasks"  # a source checkout (also the editable install) reads tasks/ directly
    monkeypatch.setenv("BENCH_TASKS_DIR", str(tmp_path))
    assert tasks_root() == tmp_path
