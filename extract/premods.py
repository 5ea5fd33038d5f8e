"""Cues that open a noun's modifier: "基于 X 的 Y", "以 X 为支撑的 Y", "有利于 Y 的 X".

Rows of cues.tsv, frame premod: cue opens the modifier, cue2 closes it (ending with 的); the
head noun after it is Y. forward: the inner span X —rel→ the head; backward: the head
—rel→ the inner span ("旨在提高 Y 的 X": X improves Y).
"""
from __future__ import annotations

import re

from .claim_words import CLAUSE
from .tablememo import per_table
from .wordrx import alternation, finditer_ok

__all__ = ["read_premods"]


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


def _pattern(rows: tuple, de: str) -> re.Pattern:
    """Every premod row as one alternation (groups c{i}, x{i}, e{i}), compiled once; the
    modifier holds no 的 (`de`)."""
    de = re.escape(de)
    return re.compile("|".join(
        f"(?P<c{i}>{_alt(r.cues)})(?P<x{i}>[^，,；;：:。！？{de}]{{1,24}}?)(?P<e{i}>{_alt(r.cue2)})"
        for i, r in enumerate(rows)))


@per_table
def _compiled(table, words) -> tuple[tuple, re.Pattern | None, re.Pattern | None]:
    """The table's premod rows, their pattern and a regex of their opening cues (where the
    pattern may match), once per table (not per sentence: hashing the rows for a memo
    costs as much as building them)."""
    rows = tuple(r for r in table.rows if r.frame == "premod")
    if not rows:
        return rows, None, None
    first = re.compile(_alt(c for r in rows for c in r.cues)) if all(r.cues for r in rows) \
        else None                     # a row without cues opens anywhere
    return rows, _pattern(rows, words.de), first


def read_premods(reader) -> None:
    """Emit the claims of modifier cues inside each clause of the reader's sentence."""
    v, text = reader.v, reader.v.text
    rows, rx, first = _compiled(reader.t, v.words)
    if not rows or v.words.de not in text or first is not None and first.search(text) is None:
        return                        # no 的 or no modifier cue in the sentence
    for c in CLAUSE.finditer(text):
        cs, ce = c.span()
        for m in finditer_ok(rx, first, text, cs, ce,
                             lambda m: v.aligned(*m.span(f"c{_row_index(m, rows)}"))):
            i = _row_index(m, rows)
            row = rows[i]
            a = m.start(f"c{i}")
            if reader.in_title(a):
                continue
            xa, xb = m.start(f"x{i}"), m.end(f"x{i}")
            rel = row.relation
            lead = v.token_after(xa) if row.direction == "backward" else None
            cue = reader.t.infix_row(lead.text) if lead is not None and lead.end < xb else None
            if cue is not None and cue.relation and cue.object != "verb":
                rel, xa = cue.relation, lead.end      # "有利于提高 Y 的 X": X improves Y
            if any(t.text in reader.t.verbs or t.text in v.words.verb for t in v.tokens_in(xa, xb)):
                continue              # "依托平台实现 X 的 Y": a clause, not a modifier
            xs = v.split(xa, xb)
            head = _head(reader, m.end(), ce)
            if not xs or head is None:
                continue
            reader.emit(xs, rel, [head], m.group(f"c{i}") + "…" + m.group(f"e{i}"),
                        row, backward=row.direction == "backward")


def _head(reader, at: int, ce: int):
    """The noun phrase after the modifier: coordinated modifiers kept ("多元化、接力式…体系")."""
    v = reader.v
    end = at
    for tok in v.tokens_in(at, ce):
        if tok.text in reader.t.verbs or tok.text in v.words.verb or (
                tok.text != "、" and not tok.text.strip("，,；;：:。！？!?")):
            break
        if end > at and (tok.pos in ("d", "ad") or tok.pos[:1] == "v" and tok.pos != "vn"
                         and (v.verb_follows(tok.end, ce) or len(tok.text) == 1)):
            break                 # "…的监管平台投入运行", "…的改革全面铺开", "…的 Y 增加值占": the predicate
        end = tok.end
    s, e = v.trim(at, end)
    return (s, e) if s < e else None


def _row_index(m: re.Match, rows) -> int:
    """The index of the row whose cue group matched."""
    return next(k for k in range(len(rows)) if m.group(f"c{k}") is not None)
