"""``manifest.json`` beside each exported variant: what was made, from what, with which tools, how it checked out."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from imitate.atomic import write_text_atomic

MANIFEST = "manifest.json"
VERSIONED = ("torch", "transformers", "optimum", "optimum-onnx", "onnx", "onnxruntime", "onnxruntime-gpu")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def file_table(folder: Path) -> dict[str, dict[str, Any]]:
    """``{relative name: {"sha256", "bytes"}}`` for every file in ``folder`` except the manifest itself."""
    folder = Path(folder)
    return {
        path.relative_to(folder).as_posix(): {"sha256": sha256_file(path), "bytes": path.stat().st_size}
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != MANIFEST
    }


def versions() -> dict[str, str]:
    """Installed versions of the packages that shape an export (absent ones left out)."""
    found: dict[str, str] = {}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def write_manifest(folder: Path, fields: dict[str, Any]) -> dict[str, Any]:
    """Write ``manifest.json`` into ``folder`` with ``fields`` plus creation time, versions and file hashes."""
    manifest = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **fields,
        "versions": versions(),
        "files": file_table(folder),
    }
    path = Path(folder) / MANIFEST
    write_text_atomic(path, json.dumps(manifest, indent=2, sort_keys=False) + "\n")
    path.chmod(0o644)  # the temporary file was private; the manifest is as readable as the model beside it
    return manifest


def read_manifest(folder: Path) -> dict[str, Any]:
    return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))


def verify_files(folder: Path) -> list[str]:
    """Names of files whose hash no longer matches the manifest (missing files included)."""
    manifest = read_manifest(folder)
    bad = []
    for name, entry in manifest.get("files", {}).items():
        path = Path(folder) / name
        if not path.is_file() or sha256_file(path) != entry["sha256"]:
            bad.append(name)
    return bad
