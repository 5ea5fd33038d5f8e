"""Word segmentation with part-of-speech tags: jieba's dictionary plus the policy lexicon.

The segmenter runs without jieba's HMM, so rjieba (a Rust port, used when installed) and jieba
produce the same tokens; tags come from the dictionaries, never from a tagger model, so the
graph does not depend on which engine is installed. The environment variable
POLICYKG_SEGMENTER (auto, jieba or rjieba) picks the engine of the shared segmenter.
jieba's dictionary cache goes to a folder of the user's own (`jieba_cache_dir`), not to the
shared system temp folder, where another user's cache file would be in the way.
"""
from __future__ import annotations

import gc
import logging
import os
import tempfile
import warnings
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, repeat
from operator import le
from typing import Iterator

from .errors import PolicyKGError
from .model import Token
from .resources import Resources, derived, resources_or_default
from .segment_tables import dictionary_words, merged_words, split_words

__all__ = ["ENGINE_VARIABLE", "ENGINES", "Segmenter", "get_segmenter", "segmenter_of",
           "dictionary_words", "segment",
           "jieba_cache_dir"]

#: Environment variable naming the engine of the shared segmenter: auto, jieba or rjieba.
ENGINE_VARIABLE = "POLICYKG_SEGMENTER"
ENGINES = ("auto", "jieba", "rjieba")


