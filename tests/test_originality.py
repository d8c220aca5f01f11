"""The originality index: hashes of word runs and whole posts, never the text."""

from __future__ import annotations

import json

import pytest

from export.originality import (
    Copy,
    OriginalityIndex,
    index_path,
    normalise,
    words,
    write_index_for_model,
)
from imitate.config import Config
from trainer.posts import Post, save_posts

TRAIN = [
    "Fresh sourdough loaves are out of the oven at seven, come early before they sell out!",
    "Closed on Monday for a family wedding.",
    "We tried a rye and caraway bread this week and honestly it is the best thing we have baked all year",
]


@pytest.fixture(scope="module")
def index() -> OriginalityIndex:
    return OriginalityIndex.build(TRAIN, n=10)


def test_normalise_case_and_spaces():
    assert normalise("  Closed ON\tMonday\n ") == "closed on monday"
    assert words("It's   FRESH, isn't it?") == ["it's", "fresh", "isn't", "it"]


def test_exact_copy_after_normalising(index):
    found = index.check("closed   on MONDAY for a family wedding.")
    assert found.exact and index.is_copied("closed   on MONDAY for a family wedding.")
    assert not index.check("Closed on Tuesday for a family wedding.").exact
    assert not index.is_copied("Closed on Tuesday for a family wedding.")  # 7 words: too short for a run


def test_runs_of_n_words(index):
    nine = "Honestly: the rye and caraway bread this week and honestly, wow"  # shares 9 words at most
    ten = "Our rye and caraway bread this week and honestly it is gone"  # shares 10
    assert index.check(nine) == Copy(False, 0)
    assert index.check(ten) == Copy(False, 10)
    assert index.is_copied(ten) and not index.is_copied(nine)
    long = "lol we tried a rye and caraway bread this week and honestly it is the best thing"
    assert index.check(long).run == 16  # punctuation and case do not hide a copy
    assert Copy(False, 0) < Copy(False, 10) < Copy(True, 3)  # least- to most-copied


def test_round_trip_holds_no_text(index, tmp_path):
    path = index.save(tmp_path / "originality.json")
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["n"] == 10 and data["posts_indexed"] == 3
    for text in TRAIN:
        for word in words(text):
            if len(word) > 4:  # base64 could contain short words by chance
                assert word not in raw.lower(), word
    again = OriginalityIndex.load(path)
    assert again.n == index.n and (again.shingles == index.shingles).all() and (again.posts == index.posts).all()
    assert again.check(TRAIN[0]).exact and again.check(TRAIN[2]).run == len(words(TRAIN[2]))
    # Compact: 8 bytes per hash plus base64 (4/3), a few hundred bytes of header.
    assert len(raw) < 600 + (index.shingles.size + index.posts.size) * 12


def test_keys_differ_between_indexes():
    a, b = OriginalityIndex.build(TRAIN, 10), OriginalityIndex.build(TRAIN, 10)
    assert a.key != b.key and not set(a.posts.tolist()) & set(b.posts.tolist())
    assert b.check(TRAIN[1]).exact


def test_bad_file(tmp_path):
    (tmp_path / "x.json").write_text('{"format": "other"}')
    with pytest.raises(ValueError, match="cannot read the originality index"):
        OriginalityIndex.load(tmp_path / "x.json")


def test_write_index_for_model_uses_training_posts_only(tmp_path):
    cfg = Config(data_dir=tmp_path)
    posts = [Post(str(i), "", text, False, False, "file") for i, text in enumerate(TRAIN, start=1)]
    held_out = "This held out post about croissants and morning coffee must never count as a training post ok"
    posts.append(Post("99", "", held_out, False, False, "file"))
    save_posts(tmp_path / "tweets" / "bakery.jsonl", posts)
    model = tmp_path / "models" / "bakery"
    model.mkdir(parents=True)
    split = {"handles": ["bakery"], "train_ids": {"bakery": ["1", "2", "3"]}, "val_ids": {"bakery": ["99"]}}
    (model / "data_split.json").write_text(json.dumps(split))
    path = write_index_for_model(cfg, model)
    assert path == index_path(model) == model / "onnx" / "originality.json"
    index = OriginalityIndex.load(path)
    assert index.count == 3 and index.n == cfg.runtime.originality_words
    assert index.is_copied(TRAIN[0]) and not index.is_copied(held_out)


def test_write_index_for_model_needs_the_split(tmp_path):
    (tmp_path / "m").mkdir()
    with pytest.raises(ValueError, match="data_split.json is missing"):
        write_index_for_model(Config(data_dir=tmp_path), tmp_path / "m")
