"""Result files: mteb's TaskResult layout plus our ``bench`` key, and the per-item sidecar."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmark import __version__
from benchmark.data import TaskData
from benchmark.errors import ResultsError, UnsupportedStatisticError
from benchmark.io import (
    decode_utf8,
    dumps,
    json_object,
    loads_strict,
    read_text,
    write_json_atomic,
    write_text_atomic,
)
from benchmark.models.base import ModelInfo
from benchmark.spec import TaskSpec
from benchmark.task_types.base import SplitOutcome

SCHEMA_VERSION = 2
# A stored main score is rounded (6 d.p. here, 5 d.p. for mteb's retrieval means); recomputed from the
# per-item records it must agree to this: a hand-edited score does not.
VERIFY_TOLERANCE = 1e-5
# Options that change how fast a model runs, not what it computes: not part of a result's identity.
RUNTIME_PARAMS = frozenset({"batch_size"})
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


def result_key(info: ModelInfo, spec: TaskSpec, data_hash: str) -> dict[str, Any]:
    """Everything a stored result depends on; a result whose key differs is stale and runs again."""
    return {
        "schema_version": SCHEMA_VERSION,
        "data_hash": data_hash,
        "task_version": spec.version,
        "main_score": spec.resolved_main_score,
        "eval_splits": list(spec.resolved_eval_splits),
        "protocol": spec.protocol(),
        "mteb_protocol_version": MTEB_PROTOCOL_VERSION,
        "model": {
            "name": info.name,
            "revision": info.revision,
            "params": {k: v for k, v in sorted(info.params.items()) if k not in RUNTIME_PARAMS},
        },
    }


def _changed(stored: Any, expected: Any, prefix: str = "") -> list[str]:
    """Dotted names of the fields that differ between two keys (JSON values)."""
    if isinstance(stored, dict) and isinstance(expected, dict):
        out: list[str] = []
        for name in sorted(set(stored) | set(expected), key=lambda k: (k not in expected, str(k))):
            out += _changed(stored.get(name), expected.get(name), f"{prefix}{name}.")
        return out
    return [] if stored == expected else [prefix.rstrip(".")]


def stale_reason(stored: Any, expected: dict[str, Any]) -> str | None:
    """Why a stored result key does not match the expected one ("main_score changed"), or None."""
    if not isinstance(stored, dict):
        return "no result key (written by an older bench)"
    changed = _changed(stored, clean_key(expected))
    if not changed:
        return None
    shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    return f"{shown} changed"


def clean_key(key: dict[str, Any]) -> Any:
    """A key as it reads back from JSON (tuples become lists)."""
    return loads_strict(dumps(key, indent=None))


@dataclass(frozen=True)
class StoredResult:
    """A score file read back: the main score per split and our metadata (``foreign``: not written by bench)."""

    path: Path
    task_name: str
    dataset_revision: str
    main_scores: dict[str, float]
    bench: dict[str, Any]
    foreign: bool = False

    @property
    def main_score(self) -> float:
        """Mean of the main score over evaluated splits (mteb's ``get_score``)."""
        return sum(self.main_scores.values()) / len(self.main_scores)


@dataclass(frozen=True)
class VerifiedResult:
    """A stored result checked against its per-item records, or flagged (``flag``) when it cannot be."""

    stored: StoredResult
    items: list[dict[str, Any]] | None = None
    flag: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)  # split -> the ItemMetric the score was recomputed with


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
    main = spec.resolved_main_score
    scores: dict[str, list[dict[str, Any]]] = {}
    for split, outcome in outcomes.items():
        if main not in outcome.scores:
            raise ResultsError(f"task {spec.name}: main score '{main}' is not produced by a {spec.type} evaluator")
        value = outcome.scores[main]
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise ResultsError(f"task {spec.name}: main score '{main}' of split '{split}' is {value!r}, not a number")
        entry = _round(dict(outcome.scores))
        entry.update({"main_score": entry[main], "hf_subset": "default", "languages": list(spec.languages)})
        scores[split] = [entry]
    write_text_atomic(sidecar, sidecar_text)
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
            "result_key": result_key(info, spec, data.dataset_revision),
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


def _read_document(path: Path) -> dict[str, Any]:
    return json_object(read_text(path, ResultsError), str(path), ResultsError)


