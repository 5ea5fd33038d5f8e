"""Find quantities in text: a number (digits or Chinese numerals), its unit, range and qualifier.

Units, magnitudes and qualifiers come from ontology/units.tsv and ontology/qualifiers.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from policykg.ontology import read_table

from .numerals import cn_number, numerals

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
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def quantity_tables() -> QuantityTables:
    """Compiled unit, magnitude and qualifier tables."""
    rows = read_table("units.tsv")
    units = tuple(sorted({r["text"] for r in rows if r["kind"] == "unit"}, key=len, reverse=True))
    mags = tuple(sorted({r["text"] for r in rows if r["kind"] == "magnitude"}, key=len,
                        reverse=True))
    implied = tuple((r["indicator"], r["text"]) for r in rows if r["kind"] == "implied")
    pick = lambda kind: [r["text"] for r in rows if r["kind"] == kind]  # noqa: E731
    n = numerals()
    digits = re.escape("".join(n.digits))
    small = f"|[{digits}](?={_alt(pick('small_unit'))})" if pick("small_unit") else ""
    number = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[" + re.escape(n.chars)
              + "]{2,}")
    quals = read_table("qualifiers.tsv")
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


@lru_cache(maxsize=1)
def number_marks():
    """A test of whether a text may hold a quantity: a digit, a large numeral or a character
    every number word holds (一半, 半数), else a one-digit numeral before a small unit (九成);
    two charset-led searches, far cheaper than one alternation."""
    t = quantity_tables()
    common = set.intersection(*(set(w) for w, _, _ in t.word_values)) if t.word_values else set()
    first = re.compile(f"[0-9０-９{re.escape(t.large)}{re.escape(''.join(sorted(common)))}]").search
    if not t.small_units:
        return first
    second = re.compile(f"[{re.escape(''.join(numerals().digits))}](?={_alt(t.small_units)})").search
    return lambda text: first(text) or second(text)


@lru_cache(maxsize=1)
def _positions() -> dict[str, str]:
    return {q["text"]: q["position"] for q in read_table("qualifiers.tsv")}


def written_order(value: str, unit: str, qualifier: str) -> str:
    """A figure as it reads, its qualifier where qualifiers.tsv puts it: 超过500 个,
    80多 个, 3 %以上."""
    if not qualifier or _positions().get(qualifier, "before") == "before":
        return f"{qualifier}{value} {unit}"
    if len(qualifier) == 1:
        return f"{value}{qualifier} {unit}"
    return f"{value} {unit}{qualifier}"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted names and 《》 titles in `text`."""
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(pos: int, spans) -> bool:
    return any(s < pos < e for s, e in spans)


def _dec(s: str) -> Decimal:
    return Decimal(s.replace(",", "") if s.isascii() else s.translate(_FULLWIDTH).replace(",", ""))


def find_quantities(text: str) -> list[Quantity]:
    """Quantities with a unit in `text`, left to right; years, ordinals and names are skipped."""
    t = quantity_tables()
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
        q = _quantity_at(norm, m, t, quotes)
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


def _quantity_at(text: str, m: re.Match, t: QuantityTables, quotes) -> Quantity | None:
    """The quantity of a `number_unit` match, or None for a year, an ordinal, a name …"""
    s, e = m.span("num")
    num = m.group("num")
    prev = text[s - 1] if s else ""
    grouped = prev == "," and s > 1 and text[s - 2].isdigit()     # the tail of 1,2345
    if prev == t.ordinal or (prev.isascii() and prev.isalnum()) or (prev and prev in ".-") or grouped \
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
        value = cn_number(num)
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
