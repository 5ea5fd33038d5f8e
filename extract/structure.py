"""Split a decoded text into running text and structure: title, headings, author, footer, date,
文号; extract/docmeta.py then reads genre, level, region and year from them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .charclasses import char_class
from .docmeta import read_metadata
from .model import Document, Heading
from .numerals import numerals
from .resources import Resources, derived, resources_or_default

__all__ = ["StructureRule", "structure_rules", "read_structure", "split_lines"]

_FINAL = "。！？!?；;…"
_CLOSERS = "”’\"')）」』】》"


@dataclass(frozen=True)
class StructureRule:
    kind: str
    level: int
    regex: re.Pattern


@derived
def structure_rules(res: Resources) -> tuple[StructureRule, ...]:
    """Rows of ontology/structure.tsv, compiled."""
    return tuple(StructureRule(r["kind"], int(r["level"]), re.compile(r["regex"]))
                 for r in res.table("structure.tsv"))


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, with surrounding white space trimmed."""
    spans = []
    for m in re.finditer(r"[^\n\r\u2028\u2029]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _FINAL if line.rstrip(_CLOSERS) else False


@derived
def _rules_of(res: Resources) -> dict[str, tuple[StructureRule, ...]]:
    """Kind -> its rules, in table order (every line is tried against several kinds)."""
    out: dict[str, tuple[StructureRule, ...]] = {}
    for rule in structure_rules(res):
        out[rule.kind] = out.get(rule.kind, ()) + (rule,)
    return out


#: The kinds of rule that make a line metadata (not running text).
_METADATA = ("author", "speaker", "subtitle", "footer", "date", "docno", "salutation")
#: Bylines are looked for in the first lines, author notes in the last ones.
_HEAD_LINES = 4


@derived
def _metadata(res: Resources) -> re.Pattern:
    """Matches a line where any metadata rule matches (their union, group names dropped)."""
    try:
        return re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z_]+>', '(?:', r.regex.pattern)})"
                                   for r in structure_rules(res) if r.kind in _METADATA))
    except re.error:        # rules that do not combine: try them all on every line
        return re.compile("")


def _match(res: Resources, kind: str, line: str):
    for rule in _rules_of(res).get(kind, ()):
        m = rule.regex.match(line)
        if m:
            return rule, m
    return None, None


def _search(res: Resources, kind: str, text: str):
    for rule in _rules_of(res).get(kind, ()):
        m = rule.regex.search(text)
        if m:
            return m
    return None


