"""Chinese numerals (ontology/numerals.tsv): their values, and the characters that write
quantities, ordinals and list markers."""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from .errors import PolicyKGError
from .resources import Resources, derived

__all__ = ["Numerals", "numerals", "cn_number"]


@dataclass(frozen=True)
class Numerals:
    """The numeral rows by kind; character strings keep the table's order."""
    digits: MappingProxyType        # digit -> value
    small: MappingProxyType         # multiplier inside a section -> value (十 10)
    big: MappingProxyType           # multiplier closing a section -> value
    chars: str                      # every numeral: digits, small, big
    large: str                      # the multipliers from 100 on: a numeral holding one is large
    ordinal_digits: MappingProxyType    # the digits that write ordinals and dates -> value
    ordinal: str                    # every numeral that writes ordinals
    marker: str                     # the ordinal numerals up to 10: list markers
    prefix: str                     # before an ordinal
    item: str                       # after the numeral of a list item
    chapter: str
    article: str


@derived
def numerals(res: Resources) -> Numerals:
    """The rows of ontology/numerals.tsv, grouped."""
    rows = res.table("numerals.tsv")

    def values(kind: str, ordinal: bool = False) -> dict[str, int]:
        return {r["text"]: int(r["value"]) for r in rows
                if r["kind"] == kind and (not ordinal or r["ordinal"] == "yes")}

    def one(kind: str) -> str:
        words = [r["text"] for r in rows if r["kind"] == kind]
        if len(words) != 1:
            raise PolicyKGError(f"numerals.tsv: kind {kind!r} needs exactly one row, "
                                f"has {len(words)}", f"keep one row of kind {kind}")
        return words[0]

    digits, small, big = values("digit"), values("small"), values("big")
    numeric = [r for r in rows if r["kind"] in ("digit", "small", "big")]
    ordinal = [r for r in numeric if r["ordinal"] == "yes"]
    return Numerals(
        MappingProxyType(digits), MappingProxyType(small), MappingProxyType(big),
        "".join(r["text"] for r in numeric),
        "".join(c for c, v in {**small, **big}.items() if v >= 100),
        MappingProxyType(values("digit", ordinal=True)),
        "".join(r["text"] for r in ordinal),
        "".join(r["text"] for r in ordinal if 1 <= int(r["value"]) <= 10),
        one("prefix"), one("item"), one("chapter"), one("article"))


def cn_number(res: Resources, text: str) -> int | None:
    """Value of a Chinese numeral (百万 → 1000000, 一百二十 → 120); None if it is not one."""
    n = numerals(res)
    digits, small, big_of = n.digits, n.small, n.big
    total = section = digit = 0
    seen = False
    for ch in text:
        if ch in digits:
            digit = digits[ch]
            seen = True
        elif ch in small:
            section += (digit or 1) * small[ch]
            digit = 0
            seen = True
        elif ch in big_of:
            big = big_of[ch]
            section += digit
            digit = 0
            if total and total < big:      # 万亿, 百万亿
                total = (total + section) * big
            else:
                total += (section or 1) * big
            section = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + section + digit
