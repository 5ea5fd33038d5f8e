"""Enumerations inside a sentence: "A、B、C 等 Y" members and head (a mixin of spans.View)."""
from __future__ import annotations

from .chunking import NOUNISH, is_punct
from .cuetable import cue_table
from .model import Token

__all__ = ["Enumerations", "CONJUNCTIONS", "SEPARATORS", "DE"]

#: Words that join conjuncts inside one span.
CONJUNCTIONS = frozenset({"和", "与", "及", "以及", "或", "或者", "同", "并且"})
#: Separators of an enumeration.
SEPARATORS = CONJUNCTIONS | {"、"}
DE = frozenset({"的", "之"})


class Enumerations:
    """Mixin of View: where 等 stands, its members and its head."""

    def enum_at(self, s: int, e: int) -> int | None:
        """Offset of an enumeration word (等) inside [s, e) that is a token, or None."""
        enum = cue_table().enum_words
        for t in self.tokens_in(s, e):
            if t.text in enum:
                return t.start
        return None


    def enum_members(self, lo: int, deng: int) -> list[tuple[int, int]]:
        """Members of the enumeration that ends at `deng` (the 等), looking back to `lo`."""
        toks = [t for t in self.tokens_in(lo, deng)]
        parts, cur = [], []
        for t in toks:
            if t.text in SEPARATORS:
                parts.append(cur)
                cur = []
            elif is_punct(t.text) and t.text not in "“”‘’\"'":
                parts, cur = [], []
            else:
                cur.append(t)
        parts.append(cur)
        parts = [p for p in parts if p]
        for k in range(len(parts) - 1, -1, -1):
            de = [i for i, t in enumerate(parts[k]) if t.text in DE]
            if de:
                parts = [parts[k][de[-1] + 1:]] + parts[k + 1:]
                parts = [p for p in parts if p]
                break
        if len(parts) < 2:
            return []
        first = parts[0]
        keep = []
        for k, t in enumerate(reversed(first)):
            if k > 0 and not self._member_token(t):
                break
            if k == 0 and (t.text in DE or t.text in self.words.lead):
                break
            keep.append(t)
        if not keep:
            return []
        parts[0] = list(reversed(keep))
        out = []
        for p in parts:
            while p and self._listed_verb(p[0]):
                p = p[1:]             # "推进和深化金融、交通…": the verbs are not members
            if p:
                out.append(self.trim(p[0].start, p[-1].end,
                                     lead=self.words.create | {"对", "在", "将"}))
        return [(a, b) for a, b in out if a < b]

    def _listed_verb(self, t: Token) -> bool:
        w = self.words
        return (t.text in self.verbs or t.text in w.verb or t.text in w.create
                or t.text in w.lead or t.text in w.object_lead
                or len(t.text) >= 4 and (t.text[:2] in w.verb or t.text[:2] in w.lead))

    def _member_token(self, t: Token) -> bool:
        if t.text in DE or t.text in self.verbs or t.text in self.words.create:
            return False
        if t.text in self.words.lead or t.text in self.words.verb:
            return False
        p = t.pos[:1]
        return p in NOUNISH or p in "abmq" or t.pos in ("vn", "an", "eng")

    def enum_head(self, deng: int, hi: int) -> tuple[int, int] | None:
        """The head noun phrase after 等 (up to `hi`)."""
        t = self.token_after(deng)
        i = self.by_start.get(t.end) if t else None
        if i is None:
            return None
        start = end = t.end
        for tok in self.tokens[i:]:
            if tok.end > hi or tok.text in DE or is_punct(tok.text) or tok.text in self.verbs:
                break
            p = tok.pos
            if end == start:
                if self._listed_verb(tok) or p[:1] in "pcdu":
                    break
                end = tok.end         # the head's first word, whatever its tag ("行为")
                if tok.text in self.words.head:
                    break
                continue
            nxt = self.token_after(tok.end)
            noun_next = nxt is not None and nxt.end <= hi and (
                nxt.pos[:1] in NOUNISH or nxt.pos == "vn"
                or nxt.pos in ("a", "b") and len(nxt.text) == 1)
            if p[:1] == "v" and p != "vn" and end > start:
                if noun_next and not self._listed_verb(tok):
                    continue          # "财政补助力度"
                break
            if p == "a" and not noun_next:
                break                 # "风险隐患凸显": a predicate adjective
            if not (p[:1] in NOUNISH or p in ("vn", "an", "eng", "b", "a", "m", "r", "q")):
                break
            end = tok.end
            if tok.text in self.words.head:
                break                 # "等方面综合施策" -> 方面
        return (start, end) if end > start else None
