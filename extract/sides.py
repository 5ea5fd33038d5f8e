"""The two sides of a cue: the explicit subject on its left and the object on its right,
and the tests that tell a noun phrase from a verb phrase (a mixin of the clause reader)."""
from __future__ import annotations

import re

from .charclasses import char_class
from .chunking import NOUNISH, is_punct
from .claim_words import LONG_SUBJECT, Span
from .enumeration import BRACKETS, CLOSING, QUOTES

__all__ = ["SideReader"]


class SideReader:
    """Mixin of ClauseReader: left and right spans of a cue."""

    def left_spans(self, lo: int, at: int, verbal: bool = False, obj: bool = False
                   ) -> list[Span]:
        """The explicit subject left of a cue: trimmed, a leading cue verb dropped, split.

        A left side that opens with a preposition ("在政策层面") is an adverbial: no subject.
        `verbal` admits a verb phrase without adverbs ("扩大开放与深化改革相结合": 扩大开放);
        `obj`: the side is a verb's object, whole ("实现 A 与 B 对接": no subject inside A).
        """
        v = self.v
        k = at - 1
        while k > lo and v.text[k].isspace():
            k -= 1
        if k >= lo and v.text[k] in BRACKETS:   # "A 及 B（包括 C）": B, the noun before the bracket
            run = _noun_run(v, lo, k)
            return [run] if run else []
        s0 = v.lead_end(lo, at, self.sets.pp_lead)
        t0 = v.token_after(s0)
        if t0 is not None and t0.text in v.words.adverbial:
            return []
        s, e = v.trim(lo, at)
        last = v.token_before(e) if s < e else None
        while last is not None and last.start > s and is_punct(last.text):
            last = v.token_before(last.start)   # "提出“推动 Y”": past the quote mark
        if last is not None and last.text in v.words.speech:
            return []                 # "…明确提出推动 Y": the cue is what was said
        s, e = v.strip_verb(s, e)
        t0 = v.token_after(s)
        if t0 is not None and t0.text in v.words.modal and t0.end < e:
            s, e = v.trim(t0.end, e)  # "需要 A 与 B 相结合": A
        for t in v.tokens_in(s, e):
            if t.text in v.words.pivot and t.end < e:
                s, e = v.trim(t.end, e)   # "引导企业优化 Y": the one guided acts
        if s >= e:
            return []
        if e - s > LONG_SUBJECT and not obj:
            subj = v.subject(s, e)
            if subj:
                s, e = subj
        toks = v.tokens_in(s, e)
        if verbal and toks and toks[0].pos[:1] in "vlj" and not any(t.pos[:1] in "dpcr" for t in toks):
            pass
        elif toks and all(t.pos[:1] in "idvcp" and t.pos != "vn" or v.verbal(t) for t in toks):
            return []
        if all(t.pos[:1] in "tmq" or t.text in v.words.time for t in toks):
            return []                 # "每年", "2-3年时间": when, not who
        if len(toks) == 1 and len(toks[0].text) == 4 and not self.lex.canonical(toks[0].text) \
                and toks[0].pos[:1] in ("i" if verbal else "il"):
            return []                 # a four-character idiom ("因势利导") is a manner
        if not verbal and len(toks) > 1 and len(toks[-1].text) == 4 \
                and toks[-1].pos[:1] in "il" and not self.lex.canonical(toks[-1].text):
            s, e = v.trim(s, toks[-1].start)  # "政府自上而下推动": the idiom is a manner
            # (before a copula, "科技自立自强是…", it names the thing)
            toks = toks[:-1]
        if len(toks) == 1 and toks[0].pos[:1] in "abdvz" and toks[0].pos != "vn" \
                and not self.lex.canonical(toks[0].text):
            return []                 # "适当提高", "主动对接": a manner, not a subject
        if all(t.text in v.words.manner or t.pos in ("d", "ad") for t in toks):
            return []                 # "稳妥有序化解", "高质量推动": how, not who
        return v.split(s, e)

    def right_spans(self, at: int, hi: int, whole: bool = False) -> list[Span]:
        """The object right of a cue, without a trailing "的 + frame head" (的必然选择)."""
        v = self.v
        for s0 in self.copula_starts:
            if at < s0 < hi:
                hi = s0
        if self.consumed:
            company = char_class(self.res, "comitative")    # "与 Y 相衔接" read already: Y is no object
            for s0, e0 in self.consumed:
                if at < s0 < hi and v.text[s0] in company and v.trim(e0, hi)[0] < hi:
                    hi = s0       # "推动 A 与 B 相衔接" with nothing after: the joining, whole
        t0 = v.token_after(at)
        if t0 is not None and t0.text in v.words.locative:
            return []                 # "化解在基层": a place, not an object
        s, e = v.trim(*_closed(v.text, *v.trim(at, hi)))   # "A（包括 B）承担的 Y": B
        if s >= e:
            return []
        de = v.words.de
        if v.text.find(de, s, e) >= 0:   # the token walk only where a 的 stands
            for t in reversed(v.tokens_in(s, e)):
                if t.text == de and v.text.endswith(self.sets.heads, t.end, e):
                    e = t.start
                    break
        s, e = v.trim(s, e) if whole else self.object_start(*v.trim(s, e))   # "让发展成果…"
        sets = self.sets
        if sets.stated_value.search(v.text, s, e):
            return []                 # "提高到3.3%", "比重分别为99.3%": a value, not a concept
        if sets.object_stops is not None and not whole and sets.object_stops.search(v.text, s, e):
            for t in v.tokens_in(s, e)[1:]:     # walked only where such a word stands
                if t.text in v.words.object_stop and not _quoted(v.text, s, t.start):
                    s, e = v.trim(s, t.start)   # "高质量发展仍有许多难点" -> 高质量发展
                    break
        if whole:
            return [(s, e)] if s < e else []
        return v.split(s, e)

    def noun_phrase(self, a: int, b: int) -> bool:
        """True when [a, b) is a noun phrase, not a verb with its object: a subject that
        acts in later clauses ("乡村治理" is, "专项治理地方" and "预计" are not)."""
        toks = self.v.tokens_in(a, b)
        if all(t.text in self.v.words.manner for t in toks):
            return False
        nxt = self.v.token_after(b)
        if nxt is not None and nxt.text in self.v.words.manner_join:
            return False              # "顺势而变": a manner joined to its verb
        if len(toks) == 1:
            return toks[0].pos != "vn" or bool(self.lex.canonical(toks[0].text))
        return not any(t.pos == "v" and u.pos[:1] in NOUNISH for t, u in zip(toks, toks[1:]))

    def nominal(self, a: int, b: int) -> bool:
        """True when [a, b) is a noun phrase: it ends in a noun and holds no preposition
        ("企业在基地落户" is a clause)."""
        toks = self.v.tokens_in(a, b)
        if not toks or any(t.pos[:1] == "p" for t in toks[1:]):
            return False
        t = toks[-1]
        return t.pos[:1] in NOUNISH or t.pos in ("vn", "an", "eng") or is_punct(t.text)


def _quoted(text: str, s: int, at: int) -> bool:
    """True when a quotation opened in [s, at) is still open at `at` ("“小而美”民生项目")."""
    return any(text.count(a, s, at) > text.count(b, s, at) for a, b in QUOTES.items())


_CLOSER_RX = re.compile("[" + re.escape("".join(CLOSING)) + "]")


def _closed(text: str, s: int, e: int) -> Span:
    """[s, e) up to a closing bracket opened before it (the cue stood inside the brackets)."""
    if _CLOSER_RX.search(text, s, e) is None:
        return s, e
    depth = 0
    for i in range(s, e):
        ch = text[i]
        if ch in BRACKETS:
            depth += 1
        elif ch in CLOSING:
            if depth == 0:
                return s, i
            depth -= 1
    return s, e


def _noun_run(v, lo: int, e: int) -> Span | None:
    """The run of nouns that ends at `e`, within [lo, e)."""
    s = e
    t = v.token_before(e)
    while t is not None and t.start >= lo and (t.pos[:1] in NOUNISH or t.pos in ("vn", "b")
                                                or t.pos == "r" and t.start < s):
        s = t.start
        t = v.token_before(s)
    return (s, e) if s < e else None
