"""Quantitative observations: a number with a unit, the indicator it measures and its year.

The indicator is the noun phrase next to the number: walking left from the number over linking
verbs, adverbs and the year (ontology/observation_cues.tsv) to the nearest noun run
("城镇化率由1978年的17.9%"), else the noun after it ("80多个城市", "95%的地级市"), else the
indicator of the sentence's previous figure ("增长5.2%" after "国内生产总值超过126万亿元").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from .charclasses import char_class
from .lexicon import load_lexicon
from .mentions import tokens_of
from .model import Document, Observation, Sentence, Token
from .numbers import Quantity, find_quantities, number_marks, quantity_tables
from .resources import Resources, derived, resources_or_default
from .sections import SectionYears, section_years

__all__ = ["ObservationCues", "observation_cues", "extract_observations"]

_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
_NOUNISH = ("n", "vn", "j", "eng", "an", "l", "zg")
_STOP_POS = frozenset(("uj", "ul", "u", "p", "r", "c", "d", "m", "q", "x", "f", "t", "y", "e"))
_PASS_POS = frozenset(("p", "d", "uj", "ul"))
_RIGHT_INNER = ("v", "a", "b")     # inside a noun run after the number: 粗钢产能, 野生动植物
_QUOTES = re.compile(r"[\s“”\"'‘’《》〈〉「」『』]")


@dataclass(frozen=True)
class ObservationCues:
    verbs: frozenset[str]
    skips: frozenset[str]
    times: frozenset[str]
    passed: frozenset[str] = frozenset()    # verbs, skips, times and 、: the walk passes them
    changes: tuple[str, ...] = ()           # verbs of change, longest first
    share_verbs: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    share_of: frozenset[str] = frozenset()  # A 达到 B 的 N%: A is the indicator
    de: str = "\0"                          # the modifier particle (N%的Y, A占B的比重)
    joins: frozenset[str] = frozenset()     # inside a noun run, never at its end
    year: str = "\0"                        # the year character (char_classes.tsv)
    year_rx: re.Pattern | None = None       # a stated year, group 1 its number
    time_only: re.Pattern | None = None     # a clause that states only a year (到2027年)


@derived
def observation_cues(res: Resources) -> ObservationCues:
    """Rows of ontology/observation_cues.tsv by kind."""
    rows = res.table("observation_cues.tsv")
    pick = lambda kind: frozenset(r["text"] for r in rows if r["kind"] == kind)  # noqa: E731
    verbs, skips, times = pick("verb"), pick("skip"), pick("time")
    year = char_class(res, "year")
    y = re.escape(year)

    def alt(kind: str) -> str:
        return "|".join(map(re.escape, sorted(pick(kind), key=lambda w: (-len(w), w))))

    return ObservationCues(verbs, skips, times, verbs | skips | times | {"、"},
                           tuple(sorted(pick("change"), key=len, reverse=True)),
                           pick("share_verb"), pick("share_noun"), pick("share_of"),
                           next(iter(sorted(pick("de"))), "\0"), pick("join"), year,
                           re.compile(rf"(?<![\d\-—－~～])((?:19|20)\d\d){y}(?![\d\-—－~～])"),
                           re.compile(rf"\s*(?:{alt('year_before')})?((?:19|20)\d\d){y}"
                                      rf"(?:{alt('year_after')})?\s*$"))


def extract_observations(document: Document, sentences: tuple[Sentence, ...],
                         sections: SectionYears | None = None,
                         resources: Resources | None = None) -> tuple[Observation, ...]:
    """Observations of every sentence with a quantity, in text order; a figure with no year
    of its own takes the year of the dated section it stands in (2023年工作回顾).

    `sections` are the document's `section_years`, when the caller has them already."""
    res = resources_or_default(resources)
    out: list[Observation] = []
    if sections is None:
        sections = section_years(res, document)
    has_number = number_marks(res)
    for s in sentences:
        if has_number(s.text):
            out.extend(_sentence_observations(res, document.doc_id, s,
                                              sections.at(s.start) if sections else None))
    return tuple(out)


