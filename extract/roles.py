"""Role phrases: "A 对 B 的支撑作用", "发挥 A 对 B 的带动作用" — A takes the role noun's
relation to B (cues.tsv, frame role: cue lists the role nouns, cue2 the closing nouns;
phrase_words.tsv, role-prep: the prepositions that open B)."""
from __future__ import annotations

import re

from .claim_words import CLAUSE
from .tablememo import per_table
from .wordrx import alternation

__all__ = ["read_roles"]


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


def _patterns(rows: tuple, preps: frozenset, de: str) -> tuple[re.Pattern, re.Pattern]:
    """The role nouns with their closers after 的 (`de`), and the prepositions, compiled once."""
    return (re.compile(f"{re.escape(de)}(?P<cue>{_alt(c for r in rows for c in r.cues)})"
                       f"(?:{_alt(c for r in rows for c in r.cue2)})"), re.compile(_alt(preps)))


@per_table
def _compiled(table, words) -> tuple[tuple, tuple | None]:
    """The table's role rows and their patterns, once per table."""
    rows = tuple(r for r in table.rows if r.frame == "role")
    return rows, _patterns(rows, words.role_prep, words.de) if rows and words.role_prep else None


def read_roles(reader) -> None:
    """Emit A —rel→ B for "A 对 B 的 ROLE 作用" inside one clause."""
    v, text = reader.v, reader.v.text
    rows, patterns = _compiled(reader.t, v.words)
    if patterns is None or v.words.de not in text:
        return
    rx, prx = patterns
    for c in CLAUSE.finditer(text):
        cs, ce = c.span()
        for m in rx.finditer(text, cs, ce):
            de = m.start()
            opens = [p for p in prx.finditer(text, cs, de) if v.token_after(p.start())]
            if not opens:
                continue
            p = opens[-1]
            lo = v.lead_end(cs, p.start(), v.words.verb | v.words.lead)   # "发挥 A 对…"
            xs = reader.left_spans(lo, p.start())
            ys = v.split(p.end(), de)
            row = next(r for r in rows if m.group("cue") in r.cues)
            if xs and ys:
                reader.emit(xs, row.relation, ys, m.group("cue"), row)
