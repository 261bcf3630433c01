"""Result files: mteb's TaskResult layout plus our ``bench`` key, and the per-item sidecar."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmark import __version__
from benchmark.data import TaskData
from benchmark.errors import ResultsError
from benchmark.evaluators.base import SplitOutcome
from benchmark.io import dumps, write_json_atomic, write_text_atomic
from benchmark.models.base import ModelInfo

SCHEMA_VERSION = 1
MTEB_PROTOCOL_VERSION = "2.26.24"
_LIBRARIES = (
    "numpy",
    "scipy",
    "scikit-learn",
    "pytrec-eval-terrier",
    "rank-bm25",
    "sentence-transformers",
    "transformers",
    "torch",
)


def library_versions() -> dict[str, str | None]:
    """Installed versions of the libraries a score depends on (read from metadata, nothing imported)."""
    out: dict[str, str | None] = {}
    for name in _LIBRARIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    return out


def model_dir(results_dir: Path, info: ModelInfo) -> Path:
    """``<results>/<org__model>/<revision>``."""
    return results_dir / info.path_name / info.revision


def score_path(results_dir: Path, info: ModelInfo, task_name: str) -> Path:
    """Where a task's score file goes."""
    return model_dir(results_dir, info) / f"{task_name}.json"


def items_path(score_file: Path) -> Path:
    """The per-item sidecar next to a score file."""
    return score_file.with_name(score_file.name.removesuffix(".json") + ".items.jsonl")


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


@dataclass(frozen=True)
class StoredResult:
    """A score file read back: the main score per split and our metadata."""

    path: Path
    task_name: str
    dataset_revision: str
    main_scores: dict[str, float]
    bench: dict[str, Any]

    @property
    def main_score(self) -> float:
        """Mean of the main score over evaluated splits (mteb's ``get_score``)."""
        return sum(self.main_scores.values()) / len(self.main_scores)


def write_result(
    results_dir: Path,
    info: ModelInfo,
    data: TaskData,
    outcomes: dict[str, SplitOutcome],
) -> Path:
    """Write the sidecar, then the score file (both atomically); return the score file's path."""
    spec = data.spec
    path = score_path(results_dir, info, spec.name)
    sidecar = items_path(path)
    lines = [
        dumps({"split": split, **item}, indent=None) + "\n"
        for split, outcome in outcomes.items()
        for item in outcome.items
    ]
    sidecar_text = "".join(lines)
    write_text_atomic(sidecar, sidecar_text)
    main = spec.resolved_main_score
    scores: dict[str, list[dict[str, Any]]] = {}
    for split, outcome in outcomes.items():
        if main not in outcome.scores:
            raise ResultsError(f"task {spec.name}: main score '{main}' is not produced by a {spec.type} evaluator")
        entry = _round(dict(outcome.scores))
        entry.update({"main_score": entry[main], "hf_subset": "default", "languages": list(spec.languages)})
        scores[split] = [entry]
    document = {
        "dataset_revision": data.dataset_revision,
        "task_name": spec.name,
        "mteb_version": None,
        "scores": scores,
        "evaluation_time": None,
        "kg_co2_emissions": None,
        "date": None,
        "bench": {
            "schema_version": SCHEMA_VERSION,
            "harness_version": __version__,
            "mteb_protocol_version": MTEB_PROTOCOL_VERSION,
            "task": {
                "type": spec.type,
                "domain": spec.domain,
                "version": spec.version,
                "main_score": main,
                "license": spec.license,
                "protocol": spec.protocol(),
            },
            "model": {
                "name": info.name,
                "revision": info.revision,
                "dimension": info.dimension,
                "similarity": info.similarity,
                "n_parameters": info.n_parameters,
                "max_tokens": info.max_tokens,
                "params": dict(info.params),
            },
            "data_hash": data.dataset_revision,
            "splits": {split: {"n_items": len(o.items), **o.protocol} for split, o in outcomes.items()},
            "library_versions": library_versions(),
            "items_file": sidecar.name,
            "items_sha256": hashlib.sha256(sidecar_text.encode()).hexdigest(),
        },
    }
    write_json_atomic(path, document)
    return path


def read_result(path: Path) -> StoredResult:
    """Read and check one score file; raise ResultsError naming the file and the problem."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResultsError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise ResultsError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(document, dict):
        raise ResultsError(f"{path}: a result file must be a JSON object")
    bench = document.get("bench")
    if not isinstance(bench, dict) or "schema_version" not in bench:
        raise ResultsError(f"{path}: no 'bench' section with a schema_version (not written by bench)")
    if bench["schema_version"] != SCHEMA_VERSION:
        raise ResultsError(
            f"{path}: unsupported schema_version {bench['schema_version']!r} (expected {SCHEMA_VERSION})"
        )
    scores = document.get("scores")
    if not isinstance(scores, dict) or not scores:
        raise ResultsError(f"{path}: 'scores' must map split names to score lists")
    main_scores: dict[str, float] = {}
    for split, entries in scores.items():
        if not isinstance(entries, list) or not entries or not isinstance(entries[0], dict):
            raise ResultsError(f"{path}: scores['{split}'] must be a non-empty list of objects")
        value = entries[0].get("main_score")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ResultsError(f"{path}: scores['{split}'] has no numeric main_score")
        main_scores[split] = float(value)
    task_name = document.get("task_name")
    revision = document.get("dataset_revision")
    if not isinstance(task_name, str) or not isinstance(revision, str):
        raise ResultsError(f"{path}: task_name and dataset_revision must be strings")
    return StoredResult(path=path, task_name=task_name, dataset_revision=revision, main_scores=main_scores, bench=bench)


def read_items(score_file: Path) -> list[dict[str, Any]]:
    """The per-item records next to a score file, checked against the recorded sha256."""
    result = read_result(score_file)
    sidecar = score_file.with_name(str(result.bench.get("items_file", items_path(score_file).name)))
    try:
        text = sidecar.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResultsError(f"{sidecar}: cannot read per-item records ({exc.strerror or exc})") from exc
    if hashlib.sha256(text.encode()).hexdigest() != result.bench.get("items_sha256"):
        raise ResultsError(f"{sidecar}: per-item records do not match the score file (sha256 differs)")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ResultsError(f"{sidecar}:{number}: not valid JSON ({exc.msg})") from exc
    return rows


def is_complete(path: Path, dataset_revision: str) -> bool:
    """True when a valid score file for this exact data exists with its sidecar intact."""
    if not path.is_file():
        return False
    try:
        result = read_result(path)
        read_items(path)
    except ResultsError:
        return False
    return result.dataset_revision == dataset_revision


def write_model_meta(results_dir: Path, info: ModelInfo) -> None:
    """``model_meta.json`` with mteb ModelMeta keys only (unknowns null), so mteb's cache can read the folder."""
    meta = {
        "name": info.name,
        "revision": info.revision,
        "release_date": None,
        "languages": ["eng-Latn"],
        "n_parameters": info.n_parameters,
        "memory_usage_mb": None,
        "max_tokens": info.max_tokens,
        "embed_dim": info.dimension,
        "license": None,
        "open_weights": None,
        "public_training_code": None,
        "public_training_data": None,
        "framework": list(info.framework),
        "similarity_fn_name": info.similarity if info.dimension else None,
        "use_instructions": None,
        "training_datasets": None,
        "modalities": ["text"],
        "loader": None,
    }
    write_json_atomic(model_dir(results_dir, info) / "model_meta.json", meta)
