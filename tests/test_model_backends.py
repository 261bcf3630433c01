"""Model backends: built-ins, ``bench.models`` entry points, ``package.module:Class`` and model spec files."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.errors import ModelLoadError
from benchmark.models import backends
from benchmark.models.loader import load_model, model_name
from benchmark.spec import TaskSpec
from tests.conftest import write_yaml

cli = CliRunner()
STS = TaskSpec(name="T", type="sts", domain="general", description="d", license="MIT", splits={"test": "x"})


def test_a_spec_file_builds_a_user_class_with_arguments_and_names_it(tmp_path: Path) -> None:
    spec = write_yaml(
        tmp_path / "model.yaml",
        "backend: tests.user_models:PrefixEmbedder\nname: acme/prefixed\nrevision: r7\n"
        "args: {prefix: 'q: ', dim: 12}\nbatch_size: 4\ndim: 6\n",
    )
    model = load_model(str(spec))
    assert model.info.name == "acme/prefixed@dim6" and model.info.revision == "r7"
    vectors = model.encode(["a", "b"], role=None, task=STS)  # type: ignore[union-attr]
    assert vectors.shape == (2, 6)
    assert model_name(str(spec)) == "acme/prefixed@dim6"  # where its results are stored
    inner = model.inner  # type: ignore[union-attr]
    assert inner.batch_size == 4 and inner.prefix == "q: "


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("backend: hashing\nargs: {dim: 8, colour: red}\n", "colour"),
        ("backend: no_such_backend\n", "unknown backend 'no_such_backend' (one of sentence-transformers"),
        ("backend: hashing\nprompt: {}\n", "prompt"),
        ("backend: hashing\nbatch_size: 8\n", "batch_size"),
        ("args: {}\n", "backend"),
        ("- not a mapping\n", "a model spec must be a YAML mapping"),
        ("backend: tests.user_models:NotAModel\n", "neither encode"),
    ],
)
def test_bad_model_specs_get_one_line_naming_the_file(tmp_path: Path, body: str, message: str) -> None:
    spec = write_yaml(tmp_path / "model.yaml", body)
    with pytest.raises(ModelLoadError) as caught:
        load_model(str(spec))
    assert str(spec) in str(caught.value) and message in str(caught.value)
    result = cli.invoke(
        app, ["run", "--model", str(spec), "--task", "GeneralSTS", "--results-dir", str(tmp_path / "o")]
    )
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and message in lines[0], result.output
    assert not (tmp_path / "o").exists()


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A third-party distribution on sys.path declaring a ``bench.models`` entry point."""
    dist = tmp_path / "site" / "acme_bench_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-bench-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[bench.models]\nacme-length = tests.user_models:plugin_factory\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site"), *sys.path])
    backends.plugin_backends.cache_clear()
    yield "acme-length"
    backends.plugin_backends.cache_clear()


def test_entry_point_backends_are_discovered_and_built_with_arguments(plugin: str, tmp_path: Path) -> None:
    assert plugin in backends.backend_names()
    spec = write_yaml(tmp_path / "m.yaml", f"backend: {plugin}\nname: acme/length\nargs: {{scale: 2.5}}\n")
    model = load_model(str(spec))
    assert model.info.name == "acme/length" and model.scale == 2.5  # type: ignore[union-attr]
    out = tmp_path / "out"
    result = cli.invoke(app, ["run", "--model", str(spec), "--task", "GeneralSTS", "--results-dir", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "acme__length" / "no_revision_available" / "GeneralSTS.json").is_file()


def test_a_plugin_may_not_shadow_a_built_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dist = tmp_path / "evil-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[bench.models]\ntfidf = tests.user_models:plugin_factory\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    backends.plugin_backends.cache_clear()
    try:
        with pytest.raises(ModelLoadError, match="clashes with a built-in"):
            backends.factory("acme")
    finally:
        backends.plugin_backends.cache_clear()


def test_built_in_names_still_resolve_through_the_registry() -> None:
    for name, dim in (("hashing", 256), ("random", 384)):
        model = load_model(name)
        assert model.info.name == f"bench/{name}" and model.info.dimension == dim
    vectors = load_model("hashing").encode(["x"], role=None, task=STS)  # type: ignore[union-attr]
    assert vectors.dtype == np.float32


def test_wordllama_resolves_offline_by_its_projects_name_with_matryoshka_cuts() -> None:
    full = load_model("wordllama/l2_supercat")
    cut = load_model("wordllama/l2_supercat@dim64")
    assert full.info.name == "wordllama/l2_supercat" and full.info.dimension == 256
    assert cut.info.name == model_name("wordllama/l2_supercat@dim64") == "wordllama/l2_supercat@dim64"
    assert cut.info.dimension == 64 and cut.info.revision == full.info.revision
    with pytest.raises(ModelLoadError, match="l2_supercat"):
        load_model("wordllama/l3_unknown")
