"""Enumerations inside a sentence: "A、B、C 等 Y" members and head (a mixin of spans.View)."""
from __future__ import annotations

import re

from .chunking import NOUNISH, is_punct
from .claim_words import COLONS
from .cuetable import cue_table, phrase_words
from .model import Token
from .resources import Resources, derived

__all__ = ["BRACKETS", "CLOSING", "Enumerations", "OPEN", "QUOTES", "separators"]

#: Brackets that quote a name: what stands inside is one opaque piece of a member or head.
#: An opening quotation mark and its closing one; OPEN adds the title marks.
QUOTES = {"“": "”", "‘": "’", "「": "」"}
OPEN = {"《": "》", **QUOTES}
BRACKETS = {"（": "）", "(": ")", "【": "】"}
CLOSING = {b: a for a, b in BRACKETS.items()}   # a closing bracket and its opening one
CLOSE = {b: a for a, b in OPEN.items()}


@derived
def separators(res: Resources) -> tuple[frozenset, re.Pattern]:
    """Separators of an enumeration (the conjunctions of phrase_words.tsv and 、), and a regex
    of their first characters: a span without one holds no separator token."""
    seps = phrase_words(res).conjunction | {"、"}
    return seps, re.compile(f"[{re.escape(''.join(sorted({w[0] for w in seps})))}]")


@derived
def _member_lead(res: Resources) -> frozenset:
    """Words a member sheds in front: creation verbs and the member-lead prepositions."""
    w = phrase_words(res)
    return w.create | w.member_lead


