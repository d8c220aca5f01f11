"""Fine-tune a GPT-2 on one to three accounts' posts and write a Hugging Face model folder.

huggingtweets' recipe: posts joined by ``<|endoftext|>``, shuffled, packed into blocks of the model's
length, 4 epochs, AdamW at 1.372e-4 with a cosine schedule and no warmup; about 10% of the posts held
out for the validation loss. Each step below is a short helper; ``train`` strings them together:

  load posts -> clean + amount check -> split per handle -> base model -> per epoch: balance, pack,
  optimise (checkpointing) -> validate -> model folder (written atomically) + stats + card -> W&B.

An interrupted run resumes from ``<data_dir>/checkpoints/<name>/`` when its handles, settings and data
are unchanged; the checkpoint is removed once the model folder is in place.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import platform
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import torch

from imitate import hardware, modelfolder
from imitate.config import Config, TrainConfig, replace
from imitate.modelfolder import model_dir as default_model_dir
from imitate.paths import model_name, normalize_handle, tweets_path
from imitate.wording import count
from trainer.checkpoint import State, checkpoint_dir, find_checkpoint, load_checkpoint, run_fingerprint, save_checkpoint
from trainer.clean import CleanResult, check_amount, clean_posts, data_table_markdown
from trainer.dataset import IGNORE_INDEX, TokenCache, balance, pack_blocks, split_posts
from trainer.folder import write_model_folder
from trainer.model import BUILTIN, load_base_model
from trainer.posts import InputError, read_posts
from trainer.space import require_training_space
from trainer.tracking import Tracker

logger = logging.getLogger(__name__)

MAX_HANDLES = 3


@dataclass
class TrainResult:
    model_dir: Path
    stats: dict[str, Any]
    data_table: str = ""

    def summary(self) -> str:
        s = self.stats
        return "\n".join(
            [
                self.data_table.rstrip("\n"),
                "",
                f"train loss {s['train_loss']:.4f} | validation loss {s['val_loss']:.4f} | "
                f"perplexity {s['val_perplexity']:.2f}",
                f"{count(s['steps'], 'step')}, {count(s['train_tokens'], 'token', thousands=True)} "
                f"in {s['duration_seconds']:.0f} s "
                f"on {s['device']} ({s['precision']})",
                f"model: {self.model_dir}",
                f"card:  {self.model_dir / 'README.md'}",
            ]
        )


@dataclass
class Split:
    """Post ids per handle for training and validation, and each post's text by key."""

    train_ids: dict[str, list[str]]
    val_ids: dict[str, list[str]]
    texts: dict[str, str]  # key "<handle>/<id>" -> cleaned text

    @staticmethod
    def key(handle: str, post_id: str) -> str:
        return f"{handle}/{post_id}"

    def train_keys(self) -> dict[str, list[str]]:
        return {h: [self.key(h, i) for i in ids] for h, ids in self.train_ids.items()}

    def val_texts(self) -> list[str]:
        return [self.texts[self.key(h, i)] for h, ids in sorted(self.val_ids.items()) for i in ids]


# --- data ---------------------------------------------------------------------------------------------


def resolve_handles(handles: list[str]) -> list[str]:
    names = sorted({normalize_handle(h) for h in handles})
    if not names:
        raise InputError("name at least one handle to train on")
    if len(names) > MAX_HANDLES:
        raise InputError(f"at most {MAX_HANDLES} handles train one model, got {len(names)}: {', '.join(names)}")
    return names


def load_clean_data(cfg: Config, handles: list[str]) -> list[CleanResult]:
    results = [clean_posts(h, read_posts(tweets_path(cfg.data_dir, h)), cfg.clean) for h in handles]
    check_amount(results, cfg.clean)
    return results


def split_data(results: list[CleanResult], val_fraction: float, seed: int) -> Split:
    split = Split(train_ids={}, val_ids={}, texts={})
    for result in results:
        train_ids, val_ids = split_posts(result.ids, val_fraction, seed)
        split.train_ids[result.handle] = sorted(train_ids)
        split.val_ids[result.handle] = sorted(val_ids)
        split.texts.update({Split.key(result.handle, i): t for i, t in zip(result.ids, result.texts, strict=True)})
    return split


