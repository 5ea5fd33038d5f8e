"""What the clause reader carries from clause to clause (a mixin of ClauseReader): the
sentence's subject (topic), the object of the clause before, the subjects a cue without a left
span takes, and the object after a clause's main verb."""
from __future__ import annotations

import re

from .claim_words import Span
from .clauses import opens_parallel
from .cuetable import CueRow
from .resources import Resources, derived_by
from .coordination import ends_joint
from .clause_start import pivot_object
from .stated import co_actor, frame_verb
from .wordrx import alternation

__all__ = ["ClauseContext", "creators"]


@derived_by
def creators(res: Resources, words: frozenset) -> re.Pattern:
    """Any creation verb (构建, 开展 …), compiled once per word list."""
    return re.compile(alternation(words))


class ClauseContext:
    """Mixin of ClauseReader: the topic, the object before and default subjects."""

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
                toks = self.v.tokens_in(*self.v.trim(cs, ce)) if cs == self.first_clause else ()
                if toks and ends_joint(self.v.words.joint, toks) \
                        and not any(t.pos == "v" or t.text in self.v.words.verb
                                    for t in toks[:-2]):
                    self._topic, self.weak_topic = [self.v.trim(cs, ce)], False
                    break             # "A 与 B 深度融合，推动了 Y": the joining is the topic
                if not subj and cs == self.first_clause and (
                        not cued or self.v.text.find(self.v.words.de, cs, ce) >= 0) \
                        and self.noun_clause(cs, ce):
                    # "数字经济的发展，有利于 Y", "A 的提升、B 的增长，在于 X": the topic
                    self._topic = self.v.split(*self.v.trim(self.past_time(cs, ce), ce))
                    self.weak_topic = False
                    break
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

    def default_x(self, lo: int, at: int, row: CueRow, cue: str = ""
                  ) -> list[tuple[list[Span], str]]:
        """Subjects for a cue with no explicit left span, in order of preference:
        the means before it, the object the clause before built ("构建 X, 提升 Y"), the
        sentence's subject, the object of the clause before when the cue states a result
        ("完善 A, 确保 B", "开展 A, 为 B 提供"). Otherwise imperatives in sequence ("加强 A,
        实施 B, 推动 C") are parallel, not a chain."""
        v = self.v
        opens = lo >= at or v.trim(lo, at)[0] >= at
        if opens and self.last_default and opens_parallel(v, lo, at):   # "又能 V2 B": V1's cause
            return self.last_default
        if opens and self.means:
            return [(self.means, "means"), (self.agent, "agent")]
        if not opens:
            # "X，应当 V Y": a modal alone opening the second clause leaves the topic its subject
            return [(self.topic, "agent")] if row.when != "means" and self.modal_only(lo, at) \
                and self.topic else []
        if row.when == "means":
            return []
        if self.scope:                # "有利于 V1 A，V2 B": the favour cue's cause
            return self.scope
        if self.means_gone:           # "X 通过 M，V1 A，V2 B，V3 C，推动 D": M's and X's, not C's
            if self.weak_topic and self.topic:
                return [(self.topic, "means")]
            return [(self.gone_agent, "agent")] if self.gone_agent else []
        # the object before is read only where it may serve (prev_object is pure); an unread
        # clause without a creation verb built nothing, and serves only as a result's chain
        result = cue.split("…")[0] in v.words.result or self.after_scope(at)
        if cue in v.words.task:
            linked = False
        elif self._object_clause is not None and not self.may_build(*self._object_clause[:2]) \
                and (self.topic or not result):
            linked = False
        else:
            linked = self._object_at and self._object_at[3] != cue and not self._removed()
        if linked and self.prev_created and self.prev_object:
            return [(self.prev_object, "")]
        if self.topic and row.when != "means":
            return [(self.topic, "agent")]
        if result and (row.object == "verb" or self.after_scope(at)) and self.opening(at):
            return [(self._opening, "")]     # "扩大 X，V2 B，有助于 Y": X's, not B's
        chain = self.prev_object if linked and result else []
        if chain and all(self.nominal(a, b) for a, b in chain):
            return [(chain, "")]
        return []

    def modal_only(self, lo: int, at: int) -> bool:
        """True when [lo, at) holds a modal word (phrase_words modal) and nothing else, and
        opens the sentence's second clause: a later one has subjects of its own before it."""
        v = self.v
        if self.first_end < 0 or v.past_edge(self.first_end, lo) < lo:
            return False
        toks = v.tokens_in(lo, at)
        return bool(toks) and all(t.text in v.words.modal for t in toks)

    def opening(self, at: int) -> list[Span]:
        """The object of the sentence's first clause when it is a bare imperative two or
        more clauses before `at`, with no ； between ("扩大 X，把 A 做大，有助于 Y"): what a
        modal result is of."""
        if self._opening is None:
            v, cs, ce = self.v, self.first_clause, self.first_end
            self._opening = []
            first = v.token_after(cs) if 0 <= cs < ce else None
            verb = first is not None and first.text not in self.t.means_words and (
                first.pos[:1] == "v" or first.text in v.verbs or first.text in v.words.verb)
            if verb and not v.subject(cs, ce) and not v.is_adverbial(cs, ce):
                got = self.object_at(cs, ce, None) or (    # 深化 is a verb the tagger misses
                    (first.end, ce, False, first.text) if first.text in v.words.verb else None)
                if got is not None and self.t.row("aim", got[3]) is None:
                    self._opening = self.right_spans(got[0], ce)
        return self._opening if self.opening_from <= at < self.opening_upto else []

    def after_scope(self, at: int) -> bool:
        """True when a scope modal stands among the three words before `at` in its clause
        ("X，能够提高 Y", "也可以进一步提升 Y"): the cue states a result."""
        v, t = self.v, self.v.token_before(at)
        for _ in range(3):
            if t is None or t.text in v.words.scope:
                return t is not None
            if v.text[t.start] in "，,；;：:。":
                return False
            t = v.token_before(t.start)
        return False

    def may_build(self, cs: int, ce: int) -> bool:
        """False when no creation verb stands in [cs, ce): its object_at built nothing."""
        return creators(self.res, self.v.words.create).search(self.v.text, cs, ce) is not None

    def emit_default(self, lo, at, relation, ys, cue, row, backward=False) -> None:
        plan = self.default_x(lo, at, row, cue)
        for spans, role in plan:
            self.emit(spans, relation, ys, cue, row, role, backward)
        self.last_default = plan or self.last_default

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

    def _removed(self) -> bool:
        """True when the verb of the clause before removes or hinders its object ("化解 A，破除 B"):
        a problem is no cause of the next clause's result."""
        row = self.t.infix_row(self._object_at[3])
        return row is not None and row.relation in ("mitigates", "hinders")

    def object_at(self, cs: int, ce: int, subj: Span | None = False
                  ) -> tuple[int, int, bool, str] | None:
        """(start, end, built, verb) of the object after the clause's main verb, or None."""
        v = self.v
        if subj is False:
            subj = v.subject(cs, ce)
        lo = subj[1] if subj else cs
        if not subj:
            co = co_actor(self, cs, ce)
            if co is not None:        # "A 会同 B 建立 Y"
                lo = frame_verb(self, co, ce, known=True) or lo
        skip = self.sets.object_skip
        toks = v.tokens_in(lo, ce)
        for i, t in enumerate(toks):
            if t.text in skip:
                continue
            if t.text in v.words.copula or t.text in v.words.frame_lead or not (
                    t.pos[:1] == "v" and t.pos != "vn" or t.text in v.verbs
                    or t.text in v.words.create or t.pos == "vn" and i + 1 < len(toks)
                    and toks[i + 1].pos[:1] == "n"):    # "发展/vn 数字经济": a verb
                return None
            at = pivot_object(v, t.end, ce) if t.text in v.words.pivot else None
            return at or t.end, ce, t.text in v.words.create, t.text   # "鼓励 A 创新 B": B
        return None
