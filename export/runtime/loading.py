"""Choosing and loading: which engine, variant and device serve a model folder, and the generator over it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from export.originality import OriginalityIndex
from export.providers import CUDA, cuda_built, install_hint
from export.runtime import speed
from export.runtime.engines import Engine, GraphEngine, TorchEngine
from export.runtime.errors import GenerationError
from export.runtime.generator import Generator
from export.runtime.sampling import Sampling
from export.runtime.shared_cache import onnx_engine, with_cache_that_runs
from export.runtime.tokens import Tokens
from imitate import hardware, modelfolder
from imitate.config import Config
from imitate.hardware import physical_cores

logger = logging.getLogger(__name__)

ENGINES = ("onnx", "native", "torch")
ONNX_ENGINES = ("onnx", "native")  # the engines that serve an exported variant
VARIANT_PREFERENCE = {"cpu": ("int8", "int4", "fp32"), "cuda": ("fp16", "fp32")}


def best_variant(model_folder: Path, device: str = "cpu") -> str | None:
    """The published variant to serve on ``device``: on the CPU the fastest one measured on this CPU at
    export (:mod:`export.runtime.speed`); else the fixed order (cpu: int8 > int4 > fp32; cuda: fp16 > fp32)."""
    available = modelfolder.published_variants(model_folder)
    order = VARIANT_PREFERENCE.get(device, VARIANT_PREFERENCE["cpu"])
    if device == "cpu" and (measured := speed.fastest({v: available[v] for v in order if v in available})):
        return measured
    return next((v for v in order if v in available), None)


def _resolve_folder(cfg: Config, name: str) -> Path:
    folder = modelfolder.locate(cfg.data_dir, name)
    if not folder.is_dir():
        raise GenerationError(f"no model named {name!r} in {folder.parent} (train it first: imitate train HANDLE)")
    return folder


def _cuda_usable(engine: str) -> bool:
    """The GPU is usable by ``engine``: torch sees one, and for ONNX onnxruntime is the CUDA build."""
    return hardware.cuda_available() and (engine != "onnx" or cuda_built())


def _effective_device(engine: str, device: str) -> str:
    """Where ``engine`` runs (:func:`imitate.hardware.resolve_device`): ``auto`` takes a usable GPU
    quietly; ``cuda`` warns and serves on the CPU when the GPU cannot be had (the native engine: always)."""
    if engine == "native":
        if device == "cuda":
            logger.warning("device cuda asked for, but the native engine runs on the CPU: using the CPU")
        return "cpu"
    if engine == "onnx" and device == "cuda" and not cuda_built():
        logger.warning("device cuda asked for, but onnxruntime has no %s (%s): using the CPU", CUDA, install_hint())
        return "cpu"
    return hardware.resolve_device(device, usable=lambda: _cuda_usable(engine), what="runtime.device")


def _context(folder: Path) -> int:
    try:
        config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GenerationError(f"cannot read {Path(folder) / 'config.json'}: {exc}") from None
    return int(config.get("n_positions") or config.get("max_position_embeddings") or 1024)


def load_index(folder: Path) -> OriginalityIndex | None:
    """The model's originality index, written beside it at export (serving never reads the raw posts)."""
    path = modelfolder.originality_index_path(folder)
    if not path.is_file():
        logger.info("%s has no originality index (export it first): originality filter off", folder.name)
        return None
    try:
        return OriginalityIndex.load(path)
    except ValueError as exc:
        logger.warning("%s; originality filter off", exc)
        return None


def load_generator(
    cfg: Config,
    name: str,
    engine: str | None = None,
    variant: str | None = None,
    device: str | None = None,
) -> Generator:
    """A generator for model ``name`` (or a model folder path).

    ``engine`` None: the config's (onnx by default), falling back to torch when nothing is exported.
    ``variant`` None or "auto": the best published variant for the device.
    """
    folder = _resolve_folder(cfg, name)
    explicit_engine = engine not in (None, "auto") or (variant not in (None, "auto"))
    engine = engine or cfg.runtime.engine
    if engine not in ("auto", *ENGINES):
        raise GenerationError(f"unknown engine {engine!r}: use auto, onnx, native or torch")
    choice = engine  # auto, onnx or native: which engine serves the ONNX variant (variant_engine)
    variant = variant or cfg.runtime.variant
    requested_device = device or cfg.runtime.device
    if engine == "auto":
        engine = auto_engine(requested_device, variant)
    device = _effective_device(engine, requested_device)
    load_folder = folder
    if engine == "native" and variant == "auto":
        variant = "int4"  # the one variant it serves
    if engine in ONNX_ENGINES:
        available = modelfolder.published_variants(folder)
        if variant == "auto":
            best = best_variant(folder, device)
            if best is not None:
                variant = best
            elif explicit_engine:
                raise GenerationError(
                    f"{folder.name} has no published ONNX variant: run `imitate export {folder.name}`"
                )
            else:
                logger.warning("%s has no published ONNX variant: using the PyTorch engine", folder.name)
                engine = "torch"
        elif variant not in available:
            shown = ", ".join(sorted(available)) or "none"
            raise GenerationError(f"{folder.name} has no published ONNX variant {variant!r} (published: {shown})")
        if engine in ONNX_ENGINES:
            load_folder = available[variant]
    if engine == "torch":
        device = _effective_device("torch", requested_device)
        engine_class = GraphEngine if device == "cuda" and _is_gpt2(load_folder) else TorchEngine
        backend: Engine = engine_class(load_folder, cfg.runtime.threads, device)
        variant = "fp32"
    else:
        backend = variant_engine(load_folder, cfg.runtime.threads or physical_cores(), device, choice)
    index = load_index(folder) if cfg.runtime.originality else None
    return _generator(cfg, backend, load_folder, folder.name, variant, index)