def epoch_blocks(split: Split, tokenizer, block_size: int, seed: int, epoch: int, cache: TokenCache):
    """This epoch's training blocks: the balanced, shuffled posts packed into blocks."""
    keys = balance(split.train_keys(), seed, epoch)
    return pack_blocks([split.texts[k] for k in keys], tokenizer, block_size, cache=cache)


# --- device, model --------------------------------------------------------------------------------------


def pick_device(setting: str) -> torch.device:
    """``train.device``: auto takes a GPU when torch sees one; cuda without one is refused (one line)."""
    return torch.device(hardware.resolve_device(setting, strict=True, what="train.device"))


def pick_precision(setting: str, device: torch.device) -> str:
    """auto: bf16 autocast where it helps (a CUDA device with bf16, or a CPU with native bf16), else fp32."""
    if setting == "auto":
        if device.type == "cuda":
            return "bf16" if hardware.cuda_bf16() else "fp32"
        return "bf16" if hardware.cpu_has_native_bf16() else "fp32"
    if setting == "bf16" and device.type == "cuda" and not hardware.cuda_bf16():
        raise InputError('train.precision = "bf16" but this GPU does not support bfloat16 (use "auto" or "fp32")')
    return setting


def resolve_block_size(requested: int, model) -> int:
    context = int(model.config.n_positions)
    if requested > context:
        logger.warning("train.block_size %d is over the model's context %d: using %d", requested, context, context)
    return min(requested or context, context)


def _autocast(device: torch.device, precision: str):
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=precision == "bf16")


# --- the loop ---------------------------------------------------------------------------------------------


@dataclass
class TrainingRun:
    """Everything the training loop needs, built once by ``train``."""

    cfg: Config
    model: Any
    tokenizer: Any
    split: Split
    block_size: int
    device: torch.device
    precision: str
    optimizer: Any
    scheduler: Any
    val_blocks: Any
    micro_per_epoch: int
    steps_per_epoch: int
    total_steps: int
    checkpoint: Path
    fingerprint: dict
    tracker: Tracker
    cache: TokenCache
    started: float = 0.0  # monotonic time this process started (or last checkpointed) training


def build_optimizer(model, cfg: Config, device: torch.device, total_steps: int):
    from transformers import get_scheduler

    t = cfg.train
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=t.learning_rate, weight_decay=t.weight_decay, fused=device.type == "cuda" or None
    )
    scheduler = get_scheduler(
        t.lr_scheduler, optimizer, num_warmup_steps=t.warmup_steps, num_training_steps=total_steps
    )
    return optimizer, scheduler


def count_steps(n_blocks: int, cfg: Config) -> tuple[int, int, int]:
    """(micro-batches per epoch, optimizer steps per epoch, total optimizer steps)."""
    t = cfg.train
    micro = math.ceil(n_blocks / t.batch_size)
    per_epoch = math.ceil(micro / t.gradient_accumulation_steps)
    total = max(1, math.ceil(t.epochs * per_epoch))
    if t.max_steps:
        total = min(total, t.max_steps)
    return micro, per_epoch, total


def forward_loss(model, input_ids, labels, device: torch.device, precision: str):
    with _autocast(device, precision):
        return model(input_ids=input_ids.to(device), labels=labels.to(device)).loss


def evaluate(run: TrainingRun) -> float:
    """Mean validation loss over the held-out blocks."""
    model, blocks, batch = run.model, run.val_blocks, run.cfg.train.batch_size
    model.eval()
    total, count = 0.0, 0
    with torch.inference_mode():
        for start in range(0, blocks.input_ids.shape[0], batch):
            ids = blocks.input_ids[start : start + batch]
            labels = blocks.labels[start : start + batch]
            loss = forward_loss(model, ids, labels, run.device, run.precision)
            n = int((labels[:, 1:] != IGNORE_INDEX).sum())
            total, count = total + float(loss) * n, count + n
    model.train()
    return total / count if count else float("nan")


def optimizer_step(run: TrainingRun) -> None:
    """Clip, step the optimizer and the schedule, clear the gradients (one optimizer step)."""
    if run.cfg.train.max_grad_norm > 0:
        torch.nn.utils.clip_grad_norm_(run.model.parameters(), run.cfg.train.max_grad_norm)
    run.optimizer.step()
    run.scheduler.step()
    run.optimizer.zero_grad(set_to_none=True)


class Progress:
    """A tqdm bar on a terminal; plain log lines every ``every`` steps otherwise."""

    def __init__(self, total: int, initial: int) -> None:
        from tqdm.auto import tqdm

        self.tty = sys.stderr.isatty()
        self.total = total
        self.every = max(1, min(50, total // 10))
        self.started = time.monotonic()
        self.tokens = 0
        self.bar = tqdm(total=total, initial=initial, unit="step", disable=not self.tty, dynamic_ncols=True)

    def update(self, step: int, epoch: int, loss: float, lr: float, tokens: int) -> None:
        self.tokens += tokens
        self.bar.update(1)
        self.bar.set_postfix(epoch=epoch + 1, loss=f"{loss:.3f}", refresh=False)
        if not self.tty and (step % self.every == 0 or step == self.total):
            rate = self.tokens / max(time.monotonic() - self.started, 1e-9)
            logger.info(
                "step %d/%d epoch %d loss %.4f lr %.3g (%.0f tokens/s)", step, self.total, epoch + 1, loss, lr, rate
            )

    def close(self) -> None:
        self.bar.close()


def _validate(run: TrainingRun, state: State) -> None:
    val_loss = evaluate(run)
    state.val_losses.append([state.step, val_loss])
    logger.info(
        "epoch %d step %d: validation loss %.4f, perplexity %.2f",
        state.epoch + 1,
        state.step,
        val_loss,
        _perplexity(val_loss),
    )
    run.tracker.log_metrics(
        {"val/loss": val_loss, "val/perplexity": _perplexity(val_loss), "epoch": state.epoch + 1}, step=state.step
    )


def run_epoch(run: TrainingRun, state: State, progress: Progress) -> None:
    """Train from ``state.micro`` to the end of ``state.epoch`` (or until the total step count)."""
    t = run.cfg.train
    blocks = epoch_blocks(run.split, run.tokenizer, run.block_size, t.seed, state.epoch, run.cache)
    run.model.train()
    accum = t.gradient_accumulation_steps
    group_loss, group_tokens = torch.zeros((), device=run.device), 0
    while state.micro < run.micro_per_epoch and state.step < run.total_steps:
        group_start = state.micro - state.micro % accum
        group = min(accum, run.micro_per_epoch - group_start)
        start = state.micro * t.batch_size
        ids, labels = blocks.input_ids[start : start + t.batch_size], blocks.labels[start : start + t.batch_size]
        loss = forward_loss(run.model, ids, labels, run.device, run.precision) / group
        loss.backward()
        group_loss += loss.detach()  # summed on the device: one sync per optimizer step, not per batch
        state.micro += 1
        group_tokens += int(ids.numel())
        if state.micro - group_start < group:
            continue
        optimizer_step(run)
        state.step += 1
        state.train_tokens += group_tokens
        step_loss = float(group_loss)
        state.losses.append([state.step, step_loss])
        lr = run.scheduler.get_last_lr()[0]
        run.tracker.log_metrics({"train/loss": step_loss, "train/lr": lr}, step=state.step)
        progress.update(state.step, state.epoch, step_loss, lr, group_tokens)
        group_loss, group_tokens = torch.zeros((), device=run.device), 0
        if state.step % t.checkpoint_every == 0 and state.step < run.total_steps:
            _checkpoint(run, state)


def _checkpoint(run: TrainingRun, state: State) -> None:
    now = time.monotonic()
    state.elapsed, run.started = state.elapsed + now - run.started, now
    save_checkpoint(run.checkpoint, run.fingerprint, run.model, run.optimizer, run.scheduler, state)


def train_loop(run: TrainingRun, state: State) -> State:
    run.started = time.monotonic()
    progress = Progress(run.total_steps, state.step)
    try:
        while state.step < run.total_steps:
            run_epoch(run, state, progress)
            if state.micro >= run.micro_per_epoch:  # a whole epoch is done
                _validate(run, state)
                state.epoch, state.micro = state.epoch + 1, 0
                if state.step < run.total_steps:
                    _checkpoint(run, state)
    finally:
        progress.close()
    if not state.val_losses or state.val_losses[-1][0] != state.step:
        _validate(run, state)  # stopped inside an epoch (max_steps or fractional epochs)
    state.elapsed += time.monotonic() - run.started
    return state


# --- output -----------------------------------------------------------------------------------------------


def _perplexity(loss: float) -> float:
    return math.exp(min(loss, 50.0))


def _versions() -> dict[str, str]:
    import transformers

    import imitate

    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "imitate": imitate.__version__,
    }


def build_stats(
    run: TrainingRun, handles: list[str], results: list[CleanResult], state: State, hyper: dict[str, Any]
) -> dict[str, Any]:
    name = model_name(handles)
    last_epoch = [loss for _step, loss in state.losses[-run.steps_per_epoch :]] or [float("nan")]
    val_loss = state.val_losses[-1][1]
    return {
        "name": name,
        "handles": handles,
        "base_model": run.cfg.train.base_model,
        "data": {r.handle: r.counts.as_dict() for r in results},
        "hyperparameters": hyper,
        "seed": run.cfg.train.seed,
        "train_loss": sum(last_epoch) / len(last_epoch),  # mean over the last epoch's steps
        "val_loss": val_loss,
        "val_perplexity": _perplexity(val_loss),
        "losses": state.losses,
        "val_losses": state.val_losses,
        "train_tokens": state.train_tokens,
        "steps": state.step,
        "duration_seconds": round(state.elapsed, 2),
        "device": str(run.device),
        "precision": run.precision,
        "versions": _versions(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generation": dataclasses.asdict(run.cfg.generate),
    }


def hyperparameters(cfg: Config, block_size: int, total_steps: int, precision: str) -> dict[str, Any]:
    t = cfg.train
    hyper = {
        "epochs": t.epochs,
        "learning_rate": t.learning_rate,
        "lr_scheduler": t.lr_scheduler,
        "warmup_steps": t.warmup_steps,
        "weight_decay": t.weight_decay,
        "optimizer": "AdamW",
        "batch_size": t.batch_size,
        "gradient_accumulation_steps": t.gradient_accumulation_steps,
        "block_size": block_size,
        "max_grad_norm": t.max_grad_norm,
        "val_fraction": t.val_fraction,
        "max_steps": t.max_steps,
        "total_steps": total_steps,
        "precision": precision,
    }
    if t.base_model == BUILTIN:
        hyper["builtin"] = dataclasses.asdict(t.builtin)
    return hyper


def builtin_schedule(t: TrainConfig) -> TrainConfig:
    """``base_model = "builtin"`` with ``[train]``'s schedule untouched: ``[train.builtin]``'s schedule.

    ``[train]``'s defaults suit fine-tuning a pre-trained GPT-2; a random model learns little with them
    (held-out perplexity 15,196 after 4 epochs at 1.4e-4 on 1,000 @elonmusk posts, 1,384 after 8 at 1e-3).
    A schedule set in ``[train]`` (any of the three fields) is kept as it is.
    """
    keys = ("epochs", "learning_rate", "warmup_steps")
    default = TrainConfig()
    if t.base_model != BUILTIN or any(getattr(t, k) != getattr(default, k) for k in keys):
        return t
    changes = {k: getattr(t.builtin, k) for k in keys}
    logger.info(
        "builtin model: the schedule of [train.builtin] (%s)", ", ".join(f"{k} {v}" for k, v in changes.items())
    )
    return replace(t, **changes)


def base_model_info(base_model: str) -> dict[str, Any]:
    if base_model == BUILTIN:
        return {"kind": "builtin"}
    if Path(base_model).expanduser().is_dir():
        return {"kind": "local"}
    return {"kind": "hub"}


# --- the whole run ------------------------------------------------------------------------------------------


def prepare_run(
    cfg: Config, handles: list[str], split: Split, tracker: Tracker, resume: bool, checkpoint: Path
) -> tuple[TrainingRun, State]:
    t = cfg.train
    if not any(split.train_ids.values()):
        raise InputError("no training posts left after the validation split")
    model, tokenizer = load_base_model(t.base_model, t.builtin, seed=t.seed)
    device = pick_device(t.device)
    precision = pick_precision(t.precision, device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    model.to(device)
    block_size = resolve_block_size(t.block_size, model)
    cache = TokenCache(tokenizer)
    first = epoch_blocks(split, tokenizer, block_size, t.seed, 0, cache)
    micro, per_epoch, total = count_steps(first.input_ids.shape[0], cfg)
    optimizer, scheduler = build_optimizer(model, cfg, device, total)
    val_blocks = pack_blocks(split.val_texts(), tokenizer, block_size, pad_tail=True, cache=cache)
    fingerprint = run_fingerprint(cfg, handles, split.train_ids, split.val_ids, block_size)
    run = TrainingRun(
        cfg=cfg,
        model=model,
        tokenizer=tokenizer,
        split=split,
        block_size=block_size,
        device=device,
        precision=precision,
        optimizer=optimizer,
        scheduler=scheduler,
        val_blocks=val_blocks,
        micro_per_epoch=micro,
        steps_per_epoch=per_epoch,
        total_steps=total,
        checkpoint=checkpoint,
        fingerprint=fingerprint,
        tracker=tracker,
        cache=cache,
    )
    found = find_checkpoint(checkpoint, fingerprint, resume)
    state = load_checkpoint(found, model, optimizer, scheduler, device) if found else State()
    if not found:
        torch.manual_seed(t.seed)
    logger.info(
        "training %s on %s (%s): %d train blocks of %d tokens, %d validation blocks, %d steps",
        t.base_model,
        device,
        precision,
        first.input_ids.shape[0],
        block_size,
        val_blocks.input_ids.shape[0],
        total,
    )
    return run, state


def train(
    cfg: Config,
    handles: list[str],
    *,
    output_dir: Path | None = None,
    resume: bool = True,
    checkpoint_path: Path | None = None,
) -> TrainResult:
    """Fine-tune ``cfg.train.base_model`` on the handles' stored posts; write the model folder.

    ``output_dir`` defaults to ``<data_dir>/models/<name>/`` (a retraining job passes its staging
    folder); ``checkpoint_path`` to ``<data_dir>/checkpoints/<output folder's name>/``, so each output
    has its own checkpoint. The output folder's lock is held for the whole run: a second training of
    the same model (another ``imitate train``) is refused with one line naming this one, instead of
    resuming from a checkpoint that is still being written or publishing over it. Raises InputError /
    NotEnoughDataError / BaseModelError / LockBusyError with a message for the user.
    """
    handles = resolve_handles(handles)
    cfg = replace(cfg, train=builtin_schedule(cfg.train))
    name = model_name(handles)
    target = Path(output_dir) if output_dir else default_model_dir(cfg.data_dir, name)
    checkpoint = Path(checkpoint_path) if checkpoint_path else checkpoint_dir(cfg.data_dir, target.name)
    results = load_clean_data(cfg, handles)  # too little data fails here, before anything is written
    with modelfolder.lock(target):
        return _train(cfg, handles, name, target, checkpoint, resume, results)


def _train(
    cfg: Config, handles: list[str], name: str, target: Path, checkpoint: Path, resume: bool, results: list[CleanResult]
) -> TrainResult:
    split = split_data(results, cfg.train.val_fraction, cfg.train.seed)
    with Tracker(cfg, name, handles) as tracker:
        labels = {
            h: {**dict.fromkeys(split.train_ids[h], "train"), **dict.fromkeys(split.val_ids[h], "val")} for h in handles
        }
        tracker.log_datasets([tweets_path(cfg.data_dir, h) for h in handles], results, labels)
        run, state = prepare_run(cfg, handles, split, tracker, resume, checkpoint)
        require_training_space(run.model, target, checkpoint, checkpoints=run.total_steps > min(
            cfg.train.checkpoint_every, run.steps_per_epoch))  # fmt: skip
        hyper = hyperparameters(cfg, run.block_size, run.total_steps, run.precision)
        tracker.start_training(
            {**hyper, "seed": cfg.train.seed, "base_model": cfg.train.base_model},
            cfg.train.base_model,
            base_model_info(cfg.train.base_model),
        )
        state = train_loop(run, state)
        stats = build_stats(run, handles, results, state, hyper)
        if tracker.enabled and cfg.train.sample_count:
            from trainer.samples import sample_posts

            prompt = cfg.train.sample_prompt
            posts = sample_posts(
                run.model, run.tokenizer, prompt, cfg.train.sample_count, cfg.generate, seed=cfg.train.seed
            )
            tracker.log_samples(prompt, posts)
        data_split = {"handles": handles, "train_ids": split.train_ids, "val_ids": split.val_ids}
        write_model_folder(target, run.model, run.tokenizer, cfg.generate, data_split, stats)
        tracker.log_model(target, stats)
    shutil.rmtree(checkpoint, ignore_errors=True)
    return TrainResult(model_dir=target, stats=stats, data_table=data_table_markdown(results))
