"""The output layer cut to the account's tokens plus an escape: the same logits, the mixture's probabilities,
the gate that decides it, and the engine serving the whole layer when the file is bad."""

from __future__ import annotations

import math
import shutil
from concurrent.futures import Future

import numpy as np
import pytest

from export import vocabulary as output_vocabulary
from export.runtime.engines import OnnxEngine
from export.runtime.sampling import Sampling
from export.runtime.scheduler import Group, Scheduler
from export.runtime.shared_cache import SharedCacheEngine, Slots
from export.runtime.tokens import Tokens
from export.runtime.vocabulary import ESCAPE, Vocabulary, VocabularyError, mixture_log_probs, vocabulary_path
from tests.conftest import export_tiny, save_tiny_model

VOCAB = 50257
SHARE = 0.2


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, object]:
    """The tiny model's int8 and int4 variants, and each again with a vocabulary (every 7th token and the
    stop tokens)."""
    data = tmp_path_factory.mktemp("data")
    onnx = export_tiny(data)
    kept = np.union1d(np.arange(0, VOCAB, 7), Tokens(data / "models" / "tiny").stop_ids)
    out: dict[str, object] = {"kept": kept}
    for variant in ("int8", "int4"):
        whole = onnx / variant
        cut = data / f"cut-{variant}"
        shutil.copytree(whole, cut)
        Vocabulary(kept, SHARE).save(cut)
        out[variant], out[f"{variant}-cut"] = whole, cut
    return out


def _steps(engine) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """Prefill two prompts, merge them with one row twice, step, let a row go. Per call: its logits, and (a
    cut engine) the rest of the layer for every row, as a row that drew the escape would get it then."""
    seen = []

    def record(logits: np.ndarray, past: Slots) -> None:
        rest = engine.escape(past, np.arange(len(logits)))[0] if engine.columns is not None else None
        seen.append((logits, rest))

    first, a = engine.prefill([50256, 464, 3290, 318], 30)
    record(first, a)
    second, b = engine.prefill([50256, 17250], 30)
    record(second, b)
    past = engine.gather([(a, np.zeros(2, np.int64), 4), (b, np.zeros(1, np.int64), 2)], 4)
    lengths = np.array([4, 4, 2], np.int64)
    tokens = np.array([11, 12, 13])
    for step in range(6):
        if step == 3:
            past = engine.gather([(past, np.array([0, 2]), int(lengths.max()))], int(lengths.max()))
            lengths, tokens = lengths[[0, 2]], tokens[[0, 2]]
        logits, past = engine.decode(tokens, lengths, int(lengths.max()), past)
        record(logits, past)
        lengths = lengths + 1
        tokens = (tokens * 7 + step) % 1000
    return seen


@pytest.mark.parametrize("variant", ["int8", "int4"])
def test_the_cut_layer_gives_the_whole_layers_logits_and_an_escape(folders, variant):
    kept_ids = folders["kept"]
    whole = SharedCacheEngine(folders[variant], threads=1)
    cut = SharedCacheEngine(folders[f"{variant}-cut"], threads=1)
    assert whole.columns is None
    assert cut.columns is not None and cut.columns[-1] == ESCAPE and np.array_equal(cut.columns[:-1], kept_ids)
    others = np.setdiff1d(np.arange(VOCAB), kept_ids)
    for (want, _), (got, rest) in zip(_steps(whole), _steps(cut), strict=True):
        assert got.shape == (len(want), len(kept_ids) + 1)
        scale = float(np.abs(want).max())
        np.testing.assert_allclose(got[:, :-1], want[:, kept_ids], atol=1e-5 * scale)
        kept = want[:, kept_ids].astype(np.float64)
        lse = np.log(np.exp(kept - kept.max(-1, keepdims=True)).sum(-1)) + kept.max(-1)
        np.testing.assert_allclose(got[:, -1], lse + math.log(SHARE / (1 - SHARE)), atol=1e-4 * scale)
        np.testing.assert_allclose(rest, want[:, others], atol=1e-5 * scale)  # the rest, for an escaping row
    assert np.array_equal(cut.escape(*cut.prefill([50256], 4)[1:], np.array([0]))[1], others)


