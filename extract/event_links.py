"""How event anchors of one sentence combine: a document that a congress adopts, congresses
named in a row, and the stated year of a clause."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import calendar_regex
from .charclasses import char_class
from .event_cues import EventCues
from .resources import Resources, derived

__all__ = ["Anchor", "adopted", "coordinated", "clause_of", "stated_years", "in_quotes",
           "chain_join", "QUOTE", "year_rx"]

QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,24})[”\"]")


@dataclass
class Anchor:
    """An event found in a sentence, offsets relative to it (filled in as it is read)."""
    start: int
    end: int
    kind: str
    document: str = ""
    actor: str = ""
    year: int | None = None
    year_source: str = ""
    chain: tuple[int, int] = (0, 1)     # (position, length) in a coordinated chain


@derived
def year_rx(res: Resources) -> re.Pattern:
    """A stated year, also of a date (2025年4月印发), not of a span of years (2021-2023年):
    the year character of char_classes.tsv, the month words of event_cues.tsv."""
    months = "|".join(re.escape(r["text"]) for r in res.table("event_cues.tsv")
                      if r["kind"] == "month")
    return re.compile(r"(?<![\d\-—－~～])((?:19|20)\d\d)" + re.escape(char_class(res, "year"))
                      + r"(?![\-—－~～])"
                      + (f"(?!\\d(?!\\d?(?:{months})))" if months else r"(?!\d)"))


@derived
def chain_join(res: Resources) -> re.Pattern:
    """What may join two names of a chain (event_cues.tsv chain_join), or nothing."""
    words = [r["text"] for r in res.table("event_cues.tsv") if r["kind"] == "chain_join"]
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})?")


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def adopted(res: Resources, text: str, anchors: list, cues: EventCues) -> list:
    """"全会通过的《建议》": one event, the document with the congress's actor and year."""
    congresses = {a.end: a for a in anchors if a.kind == "congress"}
    drop = set()
    for d in anchors:
        if d.kind != "document" or d.year_source == "stated":
            continue
        for end, c in congresses.items():
            link = cues.adopt_link.match(text, end)
            if link and link.end() == d.start:
                d.actor, d.year, d.year_source = c.actor, c.year, c.year_source
                drop.add(id(c))
    return [a for a in anchors if id(a) not in drop] if drop else anchors


def coordinated(res: Resources, text: str, end: int, cues: EventCues) -> bool:
    """Whether a congress named up to `end` is coordinated with a next one that a congress
    cue follows (党的十九大和二十大精神)."""
    join = chain_join(res).match(text, end)
    nxt = calendar_regex(res).match(text, join.end()) if join.end() > end else None
    return nxt is not None and (cues.congress_after.match(text, nxt.end()) is not None
                                or coordinated(res, text, nxt.end(), cues))


def clause_of(pos: int, clauses) -> int:
    return next((i for i, (s, e) in enumerate(clauses) if s <= pos < e), 0)


def stated_years(res: Resources, text: str, clauses, title_spans,
                 cues: EventCues) -> dict[int, int]:
    """{clause index: stated year}: the clause a year stands in, or the next one when the
    year's clause says nothing else; target years and years inside titles are left out."""
    out: dict[int, int] = {}
    for m in year_rx(res).finditer(text):
        s, e = m.span()
        if _inside(s, e, title_spans) or in_quotes(text, s):
            continue
        if cues.target_after.match(text, e) or cues.target_before.search(text, max(0, s - 3), s):
            continue
        i = clause_of(s, clauses)
        cs, ce = clauses[i]
        if cues.time_clause.fullmatch(text, cs, ce) and i + 1 < len(clauses):
            i += 1
        out.setdefault(i, int(m.group(1)))
    return out


def in_quotes(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in QUOTE.finditer(text))
