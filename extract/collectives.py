"""Collective names after a list: "A、B 和 C 三链融合", "A、B、C“三要素”" — the collective
has each member as a part (cues.tsv, frame collective: cue lists the numerals)."""
from __future__ import annotations

import re

from .charclasses import char_class
from .claim_words import CLAUSE
from .numerals import cn_number
from .tablememo import per_table

__all__ = ["read_collectives", "collective_name"]

_QUOTES = "“”\"'‘’"


def _pattern(row) -> re.Pattern:
    """A numeral of the row, up to four characters of name, in optional quotes."""
    nums = "".join(sorted(set("".join(row.cues))))
    return re.compile(f"[{_QUOTES}]?(?P<num>[{re.escape(nums)}])[\\u4e00-\\u9fff]{{1,4}}"
                      f"[{_QUOTES}]?")


@per_table
def _compiled(table) -> tuple:
    """The table's collective row and its pattern, once per table ((None, None) without)."""
    row = next((r for r in table.rows if r.frame == "collective"), None)
    return row, _pattern(row) if row is not None else None


def read_collectives(reader) -> None:
    """Emit whole —hasPart→ member for every collective whose count matches its list."""
    row, rx = _compiled(reader.t)
    text = reader.v.text
    if row is None or rx.search(text) is None:
        return                        # no numeral before a name: no collective
    v = reader.v
    res = reader.res
    ends = char_class(res, "collective-end")
    for c in CLAUSE.finditer(text):
        cs, ce = c.span()
        for m in rx.finditer(text, cs, ce):
            a = m.start()
            if v.token_after(a) is None or reader.t.dims_rx.match(text, a):
                continue              # "第三链": inside a word; "三种类型": the dims frame
            end = m.end()
            while end < ce and text[end] not in ends and end - a < 8 \
                    and v.token_after(end) is None:
                end += 1
            verb = next((t for t in v.tokens_in(a, end)[1:] if t.pos == "v"
                         and t.text not in v.words.joint), None)
            if verb is not None:
                end = verb.start      # "三大部分组成": the name ends before the verb
            count = cn_number(res, m.group("num"))
            members = v.enum_members(cs, a)
            if count and members and len(members) == count:
                reader.emit([(a, end)], row.relation, members, m.group("num"), row)


def collective_name(view, table, parts: list) -> tuple[int, int] | None:
    """The collective that closes a list of `parts` and counts them ("A、B 和 C 三链融合"
    -> 三链融合), or None: the list's span stands for it."""
    row, rx = _compiled(table)
    if row is None or len(parts) < 2:
        return None
    a, e = parts[-1]
    text = view.text
    for m in rx.finditer(text, a + 1, e):
        if m.end() == e and view.token_after(m.start()) is not None \
                and cn_number(view.res, m.group("num")) == len(parts):
            return m.start(), e
    return None