def test_the_published_graph_is_not_touched_and_other_engines_see_the_whole_layer(folders):
    cut = folders["int8-cut"]
    before = (cut / "model.onnx").read_bytes()
    SharedCacheEngine(cut, threads=1)
    assert (cut / "model.onnx").read_bytes() == before
    engine = OnnxEngine(cut, threads=1)
    logits, _ = engine.prefill([50256, 464], 4)
    assert engine.columns is None and logits.shape == (1, VOCAB)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a valid vocabulary"),
        ('{"token_ids": [3, 2], "escape_share": 0.1}', "sorted"),
        ('{"token_ids": [1, 2], "escape_share": 1.5}', "escape share"),
        ('{"token_ids": [1, 60000], "escape_share": 0.1}', "beyond the model"),
        ('{"token_ids": [1, 2, 50256], "escape_share": 0.1}', "keeps no stop token"),
    ],
)
def test_a_bad_vocabulary_file_serves_the_whole_layer(folders, tmp_path, caplog, content, message):
    folder = tmp_path / "variant"
    shutil.copytree(folders["int4"], folder)
    vocabulary_path(folder).write_text(content)
    if "stop token" not in message:  # a readable file, but one the loop cannot serve
        with pytest.raises(VocabularyError, match=message):
            Vocabulary.load(folder, VOCAB)
    engine = SharedCacheEngine(folder, threads=1)
    assert engine.columns is None and message in caplog.text
    assert engine.prefill([50256, 464], 4)[0].shape == (1, VOCAB)


def test_the_mixture_gives_every_token_a_probability_and_the_escape_its_share():
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 2, (3, 40))
    kept = np.zeros(40, bool)
    kept[rng.choice(40, 12, replace=False)] = True
    every = np.stack(
        [mixture_log_probs(logits, np.full(3, t), kept[None], np.array([0.1]))[:, 0] for t in range(40)], 1
    )
    np.testing.assert_allclose(np.exp(every).sum(1), 1.0, atol=1e-12)
    np.testing.assert_allclose(np.exp(every[:, ~kept]).sum(1), 0.1, atol=1e-12)
    inside = logits[:, kept] - logits[:, kept].max(1, keepdims=True)
    np.testing.assert_allclose(np.exp(every[:, kept]), 0.9 * np.exp(inside) / np.exp(inside).sum(1, keepdims=True))


class _FixedEngine:
    """A batch engine with fixed full logits over 6 tokens, of which 0, 2 and 5 are kept (escape share 0.3)."""

    name, device = "fixed", "cpu"
    FULL = np.log(np.array([0.30, 0.05, 0.20, 0.25, 0.15, 0.05]))
    KEPT = np.array([0, 2, 5])
    OTHERS = np.array([1, 3, 4])
    SHARE = 0.3

    def __init__(self):
        self.columns = np.append(self.KEPT, ESCAPE)
        kept = self.FULL[self.KEPT]
        escape = np.log(np.exp(kept).sum()) + math.log(self.SHARE / (1 - self.SHARE))
        self.row = np.append(kept, escape).astype(np.float32)
        self.escaped = 0

    def prefill(self, ids, total=None):
        return self.row[None, :].copy(), "cache"

    def escape(self, past, rows):
        self.escaped += len(rows)
        return np.tile(self.FULL[self.OTHERS].astype(np.float32), (len(rows), 1)), self.OTHERS

    def idle(self):
        pass


def test_the_loop_draws_each_token_with_the_mixtures_probability():
    engine = _FixedEngine()
    scheduler = Scheduler(engine, np.array([999]), 999, name="fixed")  # type: ignore[arg-type]
    n = 20_000
    done: Future[list[list[int]]] = Future()
    group = Group([1], n, Sampling(top_p=1.0), np.random.default_rng(3), 1, 0, done.set_result, done.set_exception)
    scheduler.submit(group)
    drawn = np.array([row[0] for row in done.result(timeout=60)])
    scheduler.close()
    kept = np.exp(engine.FULL[engine.KEPT]) / np.exp(engine.FULL[engine.KEPT]).sum()
    others = np.exp(engine.FULL[engine.OTHERS]) / np.exp(engine.FULL[engine.OTHERS]).sum()
    want = np.zeros(6)
    want[engine.KEPT], want[engine.OTHERS] = (1 - engine.SHARE) * kept, engine.SHARE * others
    counts = np.bincount(drawn, minlength=6)
    z = (counts - n * want) / np.sqrt(n * want * (1 - want))
    assert np.all(np.abs(z) < 5), (counts, n * want)
    assert engine.escaped == int(np.isin(drawn, engine.OTHERS).sum())  # only the escaping rows ran the rest


def test_greedy_keeps_to_the_kept_tokens():
    engine = _FixedEngine()
    engine.row[-1] = 100.0  # the escape column is the largest: greedy still takes the best kept token
    scheduler = Scheduler(engine, np.array([999]), 999, name="fixed")  # type: ignore[arg-type]
    done: Future[list[list[int]]] = Future()
    group = Group([1], 3, Sampling(do_sample=False), np.random.default_rng(0), 1, 0, done.set_result, print)
    scheduler.submit(group)
    assert done.result(timeout=60) == [[0], [0], [0]] and engine.escaped == 0
    scheduler.close()


