"""Circumfix frames of a clause: "为 Y 提供", "与 Y 相衔接", "面临 Y 挑战" (cues.tsv circum rows)."""
from __future__ import annotations

import re

from .claim_words import Span
from .cuetable import CueTable, circum_inner_end, circum_row
from .wordrx import alternation, finditer_ok

__all__ = ["CircumReader", "closers"]

_CLOSERS: dict[int, tuple[CueTable, re.Pattern]] = {}


def closers(table: CueTable) -> re.Pattern:
    """Any closing word of the table's circum frames (提供, 相衔接 …), compiled once."""
    got = _CLOSERS.get(id(table))
    if got is None or got[0] is not table:
        if len(_CLOSERS) >= 8:
            _CLOSERS.clear()
        words = sorted({c for r in table.rows if r.frame == "circum" for c in r.cue2},
                       key=len, reverse=True)
        got = _CLOSERS[id(table)] = (table, re.compile(alternation(words)))
    return got[1]


class CircumReader:
    """Mixin of ClauseReader: the circumfix frames (uses FrameReader's object helpers)."""

    def _aligned(self, m: re.Match) -> bool:
        """True when the match's cue and cue2 are whole tokens."""
        _, cue, _, cue2, _, _ = circum_row(self.t, m)
        a = m.start()
        return self.v.aligned(a, a + len(cue)) and self.v.aligned(m.end() - len(cue2), m.end())

    def circums(self, cs: int, ce: int) -> None:
        """"为 Y 提供", "与 Y 相衔接", "面临 Y 挑战": the subject (or the sentence's) and Y."""
        v = self.v
        if not self.has_closer or not self.closers.search(v.text, cs, ce):
            return                    # no closing word in the clause: no circum frame
        for m in finditer_ok(self.t.circum_rx, self.t.circum_first_rx, v.text, cs, ce,
                             self._aligned):
            row, cue, _, cue2, ins, ine = circum_row(self.t, m)
            a = m.start()
            if self.is_consumed(a, m.end()) or v.text[ins:ins + 1] == v.words.de \
                    or row.object != "head" and self.nominal_end(ins, ine) \
                    or v.text[a - 1:a] in self.sets.list_joins:
                continue              # a head noun closes "面临 Y 的挑战" as it does "Y 挑战"
            rel, label = row.relation, cue + "…" + cue2
            s, _ = v.trim(ins, ine)
            inner_cue = self.t.infix_rx.match(v.text, s, ine)
            if inner_cue and (not v.aligned(s, inner_cue.end())
                              or self.t.infix_row(inner_cue.group()).when != "any"):
                inner_cue = None
            if inner_cue:
                rel, label = self.t.infix_row(inner_cue.group()).relation, inner_cue.group()
                ins = inner_cue.end()
            elif row.object == "provided" and self._verb_inside(s, ine):
                continue              # "为 Y 激活 Z 的价值创造潜力": 激活 is the verb, not 创造
            # "面临风险挑战": the challenge with its head hinders X; "面临 A、B 等挑战": the
            # listed problems are X's own, what X hinders
            head = row.object == "head" and self.t.enum_rx.search(v.text, ins, ine) is None
            ine = circum_inner_end(row, v.text, ins, ine, v.words.de)
            ys = self.inner_members(ins, self.more_heads(row, m.end()) if head else ine)
            backward = row.direction == "backward" and (head or row.object != "head")
            xs = self.left_spans(cs, a)
            if self.means and any(x0 < m0 < x1 for x0, x1 in xs for m0, _ in self.means):
                xs = list(self.means)   # "依托 M 为 Y 提供": M, not the phrase with its 依托
            if rel == "alignsWith" and not inner_cue:   # "推动 A 与 B 对接": A, not the actor
                xs = self.after_verb(cs, a) or xs or ys and self.left_spans(cs, a, verbal=True)
            self.consumed.append((a, ce if row.object == "provided" else m.end()))
            if xs:
                self.emit(xs, rel, ys, label, row, backward=backward)
            elif inner_cue or not self.means:
                self.emit_default(cs, a, rel, ys, label, row, backward)
            else:
                saved, self.means = self.means, []
                self.emit_default(cs, a, rel, ys, label, row, backward)
                self.means = saved

    def _verb_inside(self, s: int, e: int) -> bool:
        """True when a cue verb stands inside [s, e) on its own token with a 的 after it: the
        closing word is inside its object's noun ("激活 A 的价值创造潜力"), no circum verb."""
        v = self.v
        return any(v.aligned(*m.span()) and v.text.find(v.words.de, m.end(), e) >= 0
                   for m in self.t.infix_rx.finditer(v.text, s + 1, e))

    def more_heads(self, row, end: int) -> int:
        """End of a head frame's object with a joined head ("面临风险挑战和困难")."""
        text = self.v.text
        for c in sorted(self.v.words.conjunction, key=lambda w: (-len(w), w)):   # 或者 before 或
            if text.startswith(c, end):
                w = next((w for w in row.cue2 if text.startswith(w, end + len(c))), "")
                return end + len(c) + len(w) if w else end
        return end

    def after_verb(self, cs: int, a: int) -> list[Span]:
        """The spans between the last cue or creation verb of [cs, a) and `a`."""
        toks, verbs = self.v.tokens_in(cs, a), self.t.verbs | self.v.words.create
        k = next((k for k in range(len(toks) - 2, -1, -1) if toks[k].text in verbs), None)
        return self.left_spans(toks[k].end, a, obj=True) if k is not None else []
