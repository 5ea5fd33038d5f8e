"""Shared pieces of the claim reader: clause patterns and word sets derived from the tables."""
from __future__ import annotations

import re
from functools import lru_cache

from .cuetable import cue_table, phrase_words

__all__ = ["Span", "CLAUSE", "MARKER", "TITLE", "NOMINAL_AFTER", "LIST_BEFORE", "LONG_SUBJECT",
           "PREPOSITIONS", "any_cue", "stated_value", "sets", "frame_words", "content",
           "clauses_around"]

Span = tuple[int, int]

CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
MARKER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}是"
                     r"|[一二三四五六七八九十\d]{1,2}[、.．](?!\d)"
                     # an article of a regulation, after its chapter's title: "第三章 总则 第九条 "
                     r"|(?:第[一二三四五六七八九十百零〇\d]{1,4}章\s+\S{1,12}?\s+)?"
                     r"第[一二三四五六七八九十百零〇\d]{1,4}条\s+)")
TITLE = re.compile(r"《[^》]*》")
NOMINAL_AFTER = frozenset("、，,。；;：:的和与及等性型")
LIST_BEFORE = frozenset("、和与及的")
_NUMERIC = re.compile(r"[\d.%％年月日至到约超过多余个万亿元倍的－—~\-]")
LONG_SUBJECT = 6
PREPOSITIONS = frozenset({"以", "通过", "为", "在", "对", "将", "面向", "围绕", "把", "向",
                           "是", "作为", "成为"})

Span = tuple[int, int]


@lru_cache(maxsize=1)
def any_cue() -> re.Pattern:
    """One regex that finds any cue word: sentences without one are skipped cheaply (a
    collective's numerals alone do not make a sentence worth reading)."""
    words = {c for r in cue_table().rows if r.frame != "collective" for c in r.cues}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def stated_value() -> re.Pattern:
    """A value-lead word right before a number ("到3.3%", "分别为99.3%")."""
    words = sorted(phrase_words().value_lead, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})\\s*[\\d０-９]")


@lru_cache(maxsize=1)
def heads() -> tuple[str, ...]:
    return tuple(c for r in cue_table().rows if r.frame == "copula" for c in r.cue2)


class Sets:
    """Word sets derived from the tables, computed once."""

    def __init__(self):
        w = phrase_words()
        frames = frame_words()
        self.clause_lead = w.lead - frames
        self.pp_lead = w.lead - frames - w.adverbial
        self.object_skip = w.lead - w.create - PREPOSITIONS
        self.serial_skip = w.lead - w.create - w.verb
        self.modifier_stop = cue_table().verbs | w.create | w.lead
        self.heads = heads() + w.de_tail


@lru_cache(maxsize=1)
def sets() -> Sets:
    return Sets()


@lru_cache(maxsize=1)
def frame_words() -> frozenset:
    """Words that open a frame, so a clause's leading function words never swallow them."""
    t = cue_table()
    return PREPOSITIONS | {c for r in t.rows if r.frame in ("copula", "circum", "means")
                            for c in r.cues}


def content(text: str, short: bool = False) -> bool:
    """A span worth a concept: two or more characters beyond numbers, units and dates
    (one will do for a member of an enumeration: "空气、水、土壤等")."""
    least = 1 if short else 2
    if any(map(str.isdigit, text)):
        text = _NUMERIC.sub("", text)
    return len(text) >= least


def clauses_around(text: str, at: int) -> list[Span]:
    m = None
    for m in CLAUSE.finditer(text):
        if m.start() <= at < m.end():
            return [(m.start(), m.end())]
    return []
