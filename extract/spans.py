"""Span geometry inside one sentence: token boundaries and subjects (coordination is in
coordination.py, trimming in trimming.py).

A `View` holds a sentence's tokens with sentence-relative offsets; every function here takes
and returns (start, end) pairs relative to the sentence text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from .chunking import NOUNISH, is_punct
from .claim_words import prepositions
from .cuetable import cue_table, phrase_words
from .coordination import Coordination
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


class View(Coordination, Enumerations, Trimming):
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

    # -- subjects ---------------------------------------------------------------------------
    def verb_follows(self, at: int, ce: int) -> bool:
        """True when a verb follows at `at` before `ce`, past adverbs ("统筹推进", "…投入运行")."""
        tok = self.token_after(at)
        while tok is not None and tok.start < ce and tok.pos in ("d", "ad"):
            tok = self.token_after(tok.end)
        return tok is not None and tok.start < ce and (tok.pos[:1] == "v" or self.verbal(tok))

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

    def owned_by(self, toks, k: int, open_end: bool = False) -> bool:
        """True when toks[k:] runs through nouns to 的 and a noun ("对 Y 的 Z"), or with
        `open_end` through nouns to the end (a span cut before its 的)."""
        for j in range(k, len(toks)):
            t = toks[j]
            if t.text in self.words.link:   # a final verb after 的 is a noun ("的满意")
                return j > k and j + 1 < len(toks) and (
                    toks[j + 1].pos[:1] in NOUNISH
                    or j + 2 == len(toks) and toks[j + 1].pos[:1] in "va")
            if not (t.pos[:1] in NOUNISH or t.pos in ("vn", "f")):
                return False
        return open_end and len(toks) > k

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
            if c == "v" and end is not None and end == t.start and k + 1 < n \
                    and nxt.text in self.separators and toks[k + 1].pos[:1] in NOUNISH \
                    and t.text not in verbs and t.text not in words.verb \
                    and t.text not in words.create:
                end = t.end           # "数据交易共享与跨境流通": a verbal noun before 与
                continue
            if t.text in words.role_prep and end is not None and self.owned_by(toks, k):
                continue              # "X 对 Y 的 Z…": X alone is no subject (Z is its head)
            if verbal(t) and not (c == "v" and end is not None and nxt is not None
                                  and end - s <= 3
                                  and nxt.pos in ("n", "vn", "nz", "ns", "nt", "j", "eng")
                                  and t.text not in verbs
                                  and t.text not in words.create
                                  and t.text not in words.tail
                                  and not verbal(nxt)):
                stop = t
                break
            if c in NOUNISH or p in ("vn", "an", "eng", "b") or (p == "r" and (
                    not nouns or nxt is not None and nxt.pos[:1] in NOUNISH)):   # "各地区各部门"
                nouns += p != "r"
                end = t.end
                continue
            if c == "v" or (t.text in words.link and end is not None and nxt is not None
                            and nxt.pos[:1] in NOUNISH):
                continue
            if p in ("a", "m", "q", "f") and nxt is not None and (
                    nxt.pos[:1] in NOUNISH or nxt.pos in ("m", "q")
                    or p == "a" and nxt.pos == "vn" and end is not None):
                continue              # "义务教育优质均衡发展": an adjective before a verbal noun
            stop = t
            break
        if end is None or not nouns or end >= e or stop is None:
            return None
        if stop.text in self.separators or is_punct(stop.text) or stop.text in words.modifier_end:
            return None
        if stop.pos[:1] == "m" and not any(t.pos[:1] in "vdpi" and t.pos != "vn"
                                            for t in toks if t.start >= stop.start):
            return None               # "全市90%的市场主体": no predicate follows the figure
        deng = self.enum_at(stop.end, e)
        if deng is not None and self._listed_before(stop, deng, e):
            return None               # "A申领、审核等业务": the verbs are members of the list
        if stop.pos[:1] == "c" and stop.text not in self.words.lead:
            return None               # "顺势而变": a manner, not a subject
        last = self.token_before(end)
        if last is not None and last.pos[:1] in "abdm" and last.pos != "an":
            return None               # "主动作为": an adjective is no subject
        return s, end

    def _listed_before(self, stop: Token, deng: int, e: int) -> bool:
        """True when `stop` is listed (a 、 or the 等 follows it) in an enumeration whose
        head runs to `e`."""
        nxt = self.token_after(stop.end)
        if nxt is None or not (nxt.text in self.separators or nxt.start == deng):
            return False
        head = self.enum_head(deng, e)
        return head is not None and head[1] == e

    def place_phrase_end(self, i: int, ce: int) -> int:
        """Where the place phrase that token `i` opens after a locative ("在改善 Y 上") ends
        when a predicate, not 的, follows its postposition (adverbial-end, tagged f); else -1
        ("在推动 Y 中的作用" is a role)."""
        ends, tokens, seps = self.words.adverbial_end, self.tokens, self.separators
        for k in range(i + 1, len(tokens)):
            t = tokens[k]
            if t.end > ce or t.text in seps:
                return -1
            if t.pos == "f" and t.text in ends:
                ok = k + 1 < len(tokens) and tokens[k + 1].end <= ce \
                    and tokens[k + 1].text != self.words.de
                return t.end if ok else -1
        return -1

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
