"""ONNX Runtime sessions on the CPU or the GPU, and whether the GPU one really runs there.

Asked for ``CUDAExecutionProvider``, ONNX Runtime falls back to the CPU when the provider library
cannot load (no CUDA libraries found, the CPU build installed over the GPU one), logging an error
and carrying on. :func:`open_session` checks which provider the session got, so the exporter can
refuse and the runtime can say so instead of serving a GPU variant slowly on the CPU.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
from importlib import metadata
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"
GPU_PACKAGE = "onnxruntime-gpu==1.31.1"  # the `gpu` extra's pin


class CudaUnavailableError(RuntimeError):
    """A CUDA session was asked for and ONNX Runtime could not give one."""


def cuda_built() -> bool:
    """Whether the installed onnxruntime was built with the CUDA provider (not whether it loads)."""
    import onnxruntime as ort

    return CUDA in ort.get_available_providers()


def install_hint() -> str:
    """How to get a working GPU build; names the two-builds clash when that is the likely cause."""
    installed = set()
    for dist in ("onnxruntime", "onnxruntime-gpu"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            metadata.version(dist)
            installed.add(dist)
    fix = f"pip uninstall -y onnxruntime onnxruntime-gpu && pip install --no-deps {GPU_PACKAGE}"
    if installed == {"onnxruntime", "onnxruntime-gpu"}:
        return f"both onnxruntime and onnxruntime-gpu are installed and share one module: {fix}"
    return f"install the GPU build: {fix}"


@functools.cache  # once per process
def preload_cuda_libraries() -> None:
    """Load the CUDA libraries the provider links to before the first CUDA session.

    torch's CUDA build loads the same CUDA major version's libraries when imported; ONNX Runtime's own
    ``preload_dlls`` then finds what is left in the nvidia-* wheels. It prints rather than logs, so its
    output goes to the debug log.
    """
    with contextlib.suppress(ImportError):
        import torch  # noqa: F401  (loads libcudart, libcublas, libcurand, cuDNN of its CUDA build)
    import onnxruntime as ort

    preload = getattr(ort, "preload_dlls", None)
    if preload is None:
        return
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            preload()
    except Exception as exc:  # a missing folder or library: the session below reports what matters
        logger.debug("onnxruntime.preload_dlls failed: %s", exc)
    if printed.getvalue().strip():
        logger.debug("onnxruntime.preload_dlls: %s", printed.getvalue().strip())


def open_session(path: Path | str, options: Any, device: str = "cpu") -> Any:
    """An ``InferenceSession`` on ``device``; :class:`CudaUnavailableError` if CUDA was asked for but not given."""
    import onnxruntime as ort

    if device != "cuda":
        return ort.InferenceSession(str(path), options, providers=[CPU])
    if not cuda_built():
        raise CudaUnavailableError(f"this onnxruntime has no {CUDA}: {install_hint()}")
    preload_cuda_libraries()
    session = ort.InferenceSession(str(path), options, providers=[(CUDA, {"device_id": 0}), CPU])
    if session.get_providers()[0] != CUDA:
        raise CudaUnavailableError(
            f"onnxruntime could not start {CUDA} (its error is logged above: usually missing CUDA 13 or cuDNN 9 "
            f"libraries, which torch's CUDA build or `pip install '{GPU_PACKAGE.split('==')[0]}[cuda,cudnn]'` "
            "provide)"
        )
    return session
