"""Sessions on the GPU or the CPU: a CUDA session that ONNX Runtime cannot give is noticed, not served slowly."""

from __future__ import annotations

import logging
from importlib import metadata

import onnxruntime
import pytest

from export import providers
from export.providers import CudaUnavailableError, install_hint, open_session
from export.runtime import OnnxEngine
from imitate.config import BuiltinModelConfig
from trainer.model import save_builtin_model


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    """A tiny exported decoder (optimum, fp32)."""
    from optimum.exporters.onnx import main_export

    folder = save_builtin_model(tmp_path_factory.mktemp("m") / "tiny", BuiltinModelConfig(), seed=0)
    main_export(str(folder), output=str(folder / "onnx"), task="text-generation-with-past", local_files_only=True)
    return folder / "onnx" / "model.onnx"


def _cpu_only_session(monkeypatch):
    """onnxruntime-gpu without its CUDA libraries: CUDA is listed as built, sessions come up on the CPU."""
    real_session = onnxruntime.InferenceSession
    asked = []

    def session(*args, **kwargs):
        asked.append(kwargs.get("providers"))
        kwargs["providers"] = ["CPUExecutionProvider"]
        return real_session(*args, **kwargs)

    monkeypatch.setattr(providers, "cuda_built", lambda: True)
    monkeypatch.setattr(onnxruntime, "InferenceSession", session)
    return asked


def test_cpu_session(model_file):
    session = open_session(model_file, onnxruntime.SessionOptions(), "cpu")
    assert session.get_providers() == ["CPUExecutionProvider"]


def test_cuda_without_the_gpu_build(model_file, monkeypatch):
    monkeypatch.setattr(providers, "cuda_built", lambda: False)
    with pytest.raises(CudaUnavailableError, match="no CUDAExecutionProvider: .*pip install --no-deps onnxruntime-gpu"):
        open_session(model_file, onnxruntime.SessionOptions(), "cuda")


def test_cuda_provider_that_does_not_start_is_refused(model_file, monkeypatch):
    asked = _cpu_only_session(monkeypatch)
    with pytest.raises(CudaUnavailableError, match="could not start CUDAExecutionProvider"):
        open_session(model_file, onnxruntime.SessionOptions(), "cuda")
    assert asked[-1][0][0] == "CUDAExecutionProvider"  # CUDA was asked for first


def test_engine_falls_back_to_the_cpu_and_says_so(model_file, monkeypatch, caplog):
    _cpu_only_session(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="export.runtime"):
        engine = OnnxEngine(model_file.parent, threads=1, device="cuda")
    assert engine.device == "cpu" and engine.session.get_providers() == ["CPUExecutionProvider"]
    assert "device cuda asked for, but onnxruntime could not start" in caplog.text
    logits, past = engine.prefill([50256, 464])
    assert logits.shape == (1, 50257) and {v.device_name().lower() for v in past} == {"cpu"}


def test_install_hint_names_the_clash(monkeypatch):
    versions = {"onnxruntime": "1.32.0", "onnxruntime-gpu": "1.31.1"}

    def version(name):
        if name not in versions:
            raise metadata.PackageNotFoundError(name)
        return versions[name]

    monkeypatch.setattr(metadata, "version", version)
    assert install_hint().startswith("both onnxruntime and onnxruntime-gpu are installed")
    del versions["onnxruntime-gpu"]
    assert install_hint().startswith("install the GPU build: pip uninstall -y onnxruntime onnxruntime-gpu")


def test_device_cuda_without_the_gpu_build_serves_on_the_cpu(monkeypatch, caplog):
    from export.runtime.loading import _effective_device

    monkeypatch.setattr("export.runtime.loading.cuda_built", lambda: False)
    with caplog.at_level(logging.WARNING, logger="export.runtime"):
        assert _effective_device("onnx", "cuda") == "cpu"
    assert "onnxruntime has no CUDAExecutionProvider" in caplog.text
