"""Word-level tests of the infix reader: cues in a row ("支撑引领 Y", "推动解决 Y"), the verbs
standing before a cue, a cue inside one noun of a list or before a generic head, a means that
is a time.

A mixin of infix.InfixReader (it reads the reader's View `v` and cue table `t`).
"""
from __future__ import annotations

from .chunking import is_punct
from .claim_words import Span
from .cuetable import POSITIVE

__all__ = ["CueRuns", "noun_before", "perfective_at"]

#: Tags of a noun that makes a generic head a modifier ("效率损失"; not 明显增强/nr, a mis-tag).
_NOUNS = frozenset({"n", "vn", "nz", "j"})


class CueRuns:
    """Helpers of InfixReader that look at the words around one cue."""

    def duration(self, a: int, b: int) -> bool:
        """True for a span of time with a number ("2-3年时间"), not a measured thing
        ("年均3.4%的能耗增速")."""
        v = self.v
        t = v.token_before(b)
        return any(ch.isdigit() for ch in v.text[a:b]) and t is not None and (
            t.text in v.words.time or t.pos[:1] in "tmq")

    def in_member(self, a: int, b: int, cs: int, ce: int) -> bool:
        """True for a cue inside one noun of a 、 list ("共性技术、前沿引领技术、工程技术")."""
        v = self.v
        lo, hi = v.text.rfind("、", cs, a), v.text.find("、", b, ce)
        return lo >= 0 and hi >= 0 and all(
            t.pos[:1] in "nbst" for t in v.tokens_in(lo + 1, a) + v.tokens_in(b, hi)) \
            and lo + 1 < a and b < hi

    def serial_cue(self, row, b: int, ce: int, cue: str):
        """(row, object start, cue): a bringing-about cue followed by a cue that removes or
        hinders ("推动解决 Y", "助力破除 Y"), or a row of object `verb` followed by any cue
        ("有利于提高 Y"), takes the second's relation and object."""
        if row.relation not in POSITIVE:
            return row, b, cue
        s = self.v.trim(b, ce, lead=self.v.words.lead)[0]   # "有助于不断提高 Y"
        m = self.t.infix_rx.match(self.v.text, s, ce)
        inner = self.t.infix_row(m.group()) if m is not None else None
        if inner is None or inner.when != "any" or not self.v.aligned(s, m.end()):
            return row, b, cue
        if row.object != "verb" and inner.relation not in ("mitigates", "hinders"):
            serial = inner.relation in POSITIVE and m.end() < ce and \
                not self.v.text.startswith(self.v.words.comparative, m.end())
            return (row, m.end() if serial else b, cue)   # "支撑引领 Y": each verb's Y
            # ("推进引领更强的开放": the second verb heads a modifier of the object)
        return inner, m.end(), m.group()

    def verb_run(self, lo: int, at: int, known: bool = False) -> int:
        """Start of the verbs that stand right before `at` ("防范化解": 防范), or `at`;
        `known`: only cue, creation and listed verbs count (a tag alone may be a noun's)."""
        if lo >= at:
            return at                 # the cue opens the clause (most imperatives)
        v = self.v
        start = at
        t = v.token_before(at)
        while t is not None and t.start >= lo and t.text not in v.words.joint and (
                t.text in v.verbs or t.text in v.words.verb or t.text in v.words.create
                or t.pos == "v" and not known):   # "A 和 B 相结合推动": the joining acts
            start = t.start
            t = v.token_before(t.start)
        if t is not None and t.text in v.words.link:
            return at                 # "物流网络的完善使": a noun after 的, not a verb
        return start

    def opens_verb(self, b: int, ce: int) -> bool:
        """True when a verb or a manner opens what follows `b` ("需要加强 Y", "需要因地制宜推进")."""
        v = self.v
        t = v.token_after(v.trim(b, ce, lead=v.words.lead)[0])
        words = v.words
        return t is not None and (t.pos[:1] in "vd" and t.pos != "vn" or t.text in words.verb
                                  or t.text in words.manner or t.text in words.create
                                  or t.text in self.t.verbs or t.pos[:1] == "i")

    def compound(self, a: int, b: int, ys: list[Span], ce: int) -> bool:
        """True when "N cue H" is one noun phrase: a noun before the cue and a generic head
        (水平, 作用 …) or, after a two-character cue, one unknown character right after it
        ("人才支撑创新" is a claim on 创新)."""
        v = self.v
        t = v.token_before(a)
        if t is None or is_punct(t.text) or t.text in v.words.modal or t.text in v.words.scope:
            return False              # "能够促进要素自由流动": a modal opens a predicate
        i = v.by_start.get(a)
        if i is not None and v.tokens[i].end > b and v.text[b:v.tokens[i].end] in v.words.head:
            return True               # "具有促进作用": the cue and a head glued in one token
        first = v.token_after(b)
        if first is not None and first.text in v.words.head:
            nxt = v.token_after(first.end)
            if nxt is None or nxt.end > ys[0][1] or nxt.pos not in _NOUNS \
                    or nxt.text in v.words.head:
                return True           # "辐射带动能力"; "导致效率损失" is a claim on 效率损失
        if v.verbal(t):
            return False
        y = ys[0]                     # (a cue of three or more characters, "离不开", is a verb)
        return (b - a <= 2 and len(ys) == 1 and y[1] - y[0] <= 1 and y[1] == v.trim(b, ce)[1]
                and not self.lex.canonical(v.text[y[0]:y[1]]))


def perfective_at(v, at: int) -> bool:
    """True when the verb at `at` takes the aspect particle 了."""
    nxt = v.token_after(v.token_after(at).end)
    return nxt is not None and nxt.pos == "ul"


def noun_before(v, at: int, lo: int) -> bool:
    """True when a noun at or after `lo` stands right before `at`."""
    head = v.token_before(at)
    return head is not None and head.pos[:1] in "nj" and head.start >= lo
