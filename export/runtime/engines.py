"""The engines that run a decoder step by step: ONNX Runtime, PyTorch, and PyTorch with a CUDA graph.

Each implements :class:`Engine`; the :class:`~export.runtime.generator.Generator`'s decode loop and
sampler are shared, so the engines differ only in how a step is computed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from export.providers import CudaUnavailableError, open_session
from export.runtime.errors import GenerationError
from imitate import modelfolder
from imitate.hardware import physical_cores, resolve_device

logger = logging.getLogger(__name__)


class Engine(Protocol):
    """One loaded decoder, which the scheduler runs continuously: rows of any length share one cache.

    ``past`` is the engine's own cache object, passed back unchanged: a list of per-layer key and value
    arrays [B, H, width, D] whose row ``r`` holds its positions in the last ``lengths[r]`` columns (the
    columns before are padding that the attention mask hides), or one preallocated buffer of per-row slots.
    """

    name: str
    device: str
    # The token id of each column of the logits the engine returns; None: one column per token, in order.
    # A cut output layer (export.runtime.vocabulary) has the kept tokens and an escape column (id -1).
    columns: np.ndarray | None

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Any]:
        """Run the prompt ``ids`` at batch 1; last-position logits [1, V] and the cache. ``total``: the most
        positions this generation fills (engines with a static cache size it from this)."""
        ...

    def gather(self, parts: Sequence[tuple[Any, np.ndarray, int]], width: int) -> Any:
        """One cache of ``width`` columns from rows of several: each part is (cache, its rows, its width);
        a part wider than ``width`` loses its first columns (padding), a narrower one is padded."""
        ...

    def decode(self, tokens: np.ndarray, lengths: np.ndarray, width: int, past: Any) -> tuple[np.ndarray, Any]:
        """Feed one token per row [B] after ``lengths[r]`` real positions of a ``width``-column cache."""
        ...

    def idle(self) -> None:
        """The scheduler has no work left: free what is kept for the next batch."""
        ...

    def escape(self, past: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows ``rows`` of the cache ``past`` drew the escape column at its last step: the logits of the
        tokens the cut left out [len(rows), U] and their ids [U] (engines with ``columns`` only)."""
        ...

    def close(self) -> None: ...


