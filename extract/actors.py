"""Actors named in a sentence: organisations, bodies, countries and leaders (ontology/actors.tsv).

Names are matched as written; an organisation is a run of nouns ending in a body suffix
(国家发展改革委, 北京市经济和信息化局) found on segmenter tokens, so that 格局 or 部署 is no body;
a leader is a person name followed by a title (习近平总书记).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Token
from .resources import Resources, derived

__all__ = ["Actor", "ActorTables", "actor_tables", "find_actors"]

_RUN_POS = ("ns", "nt", "n", "vn", "j", "nz", "zg", "ng", "nrt", "b")
_MAX_TOKENS = 7


@dataclass(frozen=True)
class Actor:
    """An actor mention; offsets are relative to the searched text."""
    start: int
    end: int
    label: str
    kind: str        # "name", "body" or "person"


@dataclass(frozen=True)
class ActorTables:
    names: re.Pattern
    name_set: frozenset[str]
    suffixes: frozenset[str]
    group: re.Pattern | None
    titles: frozenset[str]
    stops: frozenset[str]
    stop_tuple: tuple[str, ...] = ()
    suffix_tuple: tuple[str, ...] = ()
    long_suffixes: tuple[str, ...] = ()     # suffixes of two or more characters
    suffix_ends: frozenset[str] = frozenset()   # last characters of the suffixes
    title: re.Pattern | None = None             # any title, as written
    joins: frozenset[str] = frozenset()         # between the names of a coordinated group
    selves: tuple[str, ...] = ()                # a body's pronoun for itself (我局: 我)


@derived
def actor_tables(res: Resources) -> ActorTables:
    """Rows of ontology/actors.tsv, compiled."""
    rows = res.table("actors.tsv")
    pick = lambda kind: [r["text"] for r in rows if r["kind"] == kind]  # noqa: E731
    names = sorted(set(pick("name")), key=len, reverse=True)
    groups = pick("group")
    return ActorTables(
        re.compile("|".join(re.escape(n) for n in names)), frozenset(names),
        frozenset(pick("suffix")),
        re.compile("|".join(f"(?:{g})" for g in groups)) if groups else None,
        frozenset(pick("title")), frozenset(pick("stop")), tuple(pick("stop")),
        tuple(pick("suffix")), tuple(x for x in pick("suffix") if len(x) >= 2),
        frozenset(x[-1] for x in pick("suffix")),
        re.compile("|".join(re.escape(x) for x in sorted(pick("title"), key=len, reverse=True))),
        frozenset(pick("join")), tuple(pick("self")))


def _is_suffix(tok: Token, t: ActorTables) -> bool:
    w = tok.text
    if w in t.suffixes:
        return True
    if len(w) < 2 or w.endswith(t.stop_tuple):
        return False
    return w.endswith(t.suffix_tuple if tok.pos == "nt" else t.long_suffixes)


def _runs(tokens: list[Token], t: ActorTables) -> list[Actor]:
    out = []
    ends = t.suffix_ends
    nxt = 0         # where the next run may start
    # a suffix token ends with a suffix's last character: one cheap test picks the candidates
    for i in [i for i, tok in enumerate(tokens) if tok.text[-1:] in ends]:
        tok = tokens[i]
        if i < nxt or not _is_suffix(tok, t):
            continue
        j = i
        while j + 1 < len(tokens) and _is_suffix(tokens[j + 1], t):
            j += 1
        k = i
        while k > 0 and i - k < _MAX_TOKENS:
            prev = tokens[k - 1]
            if prev.text in t.stops:
                break
            if prev.pos.startswith(_RUN_POS) or prev.text in t.name_set:
                k -= 1
            elif prev.text in t.joins and k - 1 > 0 and tokens[k - 2].pos.startswith(_RUN_POS):
                k -= 1
            else:
                break
        while k < i and tokens[k].text in t.joins:
            k += 1
        first, last = tokens[k], tokens[j]
        label = "".join(x.text for x in tokens[k:j + 1])
        if (j > k or tok.pos == "nt" or len(tok.text) >= 3) and len(label) >= 3:
            out.append(Actor(first.start, last.end, label, "body"))
        nxt = j + 1
    return out


def _persons(tokens: list[Token], t: ActorTables) -> list[Actor]:
    out = []
    for a, b in zip(tokens, tokens[1:]):
        if b.text in t.titles and a.pos.startswith("nr"):
            out.append(Actor(a.start, b.end, a.text + b.text, "person"))
    return out


def find_actors(res: Resources, text: str, tokens: list[Token]) -> list[Actor]:
    """Actors in `text` (tokens are its segmentation, offsets relative to `text`), in order.

    Overlapping candidates keep the longest; a counted group after a name joins it
    (国家发展改革委等八部委).
    """
    t = actor_tables(res)
    cands = [Actor(m.start(), m.end(), m.group(), "name") for m in t.names.finditer(text)]
    cands += _runs(tokens, t)
    if t.title is None or t.title.search(text):      # a leader needs a title
        cands += _persons(tokens, t)
    cands.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[Actor] = []
    for a in cands:
        if out and a.start < out[-1].end:
            if a.end - a.start > out[-1].end - out[-1].start and a.start == out[-1].start:
                out[-1] = a
            elif a.end > out[-1].end and a.start >= out[-1].start:
                prev = out[-1]
                out[-1] = Actor(prev.start, a.end, text[prev.start:a.end], a.kind)
            continue
        out.append(a)
    if t.group is not None:
        out = [_with_group(text, a, t.group) for a in out]
    return out


def _with_group(text: str, a: Actor, group: re.Pattern) -> Actor:
    m = group.match(text, a.end)
    if not m:
        return a
    return Actor(a.start, m.end(), text[a.start:m.end()], a.kind)