def _sentence_observations(res: Resources, doc_id: str, s: Sentence, section_year: int | None = None
                           ) -> list[Observation]:
    quantities = find_quantities(res, s.text)
    if not quantities:
        return []
    text = s.text
    tokens = tokens_of(s, res)
    ends = list(map(_END, tokens))
    clauses = [m.span() for m in _CLAUSE.finditer(text)]
    clause_starts = [a for a, _ in clauses]
    cues = observation_cues(res)
    dated = cues.year in text
    lexicon = load_lexicon(res)
    out: list[Observation] = []
    found: list[tuple[Quantity, str]] = []
    for q in quantities:
        ci = bisect_right(clause_starts, q.start) - 1   # a number is no clause mark: inside one
        c_start, c_end = clauses[ci]
        left_end = q.start
        if q.qualifier and text.endswith(q.qualifier, 0, q.start):
            left_end -= len(q.qualifier)        # 超过500个: the walk starts before 超过
        last = bisect_right(ends, left_end) - 1     # the last token ending by left_end
        indicator, status, first = _left_indicator(tokens, last, c_start, left_end, found, cues)
        change = "" if status == "inherited" or not text.endswith(cues.changes, c_start, left_end) \
            else next(c for c in cues.changes if text.endswith(c, c_start, left_end))
        right = _right_indicator(tokens, bisect_right(ends, q.end), q.end, c_end, cues.de) \
            if status != "inherited" else ""
        nxt = bisect_right(ends, q.end)
        if q.unit in quantity_tables(res).durations and nxt < len(tokens):
            indicator = right = tokens[nxt].text    # 3年时间: the duration word
        elif right and (not indicator or _governed(tokens, last, cues)):
            indicator = right           # 提供5万个就业岗位, 覆盖95%的地级市, 3年时间
        elif right and status == "found" and text.startswith(cues.de, q.end) \
                and text.endswith(indicator, c_start, q.start):
            indicator += right          # 全球80%以上的光伏组件: 全球光伏组件
        elif status == "found" and (q.share or text.endswith(cues.de, c_start, left_end)):
            indicator = _share_of(tokens, first, c_start, indicator, cues)
        if not indicator and status == "open" and found:
            indicator = found[-1][1]    # 国内生产总值超过126万亿元，增长5.2%
        if change and indicator and not indicator.endswith(change) and not right:
            indicator += change         # growth kept apart from level: 国内生产总值增长
        unit = q.unit or _implied_unit(res, indicator)
        if unit in quantity_tables(res).magnitudes:
            unit += _implied_unit(res, indicator)    # 6600多万纳税人: 万人
        if not unit:
            continue
        found.append((q, indicator))
        label = lexicon.canonical(indicator) or _QUOTES.sub("", indicator)
        out.append(Observation(doc_id, s.index, s.start + q.start, s.start + q.end, label,
                               indicator, unit, q.value, q.min_value, q.max_value,
                               (_year(text, q, clauses, ci, cues) if dated else None)
                               or section_year,
                               q.qualifier))
    return out


_END = attrgetter("end")


def _implied_unit(res: Resources, indicator: str) -> str:
    for ending, unit in quantity_tables(res).implied:
        if indicator.endswith(ending):
            return unit
    return ""


