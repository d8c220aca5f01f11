"""Weights & Biases tracking for a training job, in huggingtweets' shape.

Two runs in ``cfg.wandb.project``:

- job_type ``preprocess``: artifacts ``raw-dataset`` (the ``tweets/<handle>.jsonl`` files) and
  ``train-dataset`` (the cleaned texts with their split, and the data table as a ``wandb.Table``);
- job_type ``train``: uses those two (online; see below), logs ``pretrained-model`` (a reference to
  ``https://huggingface.co/<id>`` for hub models, a description for the built-in or a local model), the
  hyperparameters as run config, train/val losses, a table of sample generations, and artifact
  ``finetuned-model`` (the model folder).

``cfg.wandb.mode``: ``offline`` (default) writes the runs under ``<data_dir>/wandb/`` without touching
the network (``wandb sync <data_dir>/wandb/offline-run-*`` uploads them later); ``online``;
``disabled`` makes every method a no-op. The API key is read by wandb from ``WANDB_API_KEY`` and
never passes through here. wandb cannot declare an artifact *used* in offline mode (``use_artifact``
needs the server), so offline train runs record the preprocess run id and the dataset digests in their
config under ``inputs`` instead.

When a run is already active (a sweep agent started it), the train phase logs into that run and
leaves finishing it to its owner; the preprocess run is skipped.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imitate.config import Config

if TYPE_CHECKING:
    from wandb import Run

logger = logging.getLogger(__name__)

RAW_DATASET = "raw-dataset"
TRAIN_DATASET = "train-dataset"
PRETRAINED_MODEL = "pretrained-model"
FINETUNED_MODEL = "finetuned-model"
_DATA_ROWS = (
    ("Tweets downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short tweets", "short"),
    ("Tweets kept", "kept"),
)


# W&B keeps copies of every logged artifact (the posts store, the cleaned texts) in its own folders, by
# default under ~/.local/share/wandb and ~/.cache/wandb. They go under <data_dir>/wandb/ instead, where
# `imitate forget` finds them, unless the environment already names other folders.
WANDB_FILE_DIRS = {"WANDB_DATA_DIR": "data", "WANDB_CACHE_DIR": "cache", "WANDB_ARTIFACT_DIR": "artifacts"}


def keep_wandb_files_in(data_dir: Path) -> None:
    """Point W&B's staging, cache and artifact folders into ``<data_dir>/wandb/`` (unless already set)."""
    for variable, folder in WANDB_FILE_DIRS.items():
        os.environ.setdefault(variable, str(Path(data_dir).resolve() / "wandb" / folder))


def _settings(wandb_module):
    return wandb_module.Settings(
        silent=True,
        console="off",  # our own logging and progress bar stay as they are
        save_code=False,
        disable_git=True,
        x_save_requirements=False,
    )


