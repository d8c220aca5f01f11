"""``imitate eval``: how well a model imitates its account and how much it copies, in numbers and a plot.

On the model's held-out posts (``data_split.json``) and with the engine the bot would serve:

* **fit**: held-out perplexity of the model, of its base model and of ``<name>.previous`` when there is
  one (all with PyTorch fp32 on the same tokens), so the gain of fine-tuning and of retraining;
* **copying**: ``samples`` posts generated with the model's defaults and no prompt, with the
  originality filter off and on (the same seeds, so the filter's effect is all that differs);
* **style**: the served (filter on) posts against the held-out posts (:mod:`export.imitation`).

It writes a JSON file and a PNG (``<data_dir>/eval/<name>.json|png`` by default), a "Quality" section in
the model card and ``quality`` in ``stats.json`` (both through :func:`record_quality`), and an ``eval``
W&B run with a table of the figures and the plot.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imitate import modelfolder
from imitate.atomic import write_text_atomic
from imitate.config import BuiltinModelConfig, Config, replace
from imitate.errors import UserError

logger = logging.getLogger(__name__)

MIN_HELD_OUT = 20  # fewer held-out posts than this give no meaningful style figures
MIN_SAMPLES = 10
BATCH = 20  # posts per generate call
PPL_TOKENS = 4096  # held-out tokens scored per model (GPT-2 124M: a few seconds each on two cores)
STATS_KEY = "quality"
SECTION = "## Quality"


class EvalError(UserError, ValueError):
    """The model cannot be evaluated (no split, too few held-out posts, ...): one line for the user."""


@dataclass
class EvalResult:
    figures: dict[str, Any]
    json_path: Path
    png_path: Path
    note: str | None  # e.g. "no published ONNX variant: generated with the PyTorch engine"

    def table(self) -> str:
        return format_table(self.figures)

    def headline(self) -> str:
        return headline(self.figures)


# --- inputs -----------------------------------------------------------------------------------------------


def model_folder(cfg: Config, name: str) -> Path:
    folder = modelfolder.locate(cfg.data_dir, name)
    if not (folder / modelfolder.CONFIG).is_file():
        raise EvalError(f"no model named {name!r} in {folder.parent} (train it first: imitate train HANDLE)")
    return folder


def read_texts(cfg: Config, folder: Path) -> tuple[list[str], list[str]]:
    """(held-out posts, training posts) of the model, cleaned as for training."""
    from export.originality import training_texts
    from export.quality import read_val_posts

    split_path = folder / modelfolder.DATA_SPLIT
    if not split_path.is_file():
        raise EvalError(
            f"{split_path} is missing: eval needs the model's held-out posts (retrain it with imitate train)"
        )
    try:
        split = json.loads(split_path.read_text(encoding="utf-8"))
        val_ids = {handle: {str(i) for i in ids} for handle, ids in split["val_ids"].items()}
        training = training_texts(cfg.data_dir, folder)
    except (json.JSONDecodeError, KeyError, AttributeError, TypeError, ValueError) as exc:
        raise EvalError(f"{split_path} is not a usable data split: {exc}") from None
    held_out = read_val_posts(cfg.data_dir, val_ids)
    if len(held_out) < MIN_HELD_OUT:
        raise EvalError(
            f"{folder.name} has {len(held_out)} held-out posts in the tweet store; eval needs at least "
            f"{MIN_HELD_OUT} (fetch more posts or raise train.val_fraction, then retrain)"
        )
    return held_out, training


# --- fit --------------------------------------------------------------------------------------------------


def _load_folder_model(folder: Path):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(folder, dtype="float32")


def _load_base_model(folder: Path, stats: dict[str, Any]) -> tuple[Any | None, str]:
    """The model this one was fine-tuned from, as it was before training; None (and why) when unavailable."""
    from trainer.model import BUILTIN, load_base_model

    base = str(stats.get("base_model") or "")
    if not base:
        return None, "stats.json names no base model"
    if base == BUILTIN:  # rebuilt exactly: same size, same seed
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        size = BuiltinModelConfig(
            n_layer=config["n_layer"],
            n_head=config["n_head"],
            n_embd=config["n_embd"],
            n_positions=config["n_positions"],
        )
        return load_base_model(BUILTIN, size, seed=int(stats.get("seed", 0)))[0], base
    try:
        return load_base_model(base, BuiltinModelConfig())[0], base
    except UserError as exc:
        logger.warning("base model perplexity skipped: %s", exc)
        return None, f"{base} (unavailable: {exc})"


def _perplexity(model, tokenizer, texts: Sequence[str], block: int) -> float:
    from export.quality import TorchDecoder, perplexity, token_blocks

    context = int(getattr(model.config, "n_positions", block) or block)
    blocks = token_blocks(tokenizer, texts, min(block, context), max_tokens=PPL_TOKENS)
    return perplexity(TorchDecoder(model).step, blocks)


def fit_figures(folder: Path, held_out: Sequence[str]) -> dict[str, Any]:
    """Held-out perplexity of the model, its base model and its previous version (None when absent)."""
    from transformers import AutoTokenizer

    stats = modelfolder.read_stats(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    block = int((stats.get("hyperparameters") or {}).get("block_size") or 1024)
    model_ppl = _perplexity(_load_folder_model(folder), tokenizer, held_out, block)
    base_model, base_name = _load_base_model(folder, stats)
    base_ppl = _perplexity(base_model, tokenizer, held_out, block) if base_model is not None else None
    previous = modelfolder.previous_dir(folder)
    previous_ppl = None
    if (previous / "config.json").is_file():
        previous_ppl = _perplexity(_load_folder_model(previous), tokenizer, held_out, block)
    return {
        "perplexity": model_ppl,
        "base_model": base_name,
        "base_perplexity": base_ppl,
        "previous_perplexity": previous_ppl,
        "gain_vs_base": base_ppl / model_ppl if base_ppl else None,
        "gain_vs_previous": previous_ppl / model_ppl if previous_ppl else None,
        "block_size": block,
        "max_tokens": PPL_TOKENS,
    }


# --- generation -------------------------------------------------------------------------------------------


def compare_fit(cfg: Config, candidate: Path, serving: Path) -> dict[str, Any]:
    """The quality gate's figure: held-out perplexity of a retrained model and of the model it would
    replace, both on the new model's held-out posts (the same posts, so the two numbers compare)."""
    from transformers import AutoTokenizer

    held_out, _ = read_texts(cfg, candidate)
    tokenizer = AutoTokenizer.from_pretrained(candidate)
    block = int((modelfolder.read_stats(candidate).get("hyperparameters") or {}).get("block_size") or 1024)
    return {
        "perplexity": _perplexity(_load_folder_model(candidate), tokenizer, held_out, block),
        "serving_perplexity": _perplexity(_load_folder_model(serving), tokenizer, held_out, block),
        "held_out_posts": len(held_out),
    }


