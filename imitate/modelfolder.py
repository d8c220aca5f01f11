"""The model folder's one owner: its layout, what is published and servable, versions, and its lock.

A model folder ``<data_dir>/models/<name>/`` is a Hugging Face folder plus imitate's files::

    config.json, model.safetensors, tokenizer files   the trained model (training writes them)
    generation_config.json                            sampling defaults and the ``prefix``
    stats.json, data_split.json, README.md            figures, held-out split (ids only), model card
    onnx/<variant>/model.onnx + manifest.json         exported variants; published when the manifest says so
    onnx/<variant>/vocabulary.json                    the output layer's kept tokens, where its gate allowed a cut
    onnx/originality.json                             hashes of the training posts' word runs (no text)

Beside it, rules that every stage follows through this module:

- ``<name>.previous`` is the version before the last publish, for a rollback;
- ``.<name>.*.tmp`` are folders being written (``imitate.atomic``), never served;
- ``.staging/<name>-job<id>/`` is a retraining job's model, published by renaming it into place;
- ``.candidates/<name>-job<id>/`` is a job's model that the quality gate refused, kept for a look;
- ``.locks/<name>.lock`` is the folder's OS lock. Training, export, publishing and rollback of a
  model hold it while they write, so two writers never interleave (:func:`lock`).

Training writes through it; export, the runtime, the bot and the worker read through it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from imitate import atomic, locks
from imitate.paths import ModelNameError, parse_model_name

logger = logging.getLogger(__name__)

CONFIG = "config.json"
WEIGHTS = ("model.safetensors", "pytorch_model.bin")
GENERATION_CONFIG = "generation_config.json"
STATS = "stats.json"
DATA_SPLIT = "data_split.json"
CARD = "README.md"
ONNX_DIR = "onnx"
VARIANT_MODEL = "model.onnx"
MANIFEST = "manifest.json"
ORIGINALITY_INDEX = "originality.json"
VOCABULARY = "vocabulary.json"  # in a variant's folder: the kept output tokens (export.runtime.vocabulary)
KV_CACHE = "kv_cache.json"  # in a variant's folder: its int8 KV cache's scales (export.runtime.cache_quant)
PREVIOUS_SUFFIX = ".previous"
TMP_SUFFIX = ".tmp"
STAGING_DIR = ".staging"
CANDIDATES_DIR = ".candidates"  # retrained models the quality gate refused, kept for a look: never served
LOCKS_DIR = ".locks"

# How long a writer waits for another one holding the same model before it is refused.
LOCK_WAIT_SECONDS = 2.0


def models_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "models"


def model_dir(data_dir: Path, name: str) -> Path:
    """``<data_dir>/models/<name>``; ``name`` must be a model name (see ``imitate.paths.model_name``)."""
    if not name.strip():
        raise ModelNameError("a model name is needed: the handles joined by '-', e.g. alice or alice-bob")
    if name != Path(name).name or name.startswith(".") or name.endswith((PREVIOUS_SUFFIX, TMP_SUFFIX)):
        raise ModelNameError(f"not a model name: {name!r}: a model name is the handles joined by '-'")
    return models_dir(data_dir) / name


def previous_dir(folder: Path) -> Path:
    return Path(folder).with_name(Path(folder).name + PREVIOUS_SUFFIX)


def staging_dir(data_dir: Path, name: str, job_id: int) -> Path:
    return models_dir(data_dir) / STAGING_DIR / f"{name}-job{job_id}"


def onnx_dir(folder: Path) -> Path:
    return Path(folder) / ONNX_DIR


def variant_dir(folder: Path, variant: str) -> Path:
    return onnx_dir(folder) / variant


def originality_index_path(folder: Path) -> Path:
    return onnx_dir(folder) / ORIGINALITY_INDEX


def is_hidden(entry_name: str) -> bool:
    """Folders beside the models that are not models: staging, locks, temporaries and previous versions."""
    return entry_name.startswith(".") or entry_name.endswith((PREVIOUS_SUFFIX, TMP_SUFFIX))


# --- what is there ----------------------------------------------------------------------------------


def has_weights(folder: Path) -> bool:
    return (Path(folder) / CONFIG).is_file() and any((Path(folder) / w).is_file() for w in WEIGHTS)


def published_variants(folder: Path) -> dict[str, Path]:
    """``{variant: folder}`` of the exported variants that passed their checks (``manifest.json``)."""
    found: dict[str, Path] = {}
    root = onnx_dir(folder)
    if not root.is_dir():
        return found
    for variant in sorted(p for p in root.iterdir() if p.is_dir() and not is_hidden(p.name)):
        manifest = variant / MANIFEST
        if not (variant / VARIANT_MODEL).is_file() or not manifest.is_file():
            continue
        try:
            published = json.loads(manifest.read_text(encoding="utf-8")).get("published", True)
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            logger.warning("%s is unreadable: variant %s skipped", manifest, variant.name)
            continue
        if published:
            found[variant.name] = variant
    return found


def is_servable(folder: Path) -> bool:
    """A model the runtime can serve: Hugging Face weights (torch engine) or a published ONNX variant."""
    folder = Path(folder)
    if not (folder / CONFIG).is_file():
        return False
    return has_weights(folder) or bool(published_variants(folder))


def list_models(data_dir: Path) -> list[str]:
    """Names of the servable models under ``<data_dir>/models`` (no staging, temporary or previous folders)."""
    root = models_dir(data_dir)
    try:
        entries = list(os.scandir(root))
    except FileNotFoundError:
        return []
    return sorted(e.name for e in entries if e.is_dir() and not is_hidden(e.name) and is_servable(root / e.name))


def version(folder: Path) -> tuple[int, int] | None:
    """The folder's version: every publish renames a new folder into place, so (inode, mtime) changes."""
    try:
        st = Path(folder).stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns)


