"""Enumerations of a clause: "A、B、C 等 Y", "以 A、B 等为代表的 Y" and "Y，如 A、B 等" (every
member is a kind of Y; a mixin of the clause reader)."""
from __future__ import annotations

from .claim_words import Span, clauses_around
from .trimming import EDGE

__all__ = ["EnumReader"]


class EnumReader:
    """Mixin of ClauseReader: the enumeration frame (cues.tsv enum rows)."""

    def enumerations(self, cs: int, ce: int) -> None:
        """"A、B、C 等 Y": every member is a kind of Y."""
        v = self.v
        if not v.has_enum or not self.t.enum_rx.search(v.text, cs, ce):
            return
        lo = cs
        for t in v.tokens_in(cs, ce):
            if t.text not in self.t.enum_words:
                continue
            row = self.t.row("enum", t.text)
            gap = next((c for c in row.cue2 if v.text.startswith(c, t.end)), "")
            head = v.enum_head(t.end + len(gap) - 1 if gap else t.start, ce)   # "等为代表的 Y"
            if head and not gap and self._action_head(head):
                head = None           # "电力、油气等改革": an action noun names no kind
            if head is None and lo == cs and not v.text[t.end:ce].strip(EDGE):
                lo, head = self.example_head(cs, t.start)      # "Y，如 A、B 等"
            members = v.enum_members(lo, t.start) if head and t.start not in self.enum_used \
                else None             # members only where there is a head to give them
            if members:
                self.emit(members, "broader", [head], t.text + gap, row)
            lo = head[1] if head else t.end

    def _action_head(self, head: Span) -> bool:
        """True when the head after 等 is an action noun (phrase_words action), alone or after
        adjectives ("等高效供给")."""
        v = self.v
        toks = v.tokens_in(*head)
        return bool(toks) and toks[-1].text in v.words.action and \
            all(t.pos in ("a", "ad") for t in toks[:-1])

    def example_head(self, cs: int, deng: int) -> tuple[int, Span | None]:
        """(where the members start, the head) of a clause "如 A、B 等" that gives examples of
        the last object of the clause before (phrase_words such-as), else (cs, None)."""
        v = self.v
        lead = v.token_after(v.past_edge(cs, deng))
        if lead is None or lead.text not in v.words.such_as or cs < 2:
            return cs, None
        before = clauses_around(v.text, cs - 2)
        obj = self.object_at(*before[0]) if before else None
        ys = self.right_spans(obj[0], obj[1]) if obj else []
        return (lead.end, ys[-1]) if ys else (cs, None)
