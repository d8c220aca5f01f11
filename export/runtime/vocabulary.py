"""The output layer cut down to the account's vocabulary, with one escape column for every other token.

At batch 1 the tied output layer (50,257 rows of GPT-2's embedding) is about a third of a step's
weights, but an account writes with far fewer tokens: 8,000 to 20,000 in the 3,200 posts the X API
serves. The exporter (:mod:`export.vocabulary`) writes ``vocabulary.json`` beside a variant when its
held-out perplexity allows it: the kept token ids (every token of the training posts, the 256 byte
tokens, the stop tokens, and possibly GPT-2's most frequent ids) and the *escape share* ``c``, the
probability the model gave to all other tokens on the training posts (a few percent).

The cut model is a mixture that still gives every token a probability, so held-out perplexity stays
within a few percent of the full layer's:

- a kept token ``t``: ``(1 - c) * softmax(kept logits)[t]``;
- any other token ``u``: ``c * softmax(the other logits)[u]``.

The decode graph computes the kept logits and one more column, the escape, whose logit is
``logsumexp(kept logits) + log(c / (1 - c))`` (so a draw over the ``K + 1`` columns takes the escape with
probability ``c``), and gives the step's final hidden state as a second output. Only a row that draws
the escape runs the rest of the output layer (a second, small session over the same quantized rows)
and draws its token from those. Greedy decoding keeps to the kept tokens: the escape column is the
mass of thousands of tokens, not one token to compare with the best.

The cut is done on the graph as it is loaded (:func:`cut_output_layer`); the published file is not
touched, so its checks and every other engine see the whole layer.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from imitate import modelfolder
from imitate.atomic import write_text_atomic

ESCAPE = -1  # the token id of the escape column in :attr:`Vocabulary.columns`
HIDDEN_OUTPUT = "last_hidden_state"  # the decode graph's extra output: the final hidden state [B, 1, H]
ESCAPE_INPUT = "hidden"


class VocabularyError(ValueError):
    """A ``vocabulary.json`` that cannot be used (unreadable, ids out of range, escape share not in (0, 1))."""


@dataclass(frozen=True)
class Vocabulary:
    """The kept token ids (sorted, unique) and the escape share ``c`` of every other token."""

    token_ids: np.ndarray
    escape_share: float

    def __post_init__(self) -> None:
        ids = np.asarray(self.token_ids)
        if ids.ndim != 1 or not len(ids) or ids.min() < 0 or np.any(np.diff(ids) <= 0):
            raise VocabularyError("the kept token ids must be a non-empty sorted list of distinct ids >= 0")
        if not 0.0 < self.escape_share < 1.0:
            raise VocabularyError(f"the escape share must be in (0, 1), got {self.escape_share}")

    @property
    def escape_log_odds(self) -> float:
        return math.log(self.escape_share / (1.0 - self.escape_share))

    @property
    def columns(self) -> np.ndarray:
        """The token id of each column of the cut logits: the kept ids, then :data:`ESCAPE`."""
        return np.append(np.asarray(self.token_ids, np.int64), ESCAPE)

    def others(self, vocab_size: int) -> np.ndarray:
        """The ids the escape stands for, in order."""
        mask = np.ones(vocab_size, bool)
        mask[self.token_ids] = False
        return np.flatnonzero(mask).astype(np.int64)

    def save(self, folder: Path, figures: dict[str, Any] | None = None) -> Path:
        path = vocabulary_path(folder)
        data = {
            "escape_share": self.escape_share,
            "token_ids": [int(i) for i in self.token_ids],
            "figures": figures or {},
        }
        write_text_atomic(path, json.dumps(data, separators=(",", ":")) + "\n")
        return path

    @classmethod
    def load(cls, folder: Path, vocab_size: int | None = None) -> Vocabulary | None:
        """The variant's vocabulary, or None when it has none (the whole output layer is served)."""
        path = vocabulary_path(folder)
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            vocabulary = cls(np.asarray(data["token_ids"], np.int64), float(data["escape_share"]))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise VocabularyError(f"{path} is not a valid vocabulary: {exc}") from None
        if vocab_size is not None and vocabulary.token_ids[-1] >= vocab_size:
            raise VocabularyError(f"{path} keeps token {vocabulary.token_ids[-1]}, beyond the model's {vocab_size}")
        return vocabulary


def vocabulary_path(folder: Path) -> Path:
    return Path(folder) / modelfolder.VOCABULARY


def greedy(logits: np.ndarray, columns: np.ndarray | None) -> np.ndarray:
    """The best token id per row of ``logits`` [B, columns]: with a cut layer (``columns``, the escape last),
    the best kept token, since the escape is the mass of thousands of tokens, not one to compare."""
    if columns is None:
        return logits.argmax(-1).astype(np.int64)
    return columns[logits[:, :-1].argmax(-1)]


