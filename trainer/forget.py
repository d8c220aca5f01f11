"""Forgetting a handle (an X account or a Discord member): every file that holds their posts or a model
trained on them goes.

:func:`forget_files` removes, each through its owner:

- the posts store ``tweets/<handle>.jsonl`` (:func:`trainer.posts.remove_store`, under its lock);
- every model whose handles include them (one-handle models and cyborgs): the folder with its weights,
  ONNX variants and originality index, ``.previous``, temporaries and jobs' staging folders
  (:func:`imitate.modelfolder.delete_model`, under the model's lock);
- the training checkpoints of those models (``checkpoints/<name>/``, and any other checkpoint whose
  fingerprint names the handle, e.g. a sweep's);
- local W&B runs under ``<data_dir>/wandb/`` that mention the handle (their dataset artifacts copy the
  posts store and the cleaned texts), and W&B's own staged and cached copies of those artifacts, which
  the trainer keeps under ``<data_dir>/wandb/{data,cache,artifacts}`` (``trainer.tracking``): a copy is
  found by the handle or by one of its post ids. Copies in W&B folders outside ``data_dir`` (an
  environment that sets ``WANDB_DATA_DIR`` elsewhere) are not reached.

Cancelling the handle's jobs and retraining a cyborg without them are the job system's part
(:mod:`bot.jobs.forget`); the result lists the cyborgs and the name each becomes without the handle.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from imitate import modelfolder
from imitate.paths import model_handles, model_name, normalize_handle, tweets_path
from trainer.checkpoint import checkpoint_dir
from trainer.posts import read_posts, remove_store
from trainer.tracking import WANDB_FILE_DIRS

logger = logging.getLogger(__name__)

SCAN_LIMIT_BYTES = 64 * 1024 * 1024  # W&B and checkpoint metadata files larger than this are not read


@dataclass
class ForgetResult:
    handle: str
    posts_removed: bool = False
    models: list[str] = field(default_factory=list)  # deleted model names
    cyborgs: dict[str, str] = field(default_factory=dict)  # deleted cyborg -> its name without the handle
    removed: list[Path] = field(default_factory=list)  # every file or folder removed

    def summary(self) -> str:
        parts = [f"{self.handle}: posts {'deleted' if self.posts_removed else 'none stored'}"]
        parts.append(f"{len(self.models)} model(s) deleted" + (f" ({', '.join(self.models)})" if self.models else ""))
        parts.append(f"{len(self.removed)} path(s) removed in all")
        return "; ".join(parts)


def models_of(data_dir: Path, handle: str) -> list[str]:
    """Every model name on disk (published, previous, staging, temporary) trained on ``handle``."""
    return sorted(n for n in modelfolder.names_on_disk(data_dir) if handle in _handles(n))


def _handles(name: str) -> list[str]:
    try:
        return model_handles(name)
    except ValueError:
        return []


def forget_files(data_dir: Path, handle: str) -> ForgetResult:
    """Remove every stored post of ``handle`` and every model, checkpoint and W&B run made from them."""
    handle = normalize_handle(handle)
    data_dir = Path(data_dir)
    result = ForgetResult(handle)
    for name in models_of(data_dir, handle):
        result.removed += modelfolder.delete_model(data_dir, name)
        result.models.append(name)
        rest = [h for h in model_handles(name) if h != handle]
        if rest:
            result.cyborgs[name] = model_name(rest)
        result.removed += _remove(checkpoint_dir(data_dir, name))
        for job_checkpoint in sorted(checkpoint_dir(data_dir, name).parent.glob(f"{name}-job*")):
            if job_checkpoint.name[len(name) + len("-job") :].isdigit():  # a job's run: by its staging name
                result.removed += _remove(job_checkpoint)
    store = tweets_path(data_dir, handle)
    posts = {post.id: post.text for post in read_posts(store)} if store.is_file() else {}
    result.removed += _remove_wandb_copies(data_dir / "wandb", handle, posts)
    result.posts_removed = remove_store(store)
    if result.posts_removed:
        result.removed.append(store)
    result.removed += _remove_mentioning(data_dir / "checkpoints", handle)
    result.removed += _remove_mentioning(data_dir / "wandb", handle, skip=set(WANDB_FILE_DIRS.values()))
    logger.info("forgot %s", result.summary())
    return result


def _remove(path: Path) -> list[Path]:
    if not path.exists():
        return []
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    return [path]


def _remove_mentioning(root: Path, handle: str, skip: set[str] | None = None) -> list[Path]:
    """Remove each folder directly under ``root`` (but those in ``skip``) that has a file naming ``handle``
    (W&B runs keep the handles in their config and tags; checkpoints in their fingerprint)."""
    if not root.is_dir():
        return []
    needle = handle.encode()
    removed: list[Path] = []
    for entry in sorted(root.iterdir()):
        if entry.name in (skip or set()):
            continue
        if entry.is_dir() and not entry.is_symlink() and _mentions(entry, needle):
            removed += _remove(entry)
    return removed


def _remove_wandb_copies(wandb_root: Path, handle: str, posts: dict[str, str]) -> list[Path]:
    """Remove each file in W&B's staging, cache and artifact folders that copies the handle's posts: the
    cleaned texts name the handle; a copy of the posts store holds one of its posts (the same id and text,
    one post a JSON line: ids from files may repeat across accounts, the pair does not)."""
    removed: list[Path] = []
    needle = f'"handle": "{handle}"'.encode()
    for folder in WANDB_FILE_DIRS.values():
        root = wandb_root / folder
        for path in sorted(root.rglob("*")) if root.is_dir() else ():
            if not path.is_file() or path.is_symlink() or path.stat().st_size > SCAN_LIMIT_BYTES:
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if needle in data or (posts and _holds_a_post(data, posts)):
                path.chmod(0o600)  # W&B stages copies read-only
                path.unlink()
                removed.append(path)
    return removed


def _holds_a_post(data: bytes, posts: dict[str, str]) -> bool:
    for line in data.splitlines():
        if not line.startswith(b"{"):
            continue
        try:
            row = json.loads(line)
        except ValueError:
            return False  # not a JSONL file
        if isinstance(row, dict) and "text" in row and posts.get(str(row.get("id"))) == row["text"]:
            return True
    return False


def _mentions(folder: Path, needle: bytes) -> bool:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= SCAN_LIMIT_BYTES:
            try:
                if needle in path.read_bytes():
                    return True
            except OSError:
                continue
    return False
