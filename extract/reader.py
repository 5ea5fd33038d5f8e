"""The clause reader: one sentence, clause by clause, carrying its subject, means and objects.

Frames live in frames.py and infix.py (mixins); this module holds the state they share: the
sentence's subject (topic), the means phrase, the object of the clause before, and output.
"""
from __future__ import annotations

from .chunking import NOUNISH, is_punct
from .claim_words import (CLAUSE, LONG_SUBJECT, MARKER, TITLE, Span, any_cue, content, sets,
                          stated_value)
from .cuetable import CueRow, CueTable
from .frames import FrameReader
from .infix import InfixReader
from .lexicon import Lexicon
from .mentions import make_mention
from .model import Claim
from .spans import View

__all__ = ["ClauseReader"]


class ClauseReader(FrameReader, InfixReader):
    """Reads one sentence clause by clause, carrying subject, means and antecedents."""

    def __init__(self, view: View, table: CueTable, lexicon: Lexicon, pair: list[Span] | None):
        self.v = view
        self.t = table
        self.lex = lexicon
        self._topic: list[Span] = []
        self._pending: list[Span] = []     # clauses not yet read for a subject (lazy)
        self._object_clause: tuple | None = None
        self.weak_topic = False       # the topic came from a 以/通过 phrase, not a subject
        self.means: list[Span] = []
        self.agent: list[Span] = []
        self._object_value: tuple[int, int, bool, str] | None = None
        self._object_spans: tuple | None = None
        self.means_open = False       # a means phrase closed the clause before ("通过 M,")
        self.means_age = 0            # clauses read since the means phrase
        self.relative_head: Span | None = None
        self.enum_used: set[int] = set()
        self.copula_starts: list[int] = []
        self.pair = pair or []
        self.out: dict[tuple, Claim] = {}
        self.consumed: list[Span] = []
        self.titles = [(m.start(), m.end()) for m in TITLE.finditer(view.text)]

    # -- output -----------------------------------------------------------------------------
    def emit(self, xs, relation: str, ys, cue: str, row: CueRow, role: str = "",
             backward: bool = False) -> None:
        s = self.v.sentence
        for x in xs:
            if not content(self.v.text[x[0]:x[1]], relation == "broader"):
                continue
            for y in ys:
                if not content(self.v.text[y[0]:y[1]]):
                    continue
                a, b = (y, x) if backward else (x, y)
                if a[0] < b[1] and b[0] < a[1]:
                    continue
                ma = make_mention(s.doc_id, s, a[0], a[1], self.lex)
                mb = make_mention(s.doc_id, s, b[0], b[1], self.lex)
                if ma.label == mb.label:
                    continue
                key = (ma.label, relation, mb.label)
                if key not in self.out:
                    self.out[key] = Claim(s.doc_id, s.index, ma, relation, mb, cue, row.id, role)

    @property
    def topic(self) -> list[Span]:
        """The most recent clause subject (clauses without cues are read only when asked)."""
        if self._pending:
            pending, self._pending = self._pending, []
            for cs, ce in reversed(pending):
                if self.v.is_adverbial(cs, ce):
                    continue
                subj = self.v.subject(cs, ce)
                if subj and not self.noun_phrase(*subj):
                    continue
                if subj:
                    self._topic, self.weak_topic = [subj], False
                    break
        return self._topic

    @topic.setter
    def topic(self, spans: list[Span]) -> None:
        self._topic, self._pending = spans, []

    @property
    def _object_at(self) -> tuple[int, int, bool, str] | None:
        if self._object_clause is not None:
            clause, self._object_clause = self._object_clause, None
            self._object_at = self.object_at(*clause) if not self.v.is_adverbial(
                clause[0], clause[1]) else None
        return self._object_value

    @_object_at.setter
    def _object_at(self, value) -> None:
        self._object_value, self._object_clause = value, None

    @property
    def prev_object(self) -> list[Span]:
        """Object of the clause before (computed when first asked for)."""
        if self._object_at is None:
            return []
        if self._object_spans is None or self._object_spans[0] != self._object_at:
            at, ce = self._object_at[:2]
            self._object_spans = (self._object_at, self.right_spans(at, ce))
        return self._object_spans[1]

    @property
    def prev_created(self) -> bool:
        """True when the clause before built its object (构建, 开展 …)."""
        return bool(self._object_at and self._object_at[2]
                    and self._object_at[3] not in self.v.words.task)

    def is_consumed(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.consumed)

    def in_title(self, a: int) -> bool:
        return any(s < a < e for s, e in self.titles)

    # -- spans ------------------------------------------------------------------------------
    def left_spans(self, lo: int, at: int) -> list[Span]:
        """The explicit subject left of a cue: trimmed, a leading cue verb dropped, split.

        A left side that opens with a preposition ("在政策层面") is an adverbial: no subject.
        """
        v = self.v
        s0, _ = v.trim(lo, at, lead=sets().pp_lead,
                       tail=frozenset())
        t0 = v.token_after(s0)
        if t0 is not None and t0.text in v.words.adverbial:
            return []
        s, e = v.trim(lo, at)
        s, e = v.strip_verb(s, e)
        for t in v.tokens_in(s, e):
            if t.text in v.words.pivot and t.end < e:
                s, e = v.trim(t.end, e)   # "引导企业优化 Y": the one guided acts
        if s >= e:
            return []
        if e - s > LONG_SUBJECT:
            subj = v.subject(s, e)
            if subj:
                s, e = subj
        toks = v.tokens_in(s, e)
        if toks and all(t.pos[:1] in "idvcp" and t.pos != "vn" or v.verbal(t) for t in toks):
            return []
        if all(t.pos[:1] in "tmq" or t.text in v.words.time for t in toks):
            return []                 # "每年", "2-3年时间": when, not who
        if len(toks) == 1 and len(toks[0].text) == 4 and not self.lex.canonical(toks[0].text) \
                and toks[0].pos[:1] in "il":
            return []                 # a four-character idiom ("因势利导") is a manner
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
        for s0, _ in self.consumed:
            if at < s0 < hi and v.text[s0] in "与同":
                hi = s0
        t0 = v.token_after(at)
        if t0 is not None and t0.text in v.words.locative:
            return []                 # "化解在基层": a place, not an object
        s, e = v.trim(at, hi)
        if s >= e:
            return []
        for t in reversed(v.tokens_in(s, e)):
            if t.text == "的" and any(h in v.text[t.end:e] for h in sets().heads):
                e = t.start
                break
        s, e = self.object_start(*v.trim(s, e))
        if stated_value().search(v.text, s, e):
            return []                 # "提高到3.3%", "比重分别为99.3%": a value, not a concept
        for t in v.tokens_in(s, e)[1:]:
            if t.text in v.words.object_stop:
                s, e = v.trim(s, t.start)   # "高质量发展仍有许多难点" -> 高质量发展
                break
        if whole:
            return [(s, e)] if s < e else []
        return v.split(s, e)

    def default_x(self, lo: int, at: int, row: CueRow, cue: str = ""
                  ) -> list[tuple[list[Span], str]]:
        """Subjects for a cue with no explicit left span, in order of preference:
        the means before it, the object the clause before built ("构建 X, 提升 Y"), the
        sentence's subject, the object of the clause before when the cue states a result
        ("完善 A, 确保 B", "开展 A, 为 B 提供"). Otherwise imperatives in sequence ("加强 A,
        实施 B, 推动 C") are parallel, not a chain."""
        v = self.v
        opens = v.trim(lo, at)[0] >= at
        if opens and self.means:
            return [(self.means, "means"), (self.agent, "agent")]
        if not opens:
            return []
        if row.when == "means":
            return []
        chain = self.prev_object if (self._object_at and self._object_at[3] != cue
                                     and cue not in v.words.task) else []
        if chain and self.prev_created:
            return [(chain, "")]
        if self.topic and row.when != "means":
            return [(self.topic, "agent")]
        if chain and cue.split("…")[0] in v.words.result and all(
                self.nominal(a, b) for a, b in chain):
            return [(chain, "")]
        return []

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

    def emit_default(self, lo, at, relation, ys, cue, row, backward=False) -> None:
        for spans, role in self.default_x(lo, at, row, cue):
            self.emit(spans, relation, ys, cue, row, role, backward)

    # -- clauses ----------------------------------------------------------------------------
    def read(self) -> list[Claim]:
        v = self.v
        m = MARKER.match(v.text)
        lo = m.end() if m else 0
        for c in CLAUSE.finditer(v.text, lo):
            if c.start() > 0 and v.text[c.start() - 1] in "；;":
                self.topic, self.means, self.agent = [], [], []   # a new sentence, in effect
                self._object_at = None
            self.clause(c.start(), c.end())
        return list(self.out.values())

    def clause(self, cs: int, ce: int) -> None:
        v = self.v
        self.consumed = []
        self.copula_starts = []
        if not any_cue().search(v.text, cs, ce):
            self.quiet_clause(cs, ce)
            return
        if v.is_adverbial(cs, ce):
            self.passive(cs, ce)
            self.enumerations(cs, ce)
            return
        cs2, _ = v.trim(cs, ce, lead=sets().clause_lead, tail=frozenset())
        if cs2 >= ce:
            return
        subj = v.subject(cs2, ce)
        if subj and not self.noun_phrase(*subj):
            subj = None
        if subj and self.means_open:
            self.agent = [subj]
        elif subj:
            self.means, self.agent = [], []
        was_open, self.means_open = self.means_open, False
        self.means_age += 1
        if self.means_age > 3:
            self.means, self.agent = [], []
        self.anaphor(cs2, ce)
        self.modifiers(cs2, ce)
        self.dims(cs2, ce, subj)
        self.means_frame(cs2, ce, subj)
        self.copulas(cs2, ce)
        self.circums(cs2, ce)
        self.infixes(cs2, ce)
        self.enumerations(cs, ce)
        if subj:
            self.topic, self.weak_topic = [subj], False
            if was_open:
                self.means, self.agent = [], []
        self.object_of(cs2, ce, subj)

    def quiet_clause(self, cs: int, ce: int) -> None:
        """A clause without cues: remember it as a subject and object candidate, unread."""
        v = self.v
        cs2, _ = v.trim(cs, ce, lead=sets().clause_lead, tail=frozenset())
        if cs2 >= ce:
            return
        self.means_age += 1
        if self.means_age > 3:
            self.means, self.agent = [], []
        if self.means:
            subj = v.subject(cs2, ce)
            if subj and self.means_open:
                self.agent = [subj]
            elif subj:
                self.means, self.agent = [], []
        self.means_open = False
        self._pending.append((cs2, ce))
        self._object_clause = (cs2, ce)

    def object_of(self, cs: int, ce: int, subj: Span | None) -> None:
        """Remember what follows the clause's main verb ("完善 X" -> X) for the next clause;
        after "构建基于 X 的 Y" that is Y."""
        if self.relative_head:
            self._object_at = (*self.relative_head, True, "")
            self.relative_head = None
            return
        self._object_at = self.object_at(cs, ce, subj)

    def object_at(self, cs: int, ce: int, subj: Span | None = False
                  ) -> tuple[int, int, bool, str] | None:
        """(start, end, built, verb) of the object after the clause's main verb, or None."""
        v = self.v
        if subj is False:
            subj = v.subject(cs, ce)
        lo = subj[1] if subj else cs
        skip = sets().object_skip
        for t in v.tokens_in(lo, ce):
            if t.text in skip:
                continue
            if t.text in ("是", "作为", "成为") or not (
                    t.pos[:1] == "v" and t.pos != "vn" or t.text in v.verbs
                    or t.text in v.words.create):
                return None
            return t.end, ce, t.text in v.words.create, t.text
        return None

    # -- frames -----------------------------------------------------------------------------
