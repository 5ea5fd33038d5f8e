"""Lookup keys of concept labels: the bare concept a variant label names (ontology/variants.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from policykg.extract.resources import Resources, derived
from policykg.ontology import read_table

__all__ = ["Variants", "load_variants", "variants_of", "lookup_key"]


@dataclass(frozen=True)
class Variants:
    """Prefixes and suffixes, longest first."""
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


def load_variants(name: str = "variants.tsv", rows=None) -> Variants:
    """The prefixes and suffixes of a shipped table, or of `rows`."""
    rows = read_table(name) if rows is None else rows
    by = lambda side: tuple(sorted({r["affix"] for r in rows if r["side"] == side},  # noqa: E731
                                   key=len, reverse=True))
    return Variants(by("prefix"), by("suffix"))


@derived
def variants_of(res: Resources) -> Variants:
    """The variants table of `res`."""
    return load_variants(rows=res.table("variants.tsv"))


def lookup_key(label: str, variants: Variants) -> str | None:
    """The label without one prefix and one suffix of the table, or None when none fits."""
    key = label
    for p in variants.prefixes:
        if key.startswith(p) and len(key) - len(p) >= 2:
            key = key[len(p):]
            break
    for s in variants.suffixes:
        if key.endswith(s) and len(key) - len(s) >= 2:
            key = key[:-len(s)]
            break
    return key if key != label else None