class Enumerations:
    """Mixin of View: where 等 stands, its members and its head."""

    def enum_at(self, s: int, e: int) -> int | None:
        """Offset of an enumeration word (等) inside [s, e) that is a token, or None."""
        if not self.has_enum:
            return None               # no 等 in the sentence (most)
        table = cue_table(self.res)
        if not table.enum_rx.search(self.text, s, e):
            return None
        enum = table.enum_words
        for t in self.tokens_in(s, e):
            if t.text in enum:
                return t.start
        return None


    def enum_members(self, lo: int, deng: int) -> list[tuple[int, int]]:
        """Members of the enumeration that ends at `deng` (the 等), looking back to `lo`."""
        parts, cur, seps = [], [], []
        separators, conjunctions, links = self.separators, self.words.conjunction, self.words.link
        close = None                  # inside 《…》 or “…”: tokens are part of the name
        for t in self.tokens_in(lo, deng):
            w = t.text
            if close is not None:
                cur.append(t)
                if w == close:
                    close = None
            elif w in OPEN:
                if cur and cur[-1].text == OPEN[w]:
                    parts.append(cur)     # "《A》《B》等": titles side by side are listed
                    seps.append("、")
                    cur = []
                close = OPEN[w]
                cur.append(t)
            elif w in separators:
                parts.append(cur)
                seps.append(w)
                cur = []
            elif is_punct(w) and w not in "”’\"'":
                parts, cur, seps = [], [], []
            else:
                cur.append(t)
        parts.append(cur)
        for k in range(len(parts) - 1, 0, -1):
            if not (seps[k - 1] in conjunctions and parts[k - 1] and
                    parts[k - 1][-1].pos[:1] == "v"):
                continue              # the cheap test first: most parts follow no verb
            vo = [i for i in range(len(parts[k]) - 1) if self._takes_object(parts[k], i)]
            if vo:
                # "研判和把握 A、B 等": the objects of the verbs are the members
                parts = [parts[k][vo[-1] + 1:]] + parts[k + 1:]
                break
        parts = [p for p in parts if p]
        for k in range(len(parts) - 1, -1, -1):
            de = [i for i, t in enumerate(parts[k])
                  if t.text in links and not self._quoted(parts[k], i)]
            if de:
                parts = [parts[k][de[-1] + 1:]] + parts[k + 1:]
                parts = [p for p in parts if p]
                break
        if not parts:
            return []
        single = len(parts) == 1          # "市场采购等新业态": one member, bounded by a verb
        first = parts[0]
        # "X 包括：A、B…": a list right after a colon has its whole first part as a member
        opened = not single and lo > 0 and self.text[lo - 1] in COLONS \
            and first[0].start == lo and not any(self._listed_verb(t) or t.pos[:1] in "pcu"
                                                 for t in first)
        keep = []
        opener = None                 # walking back inside a quoted name: its opening mark
        named = False
        stop = None
        back = first[::-1]
        for k, t in enumerate(back):
            if opened:
                keep.append(t)
                continue
            if opener is None and t.text in CLOSE:
                opener = CLOSE[t.text]
                keep.append(t)
                continue
            if opener is not None:
                keep.append(t)
                if t.text == opener:
                    opener, named = None, True
                continue
            if named and len(t.text) >= 2 and not self._listed_verb(t) and t.pos[:1] not in "vpc":
                keep.append(t)        # "越剧《…》": the genre before a title
                break
            verb_pair = k > 0 and keep[-1].pos[:1] == "v" and (
                t.text in self.verbs or t.pos == "v" and len(t.text) >= 2
                and not self._listed_verb(t))
            if k > 0 and t.pos[:1] == "d" and keep[-1].pos[:1] in "va" and k + 1 < len(back) \
                    and back[k + 1].pos[:1] in NOUNISH:
                keep.append(t)        # "要素配置效率不高": a stated member, its adverb inside
                continue
            if k > 0 and not self._member_token(t) and not verb_pair:
                stop = t
                break                 # "优化调整", "需求驱动": a verb inside a verbal noun stays
            if k == 0 and (t.text in links or t.text in self.words.lead):
                stop = t
                break
            keep.append(t)
        if not keep or single and stop is not None and not (
                self._listed_verb(stop) or stop.text in self.words.object_lead):
            return []
        parts[0] = list(reversed(keep))
        while single and parts[0] and parts[0][0].pos[:1] in "tm":
            parts[0] = parts[0][1:]       # "2014年国家发展改革委等": the date is no member
        out = []
        for k, p in enumerate(parts):
            while p and self._listed_verb(p[0]) and (k == 0 or len(p) > 1):
                p = p[1:]             # "推进和深化金融、交通…": the verbs are not members
                                      # ("…、共享、开发利用等": a listed action alone is one)
            if p:
                out.append(self.trim(p[0].start, p[-1].end, lead=_member_lead(self.res)))
        return [(a, b) for a, b in out if a < b]

    @staticmethod
    def _quoted(part: list[Token], i: int) -> bool:
        """True when part[i] stands inside 《…》 or “…” in `part`."""
        depth = 0
        for t in part[:i]:
            if t.text in OPEN:
                depth += 1
            elif t.text in OPEN.values():
                depth -= 1
        return depth > 0

    def _takes_object(self, part: list[Token], i: int) -> bool:
        """True when part[i] is a plain verb with a noun object after it ("把握国际形势")."""
        t, nxt = part[i], part[i + 1]
        return (t.pos == "v" and len(t.text) >= 2 and t.text not in self.words.object_lead
                and nxt.pos[:1] in NOUNISH and not self._quoted(part, i))

    def _listed_verb(self, t: Token) -> bool:
        w = self.words
        return (t.text in self.verbs or t.text in w.verb or t.text in w.create
                or t.text in w.lead or t.text in w.object_lead
                or len(t.text) >= 4 and (t.text[:2] in w.verb or t.text[:2] in w.lead))

    def _member_token(self, t: Token) -> bool:
        if t.text in self.words.link or t.text in self.verbs or t.text in self.words.create:
            return False
        if t.text in self.words.lead or t.text in self.words.verb:
            return False
        p = t.pos[:1]
        return p in NOUNISH or p in "abmq" or t.pos in ("vn", "an", "eng")

    def _adjective_de(self, start: int, end: int, hi: int) -> bool:
        """True when [start, end) holds only adjectives and a noun or verb follows the 的 at `end`."""
        nxt = self.token_after(end + 1)
        return nxt is not None and nxt.start == end + 1 and nxt.end <= hi and \
            (nxt.pos[:1] in NOUNISH or nxt.pos[:1] == "v") and \
            all(t.pos in ("a", "b") for t in self.tokens_in(start, end))

    def enum_head(self, deng: int, hi: int) -> tuple[int, int] | None:
        """The head noun phrase after 等 (up to `hi`)."""
        t = self.token_after(deng)
        i = self.by_start.get(t.end) if t else None
        if i is None:
            return None
        start = end = t.end
        opening = self.tokens[i].text
        if opening in OPEN:           # “浙产好戏”: the quoted name, then any noun after it
            stop = self.text.find(OPEN[opening], start + 1, hi)
            i = self.by_start.get(stop + 1) if stop > start + 1 else None
            if i is None:
                return (start, stop + 1) if stop > start + 1 else None
            end = stop + 1
        links = self.words.link
        for tok in self.tokens[i:]:
            if tok.text == self.words.de and end > start and self._adjective_de(start, end, hi):
                continue              # "等新的消费增长点": an adjective and 的 open the head
            if tok.end > hi or tok.text in links or is_punct(tok.text):
                break
            p = tok.pos
            nxt = self.token_after(tok.end)
            generic = nxt is not None and nxt.text in self.words.head and nxt.end <= hi
            if tok.text in self.verbs and not (end == start and generic):
                break
            if end == start:
                if tok.text in self.words.head_lead:
                    start = end = tok.end  # "等更多行业": the head starts after 更多
                    continue
                if p[:1] in "pcdu" or self._listed_verb(tok) and not generic:
                    break                 # "等支持能力": a verb before a generic head stays
                if p == "v" and nxt is not None and nxt.text in links:
                    break                 # "A、B 等公布的结果": the list acts, no head
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
            if p == "a" and (not noun_next or nxt.pos == "vn"):
                break                 # "风险隐患凸显": a predicate adjective; "新业态健康发展"
            if not (p[:1] in NOUNISH or p in ("vn", "an", "eng", "b", "a", "m", "r", "q")):
                break
            end = tok.end
            if tok.text in self.words.head:
                break                 # "等方面综合施策" -> 方面
        return (start, end) if end > start else None
