"""``imitate export``: a trained model folder to checked ONNX variants in ``<model>/onnx/<variant>/``.

Stages: check the request and the folder (one clear ExportError, nothing written), export fp32 with
optimum into a work folder beside ``onnx/``, check it against PyTorch (logits on single prompts and a
left-padded batch, greedy continuations), measure held-out perplexity, build each further variant from
it and hold it to the quality gate. Each passing variant gets a ``manifest.json`` and is renamed into
place whole; a failing one is dropped and its result says why, with the figures.
"""

from __future__ import annotations

import functools
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from export import kv_cache, native_gate, quality, variants
from export import vocabulary as output_vocabulary
from export.errors import ExportError
from export.manifest import sha256_file, write_manifest
from export.providers import CudaUnavailableError, cuda_built, install_hint
from export.runtime import speed
from export.runtime.shared_cache import NotRewritable
from export.runtime.vocabulary import Vocabulary
from imitate import modelfolder
from imitate.atomic import publish_dir
from imitate.config import Config
from imitate.modelfolder import model_dir as default_model_dir
from imitate.paths import parse_model_name

logger = logging.getLogger(__name__)

ALL_VARIANTS = ("fp32", "int8", "int4", "fp16")
# Which variants each device can run and validate. int8/int4 use CPU kernels (DynamicQuantizeMatMul,
# MatMulNBits); fp16 needs CUDA: ONNX Runtime's CPU fp16 kernels are slow and not what we would ship.
SUPPORTED = {"cpu": ("fp32", "int8", "int4"), "cuda": ("fp32", "fp16")}
WEIGHT_FILES = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
PPL_BLOCK = 128  # tweets are short; small blocks also keep the builtin fallback whole
CUT_VARIANTS = ("int8", "int4")  # served by the in-place cache engine, which can cut the output layer


@dataclass
class VariantResult:
    variant: str
    published: bool
    reason: str
    metrics: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    vocabulary: Vocabulary | None = None  # the output layer's kept tokens, when its gate allowed a cut

    def summary(self) -> str:
        state = f"published to {self.path}" if self.published else "NOT published"
        return f"{self.variant}: {state}: {self.reason}"


@dataclass
class Source:
    """A checked model folder and what the checks loaded from it."""

    folder: Path
    config: dict[str, Any]
    model: Any  # transformers GPT2LMHeadModel, the PyTorch reference
    tokenizer: Any
    weights: Path


# --- checks before anything is written ----------------------------------------------------------------


def check_request(wanted: list[str] | tuple[str, ...], device: str) -> list[str]:
    """Known variants, each supported on ``device`` and its runtime present; fp32 first, no repeats."""
    if device not in SUPPORTED:
        raise ExportError(f"unknown device {device!r}: use cpu or cuda")
    wanted = list(dict.fromkeys(wanted))
    unknown = [v for v in wanted if v not in ALL_VARIANTS]
    if unknown:
        raise ExportError(f"unknown variant(s) {', '.join(unknown)}: choose from {', '.join(ALL_VARIANTS)}")
    unsupported = [v for v in wanted if v not in SUPPORTED[device]]
    if unsupported:
        other = "cuda" if device == "cpu" else "cpu"
        raise ExportError(
            f"variant {', '.join(unsupported)} is not supported on {device} "
            f"(on {device} use {', '.join(SUPPORTED[device])}; on {other}: {', '.join(SUPPORTED[other])})"
        )
    if device == "cuda" and not cuda_built():
        raise ExportError(
            f"device cuda needs onnxruntime's CUDAExecutionProvider, which this onnxruntime lacks: {install_hint()}"
        )
    return sorted(wanted, key=ALL_VARIANTS.index)


