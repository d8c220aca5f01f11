"""Atomic writes: readers see the old version or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import shutil
import stat

import pytest

from imitate.atomic import (
    NoPreviousVersionError,
    atomic_dir,
    restore_previous,
    write_text_atomic,
)
from imitate.diskspace import DiskFullError
from imitate.errors import UserError


def test_write_text_atomic_replaces_and_leaves_no_temp(tmp_path):
    path = tmp_path / "sub" / "f.txt"
    write_text_atomic(path, "one")
    write_text_atomic(path, "two")
    assert path.read_text() == "two"
    assert [p.name for p in path.parent.iterdir()] == ["f.txt"]


def test_atomic_dir_publishes_whole_and_keeps_previous(tmp_path):
    target = tmp_path / "model"
    with atomic_dir(target) as tmp:
        (tmp / "weights").write_text("v1")
        assert not target.exists()  # nothing visible until done
    with atomic_dir(target) as tmp:
        (tmp / "weights").write_text("v2")
    assert (target / "weights").read_text() == "v2"
    assert (tmp_path / "model.previous" / "weights").read_text() == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model", "model.previous"]


def test_atomic_dir_failure_leaves_target_untouched(tmp_path):
    target = tmp_path / "model"
    with atomic_dir(target) as tmp:
        (tmp / "weights").write_text("v1")
    with pytest.raises(RuntimeError), atomic_dir(target) as tmp:
        (tmp / "weights").write_text("half")
        raise RuntimeError("crash mid-write")
    assert (target / "weights").read_text() == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]


def test_published_files_are_readable_by_others(tmp_path):
    # mkdtemp/mkstemp make private temporaries; what is published must follow the umask like any file.
    old = os.umask(0o022)
    try:
        with atomic_dir(tmp_path / "model") as tmp:
            (tmp / "sub").mkdir()
            (tmp / "sub" / "weights").write_text("w")
        write_text_atomic(tmp_path / "f.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "model").stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "model" / "sub" / "weights").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o644


def test_restore_previous_after_a_publish_and_with_no_current(tmp_path):
    target = tmp_path / "model"
    for version in ("v1", "v2"):
        with atomic_dir(target) as tmp:
            (tmp / "v").write_text(version)
    restore_previous(target)
    assert (target / "v").read_text() == "v1" and (tmp_path / "model.previous" / "v").read_text() == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model", "model.previous"]
    os.rename(target, tmp_path / "gone")  # the current one removed by hand: the previous still comes back
    restore_previous(target)
    assert (target / "v").read_text() == "v2" and not (tmp_path / "model.previous").exists()
    with pytest.raises(NoPreviousVersionError, match="no earlier version of model is kept"):
        restore_previous(target)
    assert (target / "v").read_text() == "v2"


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_in_write_text_atomic_is_one_line_and_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "posts.jsonl"
    write_text_atomic(path, "old\n")
    monkeypatch.setattr(os, "fsync", _enospc)
    with pytest.raises(DiskFullError) as caught:
        write_text_atomic(path, "new\n" * 1000)
    assert isinstance(caught.value, UserError) and "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert path.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["posts.jsonl"]


def test_a_full_disk_in_atomic_dir_is_one_line_and_keeps_the_old_folder(tmp_path, monkeypatch):
    target = tmp_path / "model"
    with atomic_dir(target) as tmp:
        (tmp / "weights").write_text("v1")
    with pytest.raises(DiskFullError, match="no space left"), atomic_dir(target) as tmp:
        (tmp / "weights").write_text("half")
        _enospc()
    assert (target / "weights").read_text() == "v1" and sorted(p.name for p in tmp_path.iterdir()) == ["model"]


def test_a_library_error_on_a_full_disk_is_taken_as_disk_full(tmp_path, monkeypatch):
    """torch and safetensors wrap ENOSPC in their own errors: a disk left (nearly) full tells."""
    target = tmp_path / "model"
    full = {"now": False}
    real = shutil.disk_usage

    def usage(path):
        total, used, free = real(path)
        return shutil._ntuple_diskusage(total, used, 1000 if full["now"] else free)

    monkeypatch.setattr(shutil, "disk_usage", usage)
    with pytest.raises(DiskFullError), atomic_dir(target):
        full["now"] = True
        raise RuntimeError("PytorchStreamWriter failed writing file data/0: file write failed")
    full["now"] = False
    with pytest.raises(RuntimeError, match="a bug"), atomic_dir(target):  # plenty of space: left as it is
        raise RuntimeError("a bug")
    assert not target.exists() and list(tmp_path.iterdir()) == []
