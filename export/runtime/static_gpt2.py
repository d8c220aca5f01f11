"""A GPT-2 decoder with a preallocated KV cache whose decode step is captured as one CUDA graph.

At batch 1 a GPT-2 decode step is a few hundred tiny kernels: PyTorch eager ``generate`` spends its
time launching them and in Python, not computing. Here every tensor has a fixed shape (the cache
holds ``max_len`` positions, a mask says which are filled), so the whole step is recorded once as a
CUDA graph and replayed per token with a single launch. On the CPU the same code runs without a graph
(it is what the tests check against Hugging Face's logits).

The weights are those of a ``transformers`` ``GPT2LMHeadModel``, read in place (no copy for fp32).
Left-padded batches are supported: each row has its own positions and its own mask of valid keys.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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


class StaticGPT2:
    """Prefill a batch of prompts, then decode one token per call to :meth:`step`."""

    def __init__(self, hf_model, batch_size: int, max_len: int, dtype: torch.dtype | None = None):
        cfg = hf_model.config
        if cfg.model_type != "gpt2":
            raise ValueError(f"StaticGPT2 needs a GPT-2 model, got {cfg.model_type!r}")
        if max_len > cfg.n_positions:
            raise ValueError(f"max_len {max_len} exceeds the model's context of {cfg.n_positions}")
        first = next(hf_model.parameters())
        self.device = first.device
        self.dtype = dtype or first.dtype
        self.n_head = cfg.n_head
        self.head_dim = cfg.n_embd // cfg.n_head
        self.eps = cfg.layer_norm_epsilon
        self.batch_size, self.max_len = batch_size, max_len

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
        shape = (len(self.layers), batch_size, self.n_head, max_len, self.head_dim)
        self.k_cache = torch.zeros(shape, dtype=self.dtype, device=self.device)
        self.v_cache = torch.zeros(shape, dtype=self.dtype, device=self.device)
        self.key_valid = torch.zeros(batch_size, max_len, dtype=torch.bool, device=self.device)
        # Static inputs of the decode step (graph replays read them in place).
        self._token = torch.zeros(batch_size, 1, dtype=torch.long, device=self.device)
        self._pos = torch.zeros(batch_size, 1, dtype=torch.long, device=self.device)
        self._index = torch.zeros(1, dtype=torch.long, device=self.device)
        self._logits: torch.Tensor | None = None
        self._graph: torch.cuda.CUDAGraph | None = None
        self.length = 0  # positions of the cache in use (shared by all rows: left padding)
        self.positions = torch.zeros(batch_size, dtype=torch.long, device=self.device)

    # --- the transformer --------------------------------------------------------------------------

    def _forward(self, ids: torch.Tensor, pos: torch.Tensor, index: torch.Tensor, mask: torch.Tensor):
        """Run tokens ``ids`` [B, T] at cache slots ``index`` [T]; ``mask`` [B, 1, T, max_len] of allowed keys."""
        b, t = ids.shape
        x = F.embedding(ids, self.wte) + F.embedding(pos, self.wpe)
        for i, layer in enumerate(self.layers):
            h = F.layer_norm(x, (x.shape[-1],), layer.ln1_w, layer.ln1_b, self.eps)
            qkv = torch.addmm(layer.attn_b, h.view(b * t, -1), layer.attn_w).view(b, t, 3, self.n_head, self.head_dim)
            q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)  # each [B, H, T, D]
            self.k_cache[i].index_copy_(2, index, k)
            self.v_cache[i].index_copy_(2, index, v)
            a = F.scaled_dot_product_attention(q, self.k_cache[i], self.v_cache[i], attn_mask=mask)
            a = a.transpose(1, 2).reshape(b * t, -1)
            x = x + torch.addmm(layer.proj_b, a, layer.proj_w).view(b, t, -1)
            h = F.layer_norm(x, (x.shape[-1],), layer.ln2_w, layer.ln2_b, self.eps).view(b * t, -1)
            h = F.gelu(torch.addmm(layer.fc_b, h, layer.fc_w), approximate="tanh")
            x = x + torch.addmm(layer.mlp_proj_b, h, layer.mlp_proj_w).view(b, t, -1)
        x = F.layer_norm(x[:, -1], (x.shape[-1],), self.lnf_w, self.lnf_b, self.eps)
        return x @ self.lm_head.T  # [B, vocab]

    @torch.inference_mode()
    def prefill(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Fill the cache with left-padded prompts [B, T]; returns the logits of each row's last token."""
        b, t = input_ids.shape
        if b != self.batch_size:
            raise ValueError(f"batch of {b}, cache built for {self.batch_size}")
        if t >= self.max_len:
            raise ValueError(f"prompt of {t} tokens leaves no room in a cache of {self.max_len}")
        attention_mask = attention_mask.to(self.device).bool()
        self.key_valid.zero_()
        self.key_valid[:, :t] = attention_mask
        pos = (attention_mask.long().cumsum(-1) - 1).clamp(min=0)
        slots = torch.arange(t, device=self.device)
        keys = torch.arange(self.max_len, device=self.device)
        causal = slots[:, None] >= keys[None, :]  # [T, max_len]
        mask = causal[None] & self.key_valid[:, None, :]  # [B, T, max_len]
        # A padding query sees no key at all: let it see itself so softmax stays finite.
        itself = slots[:, None] == keys[None, :]
        mask = (mask | ((~attention_mask)[:, :, None] & itself[None])).unsqueeze(1)  # [B, 1, T, max_len]
        logits = self._forward(input_ids.to(self.device), pos.to(self.device), slots, mask)
        self.length = t
        self.positions = pos[:, -1].clone()
        return logits.float()

    def _step_body(self) -> torch.Tensor:
        valid = self.key_valid.index_fill(1, self._index, True)
        self.key_valid.copy_(valid)
        mask = valid[:, None, None, :]
        return self._forward(self._token, self._pos, self._index, mask)

    @torch.inference_mode()
    def step(self, tokens: torch.Tensor) -> torch.Tensor:
        """Append one token per row [B] and return the next logits [B, vocab] (float32)."""
        if self.length >= self.max_len:
            raise ValueError(f"the cache of {self.max_len} positions is full")
        self.positions = self.positions + 1
        self._token.copy_(tokens.view(-1, 1))
        self._pos.copy_(self.positions.view(-1, 1))
        self._index.fill_(self.length)
        self.length += 1
        if self.device.type != "cuda":
            return self._step_body().float()
        if self._graph is None:
            self._capture()
        assert self._graph is not None and self._logits is not None, "_capture records the graph and its output"
        self._graph.replay()
        return self._logits.float()

    def _capture(self) -> None:
        # Warm up on a side stream (cuBLAS handles, workspace), then record the step once. The
        # warm-up writes a harmless token at the current slot, which the replay overwrites.
        saved_valid = self.key_valid.clone()
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            for _ in range(2):
                self.key_valid.copy_(saved_valid)
                self._step_body()
        torch.cuda.current_stream().wait_stream(stream)
        self.key_valid.copy_(saved_valid)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            self._logits = self._step_body()
        self.key_valid.copy_(saved_valid)
        self._graph = graph


