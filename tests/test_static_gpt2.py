"""The static-cache GPT-2 decoder (the CUDA-graph engine) computes what Hugging Face computes."""

from __future__ import annotations

import pytest
import torch

from export.runtime.static_gpt2 import StaticGPT2, generate_tokens, sample_next
from imitate.config import BuiltinModelConfig
from trainer.model import build_builtin_model


@pytest.fixture(scope="module")
def tiny():
    model, tokenizer = build_builtin_model(BuiltinModelConfig(n_layer=2, n_head=2, n_embd=64, n_positions=128), seed=1)
    tokenizer.padding_side = "left"
    batch = tokenizer(
        ["<|endoftext|>My dream is", "<|endoftext|>Hello there my good friend, how are"],
        return_tensors="pt",
        padding=True,
    )
    return model.eval(), tokenizer, batch


def test_logits_and_greedy_match_hf_on_left_padded_batch(tiny):
    model, tokenizer, batch = tiny
    assert batch.attention_mask[0, 0] == 0  # the first row really is left-padded
    with torch.no_grad():
        ref = model.generate(
            **batch,
            max_new_tokens=16,
            do_sample=False,
            pad_token_id=tokenizer.eos_token_id,
            output_scores=True,
            return_dict_in_generate=True,
        )
    engine = StaticGPT2(model, batch_size=2, max_len=64)
    logits = engine.prefill(batch.input_ids, batch.attention_mask)
    for step in range(16):
        assert (logits - ref.scores[step]).abs().max().item() <= 1e-4
        logits = engine.step(ref.scores[step].argmax(-1))
    tokens = generate_tokens(engine, batch.input_ids, batch.attention_mask, 16, eos_token_id=-1)
    assert torch.equal(tokens, ref.sequences[:, batch.input_ids.shape[1] :])


def test_stop_tokens_min_tokens_and_seed(tiny):
    model, tokenizer, batch = tiny
    engine = StaticGPT2(model, batch_size=2, max_len=64)
    greedy = generate_tokens(engine, batch.input_ids, batch.attention_mask, 10, eos_token_id=-1)
    stop = int(greedy[0, 0])  # row 0's first token becomes a stop token: row 0 ends at once
    out = generate_tokens(engine, batch.input_ids, batch.attention_mask, 10, eos_token_id=50256, stop_token_ids=(stop,))
    assert int(out[0, 0]) == stop and (out[0, 1:] == 50256).all()
    held = generate_tokens(
        engine, batch.input_ids, batch.attention_mask, 10, eos_token_id=50256, stop_token_ids=(stop,), min_new_tokens=5
    )
    assert stop not in held[0, :5].tolist()

    def sampled(seed):
        gen = torch.Generator().manual_seed(seed)
        return generate_tokens(
            engine, batch.input_ids, batch.attention_mask, 12, eos_token_id=-1, do_sample=True, top_p=0.9, generator=gen
        )

    assert torch.equal(sampled(3), sampled(3))
    assert not torch.equal(sampled(3), sampled(4))


def test_top_p_keeps_the_smallest_set():
    logits = torch.log(torch.tensor([[0.5, 0.3, 0.15, 0.05]]))
    gen = torch.Generator().manual_seed(0)
    draws = {int(sample_next(logits, do_sample=True, top_p=0.7, generator=gen)) for _ in range(200)}
    assert draws == {0, 1}
    assert int(sample_next(logits, do_sample=False)) == 0


def test_refuses_what_does_not_fit(tiny):
    model, _, batch = tiny
    with pytest.raises(ValueError, match="exceeds the model's context"):
        StaticGPT2(model, batch_size=1, max_len=4096)
    engine = StaticGPT2(model, batch_size=1, max_len=8)
    with pytest.raises(ValueError, match="batch of 2"):
        engine.prefill(batch.input_ids, batch.attention_mask)
