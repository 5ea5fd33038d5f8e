"""The policy lexicon (ontology/lexicon.tsv): concepts with category and aliases."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from policykg.ontology import read_table

__all__ = ["LexiconEntry", "Lexicon", "load_lexicon", "CATEGORIES"]

#: Concept categories, the top concepts of the SKOS scheme.
CATEGORIES = ("technology", "infrastructure", "data", "governance", "economy", "society",
              "ecology", "policy")


@dataclass(frozen=True)
class LexiconEntry:
    id: str
    label: str
    category: str
    aliases: tuple[str, ...]
    pos: str


class Lexicon:
    """Lookup of lexicon entries by preferred label or alias."""

    def __init__(self, entries: tuple[LexiconEntry, ...]):
        self.entries = entries
        self._by_label = {e.label: e for e in entries}
        self._canon = {}
        for e in entries:
            self._canon[e.label] = e.label
            for a in e.aliases:
                self._canon.setdefault(a, e.label)
        # The two look-ups as bound dict methods: the methods' answers without a Python call.
        self.entry, self.canonical = self._by_label.get, self._canon.get

    def entry(self, label: str) -> LexiconEntry | None:
        """The entry whose preferred label is `label`."""
        return self._by_label.get(label)

    def canonical(self, text: str) -> str | None:
        """Preferred label for a label or alias, or None when the lexicon does not know it."""
        return self._canon.get(text)

    def words(self) -> list[tuple[str, str]]:
        """(word, pos) for every label and alias, sorted, for the segmenter's dictionary."""
        out = {}
        for e in self.entries:
            for w in (e.label, *e.aliases):
                out.setdefault(w, e.pos or "n")
        return sorted(out.items())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon."""
    entries = []
    for row in read_table("lexicon.tsv"):
        aliases = tuple(a for a in row.get("aliases", "").split("|") if a)
        entries.append(LexiconEntry(row["id"], row["label"], row["category"], aliases,
                                    row.get("pos", "") or "n"))
    return Lexicon(tuple(entries))
