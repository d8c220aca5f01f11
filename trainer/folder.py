"""The model folder that training publishes: a standard Hugging Face folder plus imitate's files.

``config.json``, ``model.safetensors``, tokenizer files, ``generation_config.json`` (huggingtweets'
sampling settings and the ``prefix``), ``stats.json``, ``data_split.json`` (ids only) and the model card
``README.md``. It is written into a temporary folder beside the target, checked, and renamed into
place (``imitate.atomic.atomic_dir``), so a reader never sees half a model; the previous one is kept
as ``<name>.previous``. The file names and these rules are :mod:`imitate.modelfolder`'s; the caller
(``trainer.train.train``) holds the folder's lock.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from imitate import modelfolder
from imitate.atomic import atomic_dir
from imitate.config import GenerationConfig

logger = logging.getLogger("trainer.train")


def hf_generation_config(gen: GenerationConfig, tokenizer):
    """The model's ``generation_config.json``: huggingtweets' sampling settings and the ``prefix``."""
    from transformers import GenerationConfig as HFGenerationConfig

    sampling = {"top_p": gen.top_p, "top_k": gen.top_k, "temperature": gen.temperature} if gen.do_sample else {}
    eos = tokenizer.eos_token_id
    return HFGenerationConfig(
        do_sample=gen.do_sample,
        max_length=gen.max_length,
        min_length=gen.min_length,
        bos_token_id=eos,
        eos_token_id=eos,
        pad_token_id=eos,
        prefix=gen.prefix,
        **sampling,
    )


def pipeline_params(gen: GenerationConfig) -> dict[str, Any]:
    """``task_specific_params`` for ``pipeline("text-generation")``, which reads the prefix from there
    (huggingtweets' models carry the same block)."""
    params = {
        "do_sample": gen.do_sample,
        "max_length": gen.max_length,
        "min_length": gen.min_length,
        "prefix": gen.prefix,
    }
    if gen.do_sample:
        params.update(top_p=gen.top_p, top_k=gen.top_k, temperature=gen.temperature)
    return {"text-generation": params}


def write_model_folder(
    target: Path, model, tokenizer, gen: GenerationConfig, split: dict[str, Any], stats: dict[str, Any]
) -> None:
    """Model, tokenizer, generation defaults, stats.json, data_split.json, README.md; as a whole.

    ``split`` is data_split.json: {"handles", "train_ids": {handle: [ids]}, "val_ids": {...}}.
    """
    from trainer.card import write_model_card

    model.config.task_specific_params = pipeline_params(gen)
    model.generation_config = hf_generation_config(gen, tokenizer)
    with atomic_dir(target) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        modelfolder.write_stats(tmp, stats)
        (tmp / modelfolder.DATA_SPLIT).write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
        write_model_card(tmp, stats, model_ref=Path(target).resolve().as_posix())
        _complete_generation_config(tmp / modelfolder.GENERATION_CONFIG, gen)
        verify_loadable(tmp)
    logger.info("model written to %s", target)


def _complete_generation_config(path: Path, gen: GenerationConfig) -> None:
    """transformers leaves out values equal to its defaults (temperature 1.0); write every one we set."""
    data = json.loads(path.read_text(encoding="utf-8"))
    wanted = {
        "do_sample": gen.do_sample,
        "max_length": gen.max_length,
        "min_length": gen.min_length,
        "prefix": gen.prefix,
    }
    if gen.do_sample:
        wanted.update(top_p=gen.top_p, top_k=gen.top_k, temperature=gen.temperature)
    data.update(wanted)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def verify_loadable(folder: Path) -> None:
    """Fail before publishing if the folder would not load: config, weights, tokenizer, generation config."""
    from transformers import AutoConfig, AutoTokenizer
    from transformers import GenerationConfig as HFGenerationConfig

    if not modelfolder.has_weights(folder):
        raise RuntimeError(f"{folder}: no model weights written")
    AutoConfig.from_pretrained(folder)
    HFGenerationConfig.from_pretrained(folder)
    AutoTokenizer.from_pretrained(folder)
