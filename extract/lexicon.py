"""The policy lexicon (ontology/lexicon.tsv): concepts with category and aliases."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .resources import Resources, derived

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
    """Lookup of lexicon entries by preferred label or alias.

    `entry(label)` gives the entry whose preferred label is `label`; `canonical(text)` the
    preferred label of a label or alias. Both are the bound `get` of a dict (None when
    unknown), not methods: they run in the mention and claim loops, where a Python call
    per lookup showed in the profile.
    """

    def __init__(self, entries: tuple[LexiconEntry, ...]):
        self.entries = entries
        self._by_label = {e.label: e for e in entries}
        self._canon = {}
        for e in entries:
            self._canon[e.label] = e.label
            for a in e.aliases:
                self._canon.setdefault(a, e.label)
        self.entry: Callable[[str], LexiconEntry | None] = self._by_label.get
        self.canonical: Callable[[str], str | None] = self._canon.get

    def words(self) -> list[tuple[str, str]]:
        """(word, pos) for every label and alias, sorted, for the segmenter's dictionary."""
        out = {}
        for e in self.entries:
            for w in (e.label, *e.aliases):
                out.setdefault(w, e.pos or "n")
        return sorted(out.items())


@derived
def load_lexicon(res: Resources) -> Lexicon:
    """The lexicon of `res` (lexicon.tsv)."""
    entries = []
    for row in res.table("lexicon.tsv"):
        aliases = tuple(a for a in row.get("aliases", "").split("|") if a)
        entries.append(LexiconEntry(row["id"], row["label"], row["category"], aliases,
                                    row.get("pos", "") or "n"))
    return Lexicon(tuple(entries))
