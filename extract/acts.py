"""Named acts that a sentence launches: "实施 X行动", "出台 X政策", "X工程 全面启动".

The words are rows of ontology/event_cues.tsv: launch_verb (实施, 开展, 出台 …), act_noun
(how the name ends: 行动, 工程, 政策 …), act_not_start (相关政策 names nothing), act_de_word
(高等教育 may stand in a name though 等 may not), start_verb and
act_adverb (a verb after the name: X工程 全面 启动). A name holds no clause mark and no act_de
character (积极的财政政策 describes a stance); it ends where a clause or a coordination does.
"""
from __future__ import annotations

import re

from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["find_acts"]

_STOP = "，,；;：:。！？!?（()）"


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


@derived
def _patterns(res: Resources) -> tuple | None:
    """(after, before, launch verb, start verb, act noun, not_start) patterns."""
    rows = res.table("event_cues.tsv")
    pick = lambda kind: [r["text"] for r in rows if r["kind"] == kind]  # noqa: E731
    verbs, nouns = pick("launch_verb"), pick("act_noun")
    if not verbs or not nouns:
        return None
    joins = pick("act_join")
    de = pick("act_de")
    bad = "".join(sorted(set("".join(de))))
    words = pick("act_de_word")       # "高等教育": a word may hold an act_de character
    unit = f"(?:{_alt(words)}|[^{re.escape(_STOP + bad)}])" if words else \
        f"[^{re.escape(_STOP + bad)}]"
    name = f"{unit}{{2,30}}?(?:{_alt(nouns)})"
    stop = f"[{re.escape(_STOP)}]|$"
    end = f"(?={stop}|(?:{_alt(joins)}))" if joins else f"(?={stop})"
    after = re.compile(f"(?:{_alt(verbs)})(?:{_alt(pick('launch_after'))})?(?P<name>{name}){end}")
    adverbs = _alt(pick("act_adverb"))
    starts = _alt(pick("start_verb"))
    before = re.compile(f"(?P<name>{name})(?:{adverbs})*(?:{starts})(?={stop})")
    return (after, before, re.compile(_alt(verbs)), re.compile(starts or "(?!)"),
            re.compile(_alt(nouns)), tuple(pick("act_not_start")))


def find_acts(res: Resources, text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every named act `text` launches, in text order."""
    pats = _patterns(res)
    if pats is None:
        return []
    after, before, verb, start, noun, not_start = pats
    if noun.search(text) is None:       # most sentences name no act: one scan decides
        return []
    out: list[tuple[int, int, str]] = []
    if verb.search(text) is not None:
        out = [(*m.span("name"), m.group("name")) for m in after.finditer(text)]
    if start.search(text) is not None:
        for cs, ce in _clauses(text):
            m = before.fullmatch(text, cs, ce)
            if m:
                out.append((*m.span("name"), m.group("name")))
    out = [(s, e, n) for s, e, n in out if not n.startswith(not_start) and not verb.match(n)]
    out.sort()
    return out


_CLAUSE = re.compile(f"[^{re.escape(_STOP)}]+")


def _clauses(text: str):
    for m in _CLAUSE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        yield s, e
