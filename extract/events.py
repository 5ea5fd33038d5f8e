"""Policy events: documents in 《》, named strategies and plans, congresses, leaders' statements.

An event is anchored on a span of one sentence:
  * a policy document in 《》 whose title ends in a document type (意见, 规划 …);
  * a quoted name next to a plan noun ("i2010"战略, 战略"U-Japan", "A"与"B"计划), when the
    sentence names its actor or year;
  * a five-year plan or a congress/plenum from ontology/calendar.tsv (十四五规划, 党的二十大以来);
  * a leader's statement (习近平总书记指出), or a stated year with an actor and an action verb
    (自2016年以来, 我国政府 … 推动 …).
A stated year belongs to the clause it stands in, or to the next clause when it forms a
time-only clause of its own ("2022年, 国家信息中心正式发布 …"). Words are in
ontology/event_cues.tsv, actors in ontology/actors.tsv.
"""
from __future__ import annotations

import re
from itertools import compress
from operator import attrgetter

from .actors import actor_tables, find_actors
from .acts import find_acts
from .calendar import calendar, calendar_hint, calendar_in, calendar_regex
from .charclasses import char_class
from .event_actors import CLAUSE, actor_for, statements
from .event_cues import EventCues, event_cues, event_marks
from .event_links import QUOTE, Anchor, adopted, chain_join, clause_of, coordinated, \
    stated_years, year_rx
from .model import Document, Event, Sentence
from .mentions import tokens_of
from .resources import Resources, resources_or_default
from .sections import SectionYears, section_years

__all__ = ["EventCues", "event_cues", "extract_events"]

_TITLE = re.compile(r"《([^》\n]{2,80})》")
_TRAILING_PAREN = re.compile(r"[（(][^）)]*[）)]$")


def extract_events(document: Document, sentences: tuple[Sentence, ...],
                   sections: SectionYears | None = None,
                   resources: Resources | None = None) -> tuple[Event, ...]:
    """Events of every sentence, in text order; a document in 《》 counts at each sentence
    that cites it (guideline 9: citing a document is an act), once a sentence.

    `sections` are the document's `section_years`, when the caller has them already."""
    res = resources_or_default(resources)
    out: list[Event] = []
    marks = event_marks(res)
    if sections is None:
        sections = section_years(res, document)
    # one search of the marks per sentence, looped by compress/map in C, passes over most
    for s in compress(sentences, map(marks.search, map(_TEXT, sentences))):
        seen_titles: set[str] = set()
        for a in _sentence_events(res, s, sections.at(s.start) if sections else None):
            if a.kind == "document":
                if a.document in seen_titles:
                    continue
                seen_titles.add(a.document)
            out.append(Event(document.doc_id, s.index, s.start + a.start, s.start + a.end,
                             a.kind, a.year, a.year_source if a.year is not None else "",
                             _resolve_self(res, a.actor, document), a.document))
    return tuple(out)


_TEXT = attrgetter("text")
#: Kinds of event that a dated review or tasks section gives its year (2023年工作回顾).
_DATED_BY_SECTION = ("document", "strategy", "statement", "action")


