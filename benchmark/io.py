"""Reading and writing files: strict UTF-8 and JSON, duplicate-free YAML, atomic writes with one-line errors."""

from __future__ import annotations

import json
import math
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from benchmark.errors import BenchError, OutputError

BOM = "\ufeff"


def read_text(path: Path, error: type[BenchError] = BenchError) -> str:
    """A file's text as strict UTF-8 (a leading byte-order mark is dropped); ``error`` names the file."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise error(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    return decode_utf8(raw, path, error)


def decode_utf8(raw: bytes, path: Path, error: type[BenchError] = BenchError) -> str:
    """Bytes read from ``path`` as strict UTF-8 without a leading byte-order mark; ``error`` names the line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error(f"{path}:{line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    return text.removeprefix(BOM)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number in strict JSON")


def loads_strict(text: str) -> Any:
    """``json.loads`` that refuses NaN and Infinity (Python's json accepts them by default)."""
    return json.loads(text, parse_constant=_reject_constant)


def json_problem(exc: ValueError) -> str:
    """A short description of a JSON parse error."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return str(exc)


def json_object(text: str, where: str, error: type[BenchError] = BenchError) -> dict[str, Any]:
    """One strict-JSON object; ``where`` (a path, or ``path:line``) starts the error message."""
    try:
        value = loads_strict(text)
    except ValueError as exc:
        raise error(f"{where}: not valid JSON ({json_problem(exc)})") from None
    if not isinstance(value, dict):
        raise error(f"{where}: must be a JSON object, not {type(value).__name__}")
    return value


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key written twice in one mapping (the default keeps the last)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
        except TypeError:
            continue  # unhashable keys: the base constructor reports them
        if duplicate:
            raise yaml.constructor.ConstructorError(None, None, f"key '{key}' is written twice", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path, error: type[BenchError] = BenchError) -> Any:
    """Parse a YAML file safely (UTF-8, no duplicate keys); problems raise ``error`` naming the file."""
    text = read_text(path, error)
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise error(f"{where}: not valid YAML ({exc.problem or exc.context})") from None
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None


def clean_json(value: Any) -> Any:
    """Return a copy of ``value`` that strict JSON accepts: NaN/inf become None, numpy scalars become Python."""
    if isinstance(value, dict):
        return {str(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """Serialise deterministically (sorted keys, no NaN)."""
    return json.dumps(clean_json(value), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)


def _make_dir(folder: Path, label: str) -> None:
    """``mkdir -p`` with one OutputError per cause, ``label`` (an option and a path) starting the message."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{label}: exists and is not a folder") from None
    except NotADirectoryError:
        raise OutputError(f"{label}: a parent of it is a file, not a folder") from None
    except OSError as exc:
        raise OutputError(f"{label}: cannot create folder ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"{label}: exists and is not a folder")


def ensure_dir(path: Path, what: str) -> None:
    """Create ``path`` (and parents) and check a file can be written in it; ``what`` names the option."""
    _make_dir(path, f"{what} {path}")
    probe = path / f".bench-write-check.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        probe.write_bytes(b"")
    except OSError as exc:
        raise OutputError(f"{what} {path}: folder is not writable ({exc.strerror or exc})") from None
    finally:
        probe.unlink(missing_ok=True)


def check_output_file(path: Path, what: str) -> None:
    """Check before any work is spent that ``path`` can be written as a file (its folder is made if needed)."""
    if path.is_dir():
        raise OutputError(f"{what} {path}: is a folder; name a file")
    ensure_dir(path.parent, what)


_OURS = re.compile(r"^(\d+)\.[0-9a-f]+$")  # <pid>.<random>: what write_text_atomic names its temporaries
_LEGACY = re.compile(r"^[0-9A-Za-z_]+$")  # tempfile.mkstemp names of earlier versions


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files an earlier, killed write of ``path`` left behind (their writer is gone)."""
    prefix = f".{path.name}."
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(".tmp")]
    except OSError:
        return
    for temp in candidates:
        middle = temp.name[len(prefix) : -len(".tmp")]
        ours = _OURS.match(middle)
        if ours is not None:
            if _pid_alive(int(ours.group(1))):
                continue
        elif _LEGACY.match(middle) is None:
            continue
        temp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so readers never see half a file.

    Temporary files carry the writer's pid; a later write of the same path removes those of dead writers.
    Every failure (full disk, read-only folder, a folder in the way) is one OutputError naming the path.
    """
    _make_dir(path.parent, f"{path}: cannot write, its folder {path.parent}")
    if path.is_dir():
        raise OutputError(f"{path}: cannot write (a folder of that name is in the way)")
    remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with tmp.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, value: Any) -> None:
    """Write one JSON document atomically."""
    write_text_atomic(path, dumps(value) + "\n")


def write_jsonl_atomic(path: Path, rows: Iterable[Any]) -> None:
    """Write JSON Lines atomically, one compact sorted-key object per line."""
    write_text_atomic(path, "".join(dumps(row, indent=None) + "\n" for row in rows))


M = TypeVar("M", bound=BaseModel)


def read_yaml_model(
    path: Path, model: type[M], error: type[BenchError], not_a_mapping: str, *, empty: dict[str, Any] | None = None
) -> M:
    """A YAML file validated into ``model``; one ``error`` line naming the file and the problem otherwise
    (``not_a_mapping`` when the document is not a mapping; ``empty`` stands in for an empty file)."""
    data = read_yaml(path, error)
    if data is None and empty is not None:
        data = empty
    if not isinstance(data, dict):
        raise error(f"{path}: {not_a_mapping}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(f"{path}: {validation_message(exc)}") from None


def validation_message(exc: ValidationError) -> str:
    """``field.path: message`` of a pydantic ValidationError's first error (the one line a user sees)."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg
