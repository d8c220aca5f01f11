"""Every setting of imitate, read from ``config.toml`` into frozen, self-validating dataclasses.

The file is chosen by ``--config PATH``, else ``$IMITATE_CONFIG``, else ``./config.toml`` when it exists;
with none of these the dataclass defaults below apply (they are what the shipped ``config.toml`` says,
which a test checks). Secrets (Discord token, X bearer token, W&B key) never live
here: they come from the environment only.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imitate.errors import UserError
from imitate.paths import ModelNameError, parse_model_name

ENV_CONFIG = "IMITATE_CONFIG"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(database: str) -> bool:
    """``[worker] database`` names a PostgreSQL server (else it is a SQLite path, or empty)."""
    return database.strip().lower().startswith(POSTGRES_SCHEMES)


class ConfigError(UserError, ValueError):
    """A config file that cannot be read or holds an invalid value."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


@dataclass(frozen=True)
class FetchConfig:
    max_posts: int = 3200  # the X API returns at most the latest 3,200 posts of a timeline
    page_size: int = 100
    timeout_seconds: float = 30.0

    def __post_init__(self) -> None:
        _check(1 <= self.max_posts <= 3200, f"fetch.max_posts must be in 1..3200, got {self.max_posts}")
        _check(5 <= self.page_size <= 100, f"fetch.page_size must be in 5..100, got {self.page_size}")
        _check(self.timeout_seconds > 0, "fetch.timeout_seconds must be positive")


@dataclass(frozen=True)
class CleanConfig:
    drop_replies: bool = False
    min_words: int = 3
    refuse_below_chars: int = 6000
    warn_below_chars: int = 40000

    def __post_init__(self) -> None:
        _check(self.min_words >= 0, "clean.min_words must be >= 0")
        _check(
            0 <= self.refuse_below_chars <= self.warn_below_chars,
            "clean.refuse_below_chars must be >= 0 and <= clean.warn_below_chars",
        )


@dataclass(frozen=True)
class BuiltinModelConfig:
    """Size of the small, randomly initialised GPT-2 used by ``base_model = "builtin"``, and its schedule.

    A random model needs more steps and a higher learning rate than fine-tuning a pre-trained GPT-2:
    ``epochs``, ``learning_rate`` and ``warmup_steps`` replace ``[train]``'s when those three are all left
    at their defaults (see ``trainer.train.builtin_schedule``).
    """

    n_layer: int = 2
    n_head: int = 2
    n_embd: int = 64
    n_positions: int = 256
    epochs: float = 8.0
    learning_rate: float = 1e-3
    warmup_steps: int = 50

    def __post_init__(self) -> None:
        for name in ("n_layer", "n_head", "n_embd", "n_positions", "epochs", "learning_rate"):
            _check(getattr(self, name) > 0, f"train.builtin.{name} must be positive")
        _check(self.warmup_steps >= 0, "train.builtin.warmup_steps must be >= 0")
        _check(self.n_embd % self.n_head == 0, "train.builtin.n_embd must be a multiple of n_head")


@dataclass(frozen=True)
class TrainConfig:
    base_model: str = "gpt2"  # a hub id, a local folder, or "builtin"
    block_size: int = 0  # 0: the model's context length (1024 for GPT-2)
    epochs: float = 4.0
    learning_rate: float = 1.372e-4
    lr_scheduler: str = "cosine"
    warmup_steps: int = 0
    weight_decay: float = 0.0
    batch_size: int = 1
    gradient_accumulation_steps: int = 1
    max_grad_norm: float = 1.0
    val_fraction: float = 0.1
    seed: int = 42
    precision: str = "auto"  # auto | fp32 | bf16
    device: str = "auto"  # auto | cpu | cuda
    max_steps: int = 0  # 0: run all epochs
    checkpoint_every: int = 200  # optimizer steps between resumable checkpoints
    sample_count: int = 5  # sample generations logged at the end of training
    sample_prompt: str = "My dream is"
    builtin: BuiltinModelConfig = field(default_factory=BuiltinModelConfig)

    def __post_init__(self) -> None:
        _check(bool(self.base_model), "train.base_model must not be empty")
        _check(self.block_size >= 0, "train.block_size must be >= 0")
        _check(self.epochs > 0, "train.epochs must be positive")
        _check(self.learning_rate > 0, "train.learning_rate must be positive")
        _check(
            self.lr_scheduler in {"cosine", "linear", "constant"},
            f"train.lr_scheduler must be cosine, linear or constant, got {self.lr_scheduler!r}",
        )
        _check(self.warmup_steps >= 0, "train.warmup_steps must be >= 0")
        _check(self.batch_size >= 1, "train.batch_size must be >= 1")
        _check(self.gradient_accumulation_steps >= 1, "train.gradient_accumulation_steps must be >= 1")
        _check(0.0 < self.val_fraction < 0.5, "train.val_fraction must be in (0, 0.5)")
        _check(self.precision in {"auto", "fp32", "bf16"}, "train.precision must be auto, fp32 or bf16")
        _check(self.device in {"auto", "cpu", "cuda"}, "train.device must be auto, cpu or cuda")
        _check(self.max_steps >= 0, "train.max_steps must be >= 0")
        _check(self.checkpoint_every >= 1, "train.checkpoint_every must be >= 1")
        _check(self.sample_count >= 0, "train.sample_count must be >= 0")


@dataclass(frozen=True)
class GenerationConfig:
    """Generation defaults saved into every trained model (huggingtweets' settings)."""

    do_sample: bool = True
    top_p: float = 0.95
    top_k: int = 0
    temperature: float = 1.0
    max_length: int = 160
    min_length: int = 10
    prefix: str = "<|endoftext|>"

    def __post_init__(self) -> None:
        _check(0.0 < self.top_p <= 1.0, "generate.top_p must be in (0, 1]")
        _check(self.top_k >= 0, "generate.top_k must be >= 0")
        _check(self.temperature > 0, "generate.temperature must be positive")
        _check(0 <= self.min_length <= self.max_length, "generate.min_length must be in 0..max_length")


@dataclass(frozen=True)
class WandbConfig:
    mode: str = "offline"  # offline | online | disabled
    project: str = "imitate"
    entity: str = ""

    def __post_init__(self) -> None:
        _check(
            self.mode in {"offline", "online", "disabled"},
            f"wandb.mode must be offline, online or disabled, got {self.mode!r}",
        )


INT4_BLOCK_SIZES = (16, 32, 64, 128, 256)  # the weights per scale ONNX Runtime's MatMulNBits CPU kernels take
KV_CACHE_DTYPES = ("int8", "float32")  # what the in-place engine can keep its cache in


@dataclass(frozen=True)
class ExportConfig:
    variants: tuple[str, ...] = ("fp32", "int8")
    opset: int = 17
    logits_atol: float = 1e-4
    greedy_tokens: int = 32
    int8_ppl_tolerance: float = 0.03
    fp16_ppl_tolerance: float = 0.01
    # Weights per int4 scale (16, 32, 64, 128 or 256; larger: faster, coarser), tried in this order: the first
    # that is no larger than the model's hidden size and passes the perplexity gate is published.
    int4_block_size: tuple[int, ...] = (256, 128, 32)
    vocabulary: bool = True  # cut int8/int4's output layer to the account's tokens (and an escape), if it passes
    vocabulary_ppl_tolerance: float = 0.03  # held-out perplexity of the cut within 3% of the whole layer's
    kv_cache: str = "int8"  # the CPU variants' KV cache: int8 (a quarter of the memory), if it passes | float32
    kv_cache_ppl_tolerance: float = 0.01  # decode perplexity with the int8 cache within 1% of the float cache's
    native_ppl_tolerance: float = 0.01  # the native engine serves int4 if its decode perplexity is within 1% of ORT's

    def __post_init__(self) -> None:
        object.__setattr__(self, "variants", tuple(self.variants))
        _check(len(self.variants) > 0, "export.variants must not be empty")
        _check(self.opset >= 14, "export.opset must be >= 14")
        _check(self.logits_atol > 0, "export.logits_atol must be positive")
        _check(self.vocabulary_ppl_tolerance >= 0, "export.vocabulary_ppl_tolerance must be >= 0")
        _check(
            self.kv_cache in KV_CACHE_DTYPES,
            f"export.kv_cache must be one of {', '.join(KV_CACHE_DTYPES)}, got {self.kv_cache!r}",
        )
        _check(self.kv_cache_ppl_tolerance >= 0, "export.kv_cache_ppl_tolerance must be >= 0")
        _check(self.native_ppl_tolerance >= 0, "export.native_ppl_tolerance must be >= 0")
        sizes = self.int4_block_size
        object.__setattr__(self, "int4_block_size", tuple(sizes) if isinstance(sizes, list | tuple) else (sizes,))
        _check(
            len(self.int4_block_size) > 0
            and all(type(size) is int and size in INT4_BLOCK_SIZES for size in self.int4_block_size),
            f"export.int4_block_size must be one of {', '.join(map(str, INT4_BLOCK_SIZES))} or a list of them, "
            f"got {sizes!r}",
        )


@dataclass(frozen=True)
class RuntimeConfig:
    # auto (cpu: onnx, or native where the export timed it faster here; cuda: torch with a CUDA graph) | onnx | native
    # (the int4 variant of a GPT-2 stepped by C++, export.runtime.native) | torch
    engine: str = "auto"
    variant: str = "auto"  # auto: the fastest variant timed on this CPU at export (export.runtime.speed)
    device: str = "auto"  # auto (the GPU when torch sees one) | cpu | cuda
    threads: int = 0  # 0: one per physical core
    max_prompt_tokens: int = 64
    originality: bool = True
    originality_words: int = 10
    originality_retries: int = 3
    max_batch: int = 128  # rows (posts being written) in a model's decode loop at once, all requests together

    def __post_init__(self) -> None:
        _check(self.max_batch >= 1, "runtime.max_batch must be >= 1")
        _check(
            self.engine in {"auto", "onnx", "native", "torch"},
            f"runtime.engine must be auto, onnx, native or torch, got {self.engine!r}",
        )
        _check(self.device in {"auto", "cpu", "cuda"}, f"runtime.device must be auto, cpu or cuda, got {self.device!r}")
        _check(self.threads >= 0, "runtime.threads must be >= 0")
        _check(self.max_prompt_tokens >= 1, "runtime.max_prompt_tokens must be >= 1")
        _check(self.originality_words >= 2, "runtime.originality_words must be >= 2")
        _check(self.originality_retries >= 0, "runtime.originality_retries must be >= 0")


@dataclass(frozen=True)
class BotConfig:
    guilds: tuple[int, ...] = ()  # sync commands to these guilds (instant); empty: global
    owner_ids: tuple[int, ...] = ()
    admin_roles: tuple[str, ...] = ()
    opt_out: tuple[str, ...] = ()
    api_base: str = ""  # empty: Discord's own REST API
    gateway_url: str = ""  # empty: Discord's own gateway
    default_count: int = 5
    max_count: int = 10
    max_prompt_chars: int = 200
    cooldown_seconds: float = 10.0
    model_cache_size: int = 4
    inference_workers: int = 1
    max_batch: int = 20  # unused since the runtime batches every request (runtime.max_batch); still read
    batch_window_ms: float = 10.0  # unused since continuous batching (requests join the loop at once); still read
    run_worker: bool = True
    shards: int | str = 1  # gateway shards in all: a number, or "auto" (Discord's recommendation)
    shard_ids: tuple[int, ...] = ()  # the shards this process runs; empty: all of them

    def __post_init__(self) -> None:
        for name in ("guilds", "owner_ids", "admin_roles", "opt_out", "shard_ids"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        _check(
            self.shards == "auto"
            or (isinstance(self.shards, int) and not isinstance(self.shards, bool) and self.shards >= 1),
            f'bot.shards must be a positive number or "auto", got {self.shards!r}',
        )
        _check(len(set(self.shard_ids)) == len(self.shard_ids), "bot.shard_ids must not repeat an id")
        _check(
            all(
                isinstance(i, int) and 0 <= i < (self.shards if isinstance(self.shards, int) else 1 << 16)
                for i in self.shard_ids
            ),
            f"bot.shard_ids must be shard numbers in 0..shards-1, got {list(self.shard_ids)}",
        )
        object.__setattr__(self, "opt_out", tuple(h.lstrip("@").lower() for h in self.opt_out))
        _check(1 <= self.default_count <= self.max_count <= 10, "bot: need 1 <= default_count <= max_count <= 10")
        _check(self.max_prompt_chars >= 1, "bot.max_prompt_chars must be >= 1")
        _check(self.cooldown_seconds >= 0, "bot.cooldown_seconds must be >= 0")
        _check(self.model_cache_size >= 1, "bot.model_cache_size must be >= 1")
        _check(self.inference_workers >= 1, "bot.inference_workers must be >= 1")
        _check(self.max_batch >= self.max_count, "bot.max_batch must be >= bot.max_count")
        _check(self.batch_window_ms >= 0, "bot.batch_window_ms must be >= 0")


@dataclass(frozen=True)
class DiscordConfig:
    """Imitating consenting Discord members (their own messages, from allowed channels)."""

    collect: bool = False  # collect consenting members' messages: needs the privileged Message Content intent
    collect_channels: tuple[int, ...] = ()  # channel ids collection may read, besides /collect channel add
    max_message_chars: int = 4000  # longer messages are skipped and counted
    backfill_max_messages: int = 10000  # messages read per channel by one backfill
    backfill_progress_every: int = 100  # edit the backfill's progress message every this many messages read

    def __post_init__(self) -> None:
        object.__setattr__(self, "collect_channels", tuple(int(c) for c in self.collect_channels))
        _check(self.max_message_chars >= 1, "discord.max_message_chars must be >= 1")
        _check(self.backfill_max_messages >= 1, "discord.backfill_max_messages must be >= 1")
        _check(self.backfill_progress_every >= 1, "discord.backfill_progress_every must be >= 1")


@dataclass(frozen=True)
class WorkerConfig:
    database: str = ""  # empty: <data_dir>/imitate.db; a path: SQLite; postgresql://user@host:5432/db: PostgreSQL
    poll_seconds: float = 2.0
    heartbeat_seconds: float = 10.0  # a running job's heartbeat (and how fast a cancel is noticed)
    stale_seconds: float = 120.0  # a running job without a heartbeat this long goes back to the queue
    max_attempts: int = 3
    fetch_timeout_seconds: float = 900.0
    train_timeout_seconds: float = 4 * 3600.0
    export_timeout_seconds: float = 1800.0
    publish_wait_seconds: float = 300.0  # how long a finished job waits for a model another process is writing
    perplexity_tolerance: float = 0.05  # a retrained model may be this much (relative) worse than the serving one

    def __post_init__(self) -> None:
        _check(self.poll_seconds > 0, "worker.poll_seconds must be positive")
        _check(self.perplexity_tolerance >= 0, "worker.perplexity_tolerance must be >= 0")
        _check(self.publish_wait_seconds >= 0, "worker.publish_wait_seconds must be >= 0")
        _check(self.heartbeat_seconds > 0, "worker.heartbeat_seconds must be positive")
        _check(
            self.stale_seconds > 2 * self.heartbeat_seconds, "worker.stale_seconds must exceed 2 * heartbeat_seconds"
        )
        _check(self.max_attempts >= 1, "worker.max_attempts must be >= 1")
        if is_postgres_url(self.database):
            from urllib.parse import urlsplit

            try:
                has_password = urlsplit(self.database).password is not None
            except ValueError:
                raise ConfigError("worker.database is not a valid postgresql:// URL") from None
            _check(
                not has_password,
                "worker.database must not hold a password: set PGPASSWORD or ~/.pgpass (as libpq reads them)",
            )


@dataclass(frozen=True)
class ScheduleConfig:
    """Continuous retraining: a worker checks each model for new posts and queues a retrain when enough are."""

    models: tuple[str, ...] = ()  # handles or model names ("alice", "alice-bob"); empty: no schedule
    every_hours: float = 24.0  # how often each model is checked
    min_new_posts: int = 50  # new posts since the last retrain that queue the next one

    def __post_init__(self) -> None:
        try:
            models = tuple(dict.fromkeys(parse_model_name(str(m)) for m in self.models))
        except ModelNameError as exc:
            raise ConfigError(f"schedule.models: {exc}") from None
        object.__setattr__(self, "models", models)
        _check(self.every_hours > 0, "schedule.every_hours must be positive")
        _check(self.min_new_posts >= 1, "schedule.min_new_posts must be >= 1")


@dataclass(frozen=True)
class DemoConfig:
    """Overrides that keep ``imitate demo`` under a few minutes on two CPU cores."""

    handle: str = "sunnydale_bakes"
    epochs: float = 15.0
    block_size: int = 128
    batch_size: int = 8
    learning_rate: float = 3e-3
    builtin: BuiltinModelConfig = field(
        default_factory=lambda: BuiltinModelConfig(n_layer=2, n_head=4, n_embd=128, n_positions=256)
    )


@dataclass(frozen=True)
class Config:
    data_dir: Path = Path("imitate-data")
    log_level: str = "INFO"
    fetch: FetchConfig = field(default_factory=FetchConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    generate: GenerationConfig = field(default_factory=GenerationConfig)
    wandb: WandbConfig = field(default_factory=WandbConfig)
    export: ExportConfig = field(default_factory=ExportConfig)
    runtime: RuntimeConfig = field(default_factory=RuntimeConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    worker: WorkerConfig = field(default_factory=WorkerConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    demo: DemoConfig = field(default_factory=DemoConfig)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir).expanduser())
        _check(
            self.log_level.upper() in {"DEBUG", "INFO", "WARNING", "ERROR"},
            f"log_level must be DEBUG, INFO, WARNING or ERROR, got {self.log_level!r}",
        )

    @property
    def uses_postgres(self) -> bool:
        return is_postgres_url(self.worker.database)

    @property
    def database_path(self) -> Path:
        """The SQLite file (when :attr:`uses_postgres` is False)."""
        return Path(self.worker.database).expanduser() if self.worker.database else self.data_dir / "imitate.db"


def _build(cls: type, table: dict[str, Any], where: str) -> Any:
    """Build dataclass ``cls`` from a TOML table, recursing into nested dataclass fields."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise ConfigError(f"unknown setting(s) in [{where}]: {', '.join(unknown)}")
    kwargs: dict[str, Any] = {}
    for name, value in table.items():
        default = getattr(cls(), name) if dataclasses.is_dataclass(getattr(cls(), name, None)) else None
        if default is not None and isinstance(value, dict):
            kwargs[name] = _build(type(default), value, f"{where}.{name}" if where else name)
        else:
            kwargs[name] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:  # a wrong type that the dataclass could not take
        raise ConfigError(f"invalid value in [{where or 'top level'}]: {exc}") from exc


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to read: explicit path, then $IMITATE_CONFIG, then ./config.toml, else None."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG]).expanduser()
    local = Path("config.toml")
    return local if local.is_file() else None


def load_config(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Config:
    """Read and validate a config file. ``overrides`` replace top-level fields (e.g. ``data_dir``)."""
    file = config_path(path)
    try:
        table = tomllib.loads(file.read_text(encoding="utf-8")) if file else {}
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {file}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot parse config file {file}: {exc}") from None
    table.update({k: v for k, v in overrides.items() if v is not None})
    return _build(Config, table, "")


def replace(obj: Any, **changes: Any) -> Any:
    """``dataclasses.replace`` for nested config sections, e.g. ``replace(cfg.train, epochs=1)``."""
    return dataclasses.replace(obj, **changes)
