"""The beneficiary before a cue verb: "[X] 可为 Y 增强 Z" — X acts on Z for Y (X supports Y)."""
from __future__ import annotations

from .claim_words import Span

__all__ = ["beneficiary"]


def beneficiary(reader, lo: int, at: int) -> tuple[int, list[Span], object] | None:
    """(offset of 为, the spans of Y, the claim's cue row) when [lo, at) ends with "为 Y"
    before the cue at `at`, else None.

    The preposition is phrase_words.tsv's benefactive row, and its claim takes the circum row
    of the same preposition ("为 Y 提供"); a means word before it makes it "以 M 为 N", no
    beneficiary."""
    v = reader.v
    word = v.words.benefactive
    if not word or v.text.find(word, lo, at) < 0:
        return None               # most cues: no 为 before them
    row = reader.t.row("circum", word)
    if row is None:
        return None
    toks = v.tokens_in(lo, at)
    k = next((k for k in range(len(toks) - 2, -1, -1)
              if toks[k].text == word and toks[k].pos[:1] == "p"), None)
    if k is None or any(t.text in reader.t.means_words for t in toks[:k]):
        return None
    ys = reader.left_spans(toks[k].end, at)
    return (toks[k].start, ys, row) if ys else None
