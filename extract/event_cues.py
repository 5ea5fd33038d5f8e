"""The word lists of event detection (ontology/event_cues.tsv), compiled into regexes."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import calendar_marks
from .charclasses import char_class
from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["EventCues", "event_cues", "event_marks"]


@dataclass(frozen=True)
class EventCues:
    plan_nouns: tuple[str, ...]
    plan_noun: re.Pattern           # any of plan_nouns
    not_plan: tuple[str, ...]
    doc_types: tuple[str, ...]
    plan_after: re.Pattern
    congress_after: re.Pattern
    speech_after: re.Pattern
    speech_verb: re.Pattern
    action_verbs: re.Pattern
    target_after: re.Pattern
    target_before: re.Pattern
    time_clause: re.Pattern
    continuing: re.Pattern
    adverbial: re.Pattern
    frame: re.Pattern
    subject_lead: re.Pattern
    speech_words: tuple[str, ...] = ()
    plan_noun_ends: frozenset[str] = frozenset()     # last characters of plan_nouns
    speech_any: re.Pattern | None = None    # a speech verb or a speech noun (重要讲话)
    dated_acts: tuple[str, ...] = ()        # act nouns that need an actor or a year (试点)
    speech_noun: re.Pattern | None = None
    follow_verb: re.Pattern | None = None
    adopt_link: re.Pattern | None = None
    alias_cue: re.Pattern | None = None     # 以下简称: a title that abbreviates the last one


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


@derived
def event_cues(res: Resources) -> EventCues:
    """Rows of ontology/event_cues.tsv, compiled."""
    rows = res.table("event_cues.tsv")
    pick = lambda kind: [r["text"] for r in rows if r["kind"] == kind]  # noqa: E731
    time_words = _alt(pick("time_clause"))
    year = re.escape(char_class(res, "year"))
    return EventCues(
        tuple(sorted(pick("plan_noun"), key=len, reverse=True)),
        re.compile(_alt(pick("plan_noun"))),
        tuple(pick("not_plan")),
        tuple(sorted(pick("doc_type"), key=len, reverse=True)),
        re.compile(f"[”\"]?(?:{_alt(pick('plan_suffix'))})"),
        re.compile(f"[”\"]?(?:{_alt(pick('congress_cue'))})"),
        re.compile(f"\\s*(?:{_alt(pick('speech_adverb'))})*(?:{_alt(pick('speech_verb'))})"),
        re.compile(_alt(pick("speech_verb"))),
        re.compile(_alt(pick("action_verb"))),
        re.compile(f"\\s*(?:{_alt(pick('target_after'))})"),
        re.compile(f"(?:{_alt(pick('target_before'))})\\s*$"),
        re.compile(f"\\s*(?:(?:{time_words})\\s*)*(?:19|20)\\d\\d{year}"
                   f"(?:\\s*(?:{time_words}))*\\s*$"),
        re.compile("\\s*(?:" + _alt(pick("continuing") + pick("action_verb") + pick("speech_verb"))
                   + ")"),
        re.compile(f"\\s*(?:{_alt(pick('adverbial'))})"),
        re.compile(f"\\s*(?:{_alt(pick('frame'))})"),
        re.compile(f"\\s*(?:(?:{time_words})?\\s*(?:19|20)\\d\\d{year}(?:{time_words})?)?\\s*"),
        tuple(pick("speech_verb") + pick("speech_noun")),
        frozenset(w[-1] for w in pick("plan_noun")),
        re.compile(_alt(pick("speech_verb") + pick("speech_noun"))),
        tuple(pick("act_noun_dated")),
        re.compile(_alt(pick("speech_noun"))),
        re.compile(_alt(pick("follow_verb"))),
        re.compile(f"\\s*(?:{_alt(pick('adopt_link'))})"),
        re.compile(f"(?:{_alt(pick('alias_cue'))})\\s*$"),
    )




@derived
def event_marks(res: Resources) -> re.Pattern:
    """What every event anchor needs one of: 《, a quote mark, a year, a speech verb or noun,
    a launch verb, a calendar mark (any text when the calendar has no marks). Every branch
    opens with a literal, so re skips to their first characters at C speed."""
    marks = calendar_marks(res)
    if not marks:
        return re.compile("")
    launch = [r["text"] for r in res.table("event_cues.tsv")
              if r["kind"] in ("launch_verb", "start_verb")]
    words = ["《", "“", '"', *event_cues(res).speech_words, *launch, *marks]
    # a stated year (event_links.year_rx without its guards) in literal-led branches
    year = re.escape(char_class(res, "year"))
    stated = rf"19\d\d{year}|20\d\d{year}"
    return re.compile("|".join([stated, *map(re.escape, words)]))
