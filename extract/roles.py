"""Role phrases: "A 对 B 的支撑作用", "发挥 A 对 B 的带动作用", "A 在 B 中的决定性作用", "A 对 B 具有
促进作用" (phrase_words role-link stands for 的) — A takes
the role noun's relation to B (cues.tsv, frame role: cue lists the role nouns, cue2 the closing
nouns; phrase_words.tsv: role-prep opens B, role-post closes it, role-degree may stand before
the role noun). "A 在推动 B 中的重要作用" has no role noun: B's own cue verb gives the relation."""
from __future__ import annotations

import re

from .claim_words import CLAUSE
from .tablememo import per_table
from .wordrx import alternation

__all__ = ["read_roles"]


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


def _patterns(rows: tuple, w) -> tuple[re.Pattern, re.Pattern]:
    """The role nouns (or none, after a degree word) with their closers after 的, and the
    prepositions, compiled once."""
    degree = f"(?:{_alt(w.role_degree)})?" if w.role_degree else ""
    link = _alt({w.de} | w.role_link)    # "对 B 的支撑作用", "对 B 具有促进作用"
    return (re.compile(f"(?:{link}){degree}(?P<cue>{_alt(c for r in rows for c in r.cues)})?"
                       f"(?:{_alt(c for r in rows for c in r.cue2)})"), re.compile(_alt(w.role_prep)))


@per_table
def _compiled(table, words) -> tuple[tuple, tuple | None]:
    """The table's role rows and their patterns, once per table."""
    rows = tuple(r for r in table.rows if r.frame == "role")
    return rows, _patterns(rows, words) if rows and words.role_prep else None


def _target(reader, a: int, b: int) -> tuple[int, int]:
    """B of the role phrase without its postposition ("在 B 中")."""
    words = reader.v.words
    post, text = words.role_post, reader.v.text
    while b > a and text[b - 1:b] in post:
        b -= 1
    ends = sorted(words.role_link | words.role_degree, key=len, reverse=True)
    w = ""
    while b > a and w is not None:    # "B 起到积极的…作用": B
        w = next((w for w in ends if text.endswith(w, a, b)), None)
        b -= len(w or "")
    return a, b


def _after_verb(reader, lo: int, hi: int) -> int:
    """Where A starts: after the last verb before the preposition, if A is left (a verb right
    before it is A itself: "强化需求在…", 需求/v)."""
    at, verbs = lo, reader.v.words.verb
    for tok in reader.v.tokens_in(lo, hi):
        if tok.end < hi and (tok.pos in ("v", "l") or tok.text in reader.t.verbs
                             or tok.text in verbs):   # "充分发挥", whatever its tag
            at = tok.end
    return at if at < hi else lo


def read_roles(reader) -> None:
    """Emit A —rel→ B for "A 对 B 的 ROLE 作用" inside one clause."""
    v, text = reader.v, reader.v.text
    rows, patterns = _compiled(reader.t, v.words)
    if patterns is None or v.words.de not in text and not any(
            w in text for w in v.words.role_link):
        return
    rx, prx = patterns
    if rx.search(text) is None:
        return                        # no role noun after 的 in the sentence: none in a clause
    for c in CLAUSE.finditer(text):
        cs, ce = c.span()
        for m in rx.finditer(text, cs, ce):
            de = m.start()
            opens = [p for p in prx.finditer(text, cs, de) if v.token_after(p.start())]
            if not opens:
                continue
            p = opens[-1]
            a, b = _target(reader, p.end(), de)
            if m.group("cue"):
                row = next(r for r in rows if m.group("cue") in r.cues)
                cue = m.group("cue")
            else:                     # "在推动 B 中的重要作用": the verb opening B is the cue
                inner = reader.t.infix_rx.match(text, a, b)
                row = reader.t.infix_row(inner.group()) if inner else None
                if row is None or not row.relation:
                    continue
                cue, a = inner.group(), inner.end()
            lo = _after_verb(reader, v.lead_end(cs, p.start(), v.words.verb | v.words.lead),
                             p.start())                       # "发挥 A 对…", "重视 A 在…"
            xs = reader.left_spans(lo, p.start())
            ys = v.split(a, b)
            if xs and ys:
                reader.supersede(xs, row.relation, ys)
                reader.emit(xs, row.relation, ys, cue, row)
