"""The model card, ``README.md`` in a model folder, in the shape of huggingtweets' seed card.

Built only from ``stats.json`` (its fields: README, "The model folder"): front matter, "@handle bot" title,
how it works, the data table, the training procedure and results, how to use, limitations and bias, and
a plain statement that the outputs are machine generated. Nothing secret is in ``stats.json``; keys that
look like credentials are left out anyway.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from imitate import modelfolder
from imitate.atomic import write_text_atomic
from imitate.paths import handle_label, is_member_handle
from trainer.clean import data_table_from_counts

WIDGET_PROMPT = "My dream is"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_SECRET_KEY = re.compile(r"token|secret|password|api_?key", re.IGNORECASE)


def bot_title(handles: list[str]) -> str:
    """``@a bot``, ``@a and @b bot``, ``@a, @b and @c bot``; a Discord member is ``member <user id>``."""
    names = [handle_label(h.lstrip("@")) for h in handles]
    if len(names) <= 1:
        joined = "".join(names)
    else:
        joined = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined} bot"


def _is_hub_id(base_model: str) -> bool:
    return (
        base_model != "builtin" and not Path(base_model).expanduser().is_absolute() and bool(_HUB_ID.match(base_model))
    )


def _number(value: Any, digits: int = 4) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        return f"{value:.{digits}g}" if abs(value) < 1e4 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _value(value: Any) -> str:
    if isinstance(value, (dict, list, tuple)):
        return "`" + json.dumps(value, sort_keys=True) + "`"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _front_matter(stats: dict) -> str:
    lines = [
        "---",
        "language: en",
        "license: mit",
        "library_name: transformers",
        "pipeline_tag: text-generation",
        "tags:",
        "- huggingtweets",
        "- gpt2",
        "- text-generation",
        "- imitate",
        "widget:",
        f"- text: {json.dumps(WIDGET_PROMPT)}",
    ]
    base = str(stats.get("base_model") or "")
    if _is_hub_id(base):
        lines.append(f"base_model: {json.dumps(base)}")
    lines.append("---")
    return "\n".join(lines)


def _base_model_phrase(base: str) -> str:
    if base == "builtin":
        return "a small, randomly initialised GPT-2 with the GPT-2 tokenizer (imitate's built-in model)"
    if _is_hub_id(base):
        return f"the pre-trained [{base}](https://huggingface.co/{base})"
    return f"the pre-trained model from `{base}`"


def _hyperparameter_table(stats: dict) -> str:
    rows = {"base model": stats.get("base_model", "n/a"), "seed": stats.get("seed", "n/a")}
    rows.update(stats.get("hyperparameters") or {})
    lines = ["| Hyperparameter | Value |", "| --- | --- |"]
    lines += [f"| {key} | {_value(value)} |" for key, value in rows.items() if not _SECRET_KEY.search(key)]
    return "\n".join(lines)


def _results_table(stats: dict) -> str:
    rows = [
        ("Final training loss", _number(stats.get("train_loss"))),
        ("Validation loss", _number(stats.get("val_loss"))),
        ("Validation perplexity", _number(stats.get("val_perplexity"))),
        ("Training tokens", _number(stats.get("train_tokens"))),
        ("Optimizer steps", _number(stats.get("steps"))),
        ("Training time", f"{_number(stats.get('duration_seconds'), 3)} s"),
        ("Device / precision", f"{stats.get('device', 'n/a')} / {stats.get('precision', 'n/a')}"),
    ]
    lines = ["| Result | Value |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


def _held_out(hyper: dict) -> str:
    fraction = hyper.get("val_fraction")
    return f"about {fraction:.0%}" if isinstance(fraction, (int, float)) else "a share"


def _versions(stats: dict) -> str:
    versions = stats.get("versions") or {}
    return ", ".join(f"{name} {version}" for name, version in sorted(versions.items())) or "n/a"


def default_model_ref(folder: Path, stats: dict) -> str:
    """The folder's final path: a temporary ``.<name>.xxxx.tmp`` folder (imitate.atomic) maps to ``<name>``."""
    folder = Path(folder).resolve()
    name = str(stats.get("name") or "")
    if name and folder.name != name and folder.name.startswith(f".{name}.") and folder.name.endswith(".tmp"):
        folder = folder.with_name(name)
    return folder.as_posix()