def step_inputs(lengths: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The attention mask [B, width + 1] (padding columns 0) and position ids [B, 1] of one batched step."""
    columns = np.arange(width + 1)
    mask = (columns[None, :] >= (width - lengths)[:, None]).astype(np.int64)
    return mask, lengths.astype(np.int64).reshape(-1, 1)


def session_options(threads: int) -> Any:
    """The ONNX Runtime settings of a decode session: ``threads`` (0: one per physical core) for each
    operator, one operator at a time, every graph optimisation, and no spinning between operators (the bot's
    event loop shares the cores; spinning measured no faster here)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or physical_cores()
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    options.log_severity_level = 3
    return options


class OnnxEngine:
    """An exported with-past decoder run step by step; the cache stays in ONNX Runtime's buffers."""

    name = "onnx"
    columns: np.ndarray | None = None  # the whole output layer

    def __init__(self, folder: Path, threads: int = 0, device: str = "cpu"):
        import onnxruntime as ort

        self.ort = ort
        path = Path(folder) / modelfolder.VARIANT_MODEL
        if not path.is_file():
            raise GenerationError(f"no {modelfolder.VARIANT_MODEL} in {folder}")
        options = session_options(threads)
        try:
            self.session, self.device = self._open(path, options, device)
        except Exception as exc:  # onnxruntime raises its own types for a bad or truncated file
            raise GenerationError(f"cannot load {path}: {str(exc).splitlines()[0] if str(exc) else exc}") from None
        inputs = {i.name: i for i in self.session.get_inputs()}
        self.past_names = [n for n in inputs if n.startswith("past_key_values.")]
        self.present_names = [o.name for o in self.session.get_outputs() if o.name.startswith("present.")]
        if not self.past_names or len(self.past_names) != len(self.present_names):
            raise GenerationError(f"{path} is not a decoder with a KV cache (no past_key_values inputs)")
        first = inputs[self.past_names[0]]
        self.past_dtype = np.float16 if first.type == "tensor(float16)" else np.float32
        self.heads, self.head_dim = int(first.shape[1]), int(first.shape[3])
        self.position_ids = "position_ids" in inputs
        self.binding = self.session.io_binding()

    @staticmethod
    def _open(path: Path, options: Any, device: str) -> tuple[Any, str]:
        """A session on ``device``, or on the CPU (with a warning) when CUDA cannot be had."""
        if device == "cuda":
            try:
                return open_session(path, options, "cuda"), "cuda"
            except CudaUnavailableError as exc:
                logger.warning("device cuda asked for, but %s: using the CPU", exc)
        return open_session(path, options, "cpu"), "cpu"

    def _run(
        self,
        ids: np.ndarray,
        length: int,
        past: Sequence[Any],
        mask: np.ndarray | None = None,
        positions: np.ndarray | None = None,
    ) -> tuple[np.ndarray, list[Any]]:
        """Feed ``ids`` [B, T] after ``length`` cached positions; logits of the last position [B, V], new cache.
        ``mask`` and ``positions``: a padded batch's attention mask and position ids (default: no padding)."""
        batch, width = ids.shape
        b = self.binding
        b.bind_cpu_input("input_ids", ids)
        b.bind_cpu_input("attention_mask", np.ones((batch, length + width), np.int64) if mask is None else mask)
        if self.position_ids:
            if positions is None:
                positions = np.broadcast_to(np.arange(length, length + width), (batch, width)).copy()
            b.bind_cpu_input("position_ids", positions)
        for name, value in zip(self.past_names, past, strict=True):
            if isinstance(value, np.ndarray):
                b.bind_cpu_input(name, value)
            else:
                b.bind_ortvalue_input(name, value)
        b.clear_binding_outputs()
        b.bind_output("logits", "cpu")
        for name in self.present_names:
            b.bind_output(name, self.device)
        self.session.run_with_iobinding(b)
        outputs = b.get_outputs()
        logits = outputs[0].numpy()
        return np.ascontiguousarray(logits[:, -1, :], dtype=np.float32), list(outputs[1:])

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, list[Any]]:
        empty = [np.zeros((1, self.heads, 0, self.head_dim), self.past_dtype) for _ in self.past_names]
        return self._run(np.array([ids], np.int64), 0, empty)

    def gather(self, parts: Sequence[tuple[Any, np.ndarray, int]], width: int) -> list[np.ndarray]:
        total = sum(len(rows) for _, rows, _ in parts)
        out = []
        for layer in range(len(self.past_names)):
            dest = np.zeros((total, self.heads, width, self.head_dim), self.past_dtype)
            start = 0
            for past, rows, w in parts:
                value = past[layer]
                source = value if isinstance(value, np.ndarray) else value.numpy()
                keep = min(w, width)
                dest[start : start + len(rows), :, width - keep :] = source[rows, :, w - keep :]
                start += len(rows)
            out.append(dest)
        return out

    def decode(
        self, tokens: np.ndarray, lengths: np.ndarray, width: int, past: list[Any]
    ) -> tuple[np.ndarray, list[Any]]:
        mask, positions = step_inputs(lengths, width)
        return self._run(tokens.reshape(-1, 1).astype(np.int64), width, past, mask, positions)

    def idle(self) -> None:
        pass  # it keeps nothing between batches

    def escape(self, past: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        raise GenerationError("this engine serves the whole output layer: it has no escape column")

    def close(self) -> None:
        self.binding = None
        self.session = None


class TorchEngine:
    """A transformers causal LM (the trained folder, fp32), stepped with its ``DynamicCache``."""

    name = "torch"
    columns: np.ndarray | None = None  # the whole output layer

    def __init__(self, folder: Path, threads: int = 0, device: str = "cpu"):
        import torch
        from transformers import AutoModelForCausalLM

        self.torch = torch
        if threads:
            torch.set_num_threads(threads)
        self.device = resolve_device(device, what="runtime.device")
        try:
            model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype=torch.float32)
        except Exception as exc:  # safetensors, torch and transformers each raise their own type
            raise GenerationError(f"cannot load the model in {folder}: {str(exc).splitlines()[0]}") from None
        self.model = model.eval().to(self.device)

    def _logits(self, out) -> np.ndarray:
        return out.logits[:, -1, :].float().cpu().numpy()

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Any]:
        with self.torch.inference_mode():
            out = self.model(input_ids=self.torch.tensor([ids], device=self.device), use_cache=True)
        return self._logits(out), out.past_key_values

    def gather(self, parts: Sequence[tuple[Any, np.ndarray, int]], width: int) -> list[Any]:
        torch = self.torch
        flat = [_layers(past) for past, _, _ in parts]
        total = sum(len(rows) for _, rows, _ in parts)
        out = []
        for layer in range(len(flat[0])):
            first = flat[0][layer]
            dest = first.new_zeros((total, first.shape[1], width, first.shape[3]))
            start = 0
            for tensors, (_, rows, w) in zip(flat, parts, strict=True):
                keep = min(w, width)
                index = torch.from_numpy(np.asarray(rows, np.int64)).to(first.device)
                rows_kept = tensors[layer].index_select(0, index)[:, :, w - keep :]
                dest[start : start + len(rows), :, width - keep :] = rows_kept
                start += len(rows)
            out.append(dest)
        return out

    def decode(
        self, tokens: np.ndarray, lengths: np.ndarray, width: int, past: list[Any]
    ) -> tuple[np.ndarray, list[Any]]:
        from transformers import DynamicCache

        torch = self.torch
        mask, positions = step_inputs(lengths, width)
        pairs: Any = tuple((past[i], past[i + 1]) for i in range(0, len(past), 2))
        cache = DynamicCache.from_legacy_cache(pairs)
        with torch.inference_mode():
            out = self.model(
                input_ids=torch.from_numpy(tokens.reshape(-1, 1).astype(np.int64)).to(self.device),
                attention_mask=torch.from_numpy(mask).to(self.device),
                position_ids=torch.from_numpy(positions).to(self.device),
                past_key_values=cache,
                use_cache=True,
            )
        return self._logits(out), _layers(out.past_key_values)

    def idle(self) -> None:
        pass  # it keeps nothing between batches

    def escape(self, past: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        raise GenerationError("this engine serves the whole output layer: it has no escape column")

    def close(self) -> None:
        self.model = None


def _layers(past: Any) -> list[Any]:
    """A torch cache as one flat list [k0, v0, k1, v1, ...] (a ``DynamicCache`` or such a list)."""
    if isinstance(past, list):
        return past
    return [t for pair in past.to_legacy_cache() for t in pair]


@dataclass(eq=False)
class Prompt:
    """A prompt's cache from :meth:`GraphEngine.prefill`: keys and values [layers, 1, heads, tokens, head size]."""

    keys: Any
    values: Any
    room: int  # the most positions its request will fill

    @property
    def lengths(self) -> np.ndarray:
        return np.array([self.keys.shape[3]], np.int64)


@dataclass(eq=False)
class Rows:
    """The scheduler's batch on :class:`GraphEngine`: row ``r`` is slot ``r`` of the engine's cache."""

    lengths: np.ndarray
    room: int = 0


class GraphEngine(TorchEngine):
    """The torch engine on CUDA: :class:`export.runtime.static_gpt2.StaticGPT2`, whose decode step is one CUDA
    graph per batch-size bucket, over one preallocated cache of per-row slots.

    PyTorch eager spends a batch-1 GPT-2 step launching a few hundred tiny kernels; replaying the step as
    a recorded graph removed most of that (4.9x eager ``generate`` at batch 1 on an H200, end to end
    through this runtime). The scheduler's batch lives in the slots: a request's prompt runs alone
    (:meth:`prefill`), its rows are copied into free slots when it joins (:meth:`gather`), and a step runs
    every row at its own length (:meth:`decode`), at the next power of two of rows, whose graph is recorded
    the first time. The slots are made for the rows and positions the batch needs (rows in powers of two,
    positions too, from 64 up to the context) and kept, with their graphs, until a batch needs more or the
    engine closes. On the CPU it runs without a graph: that is how the tests check it against
    :class:`TorchEngine`.
    """

    name = "torch"
    MIN_POSITIONS = 64

    def __init__(self, folder: Path, threads: int = 0, device: str = "cuda"):
        from export.runtime.static_gpt2 import StaticGPT2

        super().__init__(folder, threads, device)
        self.decoder = StaticGPT2(self.model)
        self.context = self.decoder.context

    def _positions(self, need: int) -> int:
        from export.runtime.static_gpt2 import bucket

        return min(self.context, max(self.MIN_POSITIONS, bucket(need)))

    def prefill(self, ids: list[int], total: int | None = None) -> tuple[np.ndarray, Prompt]:
        """``total``: the most positions this generation fills (the slots are made that long)."""
        try:
            logits, keys, values = self.decoder.prompt(ids)
        except ValueError as exc:
            raise GenerationError(str(exc)) from None
        return logits.cpu().numpy(), Prompt(keys, values, max(total or 0, len(ids) + 1))

    def gather(self, parts: Sequence[tuple[Any, np.ndarray, int]], width: int) -> Any:  # a Rows
        """The new batch: rows of the current one (:class:`Rows`, moved to the front of the slots) and each
        fresh request's rows (a :class:`Prompt`, copied in once). ``width`` is not needed: lengths travel
        with the rows."""
        from export.runtime.static_gpt2 import bucket

        torch, decoder = self.torch, self.decoder
        rows = [(part, np.asarray(chosen, np.int64)) for part, chosen, _ in parts]
        count = sum(len(chosen) for _, chosen in rows)
        lengths = np.concatenate([part.lengths[chosen] for part, chosen in rows]).astype(np.int64)
        room = max(int(lengths.max()) + 1, *(part.room for part, chosen in rows if len(chosen)))
        # the current batch comes first (the scheduler's order): its rows go to slots 0 .. kept - 1
        batch, kept = (rows[0][0], rows[0][1]) if isinstance(rows[0][0], Rows) else (None, np.zeros(0, np.int64))
        width_kept = int(batch.lengths[kept].max()) if batch is not None and len(kept) else 0
        if count > decoder.rows or room > decoder.positions:  # new slots, the kept rows copied over
            copy = (torch.from_numpy(kept), torch.arange(len(kept)), width_kept)
            decoder.allocate(bucket(max(count, decoder.rows)), self._positions(max(room, decoder.positions)), copy)
        else:
            moved = kept != np.arange(len(kept))
            if moved.any():
                source, target = torch.from_numpy(kept[moved]), torch.from_numpy(np.flatnonzero(moved))
                decoder.move(source.to(decoder.device), target.to(decoder.device), width_kept)
        at = len(kept)
        for part, chosen in rows:
            if isinstance(part, Prompt) and len(chosen):
                decoder.place(torch.arange(at, at + len(chosen), device=decoder.device), part.keys, part.values)
                at += len(chosen)
        return Rows(lengths, room)

    def decode(self, tokens: np.ndarray, lengths: np.ndarray, width: int, past: Any) -> tuple[np.ndarray, Any]:
        torch = self.torch  # the slots were made for every row's room (gather)
        ids, rows = torch.from_numpy(tokens.astype(np.int64)), torch.from_numpy(lengths.astype(np.int64))
        logits = self.decoder.step(ids, rows)
        return logits.cpu().numpy(), Rows(lengths + 1, past.room)

    def idle(self) -> None:
        pass  # the slots and their graphs stay for the next batch (recording them again costs a burst's start)

    def close(self) -> None:
        self.decoder.release()
        super().close()
