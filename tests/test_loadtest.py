"""``python -m bot.loadtest`` end to end on the tiny model through the fake Discord (to keep it working,
not to time it), with the output layer whole and cut to an account's tokens."""

from __future__ import annotations

import json

import pytest

from bot import loadtest
from tests.conftest import write_posts


@pytest.mark.slow
def test_the_load_test_answers_every_request_with_the_layer_whole_and_cut(tmp_path, capsys):
    write_posts(tmp_path, "bakery", 30)
    work, out = tmp_path / "work", tmp_path / "report.json"
    common = ["--requests", "4", "--count", "2", "--variant", "int4", "--prompts", "2", "--max-new-tokens", "6"]
    common += ["--workdir", str(work), "--json", str(out), "--heartbeat-ms", "200"]
    assert loadtest.main([*common, "--vocabulary", str(tmp_path / "tweets" / "bakery.jsonl")]) == 0
    cut = json.loads(out.read_text())
    assert cut["answered"] == 4 and cut["errors"] == 0 and 256 < cut["kept_tokens"] < 2000
    assert "cut to" in capsys.readouterr().out
    assert loadtest.main(common) == 0  # the same model again, its layer whole
    whole = json.loads(out.read_text())
    assert whole["answered"] == 4 and whole["kept_tokens"] == 0