def _short_rule(hyper: dict, chat: bool) -> str:
    words = hyper.get("min_words", 3)
    if chat:
        return (
            f"Discord messages were cleaned with chat rules: bot commands and messages of bots dropped, "
            f"mentions, links, custom emoji and code blocks stripped, and messages of fewer than {words} "
            "words dropped."
        )
    return (
        f"Short tweets are those with fewer than {words} words besides links, @mentions and #hashtags "
        "(huggingtweets' rule)."
    )


def render_model_card(stats: dict, model_ref: str) -> str:
    handles = [str(h).lstrip("@") for h in stats.get("handles") or list((stats.get("data") or {}).keys())]
    at_handles = bot_title(handles)[: -len(" bot")]
    possessive = f"{at_handles}'s" if len(handles) == 1 else f"{at_handles}'"
    data = stats.get("data") or {}
    kept_chars = sum(int(counts.get("kept_chars", 0)) for counts in data.values())
    hyper = stats.get("hyperparameters") or {}
    epochs = hyper.get("epochs", "several")
    if isinstance(epochs, float) and epochs.is_integer():
        epochs = int(epochs)
    base = str(stats.get("base_model") or "gpt2")
    cyborg = (
        " Each account's posts were repeated up to the largest account's number of posts every epoch, "
        "so that no voice drowns the others."
        if len(handles) > 1
        else ""
    )
    sections = [
        _front_matter(stats),
        f"# {bot_title(handles)}",
        f"I was made with imitate, a GPT-2 bot that writes posts in the style of {at_handles}, "
        f"modelled on [huggingtweets](https://github.com/borisdayma/huggingtweets).\n\n"
        f"**Everything this model writes is machine generated.** It was not written by {at_handles}, "
        "does not speak for them, and must be labelled as machine generated whenever it is shared.",
        "## How does it work?",
        f"The model is {_base_model_phrase(base)}, fine-tuned on {possessive} posts. Retweets were "
        "removed, links were stripped and very short posts were dropped; the remaining posts were "
        "shuffled, each preceded by `<|endoftext|>`, and packed into blocks of tokens. The model "
        "learned to continue that text, so given a prompt it writes a new post." + cyborg,
        "## Training data",
        f"The model was trained on posts by {at_handles}.",
        data_table_from_counts(data).rstrip("\n"),
        _short_rule(hyper, chat=any(is_member_handle(h) for h in handles))
        + f" The kept posts hold {kept_chars:,} characters of text; {_held_out(hyper)} of them were held out "
        "for validation.",
        "## Training procedure",
        f"Fine-tuned from {base} for {epochs} epochs. Hyperparameters:",
        _hyperparameter_table(stats),
        "Results (the validation loss and perplexity are measured on the held-out posts):",
        _results_table(stats),
        f"Software: {_versions(stats)}. Created {stats.get('created_at', 'n/a')}.",
        "## How to use",
        "You can use this model directly with a pipeline for text generation:",
        "```python\n"
        "from transformers import pipeline\n"
        f'generator = pipeline("text-generation", model={json.dumps(model_ref)})\n'
        f"generator({json.dumps(WIDGET_PROMPT)}, num_return_sequences=5)\n"
        "```",
        f'or with imitate: `imitate generate {stats.get("name", "<name>")} "{WIDGET_PROMPT}" -n 5`.',
        "## Limitations and bias",
        "The model suffers from [the same limitations and bias as GPT-2]"
        "(https://huggingface.co/gpt2#limitations-and-bias).\n\n"
        f"In addition, the data present in {possessive} posts further affects the text generated by "
        "the model: it repeats their topics, opinions and mistakes, may reproduce phrases from "
        "their posts, and can state false things about real people with confidence.",
        "## Machine-generated text",
        f"The outputs of this model are machine generated. They are not posts by {at_handles}. "
        "When you share them, label them clearly as machine generated, and do not present them as "
        "real posts by anyone.",
    ]
    return "\n\n".join(sections) + "\n"


def write_model_card(folder: Path, stats: dict, model_ref: str | None = None) -> None:
    """Write ``README.md`` into ``folder``; ``model_ref`` (for the snippet) defaults to the folder's path."""
    folder = Path(folder)
    text = render_model_card(stats, model_ref or default_model_ref(folder, stats))
    write_text_atomic(folder / modelfolder.CARD, text)
