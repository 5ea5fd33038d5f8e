"""The year of a dated review or tasks section: acts and figures in it carry that year.

A heading that states one year and holds a section word of ontology/event_cues.tsv
(kind section_word) opens a dated section that runs to the next heading of its level or a
higher one; a target year (到2035年) does not date a section.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .event_links import year_rx
from .model import Document
from .resources import Resources, derived

__all__ = ["SectionYears", "section_years"]


@derived
def _words(res: Resources) -> tuple[re.Pattern | None, re.Pattern | None]:
    rows = res.table("event_cues.tsv")
    pick = lambda kind: sorted((r["text"] for r in rows if r["kind"] == kind),  # noqa: E731
                               key=len, reverse=True)
    words, before = pick("section_word"), pick("target_before")
    alt = lambda ws: "|".join(map(re.escape, ws))  # noqa: E731
    return (re.compile(alt(words)) if words else None,
            re.compile(f"(?:{alt(before)})\\s*$") if before else None)


class SectionYears:
    """Dated sections of one document: `at(offset)` is the year of the section holding it."""

    __slots__ = ("_starts", "_spans")

    def __init__(self, spans: tuple[tuple[int, int, int], ...]):
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        start, end, year = self._spans[i]
        return year if offset < end else None


def section_years(res: Resources, document: Document) -> SectionYears:
    """The dated sections of `document` (document offsets), in text order."""
    words, target = _words(res)
    if words is None or not document.headings:
        return SectionYears(())
    heads = document.headings
    dated = []
    for i, h in enumerate(heads):
        years = [m for m in year_rx(res).finditer(h.text)
                 if not (target and target.search(h.text, 0, m.start()))]
        if len(years) == 1 and words.search(h.text, years[0].end()):
            dated.append((i, int(years[0].group(1))))
    if not dated:
        return SectionYears(())
    ends = _section_ends(heads, len(document.text))
    return SectionYears(tuple((heads[i].start, ends[i], year) for i, year in dated))


def _section_ends(heads, text_end: int) -> list[int]:
    """For every heading, the start of the next heading of its level or a higher one (a
    lower level number), else `text_end`: one pass from the end with a stack of the
    headings still open to an earlier one."""
    ends = [text_end] * len(heads)
    stack: list[int] = []
    for i in range(len(heads) - 1, -1, -1):
        level = heads[i].level
        while stack and heads[stack[-1]].level > level:
            stack.pop()
        if stack:
            ends[i] = heads[stack[-1]].start
        stack.append(i)
    return ends
