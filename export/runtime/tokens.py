"""The model's tokenizer for serving (``tokenizers``, no torch) with its end-of-text and newline tokens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from export.runtime.errors import GenerationError
from imitate.text import END_OF_TEXT


class Tokens:
    """The model's byte-level BPE tokenizer (``tokenizers``, no torch), its end-of-text and newline tokens."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        folder = Path(folder)
        if (folder / "tokenizer.json").is_file():
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        elif (folder / "vocab.json").is_file() and (folder / "merges.txt").is_file():
            from tokenizers.implementations import ByteLevelBPETokenizer

            self.tokenizer = ByteLevelBPETokenizer(str(folder / "vocab.json"), str(folder / "merges.txt"))
            self.tokenizer.add_special_tokens([END_OF_TEXT])
        else:
            raise GenerationError(f"{folder} has no tokenizer (tokenizer.json, or vocab.json and merges.txt)")
        eos = self.tokenizer.token_to_id(END_OF_TEXT)
        if eos is None:
            raise GenerationError(f"the tokenizer in {folder} has no {END_OF_TEXT} token: not a GPT-2 tokenizer")
        self.eos = int(eos)
        vocab = self.tokenizer.get_vocab(with_added_tokens=True)
        # Byte-level BPE writes the bytes \n and \r as 'Ċ' and 'č'.
        newline = [i for token, i in vocab.items() if "Ċ" in token or "č" in token]
        self.stop_ids = np.array(sorted({self.eos, *newline}), np.int64)

    def encode(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=False).ids if text else []

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=False)
