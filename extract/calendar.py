"""The calendar of plans and congresses named without a year (ontology/calendar.tsv)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import Resources, derived

__all__ = ["CalendarEntry", "calendar", "calendar_regex", "calendar_hint", "calendar_marks",
           "calendar_in"]


@dataclass(frozen=True)
class CalendarEntry:
    name: str
    kind: str
    year: int
    regex: re.Pattern


@derived
def calendar(res: Resources) -> tuple[CalendarEntry, ...]:
    """Rows of ontology/calendar.tsv: plans and congresses with the year they fall in."""
    return tuple(CalendarEntry(r["name"], r["kind"], int(r["year"]), re.compile(r["pattern"]))
                 for r in res.table("calendar.tsv"))


@derived
def calendar_regex(res: Resources) -> re.Pattern:
    """All calendar patterns in one regex, behind a lookahead on their first characters (a
    plain alternation tries every pattern at every position: 100 times slower)."""
    entries = calendar(res)
    first = sorted(set().union(*(_first_chars(c.regex.pattern) for c in entries)))
    alternation = "|".join(f"(?P<c{i}>{c.regex.pattern})" for i, c in enumerate(entries))
    return re.compile(f"(?=[{re.escape(''.join(first))}])(?:{alternation})")


_OPTIONAL_GROUP = re.compile(r"\(\?:([^()]*)\)\?")


def _first_chars(pattern: str) -> set[str]:
    """Characters a calendar pattern can start with; patterns open with a literal, an
    optional group (?:a|b)? or an optional character x?."""
    m = _OPTIONAL_GROUP.match(pattern)
    if m:
        return {alt[0] for alt in m.group(1).split("|") if alt} | _first_chars(pattern[m.end():])
    if len(pattern) > 1 and pattern[1] == "?":
        return {pattern[0]} | _first_chars(pattern[2:])
    return {pattern[0]} if pattern else set()


@derived
def calendar_marks(res: Resources) -> str:
    """Characters one of which every calendar name holds (each one has 十 today): a text with
    none names no plan or congress; "" when a pattern cannot be read so."""
    needed = [_required_chars(c.regex.pattern) for c in calendar(res)]
    if not all(needed):
        return ""
    chosen: set[str] = set()
    while needed:       # greedy hitting set: the character most remaining patterns require
        best = max(sorted(set().union(*needed)), key=lambda ch: sum(ch in n for n in needed))
        chosen.add(best)
        needed = [n for n in needed if best not in n]
    return "".join(sorted(chosen))


@derived
def calendar_hint(res: Resources) -> re.Pattern:
    """A charset of the calendar marks (any text when there are none): one `search` over it
    is far cheaper than the calendar regex."""
    marks = calendar_marks(res)
    return re.compile(f"[{re.escape(marks)}]" if marks else "")


_OPTIONAL = re.compile(r"\(\?:[^()]*\)\?|.\?")


def _required_chars(pattern: str) -> set[str]:
    """Characters every match of a calendar pattern holds: those outside its optional parts;
    empty for a pattern with other syntax."""
    rest = _OPTIONAL.sub("", pattern)
    return set() if re.search(r"[\\()\[\]{}|*+?.^$]", rest) else set(rest)


def calendar_in(res: Resources, text: str) -> CalendarEntry | None:
    """The first plan or congress named in `text` (a title), if any."""
    m = calendar_regex(res).search(text)
    if not m:
        return None
    return calendar(res)[int(m.lastgroup[1:])]
