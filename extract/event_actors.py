"""Who acts in an event: a leader's statement, and the actor of an anchor (its clause's
subject, an earlier subject the clauses in between continue, the issuer a title names)."""
from __future__ import annotations

import re

from .actors import Actor, find_actors
from .docmeta import meta_tables
from .event_cues import EventCues, event_cues
from .event_links import Anchor, chain_join, clause_of, stated_years
from .resources import Resources
from .segment import segment

__all__ = ["CLAUSE", "statements", "actor_for"]

CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
_SEGMENT = re.compile(r"[^；;。！？!?]+")
_LOOK_BACK = 3
_FOLLOW_SPAN = 6    # characters before a leader searched for a follow verb (深入学习贯彻)


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def statements(res: Resources, text: str, actors: list[Actor], anchors: list[Anchor],
                cues: EventCues) -> list[Anchor]:
    """A leader's statement: a leader that a speech verb or noun follows before the next
    leader (习近平总书记深刻指出, …作出系列重要论述); in a sentence with no other anchor, also an
    actor opening a clause with a stated year and an action verb (2016年以来, 我国政府…推动)."""
    out = []
    persons = [a for a in actors if a.kind == "person"]
    for i, a in enumerate(persons):
        stop = persons[i + 1].start if i + 1 < len(persons) else len(text)
        if cues.speech_after.match(text, a.end) or cues.speech_verb.search(text, a.end, stop) \
                or (cues.speech_noun.search(text, a.end, stop) and cues.follow_verb.search(
                    text, max(0, a.start - _FOLLOW_SPAN), a.start)):
            out.append(Anchor(a.start, a.end, "statement", actor=a.label))
    if anchors or out:
        return out
    clauses = [m.span() for m in CLAUSE.finditer(text)]
    years = stated_years(res, text, clauses, [], cues)
    for clause, year in years.items():
        cs, ce = clauses[clause]
        subject = _subject(res, text, actors, cs, ce)
        if subject and cues.action_verbs.search(text, subject[-1].end, ce):
            a = subject[0]
            out.append(Anchor(a.start, a.end, "statement", actor=a.label))
    return out


def actor_for(res: Resources, text: str, a: Anchor, actors: list[Actor], clauses,
              title_spans) -> str:
    """The actor of an anchor: the subject of its clause, else the subject of an earlier clause
    that the clauses in between continue (…, 并进一步提出 X), else a subject opening the next
    clause ("在X中, 我国提出"), else the issuer a title names (国务院关于…)."""
    outside = [x for x in actors if not _inside(x.start, x.end, title_spans)
               and not (a.start <= x.start < a.end)]
    ci = clause_of(a.start, clauses)
    seg_start = next((m.start() for m in _SEGMENT.finditer(text)
                      if m.start() <= a.start < m.end()), 0)
    cs = clauses[ci][0]
    cues = event_cues(res)
    subject = _subject(res, text, outside, cs, a.start)
    if subject:
        return _paired(text, subject, outside, a)
    if cues.continuing.match(text, cs):
        for j in range(ci - 1, max(-1, ci - 1 - _LOOK_BACK), -1):
            ps, pe = clauses[j]
            if ps < seg_start:
                break
            subject = _subject(res, text, outside, ps, pe)
            if subject:
                return _paired(text, subject, outside, a)
            if not (cues.continuing.match(text, ps) or cues.adverbial.match(text, ps)):
                break
    elif cues.frame.match(text, cs) and ci + 1 < len(clauses):
        ns, ne = clauses[ci + 1]
        subject = _subject(res, text, outside, ns, ne)
        if subject:
            return subject[-1].label
    about = next((w for w in meta_tables(res).about if w in a.document), None) \
        if a.kind == "document" else None
    if about is not None:
        head = a.document.split(about, 1)[0]
        found = find_actors(res, head, segment(head, res=res))
        if found and found[-1].end == len(head):
            return found[-1].label
    return ""


def _subject(res: Resources, text: str, actors: list[Actor], start: int, end: int) -> list[Actor]:
    """The actors (one, or a coordinated group) that open the clause [start, end)."""
    lead = event_cues(res).subject_lead.match(text, start).end()
    group: list[Actor] = []
    pos = lead
    for x in actors:
        if x.start < pos or x.start >= end:
            continue
        if x.start == pos or (group and chain_join(res).fullmatch(text[group[-1].end:x.start])):
            group.append(x)
            pos = x.end
        else:
            break
    return group


def _paired(text: str, group: list[Actor], actors: list[Actor], a: Anchor) -> str:
    """One actor of a group: "日本和韩国分别启动了 "A"和"B"" pairs them in order."""
    pos, n = a.chain
    if len(group) == n > 1:
        return group[pos].label
    return group[0].label
