"""The slot-cache GPT-2 decoder (the CUDA-graph engine) computes what Hugging Face computes, row by row."""

from __future__ import annotations

import pytest
import torch

from export.runtime.static_gpt2 import StaticGPT2, bucket
from imitate.config import BuiltinModelConfig
from trainer.model import build_builtin_model

PROMPTS = [[50256, 3666, 4320, 318], [50256, 15496], [50256, 40, 1842, 8509, 11, 290, 257, 1256, 13]]


@pytest.fixture(scope="module")
def model():
    model, _ = build_builtin_model(BuiltinModelConfig(n_layer=2, n_head=2, n_embd=64, n_positions=128), seed=1)
    return model.eval()


def hf_logits(model, ids: list[int]) -> torch.Tensor:
    """Hugging Face's logits of the last token of ``ids``, run alone."""
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0, -1]


def test_rows_of_different_lengths_share_a_step_and_each_gets_its_own_logits(model):
    decoder = StaticGPT2(model)
    decoder.allocate(4, 64)
    rows = [list(p) for p in PROMPTS]
    for r, ids in enumerate(rows):
        logits, keys, values = decoder.prompt(ids)
        assert (logits[0] - hf_logits(model, ids)).abs().max() <= 1e-4
        decoder.place(torch.tensor([r]), keys, values)
    for _ in range(6):  # three rows run in a bucket of 4: the fourth slot is padding
        tokens = torch.tensor([int(hf_logits(model, ids).argmax()) for ids in rows])
        logits = decoder.step(tokens, torch.tensor([len(ids) for ids in rows]))
        for ids, token in zip(rows, tokens.tolist(), strict=True):
            ids.append(token)
        for r, ids in enumerate(rows):
            assert (logits[r] - hf_logits(model, ids)).abs().max() <= 1e-4, r


def test_moved_and_regrown_slots_keep_their_rows(model):
    decoder = StaticGPT2(model)
    decoder.allocate(4, 64)
    for r, ids in enumerate(PROMPTS):
        decoder.place(torch.tensor([r]), *decoder.prompt(ids)[1:])
    decoder.move(torch.tensor([2]), torch.tensor([0]), 64)  # row 0 leaves, row 2 takes its slot
    first = decoder.step(torch.tensor([7, 8]), torch.tensor([len(PROMPTS[2]), len(PROMPTS[1])]))
    assert (first[0] - hf_logits(model, PROMPTS[2] + [7])).abs().max() <= 1e-4
    assert (first[1] - hf_logits(model, PROMPTS[1] + [8])).abs().max() <= 1e-4
    # more rows and positions: the two rows copied into new slots, one added from a prompt
    decoder.allocate(8, 128, (torch.tensor([1, 0]), torch.tensor([0, 1]), 64))
    assert decoder.capacity == (8, 128)
    decoder.place(torch.tensor([2, 3]), *decoder.prompt(PROMPTS[0])[1:])  # one prompt, two rows
    lengths = torch.tensor([len(PROMPTS[1]) + 1, len(PROMPTS[2]) + 1, len(PROMPTS[0]), len(PROMPTS[0])])
    logits = decoder.step(torch.tensor([9, 10, 11, 12]), lengths)
    for r, ids in enumerate([PROMPTS[1] + [8, 9], PROMPTS[2] + [7, 10], PROMPTS[0] + [11], PROMPTS[0] + [12]]):
        assert (logits[r] - hf_logits(model, ids)).abs().max() <= 1e-4, r


def test_buckets_are_powers_of_two():
    assert [bucket(n) for n in (1, 2, 3, 4, 5, 8, 9, 100, 128)] == [1, 2, 4, 4, 8, 8, 16, 128, 128]


def test_refuses_what_does_not_fit(model):
    decoder = StaticGPT2(model)
    with pytest.raises(ValueError, match="exceed the model's context"):
        decoder.allocate(1, 4096)
    with pytest.raises(ValueError, match="leaves no room"):
        decoder.prompt([1] * 128)
    with pytest.raises(ValueError, match="an empty prompt"):
        decoder.prompt([])
    decoder.allocate(2, 8)
    with pytest.raises(ValueError, match="a step of 3 rows, slots for 2"):
        decoder.step(torch.tensor([1, 2, 3]), torch.tensor([1, 1, 1]))
    with pytest.raises(ValueError, match="fills its slot of 8"):
        decoder.step(torch.tensor([1]), torch.tensor([8]))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_on_cuda_each_bucket_is_one_recorded_graph_with_the_cpus_logits(model):
    """The CUDA-graph path (it cannot run here without a GPU; on one, this holds it to the CPU's logits)."""
    cpu, gpu = StaticGPT2(model), StaticGPT2(model.to("cuda"))
    try:
        for decoder in (cpu, gpu):
            decoder.allocate(4, 64)
            for r, ids in enumerate(PROMPTS):
                decoder.place(torch.tensor([r]), *decoder.prompt(ids)[1:])
        lengths = torch.tensor([len(p) for p in PROMPTS])
        for rows, token in ((3, 5), (1, 6), (2, 7), (3, 8)):  # buckets 4, 1, 2, then 4 again (replayed)
            tokens = torch.full((rows,), token)
            want = cpu.step(tokens, lengths[:rows])
            got = gpu.step(tokens, lengths[:rows]).cpu()
            assert (got - want).abs().max() <= 1e-3, rows
            lengths[:rows] += 1
        assert sorted(gpu._graphs) == [1, 2, 4]
        gpu.allocate(8, 64)  # new slots: the graphs recorded on the old ones go
        assert not gpu._graphs
    finally:
        model.to("cpu")