def read_source(folder: Path) -> Source:
    """A GPT-2-family Hugging Face folder whose weights and tokenizer load; ExportError otherwise."""
    if not folder.is_dir():
        raise ExportError(f"no model folder at {folder} (train it first: imitate train HANDLE)")
    config_path = folder / "config.json"
    if not config_path.is_file():
        raise ExportError(f"{folder} is not a Hugging Face model folder: config.json is missing")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ExportError(f"{config_path} is not valid JSON: {exc}") from None
    model_type = config.get("model_type") if isinstance(config, dict) else None
    if model_type != "gpt2":
        raise ExportError(f"{folder} holds a {model_type or 'unknown'} model; export supports GPT-2-family models only")
    weights = next((folder / name for name in WEIGHT_FILES if (folder / name).is_file()), None)
    if weights is None:
        raise ExportError(f"{folder} has no weights file ({' or '.join(WEIGHT_FILES[::2])})")
    model = _load_model(folder, weights)
    tokenizer = _load_tokenizer(folder)
    return Source(folder=folder, config=config, model=model, tokenizer=tokenizer, weights=weights)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def _load_model(folder: Path, weights: Path):
    from transformers import AutoModelForCausalLM

    try:
        model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype="float32")
    except Exception as exc:  # safetensors, torch and transformers each raise their own type for a bad file
        raise ExportError(f"cannot load the weights in {weights}: {_first_line(exc)}") from None
    return model.eval()


def _load_tokenizer(folder: Path):
    from transformers import AutoTokenizer

    if not ((folder / "tokenizer.json").is_file() or (folder / "vocab.json").is_file()):
        raise ExportError(f"{folder} has no tokenizer files (tokenizer.json or vocab.json + merges.txt)")
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    except Exception as exc:
        raise ExportError(f"cannot load the tokenizer in {folder}: {_first_line(exc)}") from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


# --- the export ---------------------------------------------------------------------------------------


def export_model(
    cfg: Config,
    name: str,
    variants: list[str] | None = None,
    device: str = "cpu",
    model_dir: Path | None = None,
) -> list[VariantResult]:
    """Export model ``name`` (or the folder ``model_dir``) to each of ``variants`` (default: config).

    Holds the folder's lock throughout, so a training or rollback of the same model waits or is refused.
    """
    wanted = check_request(variants or list(cfg.export.variants), device)
    folder = Path(model_dir) if model_dir else default_model_dir(cfg.data_dir, parse_model_name(name))
    with modelfolder.lock(folder):
        return _export_locked(cfg, name, folder, wanted, device)


def _export_locked(cfg: Config, name: str, folder: Path, wanted: list[str], device: str) -> list[VariantResult]:
    logger.info("export %s: checking %s", name, folder)
    source = read_source(folder)
    onnx_root = folder / "onnx"
    work = Path(tempfile.mkdtemp(dir=folder, prefix=".onnx-export-", suffix=".tmp"))
    try:
        results = _export_all(cfg, name, source, wanted, device, work, onnx_root)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if any(r.published for r in results):
        _write_originality_index(cfg, folder)
    return results


def _write_originality_index(cfg: Config, folder: Path) -> None:
    """Hashes of the training posts' word runs beside the variants, for the runtime's originality filter."""
    from export.originality import write_index_for_model

    try:
        write_index_for_model(cfg, folder)
    except ValueError as exc:  # no data_split.json or no stored posts: the runtime serves without the filter
        logger.warning("no originality index for %s: %s", folder.name, exc)


def _export_all(
    cfg: Config, name: str, source: Source, wanted: list[str], device: str, work: Path, onnx_root: Path
) -> list[VariantResult]:
    cut = any(v in CUT_VARIANTS for v in wanted)
    reference = _export_reference(cfg, source, work / "fp32", cut=cut, calibrate=device == "cpu")
    results: list[VariantResult] = []
    for variant in wanted:
        if variant == "fp32":
            results.append(reference.result)
        elif not reference.result.published:
            reason = "not built: the fp32 reference failed its check against PyTorch"
            results.append(VariantResult(variant, False, reason))
        else:
            results.append(_build_and_check(cfg, source, reference, variant, device, work / variant))
    # Publish only once every variant is built: they are all built from the fp32 folder in ``work``.
    for i, result in enumerate(results):
        if result.published:
            results[i] = _publish(cfg, name, source, reference, result, device, work / result.variant, onnx_root)
        logger.info("%s", results[i].summary())
    return results


