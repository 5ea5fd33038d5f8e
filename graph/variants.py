"""Lookup keys of concept labels: the bare concept a variant label names (ontology/variants.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from policykg.ontology import read_table

__all__ = ["Variants", "load_variants", "default_variants", "lookup_key"]


@dataclass(frozen=True)
class Variants:
    """Prefixes and suffixes, longest first."""
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


def load_variants(name: str = "variants.tsv") -> Variants:
    rows = read_table(name)
    by = lambda side: tuple(sorted({r["affix"] for r in rows if r["side"] == side},  # noqa: E731
                                   key=len, reverse=True))
    return Variants(by("prefix"), by("suffix"))


@lru_cache(maxsize=1)
def default_variants() -> Variants:
    """The shipped table, read once."""
    return load_variants()


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