def read_structure(doc_id: str, source: str, text: str, encoding: str = "utf-8",
                   resources: Resources | None = None) -> Document:
    """Classify each line; lines that are not metadata form the document body."""
    res = resources_or_default(resources)
    lines = split_lines(text)
    title = author = affiliation = issuer = date = number = ""
    footer: list[str] = []
    headings: list[Heading] = []
    body: list[tuple[int, int]] = []
    metadata = _metadata(res).match
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if i < _HEAD_LINES or i >= len(lines) - _HEAD_LINES:
            author, affiliation, date = _byline(res, line, author, affiliation, date)
        if metadata(line):      # one expression for every metadata rule: most lines are text
            rule, m = _match(res, "author", line)
            if rule:
                rest = line[m.end():].strip()
                parts = rest.rsplit(None, 1)
                if len(parts) == 2:
                    affiliation, author = parts
                else:
                    author = rest
                continue
            rule, m = _match(res, "speaker", line)
            if rule:
                affiliation = affiliation or m.group("affiliation")
                author = author or m.group("author")
                continue
            if _match(res, "subtitle", line)[0]:
                date = date or _iso_date(res, line)
                continue
            if _match(res, "footer", line)[0]:
                footer.append(line)
                continue
            if _match(res, "date", line)[0]:
                date = date or _iso_date(res, line)
                if i > 0 and not issuer:
                    ps, pe = lines[i - 1]
                    prev = text[ps:pe]
                    # the line before is in the body only as its last span so far
                    if len(prev) <= 30 and not _ends_sentence(prev) and body and \
                            body[-1] == (ps, pe):
                        issuer = prev
                        body.pop()
                        headings = [h for h in headings if (h.start, h.end) != (ps, pe)]
                continue
            rule, m = _match(res, "docno", line)
            if rule:
                number = number or m.group("number")
                continue
            if _match(res, "salutation", line)[0]:
                continue
        rule, m = _match(res, "heading", line)
        if i == 0 and not rule and not _ends_sentence(line) and len(line) <= 120 and len(lines) > 1:
            title, sep, rest = line.partition("——")
            if sep:         # 政府工作报告——2024年3月5日在…会议上国务院总理 李强
                date = _iso_date(res, rest)
                occasion = _search(res, "occasion", rest)
                speaker = _search(res, "speaker", rest[occasion.end():] if occasion else rest)
                if speaker:
                    affiliation, author = speaker.group("affiliation"), speaker.group("author")
            continue
        if rule:
            if _ends_sentence(line):
                headings.append(Heading(doc_id, s, s + m.end(), m.group(0), rule.level))
            else:
                headings.append(Heading(doc_id, s, e, line, rule.level))
        elif not _ends_sentence(line) and len(line) <= 60 and i + 1 < len(lines):
            headings.append(Heading(doc_id, s, e, line, 1))
        body.append((s, e))
    headings = sorted(headings + _inline_markers(res, doc_id, text, body),
                      key=lambda h: (h.start, h.end))
    return read_metadata(res, Document(
        doc_id=doc_id, source=source, text=text, encoding=encoding, title=title, author=author,
        affiliation=affiliation, issuer=issuer, date=date, doc_number=number,
        headings=tuple(headings), footer="\n".join(footer), body=tuple(body)))


def _byline(res: Resources, line: str, author: str, affiliation: str,
            date: str) -> tuple[str, str, str]:
    """A newspaper byline gives author and date, an author note the affiliation; both lines
    stay running text (they are not among the metadata kinds), so that reading them changes
    no sentence."""
    if not author:
        rule, m = _match(res, "byline", line)
        if rule:
            return m.group("author"), affiliation, date or _iso_date(res, line)
    if not affiliation:
        rule, m = _match(res, "author_note", line)
        if rule:
            return author, m.group("affiliation"), date
    return author, affiliation, date


_AFTER_STOP = re.compile(r"[。；;！？!?]\s*")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


def _inline_markers(res: Resources, doc_id: str, text: str, body) -> list[Heading]:
    """Enumeration markers that open a sentence (一是加强统筹，…): a level-3 heading spanning
    the marker and the rest of its clause; the sentence stays running text."""
    rules = _rules_of(res).get("marker", ())
    out = []
    for s, e in body:
        starts = [s] + [m.end() for m in _AFTER_STOP.finditer(text, s, e)]
        for start in starts:
            for rule in rules:
                mm = rule.regex.match(text, start, e)
                if mm:
                    stop = _CLAUSE_END.search(text, mm.end(), e)
                    end = stop.start() if stop else e
                    out.append(Heading(doc_id, mm.start(), end, text[mm.start():end],
                                       rule.level))
                    break
    return out


def _iso_date(res: Resources, line: str) -> str:
    m = _date(res).search(line)
    if not m:
        return ""
    y, mo, d = (_to_int(res, x) for x in m.groups())
    if not (y and mo and d):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


@derived
def _date(res: Resources) -> re.Pattern:
    """Year, month and day of a written date (char_classes.tsv year, month, day)."""
    y, m, d = (re.escape(char_class(res, c)) for c in ("year", "month", "day"))
    return re.compile(rf"(\S{{4}}){y}(\S{{1,3}}){m}(\S{{1,3}}){d}")


def _to_int(res: Resources, s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    n = numerals(res)
    digits = n.ordinal_digits
    if all(c in digits for c in s):
        return int("".join(str(digits[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if n.small.get(c) == 10:
            total += (cur or 1) * 10
            cur = 0
        elif c in digits:
            cur = digits[c]
        else:
            return 0
    return total + cur
