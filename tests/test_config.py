"""Settings: the shipped config.toml, validation, file selection, overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from imitate.config import Config, ConfigError, ExportConfig, load_config
from imitate.paths import model_name, normalize_handle

REPO = Path(__file__).resolve().parents[1]


def test_shipped_config_equals_defaults():
    # config.toml documents every setting; it must say exactly what the dataclasses default to.
    assert load_config(REPO / "config.toml") == Config()


def test_selection_order(tmp_path, monkeypatch):
    explicit = tmp_path / "a.toml"
    explicit.write_text('data_dir = "from-explicit"\n')
    env = tmp_path / "b.toml"
    env.write_text('data_dir = "from-env"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("IMITATE_CONFIG", raising=False)
    assert load_config().data_dir == Path("imitate-data")  # no ./config.toml: defaults
    (tmp_path / "config.toml").write_text('data_dir = "from-cwd"\n')
    assert load_config().data_dir == Path("from-cwd")
    monkeypatch.setenv("IMITATE_CONFIG", str(env))
    assert load_config().data_dir == Path("from-env")
    assert load_config(explicit).data_dir == Path("from-explicit")
    assert load_config(explicit, data_dir="over").data_dir == Path("over")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[train]\nepochs = 0\n", "train.epochs must be positive"),
        ("[train]\nlr_scheduler = 'exp'\n", "train.lr_scheduler"),
        ("[train.builtin]\nn_embd = 65\nn_head = 2\n", "multiple of n_head"),
        ("[wandb]\nmode = 'sometimes'\n", "wandb.mode"),
        ("[train]\nepoch = 3\n", "unknown setting(s) in [train]: epoch"),
        ("[nope]\nx = 1\n", "unknown setting(s) in []: nope"),
        ("[fetch]\nmax_posts = 5000\n", "fetch.max_posts"),
        ("[bot]\ndefault_count = 11\n", "default_count"),
        ("[runtime]\nengine = 'tensorrt'\n", "runtime.engine"),
        ("[export]\nint4_block_size = 48\n", "export.int4_block_size must be one of 16, 32, 64, 128, 256"),
        ("[export]\nint4_block_size = [256, 48]\n", "or a list of them, got [256, 48]"),
        ("[export]\nint4_block_size = []\n", "export.int4_block_size must be one of"),
        ("[export]\nint4_block_size = [256.0]\n", "or a list of them, got [256.0]"),
        ("[export]\nint4_block_size = 1.5\n", "or a list of them, got 1.5"),
        ("[export]\nvocabulary_ppl_tolerance = -0.1\n", "export.vocabulary_ppl_tolerance must be >= 0"),
        ('[export]\nkv_cache = "fp8"\n', "export.kv_cache must be one of int8, float32, got 'fp8'"),
        ("[export]\nkv_cache_ppl_tolerance = -1\n", "export.kv_cache_ppl_tolerance must be >= 0"),
        ("data_dir = [\n", "cannot parse config file"),
    ],
)
def test_invalid_values_are_clear(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_config_is_frozen():
    cfg = Config()
    with pytest.raises(AttributeError):
        cfg.train.epochs = 1  # type: ignore[misc]


def test_opt_out_handles_are_normalised(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[bot]\nopt_out = ["@SomeOne"]\n')
    assert load_config(path).bot.opt_out == ("someone",)


def test_handles_and_model_names():
    assert normalize_handle("@MiniDiscPlus") == "minidiscplus"
    assert model_name(["Zed", "@alpha", "mid_1"]) == "alpha-mid_1-zed"
    for bad in ("", "@", "has space", "x" * 16, "semi;colon", "../etc"):
        with pytest.raises(ValueError):
            normalize_handle(bad)


def test_int4_block_size_takes_one_size_or_sizes_to_try_in_order(tmp_path):
    path = tmp_path / "blocks.toml"
    path.write_text("[export]\nint4_block_size = [128, 32]\n")
    assert load_config(path).export.int4_block_size == (128, 32)
    path.write_text("[export]\nint4_block_size = 64\n")
    assert load_config(path).export.int4_block_size == (64,)
    assert ExportConfig().int4_block_size == (256, 128, 32)
