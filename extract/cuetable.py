"""The cue table (ontology/cues.tsv) and phrase words (ontology/phrase_words.tsv), compiled once."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .charclasses import char_class
from .errors import PolicyKGError
from .model import RELATIONS
from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["CueRow", "CueTable", "PhraseWords", "cue_table", "phrase_words", "FRAMES", "POSITIVE"]

#: Frames the claim reader understands (see the header of ontology/cues.tsv).
#: The relations of the positive family (a cue of one may stand for another).
POSITIVE = frozenset({"drives", "supports", "improves"})
FRAMES = ("infix", "circum", "copula", "means", "modifier", "enum", "dims", "anaphor", "purpose",
          "collective", "role", "aim", "premod")


@dataclass(frozen=True)
class CueRow:
    id: str
    frame: str
    cues: tuple[str, ...]
    cue2: tuple[str, ...]
    relation: str
    direction: str = "forward"
    when: str = "any"
    object: str = ""


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


@dataclass(frozen=True)
class CueTable:
    """Rows grouped by frame, with one combined regex per frame."""
    rows: tuple[CueRow, ...]
    by_cue: dict            # (frame, cue text) -> CueRow
    infix_rx: re.Pattern    # any infix cue
    circum_rx: re.Pattern   # cue … cue2 of every circum row (groups: cue, inner, cue2)
    copula_rx: re.Pattern   # copula cue … 的 … head (groups: cue, inner, head)
    means_rx: re.Pattern
    modifier_rx: re.Pattern
    dims_rx: re.Pattern
    enum_words: frozenset
    anaphors: dict          # 前者 -> (row, 1)
    purpose_words: frozenset
    means_words: frozenset  # every means cue (通过, 以, 依托 …)
    verbs: frozenset        # every infix cue (they end subjects and never join phrases)
    enum_rx: re.Pattern | None = None   # any enumeration word: a test before the token walk
    copula_more_rx: re.Pattern | None = None   # "、Y2 新动能": one more head after a copula's
    circum_first_rx: re.Pattern | None = None  # any circum cue: where circum_rx may match
    circum_rows: tuple[CueRow, ...] = ()       # the circum rows, in circum_rx's order
    #: row("infix", cue) as one dict look-up (the readers ask ~10k times a run)
    infix_row: Callable[[str], CueRow | None] = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.infix_row is None:
            infix = {cue: r for (frame, cue), r in self.by_cue.items() if frame == "infix"}
            object.__setattr__(self, "infix_row", infix.get)

    def row(self, frame: str, cue: str) -> CueRow | None:
        return self.by_cue.get((frame, cue))


def _rows(res: Resources) -> tuple[CueRow, ...]:
    out = []
    for r in res.table("cues.tsv"):
        frame, rel = r["frame"], r.get("relation", "")
        if frame not in FRAMES:
            raise PolicyKGError(f"cues.tsv row {r['id']}: unknown frame {frame!r}",
                                f"use one of {', '.join(FRAMES)}")
        if rel and rel not in RELATIONS:
            raise PolicyKGError(f"cues.tsv row {r['id']}: unknown relation {rel!r}",
                                f"use one of {', '.join(RELATIONS)}")
        out.append(CueRow(r["id"], frame, tuple(c for c in r["cue"].split("|") if c),
                          tuple(c for c in r.get("cue2", "").split("|") if c), rel,
                          r.get("direction") or "forward", r.get("when") or "any",
                          r.get("object", "")))
    return tuple(out)


@derived
def cue_table(res: Resources) -> CueTable:
    """The cue table of `res`, compiled."""
    rows = _rows(res)
    by_cue = {}
    for row in rows:
        for c in row.cues:
            by_cue.setdefault((row.frame, c), row)
        if row.frame in ("circum", "copula"):
            for c in row.cues:
                for c2 in row.cue2:
                    by_cue.setdefault((row.frame, c + "|" + c2), row)

    def frame(name):
        return [r for r in rows if r.frame == name]

    def words(name):
        return [c for r in frame(name) for c in r.cues]

    def words2(name):
        return [c for r in frame(name) for c in r.cue2]

    circum = frame("circum")
    circum_rx = "|".join(
        f"(?P<c{i}>{_alt(r.cues)})(?P<i{i}>[^，,；;：:。]+?)(?P<e{i}>{_alt(r.cue2)})"
        for i, r in enumerate(circum))
    de, head_end = re.escape(phrase_words(res).de), re.escape(char_class(res, "head-end"))
    adj = _alt(sorted(phrase_words(res).copula_adj)) or "(?!)"
    copula_rx = (f"(?P<cue>{_alt(words('copula'))})(?:(?P<inner>[^，,；;：:。]+?)"
                 f"{de}(?P<gap>[^，,；;：:。{de}]{{0,8}}?)|(?P<inner2>[^，,；;：:。{de}]{{1,12}}?)"
                 f"(?P<adj>{adj}))(?P<head>{_alt(words2('copula'))})"
                 f"(?=$|[{head_end}])")
    copula_more = (f"、(?:(?P<inner>[^，,；;：:。、]+?){de}(?P<gap>[^，,；;：:。、{de}]{{0,8}}?)"
                   f"|(?P<inner2>[^，,；;：:。、{de}]{{1,10}}?)(?P<adj>{adj}))"
                   f"(?P<head>{_alt(words2('copula'))})(?=$|[{head_end}])")
    anaphors = {c: (r, int(r.cue2[0]) if r.cue2 else 1) for r in frame("anaphor") for c in r.cues}
    return CueTable(
        rows=rows, by_cue=by_cue,
        infix_rx=re.compile(_alt(words("infix"))),
        circum_rx=re.compile(circum_rx),
        copula_rx=re.compile(copula_rx),
        means_rx=re.compile(_alt(words("means"))),
        modifier_rx=re.compile(f"(?P<cue>{_alt(words('modifier'))}){de}"),
        dims_rx=re.compile(_alt(words("dims"))),
        enum_words=frozenset(words("enum")),
        anaphors=anaphors,
        purpose_words=frozenset(words("purpose")),
        means_words=frozenset(words("means")),
        verbs=frozenset(words("infix")),
        enum_rx=re.compile(_alt(words("enum"))),
        copula_more_rx=re.compile(copula_more),
        circum_first_rx=re.compile(_alt(words("circum")))
        if all(r.cues for r in circum) else None,   # a row without cues opens anywhere
        circum_rows=tuple(circum),
    )


def circum_row(table: CueTable, match: re.Match) -> tuple[CueRow, str, str, str, int, int]:
    """(row, cue, inner, cue2, inner start, inner end) of a circum_rx match."""
    rows = table.circum_rows
    last = match.lastgroup or ""      # row i's groups are c{i}, i{i}, e{i}: e{i} closes last
    if last[:1] == "e" and last[1:].isdigit():
        i = int(last[1:])
        return (rows[i], match.group(f"c{i}"), match.group(f"i{i}"), match.group(last),
                match.start(f"i{i}"), match.end(f"i{i}"))
    for i, r in enumerate(rows):
        if match.group(f"c{i}") is not None:
            return (r, match.group(f"c{i}"), match.group(f"i{i}"), match.group(f"e{i}"),
                    match.start(f"i{i}"), match.end(f"i{i}"))
    raise AssertionError("circum match without a row")


def circum_inner_end(row: CueRow, text: str, ins: int, ine: int, de: str) -> int:
    """Where the inner span Y of a circum match ends: before its last 的 when the row's
    object is `owner` ("夯实 Y 的技术基础": Y owns the head)."""
    if row.object == "owner":
        k = text.rfind(de, ins, ine)
        if k > ins:
            return k
    return ine


@dataclass(frozen=True)
class PhraseWords:
    lead: frozenset
    tail: frozenset
    create: frozenset
    adverbial: frozenset
    adverbial_end: tuple
    connective: frozenset
    de_tail: tuple
    verb: frozenset
    object_lead: frozenset
    object_stop: frozenset
    head: frozenset
    task: frozenset
    result: frozenset
    pivot: frozenset
    time: frozenset
    value_lead: frozenset
    disposal: frozenset
    head_lead: frozenset
    manner: frozenset
    locative: frozenset
    manner_join: frozenset
    chain: frozenset = frozenset()
    frame_lead: frozenset = frozenset()
    role_prep: frozenset = frozenset()
    joint: frozenset = frozenset()
    norm: frozenset = frozenset()
    topic_prep: frozenset = frozenset()
    propose: frozenset = frozenset()
    modal: frozenset = frozenset()
    speech: frozenset = frozenset()
    adverbial_tail: tuple = ()
    adverbial_not: tuple = ()
    de: str = ""                  # the structural particle (one row)
    link: frozenset = frozenset()
    conjunction: frozenset = frozenset()
    frame_prep: frozenset = frozenset()
    copula: frozenset = frozenset()
    lever: str = ""               # the means word of "以 M 为 N" (one row)
    lever_copula: tuple = ()      # shortest first
    anaphor_prep: frozenset = frozenset()
    dims_lead: frozenset = frozenset()
    passive_end: str = ""         # one row
    member_lead: frozenset = frozenset()
    demonstrative: frozenset = frozenset()
    deictic: frozenset = frozenset()
    between: frozenset = frozenset()
    modifier_end: frozenset = frozenset()
    copula_adj: frozenset = frozenset()
    role_post: frozenset = frozenset()
    role_degree: frozenset = frozenset()
    co_actor: frozenset = frozenset()
    tenet: frozenset = frozenset()
    parallel: frozenset = frozenset()
    scope: frozenset = frozenset()
    light: frozenset = frozenset()
    role_link: frozenset = frozenset()
    destination: frozenset = frozenset()
    such_as: frozenset = frozenset()
    manner_head: frozenset = frozenset()
    direction: frozenset = frozenset()
    comparative: tuple = ()       # a tuple for str.startswith
    shared_head: frozenset = frozenset()
    benefactive: str = ""         # the preposition of "为 Y V Z" (one row)
    negator: frozenset = frozenset()
    action: frozenset = frozenset()
    name_head: frozenset = frozenset()
    speaker: frozenset = frozenset()
    serial: frozenset = frozenset()
    norm_bound: frozenset = frozenset()


@derived
def phrase_words(res: Resources) -> PhraseWords:
    """ontology/phrase_words.tsv grouped by role."""
    by_role: dict[str, set[str]] = {}
    for r in res.table("phrase_words.tsv"):
        by_role.setdefault(r["role"], set()).add(r["word"])
    g = lambda role: frozenset(by_role.get(role, ()))  # noqa: E731

    def one(role: str) -> str:
        words = by_role.get(role, set())
        if len(words) != 1:
            raise PolicyKGError(f"phrase_words.tsv: role {role!r} needs exactly one row, "
                                f"has {len(words)}", f"keep one word of role {role}")
        return next(iter(words))

    def by_len(role: str) -> tuple:
        return tuple(sorted(by_role.get(role, ()), key=lambda w: (len(w), w)))
    return PhraseWords(g("lead"), g("tail"), g("create"), g("adverbial"),
                       tuple(sorted(by_role.get("adverbial-end", ()), key=len, reverse=True)),
                       g("connective"), tuple(sorted(by_role.get("de-tail", ()))), g("verb"), g("object-lead"),
                       g("object-stop"), g("head"), g("task"), g("result"),
                       g("pivot"), g("time"), g("value-lead"), g("disposal"), g("head-lead"),
                       g("manner"), g("locative"), g("manner-join"), g("chain-result"), g("frame-lead"), g("role-prep"),
                       g("joint"), g("norm"), g("topic-prep"), g("propose"),
                       g("modal"), g("speech"), by_len("adverbial-tail"), by_len("adverbial-not"),
                       one("de"), g("link"), g("conjunction"), g("frame-prep"), g("copula"),
                       one("lever"), by_len("lever-copula"), g("anaphor-prep"), g("dims-lead"),
                       one("passive-end"), g("member-lead"), g("demonstrative"), g("deictic"),
                       g("between"), g("modifier-end"), g("copula-adj"),
                       g("role-post"), g("role-degree"), g("co-actor"),
                       g("tenet"), g("parallel"), g("scope"), g("light"),
                       g("role-link"), g("destination"),
                       g("such-as"), g("manner-head"), g("direction"),
                       by_len("comparative"), g("shared-head") | g("head"),
                       one("benefactive"), g("negator"), g("action"), g("name-head"),
                       g("speaker"), g("serial"),
                       g("norm-bound"))
