"""The tables quantities are read with, compiled: units and magnitudes (ontology/units.tsv),
qualifiers (ontology/qualifiers.tsv) and the number regex (ontology/numerals.tsv); and how a
figure is written back with its qualifier."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numerals import numerals
from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["QuantityTables", "quantity_tables", "number_marks", "written_order"]


@dataclass(frozen=True)
class QuantityTables:
    units: tuple[str, ...]          # longest first
    magnitudes: tuple[str, ...]     # longest first
    implied: tuple[tuple[str, str], ...]   # (indicator ending, unit)
    before: re.Pattern              # qualifier ending the text before a number
    after_number: re.Pattern        # 多 / 余 between number and unit
    after_unit: re.Pattern          # 以上 / 左右 after the unit
    unit: re.Pattern                # [多|余][magnitude][多|余][unit]
    number_unit: re.Pattern | None = None   # (?P<num>number) and `unit`: one match for both
    not_units: tuple[str, ...] = ()         # nouns that start with a unit (家庭)
    small_units: frozenset[str] = frozenset()   # units a one-digit Chinese numeral takes (九成)
    share_join: re.Pattern | None = None    # between the numbers of "分别达 A、B 万人次"
    words: re.Pattern | None = None         # number words with their value and unit (一半)
    word_values: tuple[tuple[str, Decimal, str], ...] = ()
    duration: re.Pattern | None = None      # (?P<unit>年) a duration word follows (3年时间)
    durations: frozenset[str] = frozenset()     # the duration units
    #: A character a number can start with: a charset search skips to it at C speed (the
    #: number regex, an alternation, is tried at every position).
    number_start: re.Pattern | None = None
    range_sep: re.Pattern | None = None     # between the numbers of a range (5至10万人)
    large: str = ""                         # numerals.tsv multipliers from 百 on
    ordinal: str = ""                       # the word before an ordinal: no quantity follows


def _alt(words) -> str:
    return alternation(words)         # longest first, shaped like a trie (wordrx.py)


@derived
def quantity_tables(res: Resources) -> QuantityTables:
    """Compiled unit, magnitude and qualifier tables."""
    rows = res.table("units.tsv")
    units = tuple(sorted({r["text"] for r in rows if r["kind"] == "unit"}, key=len, reverse=True))
    mags = tuple(sorted({r["text"] for r in rows if r["kind"] == "magnitude"}, key=len,
                        reverse=True))
    implied = tuple((r["indicator"], r["text"]) for r in rows if r["kind"] == "implied")
    pick = lambda kind: [r["text"] for r in rows if r["kind"] == kind]  # noqa: E731
    n = numerals(res)
    digits = re.escape("".join(n.digits))
    small = f"|[{digits}](?={_alt(pick('small_unit'))})" if pick("small_unit") else ""
    number = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[" + re.escape(n.chars)
              + "]{2,}")
    quals = res.table("qualifiers.tsv")
    before = [q["text"] for q in quals if q["position"] == "before"]
    after = [q["text"] for q in quals if q["position"] == "after"]
    inner = [a for a in after if len(a) == 1]
    unit = (f"(?P<q0>{_alt(inner)})?(?P<mag>{_alt(mags)})?(?P<q>{_alt(inner)})?"
            f"(?P<unit>{_alt(units)})?")
    return QuantityTables(
        units, mags, implied,
        re.compile(f"(?:{_alt(before)})$"),
        re.compile(f"(?:{_alt(inner)})"),
        re.compile(f"(?:{_alt(after)})"),
        re.compile(unit),
        # the unit part never fails; a one-digit Chinese numeral only before a small unit
        re.compile(f"(?P<num>{number}{small}){unit}"),
        tuple(pick("not_unit")), frozenset(pick("small_unit")),
        re.compile(f"(?:{_alt(pick('list_join'))})") if pick("list_join") else None,
        re.compile(_alt(pick("word_number"))) if pick("word_number") else None,
        tuple((r["text"], Decimal(r["value"]), r["indicator"]) for r in rows
              if r["kind"] == "word_number"),
        re.compile(f"(?P<unit>{_alt(pick('duration_unit'))})(?=(?:{_alt(pick('duration_after'))}))")
        if pick("duration_unit") and pick("duration_after") else None,
        frozenset(pick("duration_unit")),
        re.compile(r"[\d" + re.escape(n.chars) + "]"),
        re.compile(f"\\s*(?:{_alt(pick('range_join'))})\\s*"),
        n.large, n.prefix,
    )


@derived
def number_marks(res: Resources):
    """A test of whether a text may hold a quantity: a digit, a large numeral or a character
    every number word holds (一半, 半数), else a one-digit numeral before a small unit (九成);
    two charset-led searches, far cheaper than one alternation."""
    t = quantity_tables(res)
    common = set.intersection(*(set(w) for w, _, _ in t.word_values)) if t.word_values else set()
    first = re.compile(f"[0-9０-９{re.escape(t.large)}{re.escape(''.join(sorted(common)))}]").search
    if not t.small_units:
        return first
    digits = re.escape("".join(numerals(res).digits))
    second = re.compile(f"[{digits}](?={_alt(t.small_units)})").search
    return lambda text: first(text) or second(text)


@derived
def _positions(res: Resources) -> dict[str, str]:
    return {q["text"]: q["position"] for q in res.table("qualifiers.tsv")}


def written_order(res: Resources, value: str, unit: str, qualifier: str) -> str:
    """A figure as it reads, its qualifier where qualifiers.tsv puts it: 超过500 个,
    80多 个, 3 %以上."""
    if not qualifier or _positions(res).get(qualifier, "before") == "before":
        return f"{qualifier}{value} {unit}"
    if len(qualifier) == 1:
        return f"{value}{qualifier} {unit}"
    return f"{value} {unit}{qualifier}"