def test_min_length_masks_the_stop_tokens_among_the_kept_columns():
    engine = _FixedEngine()
    scheduler = Scheduler(engine, np.array([0, 2]), 0, name="fixed")  # type: ignore[arg-type]
    done: Future[list[list[int]]] = Future()
    rng = np.random.default_rng(1)
    group = Group([1], 500, Sampling(top_p=1.0), rng, 1, 1, done.set_result, done.set_exception)
    scheduler.submit(group)
    drawn = {row[0] for row in done.result(timeout=60)}
    scheduler.close()
    assert drawn and not drawn & {0, 2}  # neither stop token before min_new


def _gate_step(logits: np.ndarray):
    def step(ids, mask, positions, past):
        return np.broadcast_to(logits, (*ids.shape, logits.shape[-1])).copy(), None

    return step


def test_the_gate_keeps_the_smallest_cut_within_the_tolerance_and_none_beyond_it():
    # 8 tokens; the held-out text is mostly token 1, sometimes 6; the model knows it
    logits = np.log(np.array([0.02, 0.7, 0.03, 0.03, 0.02, 0.02, 0.16, 0.02]))
    blocks = np.array([[1, 1, 6, 1, 1, 1, 6, 1]] * 4)
    small, large = np.zeros(8, bool), np.zeros(8, bool)
    small[[1, 2]] = True
    large[[1, 2, 6]] = True
    # an escape share as the model's own mass outside each set: the mixture then is the model
    options = [
        output_vocabulary.Candidate(0, small, 0.27),
        output_vocabulary.Candidate(5, large, 0.11),
    ]
    passed = output_vocabulary.gate(_gate_step(logits), blocks, options, tolerance=0.01)
    assert passed.chosen == 0 and passed.cut[0] == pytest.approx(passed.perplexity)
    assert passed.figures["cut"] and passed.figures["kept"]["tokens"] == 2
    # the same keep sets with a wrong escape share: token 6 loses most of its probability in the small set
    options[0].escape_share = 0.01
    refused = output_vocabulary.gate(_gate_step(logits), blocks, options, tolerance=0.01)
    assert refused.chosen == 1 and refused.cut[0] > refused.perplexity * 1.01
    options[1].escape_share = 0.9  # the kept tokens, token 6 among them, get a tenth of the mass
    neither = output_vocabulary.gate(_gate_step(logits), blocks, options, tolerance=0.01)
    assert neither.chosen is None and not neither.figures["cut"] and "kept" not in neither.figures


def test_the_candidates_keep_the_training_tokens_bytes_and_stop_tokens(folders, tmp_path):
    from transformers import AutoTokenizer

    model = tmp_path / "model"
    save_tiny_model(model)
    tokens = Tokens(model)
    texts = ["Sourdough morning at the market", "warm crust, honey and rye"]
    step = _gate_step(np.zeros(VOCAB))
    tokenizer = AutoTokenizer.from_pretrained(model)
    options = output_vocabulary.candidates(model, texts, step, tokenizer, block=16)
    assert [o.extra_ids for o in options] == list(output_vocabulary.EXTRA_IDS)
    base = np.flatnonzero(options[0].kept)
    assert set(tokens.encode(texts[0]) + tokens.encode(texts[1])) <= set(base.tolist())
    assert set(tokens.stop_ids.tolist()) | {tokens.eos} <= set(base.tolist())
    assert options[0].tokens >= 256 and options[0].tokens < 256 + 40 + len(tokens.stop_ids)
    assert all(a.tokens < b.tokens for a, b in zip(options, options[1:], strict=False))  # nested, growing
    # a uniform model gives the left-out tokens their share of the vocabulary
    assert options[0].escape_share == pytest.approx(1 - options[0].tokens / VOCAB, rel=1e-6)


def test_a_layer_that_cannot_be_cut_is_left_as_it_was_and_served_whole(folders, monkeypatch, caplog):
    import onnx

    from export.runtime import shared_cache
    from export.runtime.vocabulary import NotCuttable, cut_output_layer

    model = shared_cache.shared_cache_graph(onnx.load(str(folders["int4-cut"] / "model.onnx")))
    before = model.SerializeToString()
    vocabulary = Vocabulary(folders["kept"], SHARE)
    with pytest.raises(NotCuttable, match="no weight"):  # no weight has 60,000 rows: refused before any change
        cut_output_layer(model, shared_cache.last_hidden(model), vocabulary, 60_000)
    assert model.SerializeToString() == before

    def refused(*args, **kwargs):
        raise NotCuttable("not a projection")

    monkeypatch.setattr(shared_cache, "cut_output_layer", refused)
    engine = SharedCacheEngine(folders["int4-cut"], threads=1)  # still the in-place cache, whole layer
    assert engine.columns is None and "cannot be cut" in caplog.text
    assert engine.prefill([50256, 464], 4)[0].shape == (1, VOCAB)
