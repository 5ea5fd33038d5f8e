"""Colours, dashes and legend names of categories and relations, read from assets/styles.tsv."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["FONT_STACK", "Style", "styles", "category_style", "relation_style", "asset_text"]

#: Local CJK fonts for canvas labels (the page loads no web fonts); the same list is in app.css.
FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
              '"Microsoft YaHei", sans-serif')


@dataclass(frozen=True)
class Style:
    kind: str
    key: str
    label: str
    colour: str
    dashes: tuple[int, ...]     # () = solid line


def asset_text(name: str) -> str:
    """Text of a file in viz/assets/."""
    return resources.files("policykg.viz").joinpath("assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def styles() -> dict[tuple[str, str], Style]:
    """(kind, key) -> Style, in table order."""
    lines = [ln for ln in asset_text("styles.tsv").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = {}
    for r in rows:
        dashes = tuple(int(x) for x in (r.get("dashes") or "").split(",") if x.strip())
        out[(r["kind"], r["key"])] = Style(r["kind"], r["key"], r["label"], r["colour"], dashes)
    return out


def category_style(category: str) -> Style:
    table = styles()
    return table.get(("category", category)) or table[("category", "other")]


def relation_style(relation: str) -> Style:
    table = styles()
    return table.get(("relation", relation)) or table[("relation", "other")]