def variant_engine(folder: Path, threads: int, device: str, choice: str = "auto") -> Engine:
    """The engine for an ONNX variant folder. ``choice`` ``onnx``: ONNX Runtime (:func:`onnx_engine`);
    ``native``: :class:`~export.runtime.native.engine.NativeEngine` for every step (a one-line error where it
    cannot serve the variant); ``auto``: on the CPU, the native engine for steps of up to as many rows as the
    export timed it faster on this kind of CPU (:func:`export.runtime.speed.native_rows`), else ONNX Runtime."""
    from export.runtime.native.engine import NativeEngine, NativeUnavailable, NotNative

    if choice == "native" and device != "cpu":
        raise GenerationError("the native engine runs on the CPU: use runtime.engine = onnx or torch on a GPU")
    if choice == "native":
        _warn_if_refused(folder)
    rows = speed.native_rows(folder) if choice == "auto" and device == "cpu" else None
    if choice == "native" or rows:
        try:
            return with_cache_that_runs(NativeEngine, folder, threads, native_rows=rows)
        except (NotNative, NativeUnavailable) as exc:
            if choice == "native":
                raise GenerationError(f"the native engine cannot serve {folder}: {exc}") from None
            logger.warning("%s: %s; using ONNX Runtime", folder, exc)
    return onnx_engine(folder, threads, device)


def _warn_if_refused(folder: Path) -> None:
    """Asked for by name, the native engine serves a variant even where the export's quality gate refused it
    (:mod:`export.native_gate`), with a warning that says so."""
    from export.manifest import read_manifest
    from export.runtime.native.engine import GATE_KEY

    try:
        gate = read_manifest(folder).get(GATE_KEY)
    except (OSError, ValueError):
        return
    if isinstance(gate, dict) and gate.get("passed") is False and "relative_change" in gate:
        logger.warning(
            "%s: the export's quality gate refused the native engine (decode perplexity %+.2f%% against ONNX "
            "Runtime's, limit %.0f%%); serving it as asked",
            folder,
            100 * gate["relative_change"],
            100 * gate.get("tolerance", 0.0),
        )


def auto_engine(device: str, variant: str = "auto") -> str:
    """``runtime.engine = "auto"``: torch when a GPU is there and allowed (device auto or cuda) and no ONNX
    variant is named; else ONNX.

    On an H200 (GPT-2 124M, batch 1) the torch engine with its CUDA-graph decode step ran 4.9x
    transformers' eager ``generate``; ONNX Runtime's CUDA provider on the fp16 variant 1.1x. On the CPU
    the quantized ONNX variants are the fast ones (5-7x eager).
    """
    if device == "cpu" or variant not in (None, "auto"):
        return "onnx"
    return "torch" if hardware.cuda_available() else "onnx"


def _is_gpt2(folder: Path) -> bool:
    try:
        return json.loads((folder / "config.json").read_text(encoding="utf-8")).get("model_type") == "gpt2"
    except (OSError, ValueError):
        return False


def open_variant(
    cfg: Config, folder: Path, device: str | None = None, name: str | None = None, engine: str | None = None
) -> Generator:
    """A generator over one ONNX variant folder as it is (benchmarks, checks): no originality index.
    ``engine``: auto, onnx or native (default: the config's, torch meaning auto)."""
    folder = Path(folder)
    device = _effective_device("onnx", device or cfg.runtime.device)
    choice = engine or cfg.runtime.engine
    choice = "auto" if choice == "torch" else choice
    backend = variant_engine(folder, cfg.runtime.threads or physical_cores(), device, choice)
    return _generator(cfg, backend, folder, name or folder.parent.parent.name, folder.name, None)


def _generator(
    cfg: Config, backend: Engine, folder: Path, name: str, variant: str, index: OriginalityIndex | None
) -> Generator:
    generator = Generator(
        backend,
        Tokens(folder),
        Sampling.from_folder(folder, cfg.generate, originality=cfg.runtime.originality),
        name=name,
        variant=variant,
        context=_context(folder),
        max_prompt_tokens=cfg.runtime.max_prompt_tokens,
        index=index,
        originality_retries=cfg.runtime.originality_retries,
        max_batch=cfg.runtime.max_batch,
    )
    logger.info("loaded %r", generator)
    return generator
