"""Infix verbs of a clause: "X 推动 Y", "以 M 推动 Y" read with the means, relative
clauses ("形成涵盖 A 的 Y") and the checks that keep a cue inside a noun phrase out."""
from __future__ import annotations

import re

from .chunking import NOUNISH, is_punct
from .claim_words import COLONS, clauses_around
from .benefactive import beneficiary
from .clause_start import place_phrase
from .cue_runs import CueRuns, noun_before, perfective_at
from .cuetable import CueRow
from .means_frames import MeansReader
from .segment_tables import known_nouns

__all__ = ["InfixReader", "IMPERATIVE_TAGS"]

#: Tags of a first word that makes a clause an imperative (a verb; adverb tags are unreliable).
IMPERATIVE_TAGS = frozenset({"v", "vd"})


class InfixReader(MeansReader, CueRuns):
    """Mixin of ClauseReader: infix cues (means phrases from MeansReader)."""

    def is_verb(self, m: re.Match, ce: int) -> bool:
        """A cue used as a verb: on token boundaries, not in a title, not nominal (优化、…)."""
        v = self.v
        a, b = m.span()
        i = v.by_start.get(a)         # token_after inlined here and below: every cue asks
        if i is None or self.titles and self.in_title(a):
            return False
        if i > 0 and v.tokens[i - 1].text in v.words.negator:
            return False              # "未纳入 Y", "不符合 Y": no claim
        if i > 0 and place_phrase(v, v.tokens[i - 1], ce) > 0:
            return False              # "在改善 Y 上持续用力": an aspect, no predicate
        if v.token_before(b) is None:
            # "避免浪费": the dictionary glued the object on
            return b - a >= 2 and len(v.tokens[i].text) >= b - a + 2 \
                and v.tokens[i].text not in known_nouns(self.res)   # not "支撑平台"
        if b >= ce or v.text[b] in self.sets.nominal_after and not (
                v.text[b] in COLONS and b + 1 < ce):     # "包括：A、B" (reader's joined clause)
            return False
        j = v.by_start.get(b)
        return j is None or v.tokens[j].text not in v.separators

    def infixes(self, cs: int, ce: int) -> None:
        """"X cue Y"; with no X: the means, the object built before, or the subject."""
        v = self.v
        last = cs
        prev_y_end = None
        repeat = None                 # (cue, plan, object end) of the cue read last
        unread: list[tuple[int, int, bool]] = []   # objects not yet read for prev_y_end (lazy)
        consumed = self.consumed      # mostly empty: is_consumed's call spared
        de, listed = v.words.de, self.sets.list_before
        hits = [m for m in self.t.infix_rx.finditer(v.text, cs, ce)
                if self.is_verb(m, ce) and not (consumed and self.is_consumed(m.start(), m.end()))]
        run_end = cs                  # the end of a run of cues read as one ("防范化解")
        for m in hits:
            a, b = m.start(), m.end()
            if a < run_end:
                continue
            row = self.t.infix_row(m.group())
            before = v.token_before(a)
            if before is not None and before.pos == "ul":
                before = v.token_before(before.start) or before   # "出台了促进 A 的 Y"
            proposed = before is not None and before.text in v.words.propose
            task_relative = before is not None and row.when == "any" and (   # "完善促进 A 的 Y"
                before.text in v.words.task or proposed)                     # Y improves A
            de_after = v.text.find(de, b, ce) >= 0
            built = before is not None and before.end == a and before.text in v.words.create \
                and row.object != "verb"      # (a favour cue's modifier is premod's)
            if de_after and not (task_relative or built):   # "建立支持 A 的 Y": a relative
                if unread:
                    prev_y_end = self.object_end(unread, ce, prev_y_end)
                if prev_y_end is not None and a < prev_y_end:
                    continue                  # inside the object of the cue before
            again = repeat is not None and repeat[0] == m.group() and repeat[2] <= a \
                and v.trim(repeat[2], a)[0] >= a
            if not again and (a > 0 and v.text[a - 1] in listed or self.in_member(a, b, cs, ce)):
                continue                      # a member of a list of actions, or a noun
            run = self.verb_run(last, a)
            if run < a and run > 0 and v.text[run - 1] in self.sets.list_joins:
                continue                      # "增强 A、防范化解 B": a listed action
            if (before is not None and (before.text in v.words.create or task_relative)
                    and (proposed or v.trim(last, before.start)[0] >= before.start)
                    and (de_after or proposed or m.group() not in v.words.task
                         and self.name_ends(b, ce))):
                run_end = self.relative_infix(m, row, ce)   # "形成涵盖 A 的 Y"
                last = b
                continue
            if self.serial(last, a):
                continue                      # "实施提升…行动": inside the object of a verb
            if row.object == "noun" and self.opens_verb(b, ce) or row.when == "repeat" and \
                    not any(len(c.cue) > b - a and c.cue.endswith(m.group())
                            for c in self.out.values()):
                continue                      # "需要加强 Y": a modal; "意义在于 Y": no repeat
            ben = beneficiary(self, last, a)   # "X 可为 Y 增强 Z": X's cue, Y gains
            if again:
                plan = repeat[1]              # "以 M 促 A 促 B", "以 M 促 A、促 B": one cause
            else:
                plan = self.infix_subjects(m, row, last, ce, ben[0] if ben else a)
            repeat = None
            lo, last = last, b
            if plan is None:
                continue
            whole = row.object == "clause"
            lazy = None
            if plan == "default":
                # most imperatives have no subject: ask before reading the object, which
                # waits in `unread`; the topic read on the way is put back below where the
                # object turns out empty (and weak_topic with it)
                lazy = self._topic, self._pending, self.weak_topic
                plan = self.default_x(lo, a, row, m.group())
                if not plan and self.weak_topic == lazy[2]:
                    unread.append((a, b, whole))
                    continue
            favour = row.object == "verb" or lazy is not None and self.after_scope(a)
            row, b, cue = self.serial_cue(row, b, ce, m.group())   # "推动解决 Y": 解决
            ys = self.right_spans(b, self.place_end(b, ce) if row.object == "place" else ce,
                                  whole=whole)
            if not ys or self.compound(a, b, ys, ce):
                if lazy:
                    self._topic, self._pending, self.weak_topic = lazy
                continue                      # "龙头企业带动作用": one noun phrase, no clause
            prev_y_end, unread = max(y[1] for y in ys), []
            backward = row.direction == "backward"
            for spans, role in plan:
                self.emit(spans, row.relation, ys, cue, row, role, backward)
                if ben:
                    self.emit(spans, ben[2].relation, ben[1], v.words.benefactive + "…" + cue,
                              ben[2], role)
            repeat = (m.group(), plan, prev_y_end)
            if lazy is not None:
                self.last_default = plan      # the cause a parallel predicate shares
            if favour and not self.scope:
                self.scope = plan
                first = self.t.infix_row(m.group())
                self.scope_row = first if first.object == "verb" else None   # a modal's: none

    def place_end(self, b: int, ce: int) -> int:
        """Where the place a cue puts a thing in ends: before a light verb after a noun
        ("纳入 Y 进行统一管理": Y), else `ce`."""
        v = self.v
        toks = v.tokens_in(b, ce)
        return next((t.start for p, t in zip(toks, toks[1:]) if t.text in v.words.light
                     and p.pos[:1] in NOUNISH), ce)

    def object_end(self, unread: list[tuple[int, int, bool]], ce: int,
                   end: int | None) -> int | None:
        """End of the last object read among `unread` cues (emptied), else `end`."""
        for a, b, whole in reversed(unread):
            ys = self.right_spans(b, ce, whole=whole)
            if ys and not self.compound(a, b, ys, ce):
                end = max(y[1] for y in ys)
                break
        unread.clear()
        return end

    def infix_subjects(self, m: re.Match, row: CueRow, last: int, ce: int, upto: int):
        """Who does the cue's action: a list of (spans, role), "relative", "default" or None;
        the subject stands before `upto` (the cue, or the 为 of a beneficiary)."""
        v = self.v
        a = upto
        before = v.token_before(a)
        if before is not None and before.text in self.t.purpose_words:
            if v.trim(last, before.start)[0] >= before.start:
                if self.prev_object:
                    return [(self.prev_object, "")]
            elif self.opens_with_verb(last, before.start):   # "提供 X 以满足 Y": X
                verb = v.token_after(v.lead_end(last, before.start, self.sets.clause_lead))
                xs = self.right_spans(verb.end, before.start)
                if xs:
                    return [(xs, "")]
        if self.means and self.means_end(a):
            return [(self.means, "means"), (self.agent, "agent")]
        effect = row.direction == "backward"     # "增长动力源于 X": no imperative on the left
        if not effect and self.opens_with_verb(last, a):
            return None
        fronted = self.fronted_at(last, a) if effect else last   # "S 将 A 纳入 Y": A
        left_end = self.verb_run(fronted, a, known=True)   # "政府积极引导推动 Y": 政府
        if left_end < a and all(t.pos == "vn" for t in v.tokens_in(left_end, a)) and (
                effect or noun_before(v, left_end, last)):
            left_end = a              # "数字政府建设离不开 X", "体系建设提升了 Y": 建设 heads it
        # a fronted object, or a bare noun phrase before a backward cue ("A资金纳入 Y"), is whole
        whole = fronted > last or effect and not any(
            t.pos[:1] in "dp" for t in v.tokens_in(fronted, left_end))
        last = fronted
        xs = self.left_spans(last, left_end, verbal=effect, obj=whole) if left_end > last and \
            row.when != "means" and not self.means_left(last, a) else []
        if not xs:
            return "default"
        if self.means and self.agent and self.agent[0] == xs[0]:
            return [(xs, ""), (self.means, "means")]
        return [(xs, "")]

    def fronted_at(self, lo: int, at: int) -> int:
        """Where the object fronted by the last disposal word (将, 把) in [lo, at) starts, or
        `lo` when none fronts one."""
        v = self.v
        d = next((t for t in reversed(v.tokens_in(lo, at)) if t.text in v.words.disposal), None)
        return d.end if d is not None and v.trim(d.end, at)[0] < at else lo

    def means_left(self, lo: int, at: int) -> bool:
        """True when the left side of a verb opens with a means word the means frame did
        not take ("以患者为中心改善 Y") or fronts an object ("把 X 保障…"): no subject."""
        v = self.v
        s = v.lead_end(lo, at, self.sets.clause_lead)
        t = v.token_after(s)
        return t is not None and (t.text in self.t.means_words or t.text in v.words.disposal)

    def opens_with_verb(self, lo: int, at: int) -> bool:
        """True when the left side is a verb phrase ("发挥龙头企业…", "集中精力推动") or opens
        with an adverb ("适当提高"): the clause is an imperative and the cue has no subject."""
        if lo >= at:
            return False              # the cue opens the clause (most imperatives)
        v = self.v
        s = v.lead_end(lo, at, self.sets.clause_lead)
        t = v.token_after(s)
        if t is None or t.end > at or t.start >= at or t.text in v.words.modal or not (
                t.text in v.words.verb or t.pos in IMPERATIVE_TAGS and t.text not in v.verbs):
            return False              # "确保 X 符合 Y": the cue's object is the subject; "应当 V":
                                      # the subject is the topic's (default_x)
        w = v.words
        known = t.text in w.verb or t.text in w.create or t.text in w.task or t.text in self.t.verbs
        if not known and perfective_at(v, at):   # "就业政策促进了 Y": an imperative takes no 了
            return False
        u = v.token_after(t.end)      # "开放合作有助于 Y": a verb no table knows and a verbal
        return known or u is None or u.pos != "vn" or u.end != v.trim(s, at)[1]   # noun: one noun

    def serial(self, lo: int, at: int) -> bool:
        """True when only verbs stand between the clause start and the cue."""
        if lo >= at:
            return False              # the cue opens the clause (most imperatives)
        v = self.v
        s, e = v.trim(lo, at)
        if s < e:
            return False
        skip = self.sets.serial_skip
        return any(t.text not in skip and (v.verbal(t) and t.pos[:1] not in "dcp" or
                                           t.text in v.words.create)
                   for t in v.tokens_in(lo, at) if not is_punct(t.text))

    def means_end(self, at: int) -> bool:
        """True when a means phrase ends right before `at`, or `at` opens its clause."""
        v = self.v
        return any(v.trim(e, at)[0] >= at for _, e in self.means) or any(
            v.trim(s, at)[0] >= at for s, _ in clauses_around(v.text, at))

    def name_ends(self, b: int, ce: int):
        """The last token of the clause when it ends a name that the cue at `b` opens
        ("降低物流成本行动", "防范化解拖欠企业账款长效机制"), else None."""
        v = self.v
        last = v.token_before(v.trim(b, ce)[1])
        if last is None or last.start <= b or v.text.find(v.words.de, b, last.start) >= 0:
            return None
        return last if last.text.endswith(self.sets.name_heads) else None

    def relative_infix(self, m: re.Match, row: CueRow, ce: int) -> int:
        """"形成涵盖 A 的 Y", "塑造支持 A 的 Y": the head Y is the subject. Returns where the
        cue (or the run of cues that opens a name) ends."""
        v = self.v
        de = [t for t in v.tokens_in(m.end(), ce) if t.text == v.words.de]
        named = None
        if de and self.name_ends(m.end(), de[0].start) is None:
            head, xs, at = v.trim(de[-1].end, ce), v.split(m.end(), de[-1].start), m.end()
        else:                         # "出台促进 A 发展政策": a document head without 的;
            named = self.named_object(m, de[0].start if de else ce)   # "抓好支持 A 行动的落实"
            if named is None:
                return m.end()
            head, xs, at = named
        if head[0] < head[1] and xs:
            self.emit([head], row.relation, xs, m.group(), row,
                      backward=row.direction == "backward", nested=named is not None)
        return at

    def named_object(self, m: re.Match, ce: int):
        """(the whole name, its objects, where the cues end) of a name the cue at `m` opens
        without 的 ("降低物流成本行动", "防范化解 A 长效机制"), else None."""
        v = self.v
        last = self.name_ends(m.end(), ce)
        if last is None:
            last = v.token_before(v.trim(m.end(), ce)[1])
            if last is None or last.text not in v.words.norm or last.start <= m.end():
                return None
        at = m.end()
        nxt = v.token_after(at)
        while nxt is not None and nxt.start == at and nxt.text in self.t.verbs:
            at = nxt.end              # "防范化解 A 机制": a run of cues
            nxt = v.token_after(at)
        stop = v.token_before(last.start)
        while stop is not None and stop.start > at and stop.pos[:1] in "mtq":
            stop = v.token_before(stop.start)   # "提升 A 三年行动": the term is no object
        end = stop.end if stop is not None and stop.start >= at else last.start
        return (m.start(), last.end), v.split(at, end), at

