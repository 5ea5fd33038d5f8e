"""Find quantities in text: a number (digits or Chinese numerals), its unit, range and qualifier.

Units, magnitudes and qualifiers come from ontology/units.tsv and ontology/qualifiers.tsv,
compiled in quantity_tables.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numerals import cn_number
from .quantity_tables import QuantityTables, number_marks, quantity_tables, written_order
from .resources import Resources

__all__ = ["Quantity", "QuantityTables", "quantity_tables", "cn_number", "find_quantities",
           "number_marks", "quoted_spans", "written_order"]

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_QUOTED = re.compile(r"“[^”\"\n]*[”\"]|《[^》\n]*》|\"[^\"\n]*\"|「[^」\n]*」")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_HAS_FULLWIDTH = re.compile("[０-９．]")     # translate is slow on Chinese text: only when needed


@dataclass(frozen=True, init=False)
class Quantity:
    """A number with its unit as written; offsets are relative to the searched text."""
    start: int
    end: int
    unit: str
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    qualifier: str = ""
    bare: bool = False       # a Chinese numeral without a written unit (人口超百万)
    share: bool = False      # a number word that is a share of a whole (超过全球一半)

    def __init__(self, start: int, end: int, unit: str, value: Decimal | None = None,
                 min_value: Decimal | None = None, max_value: Decimal | None = None,
                 qualifier: str = "", bare: bool = False, share: bool = False):
        # plain dict stores instead of eight frozen-attribute writes (quantities are many)
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["unit"] = unit
        d["value"] = value
        d["min_value"] = min_value
        d["max_value"] = max_value
        d["qualifier"] = qualifier
        d["bare"] = bare
        d["share"] = share


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted names and 《》 titles in `text`."""
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(pos: int, spans) -> bool:
    return any(s < pos < e for s, e in spans)


def _dec(s: str) -> Decimal:
    return Decimal(s.replace(",", "") if s.isascii() else s.translate(_FULLWIDTH).replace(",", ""))


def find_quantities(res: Resources, text: str) -> list[Quantity]:
    """Quantities with a unit in `text`, left to right; years, ordinals and names are skipped."""
    t = quantity_tables(res)
    norm = text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text
    quotes = quoted_spans(norm)
    out: list[Quantity] = []
    pos = 0
    while True:
        first = t.number_start.search(norm, pos)
        if not first:
            break
        m = t.number_unit.match(norm, first.start())
        if not m:
            pos = first.start() + 1
            continue
        pos = m.end("num")
        q = _quantity_at(res, norm, m, t, quotes)
        if q is not None:
            out.append(q)
            pos = q.end
    if t.words is not None and t.words.search(norm):
        out = _with_words(norm, out, t, quotes)
    return out


def _with_words(text: str, out: list[Quantity], t: QuantityTables, quotes) -> list[Quantity]:
    """`out` with the number words of `text` (超过全球一半: 50 %) that no quantity covers."""
    values = {w: (v, u) for w, v, u in t.word_values}
    for m in t.words.finditer(text):
        s, e = m.span()
        if (quotes and _inside(s, quotes)) or any(q.start < e and s < q.end for q in out):
            continue
        before = t.before.search(text, max(0, s - 4), s)
        value, unit = values[m.group()]
        out.append(Quantity(s, e, unit, value, qualifier=before.group() if before else "",
                            share=True))
    out.sort(key=lambda q: q.start)
    return out


def _quantity_at(res: Resources, text: str, m: re.Match, t: QuantityTables,
                 quotes) -> Quantity | None:
    """The quantity of a `number_unit` match, or None for a year, an ordinal, a name …"""
    s, e = m.span("num")
    num = m.group("num")
    prev = text[s - 1] if s else ""
    grouped = prev == "," and s > 1 and text[s - 2].isdigit()     # the tail of 1,2345
    if prev == t.ordinal or (prev.isascii() and prev.isalnum()) or (prev and prev in ".-") \
            or grouped \
            or (quotes and _inside(s, quotes)):
        return None
    cn = not num[0].isdigit()
    q0, mag, q, word = m.group("q0", "mag", "q", "unit")
    if word and t.not_units and text.startswith(t.not_units, m.start("unit")):
        word = None             # 上千万家庭: 家庭 is the noun counted, not the unit 家
    if not (word or mag or cn) and t.duration is not None and len(num) <= 2:
        d = t.duration.match(text, m.end())     # 用3年时间: a duration, not a year
        if d:
            word = d.group("unit")
            m = d
    if not (word or cn) and t.share_join is not None:
        shared = _shared_unit(text, m.end(), t)     # 分别达1.5、2.3万人次: the list's last unit
        if shared:
            mag, word = mag or shared[0], shared[1]
    if cn:      # only large Chinese numerals: 百万, 上千万 (not 一个, 两个维度, 十项), or 九成
        value = cn_number(res, num)
        small = len(num) == 1 and word in t.small_units
        if value is None or not small and (value < 100 or not any(c in t.large for c in num)):
            return None
    unit = (mag or "") + (word or "")
    inner = q0 or q or ""
    end = m.end() if word else m.end("q") if q else m.end("mag") if mag else m.end("q0") \
        if q0 else e
    if unit and end < len(text) and text[end].isascii() and text[end].isalnum():
        return None             # 5G, 10GB written as a name
    rng = None if cn else _range(text, end, t)
    if rng and unit not in ("", rng[1]):
        rng = None
    if not (unit or cn or rng):
        return None
    # the value and the qualifier are read only for a figure that is kept
    number = Decimal(value) if cn else _dec(num)
    before = t.before.search(text, max(0, s - 4), s)
    qualifier = before.group() if before else inner
    if rng:
        return Quantity(s, _after(text, rng[0], t), rng[1], None, number, _dec(rng[2]),
                        qualifier)
    if not unit:
        return Quantity(s, e + len(inner), "", number, qualifier=qualifier, bare=True)
    a = t.after_unit.match(text, end)
    if a and not qualifier:
        qualifier = a.group()
    return Quantity(s, a.end() if a and len(a.group()) > 1 else end, unit, number,
                    qualifier=qualifier)


def _shared_unit(text: str, end: int, t: QuantityTables) -> tuple[str, str] | None:
    """(magnitude, unit word) of the last number of a list "A、B、C万人次" that follows `end`."""
    for _ in range(8):
        j = t.share_join.match(text, end)
        m = t.number_unit.match(text, j.end()) if j else None
        if not m or not m.group("num")[0].isdigit():
            return None
        if m.group("unit"):
            return m.group("mag") or "", m.group("unit")
        if m.group("mag") or m.group("q0") or m.group("q"):
            return None
        end = m.end("num")
    return None


def _range(text: str, end: int, t: QuantityTables) -> tuple[int, str, str] | None:
    """(end, unit, number) of the second half of a range ("5至10万人") from `end` on, when
    it has a unit."""
    r = t.range_sep.match(text, end)
    m2 = _DIGITS.match(text, r.end()) if r else None
    if not m2:
        return None
    u2 = t.unit.match(text, m2.end())
    unit2 = (u2.group("mag") or "") + (u2.group("unit") or "")
    if not unit2 and t.duration is not None and len(m2.group()) <= 2:
        u2 = t.duration.match(text, m2.end())   # 2-3年时间
        unit2 = u2.group("unit") if u2 else ""
    return (u2.end(), unit2, m2.group()) if unit2 else None


def _after(text: str, end: int, t: QuantityTables) -> int:
    a = t.after_unit.match(text, end)
    return a.end() if a and len(a.group()) > 1 else end
