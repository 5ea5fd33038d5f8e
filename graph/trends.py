"""Concepts across a corpus: per concept and document, the sentences naming it, with the
document's year and issuer, and each concept's first appearance.

    >>> t = trends("out/graph.ttl", concept="数据要素")
    >>> t.concepts[0].first_document, t.concepts[0].documents

Counts come from graph/queries/trends.rq: a variant label (skos:hiddenLabel, graph/variants.py)
counts under the bare concept it names, and `labels` lists the labels counted. A concept's
first appearance is its first document in date order (dated documents first; a document without
a date or year only when none is dated).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .compare import DocInfo, display_label, list_documents
from .namespaces import PK
from .query import open_graph
from .query_errors import ParameterError

__all__ = ["SORTS", "Cell", "ConceptTrend", "Trends", "trends"]

#: Concept orders: by first appearance (then most documents), or most documents first.
SORTS = ("first", "documents")


@dataclass(frozen=True)
class Cell:
    """One concept in one document."""
    document: str               # the document's source file name
    sentences: int
    claims: int


@dataclass(frozen=True)
class ConceptTrend:
    """One concept across the documents, cells in document date order."""
    concept: str
    labels: tuple[str, ...]
    first_document: str
    first_year: int | None
    documents: int
    issuers: int
    sentences: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Trends:
    """The documents in date order and the concepts in the chosen order."""
    graph: str
    documents: tuple[DocInfo, ...]
    concepts: tuple[ConceptTrend, ...]

    def document(self, source: str) -> DocInfo:
        return next(d for d in self.documents if d.source == source)


def trends(graph: str | Path, concept: str | None = None, contains: str | None = None,
           min_documents: int = 1, sort: str = "first") -> Trends:
    """Trends of every concept of `graph`, or of one (`concept`: a label, alias or variant key),
    or of those whose label or a variant's contains `contains`; only concepts in at least
    `min_documents` documents."""
    if sort not in SORTS:
        raise ParameterError(f"unknown order {sort!r}; known: {', '.join(SORTS)}")
    if min_documents < 1:
        raise ParameterError(f"--min-documents must be 1 or more, got {min_documents}")
    pg = open_graph(graph)
    if not pg.engine.has_predicate(PK.trendKey):   # written by another tool: no extension
        pg = _with_extension(graph)
    docs = list_documents(pg)
    order = {d.source: i for i, d in enumerate(docs)}
    res = pg.run("trends", {"x": concept} if concept else {})
    cells: dict[str, list[Cell]] = defaultdict(list)
    for row in res.rows:
        r = dict(zip(res.vars, row))
        cells[r["key"].value].append(Cell(r["source"].value, int(r["sentences"].value),
                                              int(r["claims"].value)))
    if concept and not cells:
        raise ParameterError(f"trends: no concept {concept!r} in {graph}",
                             f"labels, aliases and variant keys match exactly; try "
                             f"--contains {concept}")
    labels = _labels(pg, set(cells))
    out = []
    for key, found in cells.items():
        names = labels.get(key) or (key,)
        if contains and not any(contains in n for n in (key, *names)):
            continue
        found.sort(key=lambda c: order[c.document])
        if len(found) >= min_documents:
            out.append(_trend(display_label(key, names), names, tuple(found), docs, order))
    out.sort(key=_by_documents if sort == "documents" else _by_first)
    return Trends(str(graph), docs, tuple(out))


def _with_extension(graph: str | Path):
    """The graph in rdflib with the extension a build adds (graph/materialise.py), which
    the trends query reads (pk:trendKey)."""
    from .engines import RdflibEngine
    from .materialise import materialise
    from .query import PolicyGraph
    from .store import load_rdflib
    g = load_rdflib(graph)
    materialise(g)
    return PolicyGraph(RdflibEngine(g), Path(graph))


def _labels(pg, keys: set[str]) -> dict[str, tuple[str, ...]]:
    """Key -> the preferred labels counted under it, for keys that variants count under."""
    res = pg.run("trends_variants")
    found: dict[str, list[str]] = defaultdict(list)
    for row in res.rows:
        r = dict(zip(res.vars, row))
        if r["concept"].value in keys:
            found[r["concept"].value].append(r["label"].value)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _trend(key: str, labels: tuple[str, ...], cells: tuple[Cell, ...],
           docs: tuple[DocInfo, ...], order: dict[str, int]) -> ConceptTrend:
    info = [docs[order[c.document]] for c in cells]
    dated = [d for d in info if d.year is not None] or info
    first = dated[0]
    issuers = {d.issuer for d in info if d.issuer}
    return ConceptTrend(key, labels, first.source, first.year, len(cells), len(issuers),
                        sum(c.sentences for c in cells), cells)


def _first_key(t: ConceptTrend) -> tuple:
    return (t.first_year is None, t.first_year or 0)


def _by_first(t: ConceptTrend) -> tuple:
    return (*_first_key(t), t.first_document, -t.documents, -t.sentences, t.concept)


def _by_documents(t: ConceptTrend) -> tuple:
    return (-t.documents, -t.sentences, *_first_key(t), t.concept)