def _left_indicator(tokens: list[Token], last: int, start: int, end: int,
                    found: list[tuple[Quantity, str]], cues: ObservationCues):
    """(indicator, status) from the noun run left of `end` (tokens[last] is the last token
    ending by then), within [start, end); status is "found", "inherited" (a figure before it
    in the clause, 由A提升至B), "open" (only verbs and adverbs up to the clause start) or
    "blocked"."""
    run: list[Token] = []
    skipping = True
    after_de = False
    depth = 0
    for i in range(last, -1, -1):
        tok = tokens[i]
        if tok.start < start:
            break
        w, pos = tok.text, tok.pos
        if depth:
            depth += w in ")）"
            depth -= w in "(（"
            continue
        if w in ")）":
            depth = 1
            continue
        if skipping:
            for q, ind in reversed(found):
                if q.start <= tok.start < q.end:
                    return ind, "inherited", -1
            if w == cues.de and tok.end == end:
                after_de = True          # "X的75%": X is the indicator, whatever its tag
                continue
            if w.isdigit() or w == cues.year:
                after_de = False         # "1978年的17.9%": the 的 belongs to the year
                continue
            if not after_de and (w in cues.passed or pos in _PASS_POS):
                continue
            if pos in _STOP_POS:
                return "", "blocked", -1
            skipping = False
        if run and run[0].text in cues.share_nouns and (w in cues.share_verbs or (
                w == cues.de and len(run) == 1)):
            run.append(tok)             # A占B的比重: the share names its indicator
            continue
        if w in cues.verbs or (pos in _STOP_POS and not (w in cues.joins and run)):
            break
        run.append(tok)
        if len(run) >= 10:
            break
    while run and run[-1].text in cues.joins:
        run.pop()
    run.reverse()
    while run and run[0].pos == "v":
        run.pop(0)
    if not any(t.pos.startswith(_NOUNISH) for t in run):
        return "", "open" if skipping else "blocked", -1
    return "".join(t.text for t in run), "found", tokens.index(run[0], max(0, last - 12))


def _share_of(tokens: list[Token], first: int, start: int, whole: str,
              cues: ObservationCues) -> str:
    """"A达到B的56%", "A超过B一半": the share of B is A's figure, A its indicator
    (tokens[first] opens B)."""
    if first < 2 or tokens[first - 1].text not in cues.share_of:
        return whole
    part, status, _ = _left_indicator(tokens, first - 2, start, tokens[first - 1].start, [], cues)
    return part if status == "found" else whole


def _governed(tokens: list[Token], last: int, cues: ObservationCues) -> bool:
    """Whether tokens[last], the word right before the number, is a verb taking it as object
    (提供5万个…)."""
    return last >= 0 and (tokens[last].pos == "v" or tokens[last].text in cues.verbs)


def _right_indicator(tokens: list[Token], first: int, start: int, end: int, de: str) -> str:
    """The noun run right after the quantity (80多个城市, 95%的地级市, 5万个就业岗位), looked
    for from tokens[first] (the first token ending after `start`) on."""
    run: list[Token] = []
    for tok in tokens[first:]:
        if tok.start < start:
            continue
        if tok.start >= end:
            break
        if not run and tok.text == de:
            continue
        if not tok.pos.startswith(_NOUNISH) and tok.pos not in _RIGHT_INNER:
            break
        run.append(tok)
        if len(run) >= 6:
            break
    while run and not run[-1].pos.startswith(_NOUNISH):
        run.pop()
    return "".join(t.text for t in run)


def _year(text: str, q: Quantity, clauses, ci: int, cues: ObservationCues) -> int | None:
    """The year stated for the figure: in its clause before it, or in a time-only clause
    (`ci` is the figure's clause; every year match needs a 年, looked for first)."""
    c_start = clauses[ci][0]
    if text.find(cues.year, c_start, q.start) >= 0:
        years = [m for m in cues.year_rx.finditer(text, c_start, q.start)]
        if years:
            y = years[-1]
            between = text[y.end():q.start]
            if not _HAS_DIGIT.search(between):
                return int(y.group(1))
    for a, b in reversed(clauses[:ci]):     # 到2027年，A达到12%，培育B20个
        if text.find(cues.year, a, b) < 0:
            continue
        m = cues.time_only.match(text[a:b])
        if m:
            return int(m.group(1))
        if cues.year_rx.search(text, a, b):
            break
    return None


_HAS_DIGIT = re.compile(r"\d")
