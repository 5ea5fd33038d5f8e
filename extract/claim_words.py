"""Shared pieces of the claim reader: clause patterns and word sets derived from the tables."""
from __future__ import annotations

import re

from .charclasses import char_class
from .cuetable import cue_table, phrase_words
from .numerals import numerals
from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["Span", "CLAUSE", "COLONS", "clause_spans", "TITLE", "QUOTED", "LONG_SUBJECT", "marker",
           "prepositions", "any_cue", "stated_value", "sets", "frame_words", "content",
           "clauses_around"]

Span = tuple[int, int]

CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
COLONS = "：:"
TITLE = re.compile(r"《[^》]*》")
#: A short quoted name (a slogan, a named mode): no clause punctuation inside; a closing
#: straight quote counts, as texts mix “…" in one name.
QUOTED = re.compile(r'[“‘「][^“”‘’「」"，。；：！？]*[”’」"]')
LONG_SUBJECT = 6


@derived
def marker(res: Resources) -> re.Pattern:
    """A list marker opening a sentence (（三）, 一是, 2、), or an article of a regulation after
    its chapter's title ("第三章 总则 第九条 "), built from ontology/numerals.tsv."""
    n = numerals(res)
    m, o = re.escape(n.marker), re.escape(n.ordinal)
    first, item, chapter, article = map(re.escape, (n.prefix, n.item, n.chapter, n.article))
    return re.compile(rf"\s*(?:[（(][{m}\d]{{1,3}}[)）]|[{m}]{{1,2}}{item}"
                      rf"|[{m}\d]{{1,2}}[、.．](?!\d)"
                      rf"|(?:{first}[{o}\d]{{1,4}}{chapter}\s+\S{{1,12}}?\s+)?"
                      rf"{first}[{o}\d]{{1,4}}{article}\s+)")


@derived
def prepositions(res: Resources) -> frozenset:
    """Words that open a frame as prepositions or copulas (phrase_words.tsv)."""
    w = phrase_words(res)
    return w.frame_prep | w.copula


@derived
def _figure(res: Resources) -> re.Pattern:
    """Digits, figure characters and the qualifiers of a quantity (qualifiers.tsv: 左右, 以上)."""
    quals = [r["text"] for r in res.table("qualifiers.tsv")]
    return re.compile((alternation(quals) + "|" if quals else "")
                      + "[\\d" + re.escape(char_class(res, "figure")) + "]")


@derived
def any_cue(res: Resources) -> re.Pattern:
    """One regex that finds any cue word: sentences without one are skipped cheaply (a
    collective's numerals alone do not make a sentence worth reading)."""
    words = {c for r in cue_table(res).rows if r.frame != "collective" for c in r.cues}
    return re.compile(alternation(words))


@derived
def stated_value(res: Resources) -> re.Pattern:
    """A value-lead word right before a number ("到3.3%", "分别为99.3%")."""
    return re.compile(f"(?:{alternation(phrase_words(res).value_lead)})\\s*[\\d０-９]")


@derived
def heads(res: Resources) -> tuple[str, ...]:
    return tuple(c for r in cue_table(res).rows if r.frame == "copula" for c in r.cue2)


class Sets:
    """Word sets derived from the tables, computed once."""

    def __init__(self, res: Resources):
        w = phrase_words(res)
        frames = frame_words(res)
        self.clause_lead = w.lead - frames
        #: lead words a clause's predicate search weighs itself (a manner cue verb: "加快 Y")
        self.verb_lead = self.clause_lead - (w.manner & cue_table(res).verbs)
        self.lead_cue_verbs = tuple(sorted(self.clause_lead - self.verb_lead))
        self.pp_lead = w.lead - frames - w.adverbial
        self.object_skip = w.lead - w.create - prepositions(res)
        self.serial_skip = (w.lead | w.modal) - w.create - w.verb   # "应当推动 Y": no serial verb
        self.modifier_stop = cue_table(res).verbs | w.create | w.lead
        self.heads = heads(res) + w.de_tail
        #: characters after a cue that make it nominal, and before it that make it listed
        self.nominal_after = frozenset(char_class(res, "nominal-after"))
        self.list_before = frozenset(char_class(res, "list-before"))
        self.list_joins = self.list_before - w.link     # the same without the particles
        self.quotes = char_class(res, "quote")         # a quotation's opening marks
        #: how a name that a cue opens ends without 的 ("促进 A 发展政策", "降低 A 行动")
        self.name_heads = tuple(sorted(w.name_head))
        #: the cues of each circum row with a relation: the words a clause's circum
        #: frame is read after (clauses.py)
        t = cue_table(res)
        self.circum_openers = frozenset(c for r in t.rows if r.frame == "circum" and r.relation
                                        for c in r.cues)
        #: any co-actor word (会同 …), or None: a span without one has no co-actor token
        self.co_actors = re.compile(alternation(w.co_actor)) if w.co_actor else None
        #: any word that ends an object, or None: right_spans walks tokens only where one stands
        self.object_stops = re.compile(alternation(w.object_stop)) if w.object_stop else None
        self.stated_value = stated_value(res)
        self.marker = marker(res)
        self.any_cue = any_cue(res)
        #: any verb of saying (指出 …), or None: a sentence without one has no speech frame
        self.speech = re.compile(alternation(w.speech)) if w.speech else None


@derived
def sets(res: Resources) -> Sets:
    return Sets(res)


@derived
def frame_words(res: Resources) -> frozenset:
    """Words that open a frame, so a clause's leading function words never swallow them."""
    t = cue_table(res)
    return prepositions(res) | {c for r in t.rows if r.frame in ("copula", "circum", "means")
                            for c in r.cues}


def content(res: Resources, text: str, short: bool = False) -> bool:
    """A span worth a concept: two or more characters beyond numbers, units and dates
    (one will do for a member of an enumeration: "空气、水、土壤等")."""
    least = 1 if short else 2
    if any(map(str.isdigit, text)):
        text = _figure(res).sub("", text)
    return len(text) >= least


def clauses_around(text: str, at: int) -> list[Span]:
    m = None
    for m in CLAUSE.finditer(text):
        if m.start() <= at < m.end():
            return [(m.start(), m.end())]
    return []


def clause_spans(table, text: str, lo: int = 0) -> list[Span]:
    """The clauses of `text` from `lo`; a clause ending with a cue before a colon is joined to
    the clause after it ("X 包括：A、B": the list is the cue's object)."""
    out: list = []
    for cs, ce in (c.span() for c in CLAUSE.finditer(text, lo)):
        if out and cs - out[-1][1] == 1 and text[cs - 1] in COLONS \
                and _ends_with_cue(table, text, *out[-1]):
            out[-1] = (out[-1][0], ce)
        else:
            out.append((cs, ce))
    return out


def _ends_with_cue(table, text: str, cs: int, ce: int) -> bool:
    """True when [cs, ce) ends with an infix cue of two to four characters."""
    return any(table.infix_rx.fullmatch(text, a, ce) for a in range(max(cs, ce - 4), ce - 1))
