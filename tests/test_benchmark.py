"""The benchmark runs end to end on a tiny model for a few tokens (to keep it working, not to time it)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from export import benchmark
from tests.conftest import write_posts


def test_benchmark_tiny_writes_json(tmp_path, capsys):
    write_posts(tmp_path, "bakery", 40)  # the account whose tokens the "cut" engines keep
    engines = "torch,imitate" + (",ct2" if importlib.util.find_spec("ctranslate2") else "")
    out = tmp_path / "bench.json"
    code = benchmark.main(
        [
            "--arch",
            "tiny",
            "--quick",
            "--tokens",
            "4",
            "--repeats",
            "1",
            "--threads",
            "1",
            "--engines",
            engines,
            "--shapes",
            "b1,bot,burst",
            "--burst",
            "3",
            "--workdir",
            str(tmp_path / "work"),
            "--vocabulary",
            str(tmp_path / "tweets" / "bakery.jsonl"),
            "--json",
            str(out),
            "--png",
            str(tmp_path / "chart.png"),
        ]
    )
    assert code == 0
    report = json.loads(out.read_text())
    assert report["machine"]["threads"] == 1 and report["machine"]["cpu"]
    assert report["machine"]["cpu_identity"].startswith(report["machine"]["cpu"])
    assert "onnxruntime" in report["machine"]["versions"]
    for when in ("before", "after"):  # the cache and memory speed the run had, at each end
        read = report["settings"][f"memory_read_gbps_{when}"]
        assert set(read) == {"32MB", "256MB"} and all(speed > 0 for speed in read.values())
    assert report["model"]["variants"] == ["fp32", "int8"]
    labels = {r["engine"] for r in report["results"]}
    assert {"torch eager fp32", "imitate fp32", "imitate int8", "imitate int8 cut"} <= labels
    cut = report["model"]["cut"]["int8"]
    assert 256 < cut["kept_tokens"] < 2000 and cut["escape_share"] == 0.05
    for r in report["results"]:
        assert r["tokens_per_s"] > 0 and r["latency_p50_s"] > 0 and r["ttft_p50_s"] > 0 and r["runs"] == 1
        assert r["peak_rss_mb"] > 0 and r["model_mb"] > 0  # each engine ran in its own process
        if r["shape"] == "b1":
            assert (r["batch"], r["new_tokens"]) == (1, 4)
        elif r["shape"] == "burst":  # 3 concurrent requests through the scheduler: the runtime only
            assert r["engine"].startswith("imitate") and (r["batch"], r["new_tokens"]) == (5, 4)
        else:
            assert (r["batch"], r["new_tokens"]) == (5, 4)
    burst = {r["engine"] for r in report["results"] if r["shape"] == "burst"}
    assert burst == {"imitate fp32", "imitate int8", "imitate int8 cut"}
    assert report["targets"]["b1_vs_torch"]["ratio"] > 0 and "bot_p50" in report["targets"]
    printed = capsys.readouterr().out
    assert "tok/s" in printed and "imitate int8" in printed and "threads 1" in printed
    assert "memory read GB/s (32MB / 256MB): " in printed
    assert (tmp_path / "chart.png").is_file() or "matplotlib is not installed" in printed


def test_bad_arguments():
    with pytest.raises(SystemExit, match="unknown engine or shape: tensorflow"):
        benchmark.parse_args(["--engines", "torch,tensorflow"])
    args = benchmark.parse_args(["--quick"])
    assert (args.repeats, args.tokens) == (2, 8)


def test_percentile_and_count():
    assert benchmark.percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    assert benchmark.percentile([1.0, 2.0], 0.95) == pytest.approx(1.95)
    assert benchmark._count_new([[5, 198, 7], [5, 6, 7]], {198}, 3, forced=False) == 5
    assert benchmark._count_new([[5, 198, 7]], {198}, 3, forced=True) == 3


def _result(engine: str, shape: str, tokens_per_s: float) -> benchmark.Result:
    return benchmark.Result(engine, shape, 1, 64, 1, tokens_per_s, 1.0, 1.0, 0.1, 100.0, 1.0, 100.0)


def test_targets_against_llama_cpp_and_ctranslate2():
    results = [
        _result("imitate int8", "b1", 200.0),
        _result("imitate int4", "b1", 260.0),
        _result("llama.cpp q4_0", "b1", 180.0),
        _result("llama.cpp q8_0", "b1", 220.0),  # the best GGUF at b1 is the one compared
        _result("ctranslate2 int8", "b1", 100.0),
        _result("imitate int8", "b8", 900.0),
        _result("llama.cpp q4_0", "b8", 1000.0),
        _result("ctranslate2 int8", "b8", 450.0),
        _result("imitate int8", "b32", 3000.0),
        _result("llama.cpp q4_0", "b32", 1500.0),
        _result("llama.cpp f16", "b32", 2500.0),  # b32 compares with q4_0 only
    ]
    t = benchmark.targets(results, "cpu")
    assert t["b1_vs_llama_cpp"] == {
        "engine": "imitate int4",
        "versus": "llama.cpp q8_0",
        "ratio": pytest.approx(260 / 220),
        "target": 1.3,
        "met": False,
    }
    assert t["b1_vs_ctranslate2"]["ratio"] == pytest.approx(2.6) and t["b1_vs_ctranslate2"]["met"]
    assert t["b8_vs_llama_cpp"]["ratio"] == pytest.approx(0.9) and not t["b8_vs_llama_cpp"]["met"]
    assert t["b8_vs_ctranslate2"]["ratio"] == pytest.approx(2.0) and t["b8_vs_ctranslate2"]["target"] == 1.0
    assert t["b32_vs_llama_cpp_q4_0"]["versus"] == "llama.cpp q4_0"
    assert t["b32_vs_llama_cpp_q4_0"]["ratio"] == pytest.approx(2.0) and t["b32_vs_llama_cpp_q4_0"]["met"]
    assert "b1_vs_torch" not in t  # no torch result given
    assert benchmark.shapes_for(16, ["b32"]) == [benchmark.Shape("b32", 32, 16, False)]
