"""A GPT-2 decoder over one preallocated KV cache of per-row slots, whose decode step is a CUDA graph per batch size.

At batch 1 a GPT-2 decode step is a few hundred tiny kernels: PyTorch eager ``generate`` spends its
time launching them and in Python, not computing. Here every tensor of a step has a fixed shape. The
cache holds ``rows`` slots of ``positions`` positions; row ``r``'s tokens are positions 0 .. length - 1 of
its slot. A step over the first ``B`` rows (``B`` a power of two, a *bucket*) writes each row's new key and
value at its own length and attends over the positions below it, so rows of any length, from any mix of
requests, share a step (the scheduler's continuous batch: :class:`export.runtime.engines.GraphEngine`).
Each bucket's step is recorded once as a CUDA graph and replayed per token with a single launch. On the
CPU the same code runs without a graph (it is what the tests check against Hugging Face's logits).

The weights are those of a ``transformers`` ``GPT2LMHeadModel``, read in place (no copy for fp32).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F


@dataclass
class _Layer:
    ln1_w: torch.Tensor
    ln1_b: torch.Tensor
    attn_w: torch.Tensor  # [n_embd, 3 * n_embd] (Conv1D layout: x @ w)
    attn_b: torch.Tensor
    proj_w: torch.Tensor
    proj_b: torch.Tensor
    ln2_w: torch.Tensor
    ln2_b: torch.Tensor
    fc_w: torch.Tensor
    fc_b: torch.Tensor
    mlp_proj_w: torch.Tensor
    mlp_proj_b: torch.Tensor


# (layer, new keys, new values [B, H, T, D]) -> the keys and values to attend over
Store = Callable[[int, torch.Tensor, torch.Tensor], tuple[torch.Tensor, torch.Tensor]]


def bucket(rows: int) -> int:
    """The batch size a step of ``rows`` rows runs at: the next power of two (one graph per bucket)."""
    return 1 << max(0, rows - 1).bit_length()


class StaticGPT2:
    """A prompt's cache (:meth:`prompt`), placed into slots (:meth:`place`), then one token per row per
    :meth:`step`. The slots are made by :meth:`allocate`, which also drops the recorded graphs."""

    def __init__(self, hf_model, dtype: torch.dtype | None = None):
        cfg = hf_model.config
        if cfg.model_type != "gpt2":
            raise ValueError(f"StaticGPT2 needs a GPT-2 model, got {cfg.model_type!r}")
        first = next(hf_model.parameters())
        self.device = first.device
        self.dtype = dtype or first.dtype
        self.n_head = cfg.n_head
        self.head_dim = cfg.n_embd // cfg.n_head
        self.eps = cfg.layer_norm_epsilon
        self.context = cfg.n_positions

        def w(t: torch.Tensor) -> torch.Tensor:
            return t.detach().to(self.dtype)

        tr = hf_model.transformer
        self.wte, self.wpe = w(tr.wte.weight), w(tr.wpe.weight)
        self.lnf_w, self.lnf_b = w(tr.ln_f.weight), w(tr.ln_f.bias)
        self.lm_head = w(hf_model.lm_head.weight)
        self.layers = [
            _Layer(
                w(b.ln_1.weight),
                w(b.ln_1.bias),
                w(b.attn.c_attn.weight),
                w(b.attn.c_attn.bias),
                w(b.attn.c_proj.weight),
                w(b.attn.c_proj.bias),
                w(b.ln_2.weight),
                w(b.ln_2.bias),
                w(b.mlp.c_fc.weight),
                w(b.mlp.c_fc.bias),
                w(b.mlp.c_proj.weight),
                w(b.mlp.c_proj.bias),
            )
            for b in tr.h
        ]
        self.rows = self.positions = 0
        self.k_cache = self.v_cache = torch.zeros(0, device=self.device)
        self._graphs: dict[int, tuple[torch.cuda.CUDAGraph, torch.Tensor]] = {}  # per bucket: graph, its logits
        self._pool: Any = None  # the graphs' shared memory (they are replayed one at a time)

    @property
    def capacity(self) -> tuple[int, int]:
        """(rows, positions) of the slots."""
        return self.rows, self.positions

    @torch.inference_mode()
    def allocate(self, rows: int, positions: int, keep: tuple[torch.Tensor, torch.Tensor, int] | None = None) -> None:
        """New slots of ``rows`` x ``positions``; ``keep`` (source rows, target rows, positions): what to copy
        from the old slots. The graphs recorded on the old ones are dropped."""
        if positions > self.context:
            raise ValueError(f"{positions} positions exceed the model's context of {self.context}")
        shape = (len(self.layers), rows, self.n_head, positions, self.head_dim)
        k_cache = torch.zeros(shape, dtype=self.dtype, device=self.device)
        v_cache = torch.zeros(shape, dtype=self.dtype, device=self.device)
        if keep is not None and len(keep[0]):
            source, target, width = (keep[0].to(self.device), keep[1].to(self.device), keep[2])
            k_cache[:, target, :, :width] = self.k_cache[:, source, :, :width]
            v_cache[:, target, :, :width] = self.v_cache[:, source, :, :width]
        self._graphs.clear()
        self.k_cache, self.v_cache = k_cache, v_cache
        self.rows, self.positions = rows, positions
        # the static inputs of a step (graph replays read them in place): each row's token and length
        self._token = torch.zeros(rows, 1, dtype=torch.long, device=self.device)
        self._pos = torch.zeros(rows, 1, dtype=torch.long, device=self.device)
        self._row = torch.arange(rows, device=self.device)
        self._key = torch.arange(positions, device=self.device)

    def release(self) -> None:
        """Let go of the slots and the graphs."""
        self._graphs.clear()
        self.k_cache = self.v_cache = torch.zeros(0, device=self.device)
        self.rows = self.positions = 0

    # --- the transformer --------------------------------------------------------------------------

    def _forward(self, ids: torch.Tensor, pos: torch.Tensor, mask: torch.Tensor, store: Store) -> torch.Tensor:
        """Run tokens ``ids`` [B, T] at positions ``pos`` [B, T]; ``store`` keeps each layer's new keys and
        values and gives those to attend over, ``mask`` [B, 1, T, keys] the keys each query may see."""
        b, t = ids.shape
        x = F.embedding(ids, self.wte) + F.embedding(pos, self.wpe)
        for i, layer in enumerate(self.layers):
            h = F.layer_norm(x, (x.shape[-1],), layer.ln1_w, layer.ln1_b, self.eps)
            qkv = torch.addmm(layer.attn_b, h.view(b * t, -1), layer.attn_w).view(b, t, 3, self.n_head, self.head_dim)
            q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)  # each [B, H, T, D]
            keys, values = store(i, k, v)
            a = F.scaled_dot_product_attention(q, keys, values, attn_mask=mask)
            a = a.transpose(1, 2).reshape(b * t, -1)
            x = x + torch.addmm(layer.proj_b, a, layer.proj_w).view(b, t, -1)
            h = F.layer_norm(x, (x.shape[-1],), layer.ln2_w, layer.ln2_b, self.eps).view(b * t, -1)
            h = F.gelu(torch.addmm(layer.fc_b, h, layer.fc_w), approximate="tanh")
            x = x + torch.addmm(layer.mlp_proj_b, h, layer.mlp_proj_w).view(b, t, -1)
        x = F.layer_norm(x[:, -1], (x.shape[-1],), self.lnf_w, self.lnf_b, self.eps)
        return x @ self.lm_head.T  # [B, vocab]

    @torch.inference_mode()
    def prompt(self, ids: list[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Run a prompt alone (no slots needed): its last token's logits [1, vocab] (float32), and its keys
        and values [layers, 1, heads, tokens, head size] for :meth:`place`."""
        if not ids:
            raise ValueError("an empty prompt")
        if len(ids) >= self.context:
            raise ValueError(f"a prompt of {len(ids)} tokens leaves no room in the context of {self.context}")
        keys: list[torch.Tensor] = []
        values: list[torch.Tensor] = []

        def keep(_: int, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            keys.append(k)
            values.append(v)
            return k, v

        t = len(ids)
        causal = torch.ones(t, t, dtype=torch.bool, device=self.device).tril()[None, None]
        tokens = torch.tensor([ids], device=self.device)
        logits = self._forward(tokens, torch.arange(t, device=self.device)[None], causal, keep)
        return logits.float(), torch.stack(keys), torch.stack(values)

    @torch.inference_mode()
    def place(self, rows: torch.Tensor, keys: torch.Tensor, values: torch.Tensor) -> None:
        """Copy a prompt's keys and values (:meth:`prompt`) into the slots ``rows`` (each gets the whole prompt)."""
        t = keys.shape[3]
        self.k_cache[:, rows, :, :t] = keys
        self.v_cache[:, rows, :, :t] = values

    @torch.inference_mode()
    def move(self, source: torch.Tensor, target: torch.Tensor, width: int) -> None:
        """Copy slots ``source`` onto slots ``target`` (their first ``width`` positions; read before written)."""
        self.k_cache[:, target, :, :width] = self.k_cache[:, source, :, :width]
        self.v_cache[:, target, :, :width] = self.v_cache[:, source, :, :width]

    @torch.inference_mode()
    def step(self, tokens: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Feed one token per row of the first ``len(tokens)`` slots, after ``lengths`` positions each; returns
        their next logits [rows, vocab] (float32). The rows above them, up to the bucket, run as padding: they
        write position 0 of slots that hold no row."""
        n = len(tokens)
        if n > self.rows:
            raise ValueError(f"a step of {n} rows, slots for {self.rows}")
        if int(lengths.max()) >= self.positions:
            raise ValueError(f"a row of {int(lengths.max())} positions fills its slot of {self.positions}")
        b = min(bucket(n), self.rows)
        self._token[:b].zero_()
        self._pos[:b].zero_()
        self._token[:n, 0] = tokens.to(self.device)
        self._pos[:n, 0] = lengths.to(self.device)
        if self.device.type != "cuda":
            return self._step_body(b)[:n].float()
        if b not in self._graphs:
            self._capture(b)
        graph, logits = self._graphs[b]
        graph.replay()
        return logits[:n].float().clone()  # the graph's output is overwritten by the next replay

    def _step_body(self, b: int) -> torch.Tensor:
        pos, rows = self._pos[:b], self._row[:b]
        mask = (self._key[None, :] <= pos)[:, None, None, :]  # [B, 1, 1, positions]: its own length and below
        at = pos[:, 0]

        def store(i: int, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            keys, values = self.k_cache[i, :b], self.v_cache[i, :b]
            keys[rows, :, at] = k[:, :, 0]
            values[rows, :, at] = v[:, :, 0]
            return keys, values

        return self._forward(self._token[:b], pos, mask, store)

    def _capture(self, b: int) -> None:
        # Warm up on a side stream (cuBLAS handles, workspace), then record the step once. The warm-up
        # writes each row's new key and value at its length, which the replay then writes again.
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            for _ in range(2):
                self._step_body(b)
        torch.cuda.current_stream().wait_stream(stream)
        if self._pool is None:
            self._pool = torch.cuda.graph_pool_handle()
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph, pool=self._pool):
            logits = self._step_body(b)
        self._graphs[b] = (graph, logits)