# --- the mixture's probabilities (for the exporter's gate; the graph computes the same) ---------------------


def mixture_log_probs(logits: np.ndarray, targets: np.ndarray, kept: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """log p(target) [N, C] under each of C cuts at once: ``kept`` [C, V] their masks, ``shares`` [C] their
    escape shares. One exp of the logits serves every cut (its sums over each mask are one product)."""
    logits = np.asarray(logits, np.float64)
    top = logits.max(-1, keepdims=True)
    weights = np.exp(logits - top)
    masks = np.asarray(kept, np.float64).T  # [V, C]
    inside = weights @ masks
    outside = weights @ (1.0 - masks)
    picked = (np.take_along_axis(logits, targets[:, None], axis=-1) - top)[:, 0]
    shares = np.asarray(shares, np.float64)
    with np.errstate(divide="ignore"):  # a part with no weight at all: its tokens get -inf
        in_kept = np.log1p(-shares) + picked[:, None] - np.log(inside)
        in_other = np.log(shares) + picked[:, None] - np.log(outside)
    return np.where(np.asarray(kept)[:, targets].T, in_kept, in_other)


# --- the graphs ----------------------------------------------------------------------------------------------


class NotCuttable(ValueError):
    """The output layer is not a chain of nodes whose weights have one axis of the vocabulary's size."""


def cut_output_layer(model: Any, hidden: str, vocabulary: Vocabulary, vocab_size: int) -> Any:
    """Cut ``model``'s output layer (in place) to the kept ids plus the escape column, and give ``hidden``
    (the final hidden state the layer reads, [B, 1, H]) as the output :data:`HIDDEN_OUTPUT`. Returns the
    escape graph: the same layer over the other ids, from :data:`ESCAPE_INPUT` [B, 1, H] to ``logits``.
    """
    import onnx
    from onnx import helper, numpy_helper

    graph = model.graph
    region = _output_layer(graph, hidden)
    kept = np.asarray(vocabulary.token_ids, np.int64)
    others = vocabulary.others(vocab_size)
    escape_nodes = [onnx.NodeProto() for _ in region]
    for node, copy in zip(region, escape_nodes, strict=True):
        copy.CopyFrom(node)
    escape_inits = _slice_weights(graph, region, escape_nodes, kept, others, vocab_size)
    _set_logits_width(graph, len(kept) + 1)
    # logits = concat(kept logits, logsumexp(kept logits) + log(c / (1 - c)))
    kept_logits = "logits/kept"
    for node in region:
        node.output[:] = [kept_logits if out == "logits" else out for out in node.output]
    opset = next(op.version for op in model.opset_import if op.domain in ("", "ai.onnx"))
    # logsumexp as max + log(sum(exp(x - max))): ONNX Runtime's ReduceLogSumExp took 3.9 ms a step at 64 rows
    # on two cores, more than the cut layer's matmul; these vectorised nodes take a fraction of it.
    lse = "logits/escape_lse"
    axes = "logits/escape_axes"
    graph.initializer.append(numpy_helper.from_array(np.array([-1], np.int64), axes))
    names = {step: f"logits/escape_{step}" for step in ("max", "shifted", "exp", "sum", "log")}
    reduce = [
        _reduce("ReduceMax", kept_logits, names["max"], axes, opset >= 18),
        helper.make_node("Sub", [kept_logits, names["max"]], [names["shifted"]], name=names["shifted"]),
        helper.make_node("Exp", [names["shifted"]], [names["exp"]], name=names["exp"]),
        _reduce("ReduceSum", names["exp"], names["sum"], axes, True),  # axes an input since opset 13
        helper.make_node("Log", [names["sum"]], [names["log"]], name=names["log"]),
        helper.make_node("Add", [names["log"], names["max"]], [lse], name=lse),
    ]
    odds = "logits/escape_log_odds"
    graph.initializer.append(numpy_helper.from_array(np.array(vocabulary.escape_log_odds, np.float32), odds))
    add = helper.make_node("Add", [lse, odds], ["logits/escape"], name="logits/escape")
    concat = helper.make_node("Concat", [kept_logits, "logits/escape"], ["logits"], name="logits/with_escape", axis=-1)
    graph.node.extend([*reduce, add, concat])
    graph.output.append(helper.make_tensor_value_info(HIDDEN_OUTPUT, onnx.TensorProto.FLOAT, None))
    identity = helper.make_node("Identity", [hidden], [HIDDEN_OUTPUT], name=HIDDEN_OUTPUT)
    graph.node.append(identity)
    drop_unused_initializers(graph)
    return _escape_model(model, escape_nodes, escape_inits, hidden, len(others))


def _reduce(op: str, x: str, out: str, axes: str, axes_input: bool) -> Any:
    """``op`` over the last axis, kept (``axes`` as an input, or as the attribute of older opsets)."""
    from onnx import helper

    if axes_input:
        return helper.make_node(op, [x, axes], [out], name=out, keepdims=1)
    return helper.make_node(op, [x], [out], name=out, axes=[-1], keepdims=1)


def _output_layer(graph: Any, hidden: str) -> list[Any]:
    """The nodes from ``hidden`` to ``logits``, in graph order (the ancestors of ``logits`` that ``hidden``
    does not depend on)."""
    producer = {out: node for node in graph.node for out in node.output}

    def ancestors(name: str) -> set[int]:
        seen: set[int] = set()
        todo = [name]
        while todo:
            node = producer.get(todo.pop())
            if node is not None and id(node) not in seen:
                seen.add(id(node))
                todo.extend(node.input)
        return seen

    if "logits" not in producer or hidden not in producer:
        raise NotCuttable("no logits output, or no final hidden state")
    before = ancestors(hidden)
    region = [node for node in graph.node if id(node) in ancestors("logits") - before]
    if not region or len(region) > 16:
        raise NotCuttable(f"the output layer has {len(region)} nodes: not a projection")
    return region


def _slice_weights(
    graph: Any, region: list[Any], escape_nodes: list[Any], kept: np.ndarray, others: np.ndarray, vocab: int
) -> list[Any]:
    """Give each weight of ``region`` (one axis of size ``vocab``) its kept rows, and the same weight in
    ``escape_nodes`` the other rows; returns the escape graph's initializers."""
    from onnx import numpy_helper

    inits = {init.name: init for init in graph.initializer}
    vocab_axes: dict[str, list[int]] = {  # checked before anything changes: a refused graph stays as it was
        name: [axis for axis, size in enumerate(inits[name].dims) if size == vocab]
        for node in region
        for name in node.input
        if name in inits
    }
    if any(len(axes) > 1 for axes in vocab_axes.values()):
        raise NotCuttable("a weight of the output layer has two axes of the vocabulary's size")
    if not any(vocab_axes.values()):
        raise NotCuttable("no weight of the output layer has an axis of the vocabulary's size")
    escape_inits: dict[str, Any] = {}
    for node, copy in zip(region, escape_nodes, strict=True):
        for i, name in enumerate(node.input):
            if name not in inits:
                continue
            axes = vocab_axes[name]
            if not axes:
                escape_inits[name] = inits[name]  # shared as it is (a zero point, a shape)
                continue
            array = numpy_helper.to_array(inits[name])
            node.input[i] = f"{name}/kept"
            copy.input[i] = f"{name}/others"
            graph.initializer.append(numpy_helper.from_array(np.take(array, kept, axis=axes[0]), node.input[i]))
            escape_inits[copy.input[i]] = numpy_helper.from_array(np.take(array, others, axis=axes[0]), copy.input[i])
        for attributes, width in ((node.attribute, len(kept)), (copy.attribute, len(others))):
            for attribute in attributes:
                if attribute.name == "N" and attribute.i == vocab:  # MatMulNBits' output width
                    attribute.i = width
    return list(escape_inits.values())


def _set_logits_width(graph: Any, width: int) -> None:
    for value in graph.output:
        if value.name == "logits":
            value.type.tensor_type.shape.dim[-1].dim_value = width
    kept = [v for v in graph.value_info if not v.name.startswith("logits")]
    del graph.value_info[:]
    graph.value_info.extend(kept)


def drop_unused_initializers(graph: Any) -> None:
    """Remove the initializers no node of ``graph`` reads."""
    used = {name for node in graph.node for name in node.input}
    keep = [init for init in graph.initializer if init.name in used]
    del graph.initializer[:]
    graph.initializer.extend(keep)


def _escape_model(model: Any, nodes: list[Any], initializers: list[Any], hidden: str, width: int) -> Any:
    """The output layer over the other ids alone: :data:`ESCAPE_INPUT` [B, 1, H] -> ``logits`` [B, 1, U]."""
    from onnx import TensorProto, helper

    for node in nodes:
        node.input[:] = [ESCAPE_INPUT if name == hidden else name for name in node.input]
    graph = helper.make_graph(
        nodes,
        "escape",
        [helper.make_tensor_value_info(ESCAPE_INPUT, TensorProto.FLOAT, ["rows", 1, None])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["rows", 1, width])],
        initializer=initializers,
    )
    return helper.make_model(graph, opset_imports=list(model.opset_import), ir_version=model.ir_version)
