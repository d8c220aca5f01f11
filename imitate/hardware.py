"""Hardware facts and the one device rule: what this CPU supports, how many cores we may use, CPU or GPU.

Training, export, the runtime and the benchmarks all ask here, so they cannot disagree about the
machine (``/proc/cpuinfo`` is parsed only in this module). torch is imported only when a GPU question
is asked.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import platform
from collections.abc import Callable
from pathlib import Path

from imitate.errors import UserError

logger = logging.getLogger(__name__)

CPUINFO = Path("/proc/cpuinfo")
DEVICES = ("auto", "cpu", "cuda")


class DeviceError(UserError, ValueError):
    """A device setting that cannot be had here (``cuda`` without a GPU where it must be one)."""


@functools.cache
def _cpuinfo() -> str:
    try:
        return CPUINFO.read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""


def cpu_flags() -> frozenset[str]:
    """The first processor's feature flags (``avx512_vnni``, ``amx_int8``, ...); empty off Linux."""
    for line in _cpuinfo().splitlines():
        if line.startswith(("flags", "Features")):
            return frozenset(line.partition(":")[2].split())
    return frozenset()


def cpu_name() -> str:
    """The CPU's model name, e.g. ``AMD EPYC 9R14`` or ``Intel(R) Xeon(R) Processor``."""
    for line in _cpuinfo().splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.processor() or platform.machine() or "unknown"


# The instruction sets the inference kernels pick between (ONNX Runtime's MLAS, llama.cpp, CTranslate2).
KERNEL_ISA = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_int8", "amx_bf16")


def cpu_identity() -> str:
    """The CPU's name with its family, model and kernel instruction sets, e.g.
    ``AMD EPYC (AuthenticAMD family 25 model 1; avx2)``.

    The model name alone does not tell CPUs apart under a hypervisor: a Zen 3 and a Zen 4 EPYC both say
    ``AMD EPYC``, and they rank the quantized variants differently. Speed figures match on this.
    """
    fields: dict[str, str] = {}
    for line in _cpuinfo().splitlines():
        key, _, value = line.partition(":")
        if not key.strip():
            break  # the first processor only
        fields.setdefault(key.strip(), value.strip())
    vendor, family, model = (fields.get(key) for key in ("vendor_id", "cpu family", "model"))
    where = " ".join(part for part in (vendor, family and f"family {family}", model and f"model {model}") if part)
    isa = " ".join(flag for flag in KERNEL_ISA if flag in cpu_flags())
    details = "; ".join(part for part in (where, isa) if part)
    return f"{cpu_name()} ({details})" if details else cpu_name()


def cpu_has_native_bf16() -> bool:
    """Whether this CPU computes in bf16 natively (AVX512-BF16 or AMX), where bf16 autocast pays off:
    1.83x fp32 for a GPT-2 124M training step on a 2-core AMD EPYC (``python -m trainer.benchmark``)."""
    return bool(cpu_flags() & {"avx512_bf16", "amx_bf16"})


def physical_cores() -> int:
    """Physical cores this process may use (SMT siblings counted once; affinity and cgroup quota respected)."""
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count() or 1
    cores: set[tuple[str, str]] = set()
    physical = core = ""
    for line in _cpuinfo().splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "physical id":
            physical = value
        elif key == "core id":
            core = value
        elif not key and core:
            cores.add((physical, core))
            core = ""
    if core:
        cores.add((physical, core))
    count = min(len(cores), usable) if cores else usable
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            count = min(count, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, count)


def cuda_available() -> bool:
    """Whether torch sees a CUDA GPU."""
    import torch

    return bool(torch.cuda.is_available())


def cuda_bf16() -> bool:
    """Whether the current CUDA GPU supports bfloat16."""
    import torch

    return bool(torch.cuda.is_bf16_supported())


def resolve_device(
    setting: str,
    *,
    usable: Callable[[], bool] = cuda_available,
    strict: bool = False,
    what: str = "device",
) -> str:
    """``"cpu"`` or ``"cuda"`` for a ``device`` setting (auto, cpu or cuda).

    ``auto`` takes the GPU when ``usable()`` (torch sees one, by default; the ONNX runtime also needs
    its CUDA build), quietly the CPU otherwise. ``cuda`` where the GPU cannot be had raises
    :class:`DeviceError` when ``strict`` (training: a run meant for the GPU must not crawl on the CPU),
    else warns and uses the CPU (serving keeps answering).
    """
    if setting not in DEVICES:
        raise DeviceError(f"unknown {what} {setting!r}: use auto, cpu or cuda")
    if setting == "cpu":
        return "cpu"
    if usable():
        return "cuda"
    if setting == "cuda":
        if strict:
            raise DeviceError(f'{what} = "cuda" but CUDA is not available here (use "auto" or "cpu")')
        logger.warning("%s cuda asked for, but it cannot be had here: using the CPU", what)
    return "cpu"