@dataclass
class Reference:
    """The fp32 export in the work folder and the figures every other variant is compared with."""

    folder: Path
    result: VariantResult  # published=True here means "passed", until it is actually moved into place
    torch_run: quality.Run  # PyTorch's outputs on the parity prompts, computed once
    blocks: Any  # held-out token blocks for perplexity
    text_source: str
    perplexity: float
    bytes: int
    vocabularies: list[output_vocabulary.Candidate] | None = None  # keep sets to try on each variant
    calibration: Any = None  # token blocks the int8 KV cache's scales are measured on
    calibration_source: str = ""


def _export_reference(cfg: Config, source: Source, dst: Path, cut: bool = False, calibrate: bool = False) -> Reference:
    """The fp32 export and its checks; ``cut``: also the keep sets the int8/int4 variants will try;
    ``calibrate``: also the posts the int8 KV cache's scales are measured on."""
    logger.info("[fp32] exporting with optimum (task %s, opset %d)", variants.TASK, cfg.export.opset)
    started = time.perf_counter()
    try:
        build = variants.build_fp32(source.folder, dst, cfg.export.opset)
    except Exception as exc:
        raise ExportError(f"optimum could not export {source.folder}: {_first_line(exc)}") from None
    export_seconds = time.perf_counter() - started
    decoder = quality.OrtDecoder(dst / variants.MODEL_FILE)
    torch_ref = quality.TorchDecoder(source.model)
    logger.info("[fp32] checking logits and %d greedy tokens against PyTorch", cfg.export.greedy_tokens)
    torch_run = quality.run_prompts(torch_ref.step, source.tokenizer, cfg.export.greedy_tokens)
    parity = quality.check_parity(torch_run, decoder.step, source.tokenizer, cfg.export.greedy_tokens)
    texts, text_source = quality.held_out_texts(source.folder, cfg.data_dir)
    block = min(PPL_BLOCK, int(source.config.get("n_positions", PPL_BLOCK)))
    blocks = quality.token_blocks(source.tokenizer, texts, block)
    logger.info("[fp32] perplexity on %s, %d tokens", text_source, blocks.size)
    ppl = quality.perplexity(decoder.step, blocks)
    torch_ppl = quality.perplexity(torch_ref.step, blocks)
    size = variants.model_bytes(dst)
    metrics = {
        "parity": {**parity.as_dict(), "logits_atol": cfg.export.logits_atol},
        "perplexity": ppl,
        "torch_perplexity": torch_ppl,
        "model_bytes": size,
        "export_seconds": round(export_seconds, 2),
        "build": build,
    }
    ok = parity.max_abs_diff <= cfg.export.logits_atol and parity.greedy_equal
    greedy = "identical" if parity.greedy_equal else f"differ first at (row, step) {parity.first_mismatch}"
    reason = (
        f"matches PyTorch: max |logit diff| {parity.max_abs_diff:.2e} <= {cfg.export.logits_atol:g}, "
        f"{parity.greedy_tokens} greedy tokens identical; perplexity {ppl:.2f}; {_mb(size)}"
        if ok
        else f"differs from PyTorch: max |logit diff| {parity.max_abs_diff:.2e} (limit {cfg.export.logits_atol:g}), "
        f"greedy tokens {greedy}"
    )
    result = VariantResult("fp32", ok, reason, metrics)
    reference = Reference(dst, result, torch_run, blocks, text_source, ppl, size)
    cutting = cfg.export.vocabulary and ok and cut
    if not (cutting or (ok and calibrate and cfg.export.kv_cache == "int8")):
        return reference
    texts, missing = _training_texts(cfg, source)  # read once, for the cut and the KV cache's scales
    if cutting and not texts:
        logger.info("output layer not cut: %s", missing)
    elif cutting:
        logger.info("[fp32] measuring the output tokens of %d training posts", len(texts))
        reference.vocabularies = output_vocabulary.candidates(
            source.folder, texts, decoder.step, source.tokenizer, block
        )
    calibration = quality.token_blocks(source.tokenizer, texts, block, kv_cache.CALIBRATION_TOKENS) if texts else None
    if calibration is not None and calibration.size:
        reference.calibration, reference.calibration_source = calibration, "training posts"
    else:  # no training posts: the held-out posts
        reference.calibration = blocks[: kv_cache.CALIBRATION_TOKENS // block]
        reference.calibration_source = text_source
    return reference


def _training_texts(cfg: Config, source: Source) -> tuple[list[str], str]:
    """The model's training posts, and why there are none when there are none."""
    from export.originality import training_texts

    try:
        texts = training_texts(cfg.data_dir, source.folder)
    except (ValueError, OSError) as exc:
        return [], str(exc)
    return texts, "" if texts else f"no training posts found for {source.folder.name}"


def _build_and_check(
    cfg: Config, source: Source, reference: Reference, variant: str, device: str, dst: Path
) -> VariantResult:
    """Build ``variant`` from the fp32 reference into ``dst`` and check it (removed again if it fails). int4
    tries each of ``[export] int4_block_size`` that fits the model in turn, until one passes."""

    def check(build: Callable[[], dict[str, Any]]) -> VariantResult:
        return _build_and_check_once(cfg, source, reference, variant, device, dst, build)

    if variant != "int4":
        return check(lambda: variants.BUILDERS[variant](reference.folder, dst, source.config))
    sizes = variants.int4_block_sizes(cfg.export.int4_block_size, source.config)

    # The fp32 graph fused once for every try when there may be several: fusing took 17-19 s for GPT-2 124M on
    # two cores, copying it 0.1-1 s, at one more copy in memory (about 0.5 GB) while int4 builds.
    # Fused inside the first try's build, so that a failure there is that try's "build failed".
    @functools.cache
    def fused() -> tuple[Any, dict[str, Any]]:
        return variants.prepared_fp32(reference.folder, source.config)

    def build_int4(size: int) -> dict[str, Any]:
        shared = fused() if len(sizes) > 1 else None
        return variants.build_int4(reference.folder, dst, source.config, size, prepared=shared)

    tried: list[dict[str, Any]] = []
    for k, size in enumerate(sizes):
        result = check(functools.partial(build_int4, size))
        change = result.metrics.get("relative_change")
        tried.append({"block_size": size, "passed": result.published, "relative_change": change})
        if result.published or k == len(sizes) - 1:
            break
        logger.info("[int4] blocks of %d: %s; trying blocks of %d", size, result.reason, sizes[k + 1])
    if result.published:
        result.reason += f"; blocks of {tried[-1]['block_size']}"
    if len(tried) > 1:
        result.metrics.setdefault("build", {})["block_sizes_tried"] = tried
        if not result.published:
            result.reason += f" (blocks of {', '.join(str(t['block_size']) for t in tried)} all tried)"
    return result


def _build_and_check_once(
    cfg: Config,
    source: Source,
    reference: Reference,
    variant: str,
    device: str,
    dst: Path,
    build_variant: Callable[[], dict[str, Any]],
) -> VariantResult:
    logger.info("[%s] building from fp32", variant)
    started = time.perf_counter()
    try:
        build = build_variant()
        decoder = quality.OrtDecoder(dst / variants.MODEL_FILE, device=device)
    except CudaUnavailableError as exc:
        shutil.rmtree(dst, ignore_errors=True)
        return VariantResult(variant, False, f"not checked: {exc}")
    except Exception as exc:
        shutil.rmtree(dst, ignore_errors=True)
        return VariantResult(variant, False, f"build failed: {_first_line(exc)}")
    build_seconds = time.perf_counter() - started
    providers = decoder.session.get_providers()  # what the checks below really ran on
    parity = quality.check_parity(reference.torch_run, decoder.step, source.tokenizer, cfg.export.greedy_tokens)
    logger.info("[%s] perplexity on %d held-out tokens", variant, reference.blocks.size)
    cut = None
    if variant in CUT_VARIANTS and reference.vocabularies:
        tolerance = cfg.export.vocabulary_ppl_tolerance
        cut = output_vocabulary.gate(decoder.step, reference.blocks, reference.vocabularies, tolerance)
        ppl = cut.perplexity
    else:
        ppl = quality.perplexity(decoder.step, reference.blocks)
    del decoder  # close the session before the folder moves
    size = variants.model_bytes(dst)
    tolerance = cfg.export.fp16_ppl_tolerance if variant == "fp16" else cfg.export.int8_ppl_tolerance
    change = (ppl - reference.perplexity) / reference.perplexity
    metrics = {
        "parity": parity.as_dict(),
        "perplexity": ppl,
        "fp32_perplexity": reference.perplexity,
        "relative_change": change,
        "tolerance": tolerance,
        "model_bytes": size,
        "size_vs_fp32": size / reference.bytes,
        "build_seconds": round(build_seconds, 2),
        "providers": providers,
        "build": build,
        "node_types": variants.node_type_counts(dst / variants.MODEL_FILE),
    }
    figures = f"perplexity {ppl:.2f} vs fp32 {reference.perplexity:.2f} ({change:+.2%}, limit ±{tolerance:.0%})"
    if not (parity.max_abs_diff < float("inf") and ppl == ppl):  # inf/NaN logits: overflow
        reason, ok = f"non-finite logits (overflow): {figures}", False
    elif abs(change) > tolerance:
        reason, ok = f"fails the quality gate: {figures}", False
    else:
        reason, ok = f"{figures}; {_mb(size)} ({size / reference.bytes:.0%} of fp32)", True
    if not ok:
        shutil.rmtree(dst, ignore_errors=True)
    result = VariantResult(variant, ok, reason, metrics)
    if cut is not None and reference.vocabularies:
        metrics["vocabulary"] = cut.figures
        if ok and cut.chosen is not None:
            result.vocabulary = reference.vocabularies[cut.chosen].vocabulary()
        if ok:
            result.reason += "; " + _cut_summary(cut.figures)
    return result


def _cut_summary(figures: dict[str, Any]) -> str:
    if not figures["cut"]:
        best = min(figures["candidates"], key=lambda c: c["relative_change"])
        return (
            f"output layer kept whole (the best cut, {best['tokens']} tokens, changes perplexity "
            f"{best['relative_change']:+.1%}, limit {figures['tolerance']:.0%})"
        )
    kept = figures["kept"]
    return (
        f"output layer cut to {kept['tokens']} tokens + escape ({kept['escape_share']:.1%} of the mass), "
        f"perplexity {kept['relative_change']:+.1%}"
    )


def _publish(
    cfg: Config,
    name: str,
    source: Source,
    reference: Reference,
    result: VariantResult,
    device: str,
    built: Path,
    onnx_root: Path,
) -> VariantResult:
    """Write the manifest into the finished folder, then rename it into ``<model>/onnx/<variant>``."""
    import onnx

    model = onnx.load(str(built / variants.MODEL_FILE), load_external_data=False)
    opset = next(op.version for op in model.opset_import if op.domain in ("", "ai.onnx"))
    metrics = result.metrics
    fields = {
        "name": name,
        "variant": result.variant,
        "published": True,  # only variants that passed their checks get a manifest
        "device": device,
        "providers": metrics.get("providers", ["CPUExecutionProvider"]),  # the fp32 reference is checked on the CPU
        "task": variants.TASK,
        "opset": opset,
        "requested_opset": cfg.export.opset,
        "source": {
            "model_dir": str(source.folder),
            "weights": source.weights.name,
            "weights_sha256": sha256_file(source.weights),
        },
        "parity": metrics.get("parity"),
        "quality": {
            "perplexity": metrics.get("perplexity"),
            "fp32_perplexity": metrics.get("fp32_perplexity", reference.perplexity),
            "torch_perplexity": metrics.get("torch_perplexity"),
            "relative_change": metrics.get("relative_change", 0.0),
            "tolerance": metrics.get("tolerance"),
            "text_source": reference.text_source,
            "tokens": int(reference.blocks.size),
        },
        "model_bytes": metrics.get("model_bytes"),
        "size_vs_fp32": metrics.get("size_vs_fp32", 1.0),
        "build": metrics.get("build"),
        "node_types": metrics.get("node_types") or variants.node_type_counts(model),
    }
    if "vocabulary" in metrics:
        fields["vocabulary"] = metrics["vocabulary"]
    if device == "cpu" and cfg.export.kv_cache == "int8":  # before the cut: the gate scores the whole layer
        fields["kv_cache"] = _quantize_kv_cache(cfg, reference, built, result)
    native = _gate_native(cfg, reference, built, result) if device == "cpu" else None  # the whole layer too
    if native is not None:
        fields[native_gate.MANIFEST_KEY] = native
    if result.vocabulary is not None:
        result.vocabulary.save(built, metrics.get("vocabulary"))
    if device == "cpu":
        fields[speed.MANIFEST_KEY] = _measure_speed(built, result.variant, native is None or native["passed"])
    write_manifest(built, fields)
    target = onnx_root / result.variant
    onnx_root.mkdir(exist_ok=True)
    publish_dir(built, target, keep_previous=False)  # the model folder keeps its own .previous; no second copy
    result.path = target
    return result


def _held_out(reference: Reference) -> np.ndarray:
    """The held-out blocks the decode-loop gates score (the int8 cache's, the native engine's)."""
    return reference.blocks[: max(1, kv_cache.GATE_TOKENS // reference.blocks.shape[1])]


def _quantize_kv_cache(cfg: Config, reference: Reference, built: Path, result: VariantResult) -> dict[str, Any]:
    """Measure the variant's int8 KV cache and keep it if it passes (:mod:`export.kv_cache`); the figures."""
    calibration, text_source = reference.calibration, reference.calibration_source
    held_out = _held_out(reference)
    logger.info("[%s] measuring an int8 KV cache on %d tokens of %s", result.variant, calibration.size, text_source)
    try:
        figures = kv_cache.quantize(built, calibration, held_out, cfg.export.kv_cache_ppl_tolerance)
    except NotRewritable as exc:  # the in-place engine does not serve this graph (fp32: no fused attention)
        return {"dtype": "float32", "reason": str(exc)}
    figures["calibration"] = text_source
    result.reason += "; " + kv_cache.summary(figures)
    return figures


def _gate_native(cfg: Config, reference: Reference, built: Path, result: VariantResult) -> dict[str, Any] | None:
    """Whether the native engine may serve the variant (:mod:`export.native_gate`); the figures, or None for a
    graph it does not read."""
    try:
        figures = native_gate.gate(built, _held_out(reference), cfg.export.native_ppl_tolerance)
    except Exception as exc:  # the variant passed its checks; ONNX Runtime alone serves it
        logger.warning("[%s] could not score the native engine: %s", result.variant, _first_line(exc))
        figures = {"passed": False, "reason": _first_line(exc)}
    if figures is not None:
        logger.info("[%s] %s", result.variant, native_gate.summary(figures))
        result.reason += "; " + native_gate.summary(figures)
    return figures


def _measure_speed(built: Path, variant: str, native: bool = True) -> dict[str, Any] | None:
    """This machine's decode speed of the variant (``runtime.variant = "auto"`` serves the fastest); ``native``
    False: the native engine failed its gate, and only ONNX Runtime is timed."""
    logger.info("[%s] timing its decode loop on this CPU", variant)
    try:
        return speed.measure(built, native=native)
    except Exception as exc:  # the variant passed its checks; a failed timing only leaves it unranked
        logger.warning("[%s] could not time its decode loop: %s", variant, _first_line(exc))
        return None


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
