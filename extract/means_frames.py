"""Means phrases of a clause: "通过 M, 提升 Y", "以 M 为抓手", "构建基于 X 的 Y"."""
from __future__ import annotations

import re

from .claim_words import CLAUSE, Span
from .means_spans import manner_only, means_end

__all__ = ["MeansReader"]


class MeansReader:
    """Mixin of ClauseReader (through InfixReader): the means frame and its relative form."""

    def means_frame(self, cs: int, ce: int, subj: Span | None) -> None:
        """通过/以/依托 M: M (role means) and the subject (role agent) take the next verb."""
        v = self.v
        listed = self.sets.list_before
        m = self.t.means_rx.search(v.text, cs, ce)
        while m and (not self.is_verb(m, ce) or m.start() > cs
                     and v.text[m.start() - 1] in listed):
            m = self.t.means_rx.search(v.text, m.end(), ce)
        if not m:
            return
        tok, prev = v.token_after(m.start()), v.token_before(m.start())
        if tok is not None and prev is not None and tok.pos[:1] == "n" and prev.pos[:1] == "n" \
                and prev.start >= cs and self.t.infix_rx.search(v.text, cs, prev.start):
            return                    # "提高资源化利用水平": a noun inside a cue verb's object
        before = v.trim(cs, m.start(), lead=v.words.lead)
        if before[0] < before[1]:
            t = v.token_before(m.start())
            if t is not None and t.text in v.words.create and (
                    t.text not in v.words.light or v.text.find(v.words.de, m.end(), ce) >= 0):
                self.relative(m, ce)      # "构建基于 X 的 Y" (not "共享实施依托 M 开展")
                return
            agent = v.subject(cs, ce)
            agents = [agent] if agent and agent[1] <= m.start() else []
        else:
            agents = self.topic
            if self.weak_topic and not self.open_before:
                agents = []           # "以改革激发 A，以创新增强 B": the means before is no agent
        row = self.t.row("means", m.group())
        first = v.token_after(m.end())
        search_from = first.end if first is not None else m.end()
        verb = self.t.infix_rx.search(v.text, search_from, ce)
        while verb and (not self.is_verb(verb, ce) or v.text[verb.start() - 1] in listed):
            verb = self.t.infix_rx.search(v.text, verb.end(), ce)
        wei = None
        lever = m.group() == v.words.lever
        if lever:
            for t in v.tokens_in(m.end(), verb.start() if verb else ce):
                if t.text in v.words.lever_copula:
                    wei = t
                    break
        if wei is not None:
            nxt = CLAUSE.match(v.text, wei.end)
            if nxt and v.words.de in nxt.group():
                return                # "以 X 为核心的 Y": a modifier, not a means
            if row.cue2 and not any(c in v.text[wei.end:wei.end + 6] for c in row.cue2):
                return                # "以 X 为指导": guidance, not a lever
        if lever and wei is None and verb is None:
            return                    # "以更大的决心深化改革": 以 + a verb that is no cue
        end = wei.start if wei is not None else verb.start() if verb is not None else ce
        lead_row = self.t.infix_row(first.text) if first is not None else None
        starts = first.end if lead_row is not None and first.end < end and (
            lead_row.relation == "drives" or lead_row.when == "means") else m.end()
        if verb is None and wei is None:
            end = means_end(v, starts, ce)    # "通过 A、B 等引导 X": the means is A and B
        ms = v.split(starts, end)    # "通过推动 X": X is the means
        if not ms or any(self.duration(a, b) for a, b in ms):
            return                    # "利用2-3年时间": a duration, not a means
        if lever and (all(b - a == 1 for a, b in ms) or manner_only(v, ms)):
            return                    # "以评促改": a one-character verb is no lever; a manner
        self.means, self.agent = ms, agents
        self.means_open = verb is None and wei is None
        self.means_row = row if self.means_open and row.relation else None
        self.means_lead = self.means_open and (before[0] >= before[1] or bool(agents) and v.trim(
            agents[0][1], m.start())[0] >= m.start())     # "(X)通过 M，" opens the clause
        inside = verb is not None and v.text.find(v.words.de, verb.end(), ce) >= 0 and (
            prev is not None and prev.start >= cs and prev.pos[:1] == "v")
        self.means_age = 3 if inside else 1   # "发挥以 M 促 Y 的作用": this clause's only
        self.consumed.append((m.start(), end))
        if not inside and (not self.topic or self.weak_topic):
            self.topic, self.weak_topic = ms, True
        if row.relation and verb is None and wei is None:
            rest = v.trim(end, ce)
            t = v.token_after(end)         # "依托 M 为 Y 提供": a circum frame, not M's object
            if self._light_only(t, rest[1]):   # "开展", "进行建设和部署"
                doers = agents or (self.left_spans(cs, m.start()) if m.start() > cs else [])
                if doers:                  # "Y 依托 M 开展"; "A 的共享依托 M 开展": the topic
                    self.emit(ms, row.relation, doers, m.group(), row, "means")
            elif rest[0] < rest[1] and not (t is not None and t.pos[:1] == "p"):
                self.emit(ms, row.relation, self.right_spans(*rest), m.group(), row, "means")

    def _light_only(self, t, end: int) -> bool:
        """True when `t` is a light verb with nothing after it up to `end`, or only a
        creation verb and the verbs joined to it: what is done is the doer's own."""
        v = self.v
        if t is None or t.text not in v.words.light:
            return False
        built = v.tokens_in(t.end, end)
        return not built or built[0].text in v.words.create and all(
            x.pos[:1] in "vn" or x.text in v.separators for x in built[1:])

    def open_means_object(self, cs: int, ce: int) -> None:
        """"依托 M，做好 Y": a means that names its relation (依托) and closed the clause
        before takes the object of a verb that is no cue (the caller knows none took it)."""
        row = self.means_row
        self.means_row = None
        if row is None or not self.means_lead:
            return
        got = self.object_at(cs, ce, None)
        if got is not None and not got[2]:    # a creation verb's object rests on M: elsewhere
            ys = self.right_spans(got[0], ce)
            if ys:
                self.emit(self.means, row.relation, ys, row.cues[0], row, "means")

    def relative(self, m: re.Match, ce: int) -> None:
        """"构建基于 X 的 Y": Y rests on X."""
        v = self.v
        row = self.t.row("means", m.group())
        de = [t for t in v.tokens_in(m.end(), ce) if t.text == v.words.de]
        if not row.relation or not de:
            return
        head = v.trim(de[-1].end, ce)
        xs = v.split(m.end(), de[-1].start)
        if head[0] < head[1] and xs:
            self.emit(xs, row.relation, [head], m.group(), row)
            self.consumed.append((m.start(), ce))
            self.relative_head = (head[0], head[1])
