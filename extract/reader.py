"""The clause reader: one sentence, clause by clause, carrying its subject, means and objects.

Frames live in frames.py and infix.py, the two sides of a cue in sides.py (mixins); this
module holds the state they share: the sentence's subject (topic), the means phrase, the
object of the clause before, and output.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .claim_words import CLAUSE, TITLE, Span, any_cue, content, marker, sets
from .aims import read_aims
from .chains import clause_infos, read_chains
from .collectives import read_collectives
from .premods import read_premods
from .roles import read_roles
from .cuetable import CueRow, CueTable
from .frames import FrameReader, closers
from .infix import InfixReader
from .lexicon import Lexicon
from .mentions import make_mention
from .model import Claim
from .sides import SideReader
from .spans import View

__all__ = ["ClauseReader", "creators"]


@lru_cache(maxsize=4)
def creators(words: frozenset) -> re.Pattern:
    """Any creation verb (构建, 开展 …), compiled once per word list."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


class ClauseReader(FrameReader, InfixReader, SideReader):
    """Reads one sentence clause by clause, carrying subject, means and antecedents."""

    def __init__(self, view: View, table: CueTable, lexicon: Lexicon, pair: list[Span] | None):
        self.v = view
        self.t = table
        self.lex = lexicon
        self._topic: list[Span] = []
        self._pending: list[tuple] = []    # clauses not yet read for a subject (lazy)
        self._subjects: dict[Span, Span | None] = {}   # cue_subject by clause
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
        self.made: dict[Span, object] = {}   # emit's Mentions by span (this sentence only)
        self.consumed: list[Span] = []
        self.titles = [(m.start(), m.end()) for m in TITLE.finditer(view.text)] \
            if "《" in view.text else []
        self.closers = closers(table)
        self.has_closer = self.closers.search(view.text) is not None   # circums' test

    # -- output -----------------------------------------------------------------------------
    def emit(self, xs, relation: str, ys, cue: str, row: CueRow, role: str = "",
             backward: bool = False) -> None:
        s, text = self.v.sentence, self.v.text
        xs = [x for x in xs if content(text[x[0]:x[1]], relation == "broader")]
        ys = [y for y in ys if content(text[y[0]:y[1]])] if xs else []
        made = self.made              # each span's Mention, built once per sentence
        for x in xs:
            for y in ys:
                a, b = (y, x) if backward else (x, y)
                if a[0] < b[1] and b[0] < a[1]:
                    continue
                ma = made.get(a) or made.setdefault(
                    a, make_mention(s.doc_id, s, a[0], a[1], self.lex))
                mb = made.get(b) or made.setdefault(
                    b, make_mention(s.doc_id, s, b[0], b[1], self.lex))
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
            for cs, ce, cued in reversed(pending):
                if cued:
                    subj = self.cue_subject(cs, ce)
                else:   # most have no subject: the adverbial test (rarely true) waits for one
                    subj = self.v.subject(cs, ce)
                    if subj and (self.v.is_adverbial(cs, ce) or not self.noun_phrase(*subj)):
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
            (cs, ce, cued), self._object_clause = self._object_clause, None
            if cued:
                self._object_at = self.object_at(cs, ce, self.cue_subject(cs, ce))
            else:
                self._object_at = None if self.v.is_adverbial(cs, ce) else self.object_at(cs, ce)
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
        return bool(self.consumed) and any(s <= a and b <= e for s, e in self.consumed)

    def in_title(self, a: int) -> bool:
        return bool(self.titles) and any(s < a < e for s, e in self.titles)

    def default_x(self, lo: int, at: int, row: CueRow, cue: str = ""
                  ) -> list[tuple[list[Span], str]]:
        """Subjects for a cue with no explicit left span, in order of preference:
        the means before it, the object the clause before built ("构建 X, 提升 Y"), the
        sentence's subject, the object of the clause before when the cue states a result
        ("完善 A, 确保 B", "开展 A, 为 B 提供"). Otherwise imperatives in sequence ("加强 A,
        实施 B, 推动 C") are parallel, not a chain."""
        v = self.v
        opens = lo >= at or v.trim(lo, at)[0] >= at
        if opens and self.means:
            return [(self.means, "means"), (self.agent, "agent")]
        if not opens:
            return []
        if row.when == "means":
            return []
        # the object before is read only where it may serve (prev_object is pure); an unread
        # clause without a creation verb built nothing, and serves only as a result's chain
        if cue in v.words.task:
            linked = False
        elif self._object_clause is not None and not self.may_build(*self._object_clause[:2]) \
                and (self.topic or cue.split("…")[0] not in v.words.result):
            linked = False
        else:
            linked = self._object_at and self._object_at[3] != cue
        if linked and self.prev_created and self.prev_object:
            return [(self.prev_object, "")]
        if self.topic and row.when != "means":
            return [(self.topic, "agent")]
        chain = self.prev_object if linked and cue.split("…")[0] in v.words.result else []
        if chain and all(self.nominal(a, b) for a, b in chain):
            return [(chain, "")]
        return []

    def may_build(self, cs: int, ce: int) -> bool:
        """False when no creation verb stands in [cs, ce): its object_at built nothing."""
        return creators(self.v.words.create).search(self.v.text, cs, ce) is not None

    def emit_default(self, lo, at, relation, ys, cue, row, backward=False) -> None:
        for spans, role in self.default_x(lo, at, row, cue):
            self.emit(spans, relation, ys, cue, row, role, backward)

    # -- clauses ----------------------------------------------------------------------------
    def read(self) -> list[Claim]:
        v = self.v
        m = marker().match(v.text)
        lo = m.end() if m else 0
        text, search = v.text, any_cue().search
        spans = [c.span() for c in CLAUSE.finditer(text, lo)]
        cued = [search(text, cs, ce) is not None for cs, ce in spans]
        # nothing reads what the last clause with a cue leaves behind: clauses after it
        # are skipped, and it keeps no topic or object (list methods beat a generator)
        last = len(cued) - 1 - cued[::-1].index(True) if True in cued else -1
        for k in range(last + 1):
            cs, ce = spans[k]
            if cs > 0 and text[cs - 1] in "；;":
                self.topic, self.means, self.agent = [], [], []   # a new sentence, in effect
                self._object_at = None
            self.clause(cs, ce, cued[k], k == last)
        infos = clause_infos(self)
        read_chains(self, infos)
        read_aims(self, infos)
        read_collectives(self)
        read_roles(self)
        read_premods(self)
        return list(self.out.values())

    def clause(self, cs: int, ce: int, cued: bool | None = None, final: bool = False) -> None:
        v = self.v
        self.consumed = []
        self.copula_starts = []
        if not (any_cue().search(v.text, cs, ce) if cued is None else cued):
            self.quiet_clause(cs, ce)
            return
        if v.is_adverbial(cs, ce):
            self.passive(cs, ce)
            self.enumerations(cs, ce)
            return
        cs2 = v.lead_end(cs, ce, sets().clause_lead)
        if cs2 >= ce:
            return
        # the subject is needed now only by a means phrase or dims; else a later clause
        # reads it when it asks for the topic or the object before (as for quiet clauses)
        dims_cue = self.t.dims_rx.search(v.text, cs2, ce)
        now = self.means or self.agent or self.means_open or dims_cue
        subj = self.cue_subject(cs2, ce) if now else None
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
        if dims_cue:
            self.dims(cs2, ce, subj)
        self.means_frame(cs2, ce, subj)
        self.copulas(cs2, ce)
        self.circums(cs2, ce)
        self.infixes(cs2, ce)
        self.enumerations(cs, ce)
        if final:
            return
        if not now and not self.weak_topic:   # weak_topic stays as it was until then
            self._pending.append((cs2, ce, True))
            if self.relative_head:
                self.object_of(cs2, ce, None)
            else:
                self._object_clause = (cs2, ce, True)
            return
        if not now:
            subj = self.cue_subject(cs2, ce)
        if subj:
            self.topic, self.weak_topic = [subj], False
            if was_open:
                self.means, self.agent = [], []
        self.object_of(cs2, ce, subj)

    def quiet_clause(self, cs: int, ce: int) -> None:
        """A clause without cues: remember it as a subject and object candidate, unread."""
        v = self.v
        cs2 = v.lead_end(cs, ce, sets().clause_lead)
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
        self._pending.append((cs2, ce, False))
        self._object_clause = (cs2, ce, False)

    def cue_subject(self, cs: int, ce: int) -> Span | None:
        """The subject of a clause with a cue when it is a noun phrase (kept per clause)."""
        if (cs, ce) not in self._subjects:
            subj = self.v.subject(cs, ce)
            self._subjects[cs, ce] = subj if subj and self.noun_phrase(*subj) else None
        return self._subjects[cs, ce]

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
            if t.text in v.words.copula or not (
                    t.pos[:1] == "v" and t.pos != "vn" or t.text in v.verbs
                    or t.text in v.words.create):
                return None
            return t.end, ce, t.text in v.words.create, t.text
        return None

    # -- frames -----------------------------------------------------------------------------
