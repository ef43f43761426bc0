"""Text <-> token ids through the `tokenizers` library, plus readable display text for every token."""
from __future__ import annotations

from pathlib import Path

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers

from .errors import ModelFolderError


def _byte_decoder() -> dict[str, int]:
    """GPT-2's byte-level alphabet maps every byte to a printable character; this is its inverse."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    chars, extra = {}, 0
    for b in range(256):
        if b in printable:
            chars[chr(b)] = b
        else:
            chars[chr(256 + extra)] = b
            extra += 1
    return chars


def _readable(text: str) -> str:
    """Display form of a token: no leading space, visible whitespace, never empty."""
    shown = text.strip(" ")
    if not shown:
        return "␣"
    return shown.replace("\n", "↵").replace("\t", "⇥")


class TextTokenizer:
    def __init__(self, tokenizer: Tokenizer):
        self._tok = tokenizer
        self.byte_level = isinstance(tokenizer.decoder, decoders.ByteLevel)
        unk = getattr(tokenizer.model, "unk_token", None)
        self.unk_id = tokenizer.token_to_id(unk) if unk else None
        self.vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
        self.vocab = self._display_vocab()

    @classmethod
    def from_folder(cls, folder: Path) -> "TextTokenizer":
        tok_json, vocab, merges = folder / "tokenizer.json", folder / "vocab.json", folder / "merges.txt"
        try:
            if tok_json.is_file():
                return cls(Tokenizer.from_file(str(tok_json)))
            if vocab.is_file() and merges.is_file():
                tok = Tokenizer(models.BPE.from_file(str(vocab), str(merges)))
                tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
                tok.decoder = decoders.ByteLevel()
                return cls(tok)
        except Exception as exc:  # the library raises plain Exceptions for unreadable files
            raise ModelFolderError(f"The tokenizer in {folder} cannot be read ({_first_line(exc)}).") from None
        raise ModelFolderError(f"{folder} has no tokenizer: it needs tokenizer.json, or vocab.json and merges.txt.")

    @property
    def word_level(self) -> bool:
        """Whether a token is a whole word (or a Chinese character), as in the bundled model; else sub-words."""
        return isinstance(self._tok.model, models.WordLevel)

    def known_words(self) -> tuple[str, ...] | None:
        """The words (and Chinese characters) this model reads as themselves, for a "words this model knows"
        list and for completion; None for a sub-word (BPE) model, which can spell any word."""
        if not self.word_level:
            return None
        special = {self._tok.model.unk_token} if getattr(self._tok.model, "unk_token", None) else set()
        return tuple(w for w in self.vocab if w not in special and w != "␣")

    def encode(self, text: str) -> list[int]:
        return self._tok.encode(text, add_special_tokens=False).ids

    def unknown_words(self, text: str) -> list[str]:
        """The user's own spelling of each piece that became the unknown token."""
        if self.unk_id is None:
            return []
        enc = self._tok.encode(text, add_special_tokens=False)
        return [text[a:b] for i, (a, b) in zip(enc.ids, enc.offsets) if i == self.unk_id]

    def _display_vocab(self) -> tuple[str, ...]:
        by_id = {i: t for t, i in self._tok.get_vocab(with_added_tokens=True).items()}
        size = max(by_id, default=-1) + 1
        if not self.byte_level:
            return tuple(_readable(by_id.get(i, "")) for i in range(size))
        to_byte = _byte_decoder()
        out = []
        for i in range(size):
            piece = by_id.get(i, "")
            if all(c in to_byte for c in piece):
                piece = bytes(to_byte[c] for c in piece).decode("utf-8", errors="replace")
            out.append(_readable(piece))
        return tuple(out)

    def to_json(self) -> str:
        return self._tok.to_str()


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def word_level_tokenizer(words: list[str], unk: str = "<unk>") -> Tokenizer:
    """A word-level tokenizer (one token per word or punctuation mark): one alchemist per word."""
    vocab = {unk: 0}
    for w in words:
        vocab.setdefault(w, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token=unk))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    return tok


def bilingual_tokenizer(words: list[str], unk: str = "<unk>") -> Tokenizer:
    """One token per English word or punctuation mark and one per Chinese character, as Chinese GPT-2 models
    with a character vocabulary read Chinese: BERT's normaliser puts spaces around every CJK character (and
    keeps case and accents), BERT's pre-tokenizer splits on spaces and on each punctuation mark, so
    "Sarah静静地躺在床上，感觉" is Sarah 静 静 地 躺 在 床 上 ， 感 觉."""
    tok = word_level_tokenizer(words, unk)
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                                                lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tok


__all__ = ["TextTokenizer", "word_level_tokenizer", "bilingual_tokenizer"]