class Tracker:
    """One training job's W&B runs. Create it, then call the methods in order; use it as a context
    manager so a failed job marks its run failed. Every method is a no-op when tracking is disabled."""

    def __init__(self, cfg: Config, name: str, handles: Sequence[str]) -> None:
        self.cfg = cfg
        self.name = name
        self.handles = list(handles)
        self.enabled = cfg.wandb.mode != "disabled"
        self._run: Run | None = None
        self._own_run = False
        self._inputs: dict[str, Any] = {}
        self._datasets: list[Any] = []
        self._failed_once = False
        if self.enabled:
            os.environ.setdefault("WANDB_SILENT", "true")
            keep_wandb_files_in(Path(cfg.data_dir))
            import wandb

            self._wandb = wandb

    # --- plumbing ---------------------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self.cfg.wandb.mode == "offline"

    def _init(self, job_type: str, config: dict | None = None) -> Run:
        wandb = self._wandb
        Path(self.cfg.data_dir).mkdir(parents=True, exist_ok=True)
        return wandb.init(
            project=self.cfg.wandb.project,
            entity=self.cfg.wandb.entity or None,
            mode=self.cfg.wandb.mode,
            dir=str(self.cfg.data_dir),
            job_type=job_type,
            group=self.name,
            name=f"{self.name}-{job_type}",
            tags=[f"@{h}" for h in self.handles],
            config=config or {},
            settings=_settings(wandb),
            reinit="create_new",
        )

    def _guard(self, what: str, func, *args, **kwargs) -> Any:
        """Run a logging call; a W&B failure after the run started is logged, never fatal to training."""
        if not self.enabled or self._run is None:
            return None
        try:
            return func(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - tracking must not lose a finished training
            if not self._failed_once:
                logger.warning("W&B: %s failed (%s); training goes on", what, exc)
                self._failed_once = True
            return None

    @property
    def _open_run(self) -> Run:
        """The run that the logging calls write to: ``_guard`` calls them only while one is open."""
        assert self._run is not None, "a logging call ran outside _guard, or after finish()"
        return self._run

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.finish(failed=exc_type is not None)

    # --- preprocess run ---------------------------------------------------------------------------

    def log_datasets(
        self, tweets_files: Sequence[Path], results: Sequence[Any], splits: dict[str, dict[str, str]]
    ) -> None:
        """The ``preprocess`` run: ``raw-dataset`` and ``train-dataset``.

        ``results`` are ``trainer.clean.CleanResult``; ``splits`` maps handle -> {post id: "train"|"val"}.
        """
        if not self.enabled or self._active_run() is not None:
            return
        wandb = self._wandb
        run = self._init("preprocess", {"handles": self.handles, "clean": _asdict(self.cfg.clean)})
        try:
            raw = wandb.Artifact(
                RAW_DATASET,
                type="dataset",
                description="posts as fetched, one JSON a line",
                metadata={"handles": self.handles},
            )
            for path in tweets_files:
                raw.add_file(str(path), name=Path(path).name)
            run.log_artifact(raw)
            data = wandb.Artifact(
                TRAIN_DATASET,
                type="dataset",
                description="cleaned posts and the data table",
                metadata={"handles": self.handles, "counts": {r.handle: _counts(r) for r in results}},
            )
            with tempfile.TemporaryDirectory() as tmp:
                texts = Path(tmp) / "texts.jsonl"
                texts.write_text(_texts_jsonl(results, splits), encoding="utf-8")
                data.add_file(str(texts), name="texts.jsonl")
                data.add(data_table(wandb, results), "data_table")
                run.log_artifact(data)
                run.log({"data_table": data_table(wandb, results)})
            if not self.offline:
                raw.wait()  # committed, so the train run can declare them used
                data.wait()
            self._datasets = [raw, data]
            self._inputs = {"preprocess_run": run.id, RAW_DATASET: _digest(raw), TRAIN_DATASET: _digest(data)}
            run.finish()
        except BaseException:
            run.finish(exit_code=1)
            raise

    # --- train run --------------------------------------------------------------------------------

    def _active_run(self):
        return getattr(self._wandb, "run", None) if self.enabled else None

    def start_training(self, hyperparameters: dict[str, Any], base_model: str, base_model_info: dict[str, Any]) -> None:
        """Open the ``train`` run (or join a sweep's run), declare its inputs, log ``pretrained-model``."""
        if not self.enabled:
            return
        config = {"handles": self.handles, **hyperparameters}
        active = self._active_run()
        if active is not None:
            self._run, self._own_run = active, False
            active.config.update(config, allow_val_change=True)
        else:
            if self.offline and self._inputs:
                config["inputs"] = self._inputs
            run = self._init("train", config)
            self._run, self._own_run = run, True
            if not self.offline:
                for artifact in self._datasets:
                    self._guard("use_artifact", run.use_artifact, artifact)
        self._guard("pretrained-model", self._log_pretrained, base_model, base_model_info)

    def _log_pretrained(self, base_model: str, info: dict[str, Any]) -> None:
        wandb = self._wandb
        artifact = wandb.Artifact(PRETRAINED_MODEL, type="model", metadata={"base_model": base_model, **info})
        kind = info.get("kind")
        if kind == "hub":
            # checksum=False: record the URL only, never fetch it (offline runs stay offline).
            artifact.add_reference(
                f"https://huggingface.co/{base_model}", name=base_model.replace("/", "--"), checksum=False
            )
        elif kind == "local":
            artifact.add_reference(Path(base_model).expanduser().resolve().as_uri(), name="model", checksum=False)
        else:
            with artifact.new_file("description.json", encoding="utf-8") as handle:
                json.dump({"base_model": base_model, **info}, handle, indent=2)
        self._open_run.log_artifact(artifact)

    def log_metrics(self, values: dict[str, float], step: int) -> None:
        self._guard("log", lambda: self._open_run.log(values, step=step))

    def log_samples(self, prompt: str, posts: Sequence[str]) -> None:
        def log() -> None:
            table = self._wandb.Table(columns=["prompt", "generated post"], data=[[prompt, p] for p in posts])
            self._open_run.log({"samples": table})

        self._guard("samples", log)

    def log_model(self, folder: Path, stats: dict[str, Any]) -> None:
        """Artifact ``finetuned-model``: the model folder, with the results as metadata."""

        def log() -> None:
            keys = ("name", "handles", "base_model", "train_loss", "val_loss", "val_perplexity", "steps", "seed")
            artifact = self._wandb.Artifact(FINETUNED_MODEL, type="model", metadata={k: stats.get(k) for k in keys})
            artifact.add_dir(str(folder))
            self._open_run.log_artifact(artifact, aliases=["latest", self.name])
            summary = {k: stats[k] for k in ("train_loss", "val_loss", "val_perplexity") if k in stats}
            self._open_run.summary.update(summary)

        self._guard("finetuned-model", log)

    def log_evaluation(self, figures: dict[str, Any], rows: Sequence[Sequence[str]], image: Path | None) -> None:
        """An ``eval`` run of its own (``imitate eval``): the figures as config and summary, a ``quality``
        table of ``rows`` (figure, value, reference) and the plot. A W&B failure is logged, never raised."""
        if not self.enabled:
            return
        try:
            self._run, self._own_run = self._init("eval", {"name": self.name}), True
            table = self._wandb.Table(columns=["figure", "value", "reference"], data=[list(r) for r in rows])
            logged: dict[str, Any] = {"quality": table}
            if image is not None:
                logged["quality_plot"] = self._wandb.Image(str(image))
            self._run.log(logged)
            self._run.summary.update({"quality": figures})
        except Exception as exc:  # noqa: BLE001 - the figures are written elsewhere already
            logger.warning("W&B: logging the evaluation failed (%s)", exc)
        self.finish()

    def finish(self, failed: bool = False) -> None:
        if self._run is not None and self._own_run:
            try:
                self._run.finish(exit_code=1 if failed else 0)
            except Exception as exc:  # noqa: BLE001
                logger.warning("W&B: finishing the run failed (%s)", exc)
        if self._run is not None and self.offline and self._own_run:
            logger.info("W&B offline run saved under %s (upload later: wandb sync)", Path(self._run.dir).parent)
        self._run = None


# --- helpers ------------------------------------------------------------------------------------------


def _asdict(section: Any) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(section)


def _counts(result: Any) -> dict[str, int]:
    counts = result.counts
    return counts.as_dict() if hasattr(counts, "as_dict") else dict(vars(counts))


def _digest(artifact: Any) -> str | None:
    try:
        return artifact.digest
    except Exception:  # noqa: BLE001 - a digest is a nicety
        return None


def _texts_jsonl(results: Sequence[Any], splits: dict[str, dict[str, str]]) -> str:
    lines = []
    for result in results:
        split = splits.get(result.handle, {})
        for post_id, text in zip(result.ids, result.texts, strict=True):
            row = {"handle": result.handle, "id": post_id, "split": split.get(post_id, "train"), "text": text}
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def data_table(wandb_module, results: Sequence[Any]):
    """The huggingtweets data table as a ``wandb.Table``: one row per count, one column per handle."""
    columns = ["Data"] + [f"@{r.handle}" for r in results]
    rows = [[label] + [_counts(r)[key] for r in results] for label, key in _DATA_ROWS]
    return wandb_module.Table(columns=columns, data=rows)


# --- reading offline runs (tests, checks) ---------------------------------------------------------------

_BLOCK = 32768
_HEADER = 7


def _log_chunks(data: bytes) -> Iterator[bytes]:
    """Records of a ``.wandb`` file: a LevelDB-style log (``:W&B`` header, 32 KiB blocks, 7-byte record heads)."""
    ident, magic, _version = struct.unpack("<4sHB", data[:_HEADER])
    if ident != b":W&B" or magic != 0xBEE1:
        raise ValueError("not a W&B run file")
    pos, pending = _HEADER, b""
    while pos + _HEADER <= len(data):
        left = _BLOCK - pos % _BLOCK
        if left < _HEADER:
            pos += left
            continue
        _crc, length, kind = struct.unpack("<IHB", data[pos : pos + _HEADER])
        if kind == 0:  # zero padding at the end of a block
            pos += left
            continue
        chunk = data[pos + _HEADER : pos + _HEADER + length]
        pos += _HEADER + length
        if kind == 1:  # full
            yield chunk
        elif kind == 2:  # first
            pending = chunk
        elif kind == 3:  # middle
            pending += chunk
        elif kind == 4:  # last
            yield pending + chunk
            pending = b""


def read_run_records(run_file: Path) -> list[Any]:
    """The protobuf records (``wandb_internal_pb2.Record``) of an offline run's ``run-<id>.wandb`` file."""
    from wandb.proto import wandb_internal_pb2

    records = []
    for chunk in _log_chunks(Path(run_file).read_bytes()):
        # wandb's generated protobuf module creates Record at import time and ships no .pyi for it
        record = wandb_internal_pb2.Record()  # type: ignore[attr-defined]
        record.ParseFromString(chunk)
        records.append(record)
    return records


def offline_runs(data_dir: Path, flush: bool = False) -> list[dict[str, Any]]:
    """A summary of each offline run under ``<data_dir>/wandb/``: job type, config, artifacts (name, type,
    manifest paths and references), logged history keys, exit code.

    wandb's service writes a run's file out after ``finish()`` returns; ``flush=True`` shuts the service
    down first (``wandb.teardown()``, which also ends any run still open) so every record is there.
    """
    if flush:
        import wandb

        wandb.teardown()
    runs = []
    for run_file in sorted(Path(data_dir, "wandb").glob("offline-run-*/run-*.wandb")):
        summary: dict[str, Any] = {
            "path": run_file.parent,
            "job_type": None,
            "config": {},
            "artifacts": {},
            "history_keys": set(),
            "exit_code": None,
        }
        for record in read_run_records(run_file):
            kind = record.WhichOneof("record_type")
            if kind == "run":
                summary["job_type"] = record.run.job_type
                summary["config"].update({i.key: json.loads(i.value_json) for i in record.run.config.update})
            elif kind == "config":
                summary["config"].update({i.key: json.loads(i.value_json) for i in record.config.update})
            elif kind == "artifact":
                entries = {e.path: e.ref for e in record.artifact.manifest.contents}
                summary["artifacts"][record.artifact.name] = {"type": record.artifact.type, "entries": entries}
            elif kind == "history":
                summary["history_keys"].update(i.key or "/".join(i.nested_key) for i in record.history.item)
            elif kind == "exit":
                summary["exit_code"] = record.exit.exit_code
        runs.append(summary)
    return runs