def read_stats(folder: Path) -> dict:
    """``stats.json`` of a model folder (empty when missing or unreadable)."""
    try:
        data = json.loads((Path(folder) / STATS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def locate(data_dir: Path, name: str) -> Path:
    """The folder a user means by ``name``: a model folder's path as given, else the model named so
    (``models/<parse_model_name(name)>``, which may not exist yet). ``""`` is no path (not ``.``)."""
    candidate = Path(name).expanduser()
    if name.strip() and candidate.is_dir() and (candidate / CONFIG).is_file():
        return candidate
    return model_dir(data_dir, parse_model_name(name))


# --- writing ------------------------------------------------------------------------------------------


def write_stats(folder: Path, stats: dict) -> None:
    """Replace ``stats.json`` of ``folder`` atomically (the caller owns the folder: its lock, or staging)."""
    atomic.write_text_atomic(Path(folder) / STATS, json.dumps(stats, indent=2, ensure_ascii=False) + "\n")


@contextmanager
def lock(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the OS lock of the model folder ``folder`` (published or staging) while writing it.

    The lock file lives in ``.locks/`` beside the folder, not inside it, so publishing (which renames
    the folder) keeps the lock in place.
    """
    folder = Path(folder)
    with locks.exclusive(folder.parent / LOCKS_DIR / f"{folder.name}.lock", f"model {folder.name}", wait):
        yield


def publish(src: Path, target: Path) -> None:
    """Rename the finished folder ``src`` into place at ``target``; the old one becomes ``.previous``.

    The caller holds :func:`lock` on ``target``.
    """
    atomic.publish_dir(src, target, keep_previous=True)


def rollback(folder: Path, wait: float = LOCK_WAIT_SECONDS) -> None:
    """Put ``<folder>.previous`` back in place (a second rollback undoes the first), under the lock."""
    with lock(folder, wait):
        atomic.restore_previous(folder)


def remove_staging(staging: Path) -> None:
    """Remove a job's staging folder with its ``.previous`` and temporary siblings.

    Its lock file stays: unlinking a lock file that another process has open would let a third take a
    second, unrelated lock under the same name."""
    for path in _with_siblings(Path(staging)):
        shutil.rmtree(path, ignore_errors=True)


def _with_siblings(folder: Path) -> list[Path]:
    """``folder``, its ``.previous`` and its temporaries ``.<name>.*.tmp`` (those that exist)."""
    found = [folder, previous_dir(folder), *folder.parent.glob(f".{folder.name}.*{TMP_SUFFIX}")]
    return [p for p in found if p.exists()]


_STAGING_NAME = re.compile(r"^(?P<name>.+)-job\d+$")
_TMP_NAME = re.compile(r"^\.(?P<name>.+)\.[^.]+\.tmp$")


def names_on_disk(data_dir: Path) -> set[str]:
    """Every model name with any folder at all: published, previous, being written or being staged."""
    root = models_dir(data_dir)
    names: set[str] = set()
    entries = [p.name for p in root.iterdir()] if root.is_dir() else []
    for hidden in (root / STAGING_DIR, root / CANDIDATES_DIR):
        entries += [p.name for p in hidden.iterdir()] if hidden.is_dir() else []
    for entry in entries:
        tmp = _TMP_NAME.match(entry)
        entry = tmp.group("name") if tmp else entry
        entry = entry.removesuffix(PREVIOUS_SUFFIX)
        job = _STAGING_NAME.match(entry)
        entry = job.group("name") if job else entry
        if entry and not entry.startswith(".") and entry not in (STAGING_DIR, CANDIDATES_DIR, LOCKS_DIR):
            names.add(entry)
    return names


def delete_model(data_dir: Path, name: str, wait: float = LOCK_WAIT_SECONDS) -> list[Path]:
    """Remove model ``name`` for good, under its lock: the folder (weights, ONNX variants, originality
    index), its ``.previous``, temporaries, and every job's staging folder and refused candidate of it.
    Returns what went."""
    folder = model_dir(data_dir, name)
    with lock(folder, wait):
        doomed = _with_siblings(folder)
        for hidden in (models_dir(data_dir) / STAGING_DIR, models_dir(data_dir) / CANDIDATES_DIR):
            for entry in hidden.iterdir() if hidden.is_dir() else ():
                job = _STAGING_NAME.match(entry.name.removesuffix(PREVIOUS_SUFFIX))
                if job and job.group("name") == name and not entry.name.endswith(PREVIOUS_SUFFIX):
                    doomed += _with_siblings(entry)
        for path in doomed:
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    if doomed:
        logger.info("model %s: deleted (%d folders)", name, len(doomed))
    return doomed