def open_generator(cfg: Config, folder: Path) -> tuple[Any, str | None]:
    """The served engine with the originality index loaded (the filter is chosen per call), and a note
    when the model has no published ONNX variant and the PyTorch engine stands in."""
    from export.runtime import load_generator

    cfg = replace(cfg, runtime=replace(cfg.runtime, originality=True))
    generator = load_generator(cfg, str(folder))
    note = None
    if generator.engine == "torch" and not modelfolder.published_variants(folder):
        note = (
            f"{folder.name} has no published ONNX variant: generated with the PyTorch engine "
            f"(run `imitate export {folder.name}` to measure the one the bot serves)"
        )
    return generator, note


def _batches(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def generate_posts(generator, samples: int, seed: int, progress) -> tuple[list[str], list[str]]:
    """``samples`` posts with no prompt, ``BATCH`` per request (request ``i`` uses seed ``seed + i``):
    (with the originality filter off, with it on).

    Every request is submitted at once, so the runtime's decode loop runs them together (up to
    ``runtime.max_batch`` rows), with the filter on; each request's first draw, before any redraw, is
    what the same seed gives with the filter off, so one pass measures both."""
    requests = list(enumerate(_batches(samples, BATCH)))
    submit = getattr(generator, "submit", None)
    if submit is None:  # a generator without the shared loop: one request at a time, twice
        raw: list[str] = []
        served: list[str] = []
        for originality, out in ((False, raw), (True, served)):
            for i, n in requests:
                out.extend(generator.generate("", n=n, seed=seed + i, originality=originality))
                progress(n)
        return raw, served
    futures = [submit("", n=n, seed=seed + i, originality=True) for i, n in requests]
    for future in futures:
        future.add_done_callback(lambda done: None if done.exception() else progress(2 * len(done.result())))
    served = [post for future in futures for post in future.result()]
    raw = [post for future in futures for post in future.first_draw]
    return raw, served


class _Progress:
    """A tqdm bar on a terminal; plain log lines otherwise."""

    def __init__(self, total: int, desc: str) -> None:
        from tqdm import tqdm

        self.total, self.done, self.desc = total, 0, desc
        self.bar = tqdm(total=total, desc=desc, unit="post") if sys.stderr.isatty() else None

    def __call__(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        else:
            logger.info("%s: %d/%d posts generated", self.desc, self.done, self.total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --- the whole evaluation ---------------------------------------------------------------------------------


def evaluate(
    cfg: Config,
    name: str,
    samples: int = 200,
    json_path: Path | None = None,
    png_path: Path | None = None,
    seed: int | None = None,
) -> EvalResult:
    """Evaluate model ``name`` (or a model folder path); see the module docstring for what it writes."""
    from export.evalplot import plot_quality
    from export.imitation import word_counts

    if samples < MIN_SAMPLES:
        raise EvalError(f"--samples must be at least {MIN_SAMPLES}, got {samples}")
    folder = model_folder(cfg, name)
    held_out, training = read_texts(cfg, folder)
    seed = cfg.train.seed if seed is None else seed
    logger.info("%s: %d held-out and %d training posts", folder.name, len(held_out), len(training))
    fit = fit_figures(folder, held_out)
    generator, note = open_generator(cfg, folder)
    progress = _Progress(2 * samples, f"eval {folder.name} (filter off, then on)")
    try:
        raw, served = generate_posts(generator, samples, seed, progress)
    finally:
        progress.close()
        generator.close()
    figures = measure(generator, held_out, training, raw, served, cfg.runtime.originality_words)
    figures.update({"name": folder.name, "samples": samples, "seed": seed, "fit": fit})
    if note:
        figures["note"] = note
    stem = Path(cfg.data_dir) / "eval" / folder.name
    json_path = Path(json_path) if json_path else stem.with_suffix(".json")
    png_path = Path(png_path) if png_path else stem.with_suffix(".png")
    plot_quality(
        png_path,
        f"{folder.name}: real vs generated ({generator.engine} {generator.variant})",
        word_counts(held_out),
        word_counts(served),
        plot_bars(figures),
    )
    write_text_atomic(json_path, json.dumps({**figures, "examples": served[:10]}, indent=2, ensure_ascii=False) + "\n")
    record_quality(folder, figures)
    log_to_wandb(cfg, folder, figures, png_path)
    return EvalResult(figures, json_path, png_path, note)


def measure(
    generator, held_out: list[str], training: list[str], raw: list[str], served: list[str], n: int
) -> dict[str, Any]:
    """The copying and style figures of generated posts (``raw``: filter off, ``served``: filter on)."""
    from export.imitation import copy_figures, style_figures

    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": generator.engine,
        "variant": generator.variant,
        "device": generator.device,
        "held_out_posts": len(held_out),
        "training_posts": len(training),
        "copying": {
            "filter_off": copy_figures(raw, training, n).as_dict(),
            "filter_on": copy_figures(served, training, n).as_dict(),
        },
        "style": style_figures(held_out, served).as_dict(),
    }


def plot_bars(figures: dict[str, Any]) -> dict[str, tuple[float, float | None]]:
    style, copying = figures["style"], figures["copying"]
    real, gen = style["real"], style["generated"]
    return {
        "copies, filter off": (copying["filter_off"]["copy_share"], None),
        "copies, filter on": (copying["filter_on"]["copy_share"], None),
        "exact copies, filter off": (copying["filter_off"]["exact_share"], None),
        "classifier accuracy": (style["classifier_accuracy"], 0.5),
        "length KS distance": (style["length_ks"], None),
        "distinct-1": (gen["distinct_1"], real["distinct_1"]),
        "distinct-2": (gen["distinct_2"], real["distinct_2"]),
        "hashtags / post": (min(gen["hashtags"], 1.0), min(real["hashtags"], 1.0)),
        "mentions / post": (min(gen["mentions"], 1.0), min(real["mentions"], 1.0)),
        "emoji / post": (min(gen["emoji"], 1.0), min(real["emoji"], 1.0)),
    }


# --- what it reports --------------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1e4 else f"{value:.3g}"
    return str(value)


def _pct(value: float) -> str:
    return f"{value:.1%}"


def rows(figures: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(figure, generated/model, real/reference) rows, shared by the terminal, the card and W&B."""
    fit, style = figures["fit"], figures["style"]
    off, on = figures["copying"]["filter_off"], figures["copying"]["filter_on"]
    real, gen = style["real"], style["generated"]
    n = off["n"]
    return [
        ("held-out perplexity (model / base)", _fmt(fit["perplexity"]), _fmt(fit["base_perplexity"])),
        ("perplexity gain vs base", f"{_fmt(fit['gain_vs_base'])}x", ""),
        ("held-out perplexity of the previous version", _fmt(fit["previous_perplexity"]), ""),
        ("perplexity gain vs previous", f"{_fmt(fit['gain_vs_previous'])}x" if fit["gain_vs_previous"] else "n/a", ""),
        (
            f"posts with a {n}+ word run from training (filter off / on)",
            _pct(off["copy_share"]),
            _pct(on["copy_share"]),
        ),
        ("exact copies (filter off / on)", _pct(off["exact_share"]), _pct(on["exact_share"])),
        ("longest shared run, words (filter off / on)", str(off["longest_run"]), str(on["longest_run"])),
        ("length KS distance", _fmt(style["length_ks"]), ""),
        ("mean words per post (generated / real)", _fmt(gen["mean_words"]), _fmt(real["mean_words"])),
        ("median words per post (generated / real)", _fmt(gen["median_words"]), _fmt(real["median_words"])),
        ("distinct-1 (generated / real)", _fmt(gen["distinct_1"]), _fmt(real["distinct_1"])),
        ("distinct-2 (generated / real)", _fmt(gen["distinct_2"]), _fmt(real["distinct_2"])),
        ("hashtags per post (generated / real)", _fmt(gen["hashtags"]), _fmt(real["hashtags"])),
        ("mentions per post (generated / real)", _fmt(gen["mentions"]), _fmt(real["mentions"])),
        ("emoji per post (generated / real)", _fmt(gen["emoji"]), _fmt(real["emoji"])),
        ("real-vs-generated classifier accuracy (0.5: indistinguishable)", _pct(style["classifier_accuracy"]), ""),
    ]


def format_table(figures: dict[str, Any]) -> str:
    table = rows(figures)
    width = max(len(r[0]) for r in table)
    title = (
        f"{figures['name']}: {figures['samples']} posts from the {figures['engine']} {figures['variant']} "
        f"engine vs {figures['held_out_posts']} held-out posts"
    )
    lines = [title]
    lines += [f"  {label:<{width}}  {a:>9}  {b:>9}".rstrip() for label, a, b in table]
    return "\n".join(lines)


def headline(figures: dict[str, Any]) -> str:
    fit, style, off = figures["fit"], figures["style"], figures["copying"]["filter_off"]
    return (
        f"perplexity {_fmt(fit['perplexity'])} vs base {_fmt(fit['base_perplexity'])} "
        f"(gain {_fmt(fit['gain_vs_base'])}x); copies {_pct(off['copy_share'])} "
        f"({figures['copying']['filter_on']['copy_share']:.1%} with the filter); "
        f"classifier accuracy {_pct(style['classifier_accuracy'])}"
    )


def card_section(figures: dict[str, Any]) -> str:
    lines = [
        SECTION,
        "",
        (
            f"Measured by `imitate eval` on {figures['date']}: {figures['samples']} posts generated with no prompt "
            f"by the {figures['engine']} {figures['variant']} engine, with the originality filter off and on, "
            f"against {figures['held_out_posts']} held-out posts. Perplexities are on the held-out posts; the "
            "classifier is TF-IDF plus logistic regression, cross-validated (50% means it cannot tell real from "
            "generated)."
        ),
        "",
        "| Figure | Value | Reference |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {label} | {a} | {b} |" for label, a, b in rows(figures)]
    return "\n".join(lines)


_HEADING = re.compile(r"^## ", re.MULTILINE)


def with_section(card: str, section: str) -> str:
    """``card`` with its Quality section replaced by ``section`` (or inserted before "How to use")."""
    parts = _HEADING.split(card)
    head, bodies = parts[0], [f"## {p}" for p in parts[1:]]
    kept = [b for b in bodies if not b.startswith(SECTION + "\n") and b.rstrip() != SECTION]
    at = next((i for i, b in enumerate(kept) if b.startswith("## How to use")), len(kept))
    kept.insert(at, section.rstrip("\n") + "\n\n")
    text = head + "".join(kept)
    return text.rstrip("\n") + "\n"


def record_quality(folder: Path, figures: dict[str, Any]) -> None:
    """The one writer into the model folder: ``quality`` in ``stats.json`` and the card's Quality section.

    Under the folder's lock (a training or export of the model meanwhile waits or is refused), each file
    is replaced atomically; a second evaluation replaces the first's figures and section.
    """
    folder = Path(folder)
    with modelfolder.lock(folder):
        stats = modelfolder.read_stats(folder)
        stats[STATS_KEY] = figures
        modelfolder.write_stats(folder, stats)
        card_path = folder / modelfolder.CARD
        card = card_path.read_text(encoding="utf-8") if card_path.is_file() else ""
        write_text_atomic(card_path, with_section(card, card_section(figures)))


def log_to_wandb(cfg: Config, folder: Path, figures: dict[str, Any], png_path: Path) -> None:
    from trainer.tracking import Tracker

    handles = [str(h) for h in modelfolder.read_stats(folder).get("handles") or [folder.name]]
    Tracker(cfg, folder.name, handles).log_evaluation(figures, rows(figures), png_path)
