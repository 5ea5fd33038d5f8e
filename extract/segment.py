"""Word segmentation with part-of-speech tags: jieba's dictionary plus the policy lexicon.

The segmenter runs without jieba's HMM, so rjieba (a Rust port, used when installed) and jieba
produce the same tokens; tags come from the dictionaries, never from a tagger model, so the
graph does not depend on which engine is installed. The environment variable
POLICYKG_SEGMENTER (auto, jieba or rjieba) picks the engine of the shared segmenter.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from .errors import PolicyKGError
from .lexicon import load_lexicon
from .model import Token

__all__ = ["ENGINE_VARIABLE", "ENGINES", "Segmenter", "get_segmenter", "segment"]

#: Environment variable naming the engine of the shared segmenter: auto, jieba or rjieba.
ENGINE_VARIABLE = "POLICYKG_SEGMENTER"
ENGINES = ("auto", "jieba", "rjieba")


class Segmenter:
    """Segment text into Tokens with document offsets."""

    def __init__(self, engine: str = "auto"):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        tags = dict(jieba.posseg.dt.word_tag_tab)
        cut = None
        if engine in ("auto", "rjieba"):
            try:
                import rjieba
                self._rjieba = rjieba.Jieba()
                cut = lambda text: self._rjieba.cut(text, False)  # noqa: E731
            except ImportError:
                if engine == "rjieba":
                    raise
        for word, pos in load_lexicon().words():
            self._jieba.add_word(word, freq=None, tag=pos)
            tags[word] = pos
            if cut is not None:
                self._rjieba.add_word(word, self._jieba.FREQ[word], pos)
        self.engine = "rjieba" if cut is not None else "jieba"
        self._cut = cut or (lambda text: self._jieba.lcut(text, HMM=False))
        self._tags = tags
        self._guessed: dict[str, str] = {}

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs of `text`, without building Tokens (for hot loops)."""
        words = self._cut(text)
        tags = list(map(self._tags.get, words))
        if not all(tags):
            tags = [t or self._guess(w) for w, t in zip(words, tags)]
        return list(zip(words, tags))

    def segment(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of `text`; offsets are shifted by `offset`."""
        out = []
        pos = offset
        get, guess = self._tags.get, self._guess
        for w in self._cut(text):
            end = pos + len(w)
            out.append(Token(pos, end, w, get(w) or guess(w)))
            pos = end
        return out

    def _guess(self, word: str) -> str:
        # Remember guesses (numbers and punctuation recur) apart from the 350k-word table,
        # whose resizing would cost milliseconds.
        tag = self._guessed.get(word)
        if tag is None:
            tag = self._guessed[word] = _guess_tag(word)
        return tag


def _guess_tag(word: str) -> str:
    if word.isspace():
        return "x"
    if word.isdigit() or word.replace(".", "", 1).isdigit():
        return "m"
    if word.isascii() and word.isalnum():
        return "eng"
    if all(not ch.isalnum() for ch in word):
        return "x"
    return "n"


def get_segmenter(engine: str | None = None) -> Segmenter:
    """A shared Segmenter (building one loads the dictionary, about a second).

    Without `engine`, the one $POLICYKG_SEGMENTER names, else "auto" (rjieba when installed).
    """
    engine = engine or os.environ.get(ENGINE_VARIABLE, "").strip() or "auto"
    if engine not in ENGINES:
        raise PolicyKGError(f"unknown segmenter engine {engine!r}",
                            f"set {ENGINE_VARIABLE} to one of {', '.join(ENGINES)}")
    return _shared(engine)


@lru_cache(maxsize=3)
def _shared(engine: str) -> Segmenter:
    return Segmenter(engine)


def segment(text: str, offset: int = 0) -> list[Token]:
    """Segment with the shared default segmenter."""
    return get_segmenter().segment(text, offset)