def jieba_cache_dir() -> str | None:
    """A folder this user may write for jieba's cache: $XDG_CACHE_HOME/policykg (default
    ~/.cache/policykg), else TMPDIR/policykg-UID; None when neither can be made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    for folder in (os.path.join(base, "policykg"),
                   os.path.join(tempfile.gettempdir(), f"policykg-{uid}")):
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK | os.X_OK):
            return folder
    return None


class Segmenter:
    """Segment text into Tokens with document offsets; `words` are the (word, tag) pairs added
    to the dictionary (default: the package's, `dictionary_words`)."""

    def __init__(self, engine: str = "auto", words: tuple[tuple[str, str], ...] | None = None,
                 splits: tuple[tuple[str, ...], ...] = ((), (), ())):
        with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
            warnings.simplefilter("ignore")
            import jieba
            import jieba.posseg

        # jieba's one error message is a cache it could not write, which only costs time
        jieba.setLogLevel(logging.CRITICAL)
        self._jieba = jieba.Tokenizer()
        self._jieba.tmp_dir = jieba_cache_dir()
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
        lexicon = list(dictionary_words(Resources()) if words is None else words)
        for word, pos in lexicon:
            self._jieba.add_word(word, freq=None, tag=pos)
            tags[word] = pos
            if cut is not None:
                self._rjieba.add_word(word, self._jieba.FREQ[word], pos)
        for word in merged_words(self._jieba.FREQ, *splits):   # "切实增强" -> 切实 / 增强
            self._jieba.add_word(word, freq=0)
            tags.pop(word, None)
            if cut is not None:
                self._rjieba.add_word(word, 0, None)
        self.engine = "rjieba" if cut is not None else "jieba"
        self._cut = cut or (lambda text: self._jieba.lcut(text, HMM=False))
        self._tags = tags
        self._guessed: dict[str, str] = {}
        self._common = _common_tags(tags, self._jieba.FREQ, [w for w, _ in lexicon])

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs of `text`, without building Tokens (for hot loops)."""
        return list(zip(*self.columns(text)))

    def columns(self, text: str) -> tuple[list[str], list[str]]:
        """The words of `text` and their tags, as two lists."""
        words = self._cut(text)
        tags = list(map(self._common.get, words))
        if None in tags:
            self._complete(words, tags)
        return words, tags

    def _complete(self, words: list[str], tags: list[str | None]) -> None:
        """Fill in the tags the common-word table left out (None), from the full table."""
        get, guess, index = self._tags.get, self._guess, tags.index
        i = index(None)
        try:
            while True:
                word = words[i]
                tags[i] = get(word) or guess(word)
                i = index(None, i + 1)
        except ValueError:      # no None left
            pass

    def tagged_spans(self, text: str, spans) -> Iterator[list[tuple[str, str]]]:
        """`tagged(text[start:end])` for every (start, end) of `spans`, from one cut of `text`."""
        for words, tags in self.span_columns(text, spans):
            yield list(zip(words, tags))

    def span_columns(self, text: str, spans) -> Iterator[tuple[list[str], list[str]]]:
        """`columns(text[start:end])` for every (start, end) of `spans`, from one cut of the
        stretch of `text` they cover.

        Both engines cut Han/alphanumeric runs and white-space runs apart from other characters
        before the dictionary sees them, so a span whose edges lie between such runs gets the
        tokens of its own cut. A span whose edge lies inside a run (or whose tokens would not
        line up with it) is cut on its own.
        """
        spans = list(spans)
        if not spans:
            return
        lo = max(0, min(s for s, _ in spans))
        words, tags = self.columns(text[lo:max(e for _, e in spans)])
        starts = list(accumulate(map(len, words), initial=lo))
        for start, end in spans:
            i = bisect_left(starts, start)
            j = bisect_left(starts, end, i)
            if (j < len(starts) and starts[i] == start and starts[j] == end
                    and _edge(text, start) and _edge(text, end)):
                yield words[i:j], tags[i:j]
            else:
                yield self.columns(text[start:end])

    def cut_spans(self, text: str, starts: list[int], ends: list[int]) -> tuple | None:
        """The columns of the stretch of `text` the spans cover, cut once, and where each span
        [starts[k], ends[k]) lies in them, when every span gets the tokens of its own cut (see
        `span_columns`), else None.

        The spans must come in order, without overlapping. Returns (words, tags, offsets, firsts,
        lasts): offsets[i] is where words[i] starts in `text` (one more entry: the end of the
        stretch); span k has the words firsts[k] to lasts[k] (exclusive).
        """
        if not starts or not all(map(le, starts, ends)) or not all(map(le, ends, starts[1:])) \
                or ends[-1] > len(text) or starts[0] < 0:
            return None
        words, tags = self.columns(text[starts[0]:ends[-1]])
        offsets = list(accumulate(map(len, words), initial=starts[0]))
        # a C call per list, not a Python step per span
        firsts = list(map(bisect_left, repeat(offsets), starts))
        lasts = list(map(bisect_left, repeat(offsets), ends))
        if (list(map(offsets.__getitem__, firsts)) != starts
                or list(map(offsets.__getitem__, lasts)) != ends
                or not all(map(_edge, repeat(text), starts))
                or not all(map(_edge, repeat(text), ends))):
            return None
        return words, tags, offsets, firsts, lasts

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


# Characters the engines keep together in one run: letters, digits (Han included) and these.
_RUN_PUNCT = frozenset("+#&._%-")


def _edge(text: str, pos: int) -> bool:
    """Whether a cut at `pos` separates runs that both engines cut apart anyway."""
    if pos <= 0 or pos >= len(text):
        return True
    a, b = text[pos - 1], text[pos]
    if a.isspace():
        return not b.isspace()
    return b.isspace() or not (a.isalnum() or a in _RUN_PUNCT) or not (
        b.isalnum() or b in _RUN_PUNCT)


#: Dictionary frequency from which a word counts as common (about 37k of the 350k words).
_COMMON_FREQ = 100
#: Characters outside the dictionary that texts use as words of their own: ASCII and Latin-1,
#: general, CJK and small-form punctuation, full-width forms.
_COMMON_CHARS = ((0x00, 0x100), (0x2000, 0x2070), (0x3000, 0x3040), (0xFE30, 0xFE70),
                 (0xFF00, 0xFFF0))


def _common_tags(tags: dict[str, str], freq: dict[str, int], terms) -> dict[str, str]:
    """The tags of common words, the lexicon `terms` and punctuation, a table small enough to
    stay in the CPU caches.

    Most tokens of a text are found here at about half the cost of the full 350k-word table;
    the rest fall back to it. Every value equals the full table's tag or the guess.
    """
    common = {w: tags[w] for w, f in freq.items() if f >= _COMMON_FREQ and tags.get(w)}
    common.update((w, tags[w]) for w in terms)
    for low, high in _COMMON_CHARS:
        for ch in map(chr, range(low, high)):
            common[ch] = tags.get(ch) or _guess_tag(ch)
    return common


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


def get_segmenter(engine: str | None = None, res: Resources | None = None) -> Segmenter:
    """A shared Segmenter with the lexicon of `res` (default: the package's); building one
    loads the dictionary, about a second.

    Without `engine`, the one $POLICYKG_SEGMENTER names, else "auto" (rjieba when installed).
    """
    engine = engine or os.environ.get(ENGINE_VARIABLE, "").strip() or "auto"
    if engine not in ENGINES:
        raise PolicyKGError(f"unknown segmenter engine {engine!r}",
                            f"set {ENGINE_VARIABLE} to one of {', '.join(ENGINES)}")
    res = resources_or_default(res)
    return _shared(engine, dictionary_words(res), split_words(res))


@derived
def segmenter_of(res: Resources) -> Segmenter:
    """The shared Segmenter of `res`'s lexicon (get_segmenter)."""
    return get_segmenter(None, res)


# Keyed by the words given, not read from a table: Resources with the same lexicon share the
# dictionaries (a second and 100 MB to build), which a process keeps for good anyway.
@lru_cache(maxsize=3)   # allow-list: keyed by its arguments
def _shared(engine: str, words: tuple[tuple[str, str], ...],
            splits: tuple[tuple[str, ...], ...] = ((), (), ())) -> Segmenter:
    segmenter = Segmenter(engine, words, splits)
    # The dictionaries live as long as the process: move them out of the collector's reach,
    # or every full collection walks jieba's 350k-entry tables (about 15 ms per extraction
    # of the 65k-character corpus, measured with bench/bench_stages.py).
    # Collect first: importing jieba leaves cyclic garbage (pyparsing exceptions whose
    # tracebacks reach the calling frames); frozen, it would keep the first extraction's
    # data alive for good, and every full collection would walk it (about 10 ms).
    gc.collect()
    gc.freeze()
    return segmenter


def segment(text: str, offset: int = 0, res: Resources | None = None) -> list[Token]:
    """Segment with the shared segmenter of `res` (default: the package's lexicon)."""
    return get_segmenter(None, res).segment(text, offset)