def _resolve_self(res: Resources, actor: str, document: Document) -> str:
    """"我局" in a notice that 北京市经济和信息化局 issues is that body."""
    if len(actor) == 2 and actor[0] in actor_tables(res).selves \
            and document.issuer.endswith(actor[1]):
        return document.issuer
    return actor


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def _sentence_events(res: Resources, sentence: Sentence,
                     section_year: int | None = None) -> list[Anchor]:
    text = sentence.text
    cues = event_cues(res)
    # cheap `in` and charset tests first: each scan below needs its mark in the sentence
    titled = "《" in text
    quoted = "“" in text or '"' in text
    dated = char_class(res, "year") in text and year_rx(res).search(text) is not None
    spoken = cues.speech_any.search(text) is not None
    named = calendar_hint(res).search(text) is not None \
        and calendar_regex(res).search(text) is not None
    acts = find_acts(res, text)
    if not (titled or quoted or dated or spoken or named or acts):
        return []
    titles = [(m.start(), m.end(), m.group(1)) for m in _TITLE.finditer(text)] if titled else []
    title_spans = [(s, e) for s, e, _ in titles]
    anchors: list[Anchor] = []
    for s, e, title in titles:
        if cues.alias_cue.search(text, max(0, s - _ALIAS_SPAN), s):
            continue            # （以下简称《建议》）: the document just named
        if _TRAILING_PAREN.sub("", title).endswith(cues.doc_types):
            anchors.append(Anchor(s, e, "document", title))
    if named:
        anchors += _calendar_anchors(res, text, title_spans, cues)
    taken = [(a.start, a.end) for a in anchors] + title_spans
    acts = [Anchor(s, e, "action", name) for s, e, name in acts
            if not any(s < te and ts < e for ts, te in taken)]
    if quoted and cues.plan_noun.search(text):      # a strategy needs a plan noun
        anchors += _strategy_anchors(res, text, title_spans, anchors, cues)
    anchors += acts
    if not anchors and not _may_state(res, text, spoken, dated, cues):
        return []
    tokens = tokens_of(sentence, res)
    actors = find_actors(res, text, tokens)
    anchors += statements(res, text, actors, anchors, cues)
    if not anchors:
        return []
    clauses = [m.span() for m in CLAUSE.finditer(text)]
    years = stated_years(res, text, clauses, title_spans, cues) if dated else {}
    for a in anchors:
        clause = clause_of(a.start, clauses)
        if a.year is None and a.kind in _DATED_BY_SECTION:
            y = years.get(clause)
            if y is not None:
                a.year, a.year_source = y, "stated"
        if a.year is None and a.kind == "document":
            c = calendar_in(res, a.document)
            if c is not None:
                a.year, a.year_source = c.year, "calendar"
        if a.year is None and section_year is not None and a.kind in _DATED_BY_SECTION:
            a.year, a.year_source = section_year, "section"
        if not a.actor and a.kind != "congress":
            a.actor = actor_for(res, text, a, actors, clauses, title_spans)
    anchors = adopted(res, text, anchors, cues)
    anchors = [a for a in anchors if a.actor or a.year is not None or not (
        a.kind == "strategy" or a.kind == "action" and a.document.endswith(cues.dated_acts))]
    named = [(a.start, a.end) for a in anchors if a.kind == "strategy"]
    if named:       # “A”与“B”计划 is the strategies' chain, not one act
        anchors = [a for a in anchors if a.kind != "action"
                   or not any(s < a.end and a.start < e for s, e in named)]
    anchors.sort(key=lambda a: (a.start, a.end))
    return anchors


def _may_state(res: Resources, text: str, spoken: bool, dated: bool, cues: EventCues) -> bool:
    """Whether _statements can find one: a leader's title and a speech verb, or a stated year
    and an action verb (tested before finding actors, which costs far more)."""
    title = actor_tables(res).title
    if spoken and (title is None or title.search(text)):
        return True
    return dated and cues.action_verbs.search(text) is not None and bool(
        stated_years(res, text, [m.span() for m in CLAUSE.finditer(text)], [], cues))


def _calendar_anchors(res: Resources, text: str, title_spans, cues: EventCues) -> list[Anchor]:
    out = []
    for m in calendar_regex(res).finditer(text):
        entry = calendar(res)[int(m.lastgroup[1:])]
        s, e = m.span()
        if _inside(s, e, title_spans):
            continue
        if s and text[s - 1] in "“\"":
            s -= 1
        if entry.kind == "plan":
            after = cues.plan_after.match(text, e)
            if not after:
                continue
            out.append(Anchor(s, after.end(), "plan", text[s:after.end()], year=entry.year,
                               year_source="calendar"))
        else:
            if not (cues.congress_after.match(text, e) or coordinated(res, text, e, cues)):
                continue
            out.append(Anchor(s, e, "congress", actor=entry.name, year=entry.year,
                               year_source="calendar"))
    return out


def _strategy_anchors(res: Resources, text: str, title_spans, taken: list[Anchor],
                      cues: EventCues) -> list[Anchor]:
    """Quoted names coordinated in a chain that a plan noun follows or precedes."""
    quotes = [m for m in QUOTE.finditer(text)
              if not (title_spans and _inside(m.start(), m.end(), title_spans))
              and not (taken and any(a.start <= m.start() < a.end for a in taken))
              and calendar_regex(res).search(m.group(1)) is None]
    chains: list[list[re.Match]] = []
    for m in quotes:
        if chains and chain_join(res).fullmatch(text[chains[-1][-1].end():m.start()]):
            chains[-1].append(m)
        else:
            chains.append([m])
    out = []
    for chain in chains:
        end = chain[-1].end()
        after = cues.plan_noun.match(text, end)     # the longest plan noun there
        noun_after = after.group() if after and not text.startswith(cues.not_plan, end) else ""
        start = chain[0].start()
        noun_before = next((n for n in cues.plan_nouns if text.endswith(n, 0, start)), "") \
            if start and text[start - 1] in cues.plan_noun_ends else ""
        for i, m in enumerate(chain):
            inner = m.group(1)
            if not (noun_after or noun_before or (len(chain) == 1 and inner.endswith(
                    cues.plan_nouns) and len(inner) > 2)):
                continue
            last = m is chain[-1] and noun_after
            e = end + len(noun_after) if last else m.end()
            out.append(Anchor(m.start(), e, "strategy", text[m.start():e],
                               chain=(i, len(chain))))
    return out


_ALIAS_SPAN = 6     # characters before a title searched for an abbreviation cue (以下简称)
