"""Span geometry inside one sentence: token boundaries, coordination, subjects (trimming is
in trimming.py).

A `View` holds a sentence's tokens with sentence-relative offsets; every function here takes
and returns (start, end) pairs relative to the sentence text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from .charclasses import char_class
from .chunking import NOUNISH, is_punct
from .claim_words import TITLE, prepositions
from .cuetable import cue_table, phrase_words
from .enumeration import Enumerations
from .lexicon import load_lexicon
from .mentions import tokens_of
from .model import Sentence, Token
from .resources import Resources, derived
from .trimming import EDGE, Trimming, defaults

__all__ = ["View"]


_START, _END = attrgetter("start"), attrgetter("end")


def _index(tokens: tuple) -> tuple:
    """The tokens with their lookups: index by start, `after` (end offset -> 1 + index of the
    token ending there; 0 or missing: none does), starts, ends.

    Toks (tuples) give the two offset columns by one transposition, the first two tuples
    `zip(*tokens)` yields, instead of an attribute read per token; model.Tokens are read.
    Tokens that tile the text (the segmenter's) get `after` as a copy of the start index
    plus the text's end: one dict built instead of two.
    """
    if not tokens:
        return tokens, {}, {}, (), ()
    if isinstance(tokens[0], tuple):
        columns = zip(*tokens)
        starts, ends = next(columns), next(columns)
    else:
        starts, ends = tuple(map(_START, tokens)), tuple(map(_END, tokens))
    n = len(tokens)
    by_start = dict(zip(starts, range(n)))
    if starts[1:] == ends[:-1]:
        after = by_start.copy()       # the token ending where token i starts is token i - 1
        after[ends[-1]] = n
    else:
        after = dict(zip(ends, range(1, n + 1)))
    return tokens, by_start, after, starts, ends


@derived
def _subject_lead(res: Resources) -> frozenset:
    return phrase_words(res).lead - prepositions(res)


@derived
def _verbal_words(res: Resources) -> tuple[frozenset, frozenset]:
    """Words that are predicates, and the lead and verb words a long word may open with."""
    w = phrase_words(res)
    return cue_table(res).verbs | w.create | w.tail | w.lead | w.verb, w.lead | w.verb, \
        frozenset(x for x, _ in load_lexicon(res).words())   # "有效市场" names a thing


@derived
def _adverbial_lasts(res: Resources) -> frozenset:
    """Last characters of the clauses is_adverbial can accept (a cheap test before it reads
    the clause)."""
    w = phrase_words(res)
    return frozenset(x[-1] for x in {*w.connective, *w.adverbial_end, *w.adverbial_tail} if x)

@derived
def _view_tables(res: Resources) -> tuple:
    """What every View reads from the tables, in one look-up per sentence."""
    return (defaults(res), _verbal_words(res), _adverbial_lasts(res), _subject_lead(res),
            cue_table(res).enum_rx)


class View(Enumerations, Trimming):
    """A sentence with its tokens, indexed by start offset (`by_start`) and end offset
    (`_after`: 1 + the index of the token ending there).

    `token_after(at)` and `token_before(at)` are the token starting (ending) at `at`, or
    None: dict look-ups built with the indexes (the readers ask ~30k times a run).
    """

    def __init__(self, sentence: Sentence, tokens: list[Token] | None = None, *,
                 res: Resources):
        """Tokens default to the sentence's own (mentions.tokens_of); `res` holds the tables."""
        self.sentence = sentence
        self.res = res
        self.text = sentence.text
        index = _index((sentence.tokens or tokens_of(sentence, res)) if tokens is None
                       else tuple(tokens))
        self.tokens, self.by_start, self._after, self.starts, self.ends = index
        self.token_after = dict(zip(self.starts, self.tokens)).get
        self.token_before = dict(zip(self.ends, self.tokens)).get
        (self.words, self.verbs, self._lead, self._firsts, self._lasts, self.separators,
         self.separator_rx), self._verbal, self._adverbial_lasts, self._subject_lead, \
            enum_rx = _view_tables(res)
        #: the sentence holds an enumeration word (等): where none does, no span of it does
        self.has_enum = enum_rx.search(self.text) is not None
        self._trimmed = {}
        self.labels: dict[tuple[int, int], str] = {}   # conjuncts that share a modifier

    # -- boundaries -------------------------------------------------------------------------
    def aligned(self, s: int, e: int) -> bool:
        """True when [s, e) starts and ends on token boundaries."""
        return s in self.by_start and self._after.get(e, 0) > 0

    def tokens_in(self, s: int, e: int) -> list[Token]:
        i = self.by_start.get(s)
        if i is None:
            i = bisect_left(self.starts, s)
        j = self._after.get(e)
        if not j:
            j = bisect_right(self.ends, e)
        return self.tokens[i:j]

    # -- coordination -----------------------------------------------------------------------
    def split(self, s: int, e: int) -> list[tuple[int, int]]:
        """Conjuncts of a span; "A、B等Y" gives Y; a shared modifier ("技术与制度的C") keeps it
        whole, but a named thing before 和/与 stands alone ("新兴产业和未来产业的布局")."""
        s, e = self.trim(s, e)
        if s >= e:
            return []
        links = self.words.link
        deng = self.enum_at(s, e)
        if deng is not None:
            de = [t for t in self.tokens_in(deng, e) if t.text in links]
            if de and de[-1].end < e:
                return self.split(de[-1].end, e)   # "A、B等H的X": X, the thing named
            t = self.token_after(deng)
            hs, he = self.trim(t.end, e)
            head_toks = self.tokens_in(hs, he)
            if hs < he and all(x.pos[:1] in NOUNISH or x.text in links or x.pos[:1] in "abmrv"
                               for x in head_toks) and not any(x.text in links for x in head_toks):
                return [(hs, he)]
            return [(s, e)]
        if not self.separator_rx.search(self.text, s, e):
            return [(s, e)]           # most spans: no separator, no token walk
        parts, cur, seps = [], s, []
        toks = self.tokens_in(s, e)
        titles = [m.span() for m in TITLE.finditer(self.text, s, e)]
        place = False                 # "Y 在 A、B 上实现 Z": a list inside a place is no list
        for t in toks:
            if place or (t.text in self.words.locative and t.pos[:1] == "p" and t.start > s):
                place = t.pos[:1] != "f"
                continue
            if t.text in self.separators and t.start > cur and not any(
                    a < t.start < b for a, b in titles):     # "《…规划和…的建议》" is one name
                parts.append((cur, t.start))
                seps.append(t.text)
                cur = t.end
        parts.append((cur, e))
        if len(parts) == 1:
            return [(s, e)]
        part_toks = [self.tokens_in(a, b) for a, b in parts]
        if self._shared_head(parts, seps):
            return [(s, e)]          # "原创性、颠覆性创新": modifiers of one head, one span
        if len(parts) == 2 and part_toks[-1] and part_toks[-1][-1].text in self.words.joint:
            return [(s, e)]          # "科技创新和产业创新深度融合": one relation of both
        if len(parts) == 2 and seps[0] != "、" and len(part_toks[-1]) >= 2 and part_toks[0] \
                and not any(t.text == self.words.de for ts in part_toks for t in ts) and (
                    part_toks[-1][-1].text.endswith(tuple(self.words.tenet))
                    and not part_toks[0][-1].text.endswith(tuple(self.words.norm))
                    or part_toks[-1][-1].text in self.words.head
                    and part_toks[0][-1].pos[:1] == "v"
                    and part_toks[0][-1].text not in self.words.head):
            return [(s, e)]          # "人才工作和生活条件", "公平和效率原则": one head
        has_de = [not links.isdisjoint([t.text for t in ts]) for ts in part_toks]
        last = part_toks[-1]
        if not any(has_de[:-1]) and len(last) >= 3 and last[-2].text in links \
                and last[-1].text in self.words.tenet:
            return [(s, e)]          # "统一标准、依法管理的原则": the tenets of one principle
        named = len(parts) == 2 and parts[0][1] - parts[0][0] >= 4 and \
            self.text[parts[0][1] - 1] not in char_class(self.res, "modifier-suffix")
        if not has_de[0] and any(has_de[1:]) and not named and (len(parts) <= 3 or all(
                b - a <= 3 for a, b in parts[:-1])):
            return [(s, e)]          # "技术与制度的C", "跨部门、跨层级的C": a shared modifier
        shared = self._shared_modifier(parts, part_toks)
        if shared:
            return shared            # "政务数据归集、共享、应用": 政务数据共享, 政务数据应用
        k = next((i + 1 for i, x in enumerate(seps) if x in self.words.conjunction), 0)
        shared = self._shared_modifier(parts[k:], part_toks[k:]) if 0 < k < len(parts) - 2 \
            else []
        if shared:                   # "A 和 B归集、共享、应用": A, then B's list
            return self.split(parts[0][0], parts[k - 1][1]) + shared
        if any(b - a <= 2 for a, b in parts[1:-1]) and parts[-1][1] - parts[-1][0] > 2:
            return [(s, e)]          # "…的环境、社会和经济挑战" (not "学生、家长和教师")
        if any(t.pos[:1] == "p" for t in part_toks[-1][1:]):
            return [(s, e)]          # "政府、企业在治理中各司其职": a clause, not a list
        if len(parts) == 2 and len(part_toks[0]) == 1 and parts[0][1] - parts[0][0] <= 2 \
                and len(part_toks[1]) >= 3 and not has_de[1]:
            return [(s, e)]          # "政务和社会数据流通体系": 和 joins modifiers of one head
        if any(t.text in self.words.between for ts in part_toks[1:] for t in ts):
            return [(s, e)]          # "银行与企业间对接": one relation between both
        out = [self._conjunct(a, b) for a, b in parts]
        out = [(a, b) for a, b in out if a < b]
        return out if all(b - a >= 2 for a, b in out) and (
            len(out) > 2 or all(b - a >= 3 for a, b in out) or has_de[0] is False) else [(s, e)]

    def _shared_head(self, parts, seps) -> bool:
        """True when every part but the last is a modifier (ends with a modifier-suffix
        character, the middle ones short) and the last is one more with the head after it
        ("智能化、绿色化、融合化发展")."""
        suffix, text = char_class(self.res, "modifier-suffix"), self.text
        if any(x not in self.words.conjunction and x != "、" for x in seps):
            return False
        if not all(text[b - 1] in suffix for a, b in parts[:-1]) or any(
                b - a > 4 for a, b in parts[1:-1]):
            return False
        a, b = parts[-1]
        return any(text[i] in suffix for i in range(a + 1, min(a + 4, b - 1)))

    def _conjunct(self, a: int, b: int) -> tuple[int, int]:
        """A conjunct trimmed; a lead word before a lone verb stays: "全链条贯通" is the
        conjunct (the lead word is its subject), not 贯通."""
        s, e = self.trim(a, b)
        if s > a and s < e:
            toks = self.tokens_in(s, e)
            if len(toks) == 1 and toks[0].pos == "v":
                return self.lead_end(a, e, frozenset()), e
        return s, e

    def _shared_modifier(self, parts, part_toks) -> list[tuple[int, int]]:
        """In a list of three or more, conjuncts after the first that are single short words
        take the first's modifier as their label ("X 的完整性、先进性、安全性" -> X 的先进性;
        "政务数据归集、共享、应用" -> 政务数据共享); [] when the parts are no such list. Two
        ("X 的形成与发展") stay one span."""
        first = part_toks[0]
        if len(parts) == 2 and len(first) >= 3 and first[-2].text == self.words.de \
                and first[0].text not in self.verbs and not self.verbal(first[0]) and all(
                ts[-1].pos[:1] in "na" and ts[-1].pos != "vn" for ts in part_toks) \
                and len(part_toks[1]) == 1:
            pass                     # "X 的广度和深度": two qualities, each of X
        elif len(parts) < 3 or len(first) < 2 or len(first[-1].text) > 3 or not all(
                len(ts) == 1 and b - a <= 3 and ts[0].pos[:1] in "vna"
                for ts, (a, b) in zip(part_toks[1:], parts[1:])):
            return []
        cut = first[-1].start
        if first[-2].text != self.words.de and not (first[-1].pos[:1] == "v" or
                                                    first[-1].pos == "vn"):
            return []                # "数字经济、社会": no action or quality shares a modifier
        prefix = self.text[parts[0][0]:cut]
        out = [self.trim(a, b) for a, b in parts]
        if any(a >= b for a, b in out):
            return []
        for a, b in out[1:]:
            self.labels[(a, b)] = prefix + self.text[a:b]
        return out

    # -- subjects ---------------------------------------------------------------------------
    def verbal(self, t: Token) -> bool:
        """True for a token that acts as a predicate: a cue, copula, modal, adverb or a verb
        phrase the dictionary mis-tags as a noun ("充分发挥")."""
        words, opening, terms = self._verbal
        text, pos = t.text, t.pos
        if text in words:
            return True
        p = pos[:1]
        if p in "dpc" or (p == "v" and pos != "vn"):
            return True
        return len(text) >= 4 and (text[:2] in opening or text[:1] in self.words.lead) \
            and text not in terms

    def subject(self, s: int, e: int) -> tuple[int, int] | None:
        """The noun phrase that opens [s, e) when a predicate follows it, else None."""
        s, e = self.trim(s, e, lead=self._subject_lead)
        toks = self.tokens_in(s, e)
        verbs, words, verbal = self.verbs, self.words, self.verbal
        end = None
        nouns = 0
        stop = None
        n = len(toks)
        for k, t in enumerate(toks, 1):
            nxt = toks[k] if k < n else None
            p = t.pos
            c = p[:1]
            if p == "vn" and end is not None and t.text not in verbs:
                end = t.end           # "智慧城市建设": a verbal noun inside the phrase
                continue
            if (c == "v" and end is not None and end == t.start and nxt is not None
                    and nxt.text in words.tail and nxt.text not in self.separators
                    and nxt.pos[:1] != "u"     # "凝结了": an aspect particle follows a verb
                    and t.text not in verbs and t.text not in words.verb
                    and len(t.text) == 2):
                end = t.end           # "乡村治理可从…": a verbal noun before a modal
                stop = nxt
                break
            if verbal(t) and not (c == "v" and end is not None and nxt is not None
                                  and end - s <= 3
                                  and nxt.pos in ("n", "vn", "nz", "ns", "nt", "j", "eng")
                                  and t.text not in verbs
                                  and t.text not in words.create
                                  and t.text not in words.tail
                                  and not verbal(nxt)):
                stop = t
                break
            if c in NOUNISH or p in ("vn", "an", "eng", "b") or (p == "r" and not nouns):
                nouns += p != "r"
                end = t.end
                continue
            if c == "v" or (t.text in words.link and end is not None and nxt is not None
                            and nxt.pos[:1] in NOUNISH):
                continue
            if p in ("a", "m", "q", "f") and nxt is not None and (
                    nxt.pos[:1] in NOUNISH or nxt.pos in ("m", "q")):
                continue
            stop = t
            break
        if end is None or not nouns or end >= e or stop is None:
            return None
        if stop.text in self.separators or is_punct(stop.text) or stop.text in words.modifier_end:
            return None
        if stop.pos[:1] == "c" and stop.text not in self.words.lead:
            return None               # "顺势而变": a manner, not a subject
        last = self.token_before(end)
        if last is not None and last.pos[:1] in "abdm" and last.pos != "an":
            return None               # "主动作为": an adjective is no subject
        return s, end

    def is_adverbial(self, s: int, e: int) -> bool:
        """A clause that only sets time, place or viewpoint ("党的二十大以来", "在…中")."""
        w, text = self.words, self.text
        while s < e and text[s] in EDGE:  # trim(s, e, lead=frozenset(), tail=frozenset()), inline
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if e <= s or text[e - 1] not in self._adverbial_lasts:
            return False              # most clauses: no adverbial clause ends so
        clause = text[s:e]
        if clause in w.connective:
            return True
        if clause.endswith(w.adverbial_tail):
            return True
        if clause.endswith(w.adverbial_not):
            return False
        i = self.by_start.get(s)
        if i is not None and self.tokens[i].text in w.adverbial and \
                clause.endswith(w.adverbial_end):
            return True
        return False
