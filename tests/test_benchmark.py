"""The benchmark runs end to end on a tiny model for a few tokens (to keep it working, not to time it)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from export import benchmark


def test_benchmark_tiny_writes_json(tmp_path, capsys):
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
            "--json",
            str(out),
            "--png",
            str(tmp_path / "chart.png"),
        ]
    )
    assert code == 0
    report = json.loads(out.read_text())
    assert report["machine"]["threads"] == 1 and report["machine"]["cpu"]
    assert "onnxruntime" in report["machine"]["versions"]
    assert report["model"]["variants"] == ["fp32", "int8"]
    labels = {r["engine"] for r in report["results"]}
    assert {"torch eager fp32", "imitate fp32", "imitate int8"} <= labels
    for r in report["results"]:
        assert r["tokens_per_s"] > 0 and r["latency_p50_s"] > 0 and r["ttft_p50_s"] > 0 and r["runs"] == 1
        assert r["peak_rss_mb"] > 0 and r["model_mb"] > 0  # each engine ran in its own process
        if r["shape"] == "b1":
            assert (r["batch"], r["new_tokens"]) == (1, 4)
        elif r["shape"] == "burst":  # 3 concurrent requests through the scheduler: the runtime only
            assert r["engine"].startswith("imitate") and (r["batch"], r["new_tokens"]) == (5, 4)
        else:
            assert (r["batch"], r["new_tokens"]) == (5, 4)
    assert {r["engine"] for r in report["results"] if r["shape"] == "burst"} == {"imitate fp32", "imitate int8"}
    assert report["targets"]["b1_vs_torch"]["ratio"] > 0 and "bot_p50" in report["targets"]
    printed = capsys.readouterr().out
    assert "tok/s" in printed and "imitate int8" in printed and "threads 1" in printed
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
