"""llama.cpp as the benchmark's outside reference: the GGUF conversion decodes what PyTorch decodes."""

from __future__ import annotations

from pathlib import Path

import pytest

from export import benchmark

TOKENS = 24


@pytest.fixture(scope="module")
def sharp_tiny(tmp_path_factory) -> Path:
    """The tiny test arch with larger random weights, so that greedy decoding does not repeat one token."""
    import torch
    from transformers import AutoModelForCausalLM

    work = tmp_path_factory.mktemp("llama")
    folder = benchmark.build_arch("tiny", work / "random-tiny")
    model = AutoModelForCausalLM.from_pretrained(folder)
    torch.manual_seed(0)
    with torch.no_grad():
        for parameter in model.parameters():
            if parameter.dim() == 2:
                parameter.normal_(0.0, 0.3)
    model.save_pretrained(folder)
    return folder


def torch_greedy(folder: Path, ids: list[int], tokens: int) -> list[int]:
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    x = torch.tensor([ids])
    with torch.inference_mode():
        out = model.generate(
            input_ids=x,
            attention_mask=torch.ones_like(x),
            do_sample=False,
            max_new_tokens=tokens,
            min_new_tokens=tokens,
            pad_token_id=50256,
            eos_token_id=50256,
        )
    return out[0, len(ids) :].tolist()


def test_gguf_greedy_matches_torch(sharp_tiny, tmp_path):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (see the README's Benchmarks)")
    files = benchmark.gguf_convert(sharp_tiny, tmp_path / "gguf", ("f32", "f16", "q4_0"))
    settings = {"threads": 1, "device": "cpu", "model_dir": str(sharp_tiny)}
    b1 = benchmark.Shape("b1", 1, TOKENS, False)
    b8 = benchmark.Shape("b8", 8, TOKENS, False)
    runners: dict[str, benchmark.LlamaRunner] = {}
    for kind, path in files.items():
        spec = benchmark.EngineSpec(f"llama.cpp {kind}", "llama", str(path), kind, settings=settings)
        runners[kind] = benchmark.LlamaRunner(spec)
    runner = runners["f32"]
    # the prompt and end-of-text the other engines feed are llama.cpp's own reading of PREFIX + PROMPT
    assert runner.decoder.tokenize(benchmark.PREFIX + benchmark.PROMPT) == runner.ids
    assert runner.decoder.eos == runner.eos == 50256
    expected = torch_greedy(sharp_tiny, runner.ids, TOKENS)
    assert len(set(expected)) > 5  # a real continuation, not one token repeated
    assert runner.rows(b1, 0) == [expected]  # fp32: every token
    assert runners["f16"].rows(b1, 0)[0][:12] == expected[:12]
    batch = runner.rows(b8, 0)  # 8 sequences in one context decode as one would alone
    assert batch == [expected] * 8
    assert runner.run(b8, 0) == 8 * TOKENS
    assert len(runners["q4_0"].rows(b1, 0)[0]) == TOKENS  # q4_0 of these large weights drifts at once
    bot = benchmark.Shape("bot", 5, 20, True)
    rows = runner.rows(bot, 3)
    assert len(rows) == 5 and all(1 <= len(r) <= 20 for r in rows) and rows == runner.rows(bot, 3)
    for row in rows:  # a row ends at its first stop token, not before the others' min_length
        assert all(t not in runner.stops for t in row[:-1]) and len(row) >= 10 - len(runner.ids)
    sizes = [path.stat().st_size for path in (files["f32"], files["f16"], files["q4_0"])]
    assert sizes == sorted(sizes, reverse=True)