def _number(path: Path, where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ResultsError(f"{path}: {where} is {value!r}, not a finite number")
    return float(value)


def read_result(path: Path, *, allow_foreign: bool = False) -> StoredResult:
    """Read and check one score file; raise ResultsError naming the file and the problem.

    ``allow_foreign``: accept a result in mteb's own layout with no ``bench`` section (written by another tool);
    it is returned with ``foreign=True`` and can only be shown, not verified.
    """
    return _parse_result(path, _read_document(path), allow_foreign=allow_foreign)


def _parse_result(path: Path, document: dict[str, Any], *, allow_foreign: bool) -> StoredResult:
    bench = document.get("bench")
    foreign = bench is None and allow_foreign and "scores" in document
    if foreign:
        bench = {}
    elif not isinstance(bench, dict) or "schema_version" not in bench:
        raise ResultsError(f"{path}: no 'bench' section with a schema_version (not written by bench)")
    elif bench["schema_version"] != SCHEMA_VERSION:
        raise ResultsError(
            f"{path}: unsupported schema_version {bench['schema_version']!r} (expected {SCHEMA_VERSION}; "
            "run the model again to rewrite it)"
        )
    assert isinstance(bench, dict)
    scores = document.get("scores")
    if not isinstance(scores, dict) or not scores:
        raise ResultsError(f"{path}: 'scores' must map split names to score lists")
    main_scores: dict[str, float] = {}
    for split, entries in scores.items():
        if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
            raise ResultsError(f"{path}: scores['{split}'] must be a non-empty list of objects")
        values = [_number(path, f"scores['{split}'] main_score", e.get("main_score")) for e in entries]
        main_scores[split] = sum(values) / len(values)
    task_name = document.get("task_name")
    revision = document.get("dataset_revision")
    if not isinstance(task_name, str) or not task_name:
        raise ResultsError(f"{path}: task_name must be a non-empty string")
    if not isinstance(revision, str):
        if not foreign:
            raise ResultsError(f"{path}: dataset_revision must be a string")
        revision = str(revision)
    if not foreign:
        _check_bench_section(path, bench)
    return StoredResult(
        path=path,
        task_name=task_name,
        dataset_revision=revision,
        main_scores=main_scores,
        bench=bench,
        foreign=foreign,
    )


def _check_bench_section(path: Path, bench: dict[str, Any]) -> None:
    items_file = bench.get("items_file")
    if not isinstance(items_file, str) or not items_file.endswith(".items.jsonl"):
        raise ResultsError(f"{path}: bench.items_file must name the .items.jsonl file beside it")
    if Path(items_file).name != items_file or items_file.startswith("."):
        raise ResultsError(f"{path}: bench.items_file '{items_file}' points outside the result's own folder")
    if not isinstance(bench.get("items_sha256"), str):
        raise ResultsError(f"{path}: bench.items_sha256 is missing")
    for section in ("task", "model"):
        if not isinstance(bench.get(section), dict):
            raise ResultsError(f"{path}: bench.{section} must be an object")
    if not isinstance(bench["model"].get("name"), str) or not bench["model"]["name"]:
        raise ResultsError(f"{path}: bench.model.name is missing")


def read_items(score_file: Path, result: StoredResult | None = None) -> list[dict[str, Any]]:
    """The per-item records next to a score file, checked against the recorded sha256."""
    result = result or read_result(score_file)
    if result.foreign:
        raise ResultsError(f"{score_file}: no per-item records (not written by bench)")
    sidecar = score_file.with_name(str(result.bench["items_file"]))
    if not sidecar.is_file():
        raise ResultsError(f"{sidecar}: per-item records are missing (needed to verify {score_file.name})")
    try:
        raw = sidecar.read_bytes()
    except OSError as exc:
        raise ResultsError(f"{sidecar}: cannot read per-item records ({exc.strerror or exc})") from None
    if hashlib.sha256(raw).hexdigest() != result.bench.get("items_sha256"):
        raise ResultsError(f"{sidecar}: per-item records do not match the score file (sha256 differs)")
    text = decode_utf8(raw, sidecar, ResultsError)
    return [json_object(line, f"{sidecar}:{n}", ResultsError) for n, line in enumerate(text.splitlines(), start=1)]


def verify_result(result: StoredResult) -> VerifiedResult:
    """Check a result against its per-item records: sidecar present, sha256 equal, main score recomputed.

    A mismatch raises ResultsError naming the file. A foreign result (no records) and a main score with no
    per-item statistic come back flagged instead: they are shown, visibly marked, without a CI.
    """
    from benchmark.stats import item_metric

    if result.foreign:
        return VerifiedResult(result, flag="no per-item records (not written by bench): unverified, no CI")
    items = read_items(result.path, result)
    task = result.bench["task"]
    metrics: dict[str, Any] = {}
    for split, stored in result.main_scores.items():
        try:
            metric = item_metric(
                str(task.get("type")), str(task.get("main_score")), items, where=str(result.path), split=split
            )
        except UnsupportedStatisticError:
            flag = f"no per-item statistic for {task.get('main_score')}: unverified, no CI"
            return VerifiedResult(result, items=items, flag=flag)
        value = metric.point()
        if not math.isfinite(value) or abs(value - stored) > VERIFY_TOLERANCE:
            raise ResultsError(
                f"{result.path}: main_score {stored:.6f} of split '{split}' does not match its per-item records "
                f"({value:.6f}): the file was edited or is corrupt"
            )
        metrics[split] = metric
    return VerifiedResult(result, items=items, metrics=metrics)


def check_stored(path: Path, expected_key: dict[str, Any]) -> tuple[StoredResult | None, str | None]:
    """(the verified stored result, None) when it can be reused; (None, why it must run again) otherwise."""
    if not path.is_file():
        return None, None
    try:
        document = _read_document(path)
    except ResultsError as exc:
        return None, f"stored result unreadable ({str(exc).removeprefix(f'{path}: ')})"
    bench = document.get("bench")
    if not isinstance(bench, dict):
        return None, "stored result was not written by bench"
    schema = bench.get("schema_version")
    if schema != SCHEMA_VERSION:
        return None, f"result schema changed ({schema} -> {SCHEMA_VERSION})"
    reason = stale_reason(bench.get("result_key"), expected_key)
    if reason is None and document.get("dataset_revision") != expected_key["data_hash"]:
        reason = "dataset_revision changed"
    if reason is not None:
        return None, reason
    try:
        stored = _parse_result(path, document, allow_foreign=False)
        verify_result(stored)
    except ResultsError as exc:
        return None, f"stored result failed verification ({str(exc).split(': ', 1)[-1]})"
    return stored, None


def is_results_folder(path: Path) -> bool:
    """True for a ``<org__model>/<revision>`` results folder (not a model folder, which holds config.json)."""
    if not path.is_dir():
        return False
    if any(path.glob("*.items.jsonl")):
        return True
    model_files = ("config.json", "modules.json", "config_sentence_transformers.json")
    return (path / "model_meta.json").is_file() and not any((path / name).exists() for name in model_files)


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
        "license": info.license,
        "open_weights": True if info.license else None,
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