def sample_next(
    logits: torch.Tensor,
    *,
    do_sample: bool,
    temperature: float = 1.0,
    top_p: float = 1.0,
    top_k: int = 0,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Greedy or top-k/top-p sampling from logits [B, V] -> token ids [B]."""
    if not do_sample:
        return logits.argmax(-1)
    logits = logits / max(temperature, 1e-5)
    if top_k > 0:
        kth = torch.topk(logits, min(top_k, logits.shape[-1])).values[:, -1:]
        logits = logits.masked_fill(logits < kth, -math.inf)
    if top_p < 1.0:
        sorted_logits, order = torch.sort(logits, descending=True)
        cum = sorted_logits.softmax(-1).cumsum(-1)
        drop = cum - sorted_logits.softmax(-1) > top_p  # keep the smallest set reaching top_p
        sorted_logits = sorted_logits.masked_fill(drop, -math.inf)
        logits = torch.full_like(logits, -math.inf).scatter(-1, order, sorted_logits)
    probs = logits.softmax(-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)


@torch.inference_mode()
def generate_tokens(
    engine: StaticGPT2,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    max_new_tokens: int,
    *,
    eos_token_id: int,
    stop_token_ids: tuple[int, ...] = (),
    min_new_tokens: int = 0,
    do_sample: bool = False,
    temperature: float = 1.0,
    top_p: float = 1.0,
    top_k: int = 0,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Decode up to ``max_new_tokens`` per row of a left-padded batch; returns new tokens [B, <=N].

    A row ends at ``eos_token_id`` or any of ``stop_token_ids`` (e.g. tokens holding a newline),
    after which it is padded with ``eos_token_id``; decoding stops once every row has ended.
    Before ``min_new_tokens``, ending tokens are suppressed.
    """
    logits = engine.prefill(input_ids, attention_mask)
    ending = torch.tensor(sorted({eos_token_id, *stop_token_ids}), device=logits.device)
    done = torch.zeros(logits.shape[0], dtype=torch.bool, device=logits.device)
    out: list[torch.Tensor] = []
    for i in range(max_new_tokens):
        if i < min_new_tokens:
            logits[:, ending] = -math.inf
        token = sample_next(
            logits, do_sample=do_sample, temperature=temperature, top_p=top_p, top_k=top_k, generator=generator
        )
        token = torch.where(done, torch.full_like(token, eos_token_id), token)
        out.append(token)
        done |= torch.isin(token, ending)
        if i + 1 == max_new_tokens or bool(done.all()):
            break
        logits = engine.step(token)
    return torch.stack(out, dim=1) if out else input_ids.new_zeros((input_ids.shape[0], 0))
