"""Compare two documents of one graph, or two graphs: concepts and claims new, dropped, shared
or strengthened.

    >>> c = compare("out/graph.ttl", "gov_work_report_2024_national", "gov_work_report_2026_zhejiang")
    >>> c.counts()["claims"]          # {"new": …, "dropped": …, "strengthened": …, "shared": …}

A concept's weight in a side is the number of distinct sentences of that side that name it, in
a claim (as subject or object) or as an observation's indicator; a claim's weight is the number
of distinct evidence sentences of its (subject, relation, object). Concepts are keyed by their
variant key (`skos:hiddenLabel`, graph/variants.py), so 发展新质生产力 and 新质生产力 are one
concept here; `variants=False` keys them by their preferred label. In A only: dropped; in B
only: new; in both: strengthened when B's weight is larger, else shared.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from policykg.extract.errors import PolicyKGError

from .query import PolicyGraph, open_graph

__all__ = ["STATUSES", "CompareError", "DocInfo", "Side", "Evidence", "Change", "Comparison",
           "list_documents", "find_document", "compare", "compare_graphs", "relation_name",
           "display_label"]

#: Statuses in the order they are listed.
STATUSES = ("new", "dropped", "strengthened", "shared")


class CompareError(PolicyKGError):
    """Two sides that cannot be compared: an unknown document, or the same side twice."""


@dataclass(frozen=True)
class DocInfo:
    """A document of a graph, as compare_documents.rq lists it."""
    iri: str
    id: str
    source: str
    title: str
    year: int | None
    date: str
    issuer: str

    @property
    def name(self) -> str:
        return self.id or Path(self.source).stem


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a document of a graph, or a whole graph (`doc` None)."""
    graph: str
    doc: DocInfo | None = None

    @property
    def name(self) -> str:
        return self.doc.name if self.doc else self.graph


@dataclass(frozen=True, order=True)
class Evidence:
    """A sentence that supports a concept or claim."""
    source: str
    begin: int
    text: str


@dataclass(frozen=True)
class Change:
    """A concept (relation and object empty) or a claim, with its weight on each side."""
    kind: str                       # "concept" or "claim"
    status: str                     # one of STATUSES
    subject: str
    relation: str
    object: str
    labels: tuple[str, ...]         # preferred labels counted under the key ("s → o" for claims)
    count_a: int
    count_b: int
    evidence_a: tuple[Evidence, ...]
    evidence_b: tuple[Evidence, ...]


@dataclass(frozen=True)
class Comparison:
    """What compare found, concepts and claims each in status order."""
    a: Side
    b: Side
    concepts: tuple[Change, ...]
    claims: tuple[Change, ...]

    def counts(self) -> dict[str, dict[str, int]]:
        return {kind: {s: sum(1 for c in items if c.status == s) for s in STATUSES}
                for kind, items in (("concepts", self.concepts), ("claims", self.claims))}


def _value(term) -> str:
    return "" if term is None else term.value


def list_documents(graph: PolicyGraph) -> tuple[DocInfo, ...]:
    """The documents of `graph` in date order (undated last)."""
    res = graph.run("compare_documents")
    out = []
    for row in res.rows:
        r = dict(zip(res.vars, row))
        year = _value(r.get("year"))
        out.append(DocInfo(_value(r["doc"]), _value(r.get("id")), _value(r["source"]),
                           _value(r.get("title")), int(year) if year else None,
                           _value(r.get("date")), _value(r.get("issuer"))))
    return tuple(out)


def find_document(docs: tuple[DocInfo, ...], name: str, graph: str) -> DocInfo:
    """The document named by its id, its source file name or a path ending in that name."""
    for want in (name, Path(name).name):
        hits = [d for d in docs if want in (d.id, d.source)]
        if hits:
            return hits[0]
    known = ", ".join(sorted(d.name for d in docs)[:10]) + (", …" if len(docs) > 10 else "")
    raise CompareError(f"{graph}: no document {name!r}",
                       f"its documents: {known}" if docs else "the graph holds no documents")


def display_label(key: str, labels: tuple[str, ...]) -> str:
    """The name of a group of variants: its one label, else the key (the bare concept)."""
    return labels[0] if len(labels) == 1 else key


def relation_name(iri: str) -> str:
    """`pk:drives` -> drives, `skos:broader` -> broader (the graph contract's names)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def compare(graph: str | Path, a: str, b: str, variants: bool = True) -> Comparison:
    """Compare documents `a` and `b` (doc ids or source file names) of one graph."""
    pg = open_graph(graph)
    docs = list_documents(pg)
    da, db = find_document(docs, a, str(graph)), find_document(docs, b, str(graph))
    if da == db:
        raise CompareError(f"compare: {a!r} and {b!r} are the same document ({da.name})",
                           "name two different documents")
    return _compare(Side(str(graph), da), pg, Side(str(graph), db), pg, variants)


def compare_graphs(graph_a: str | Path, graph_b: str | Path, variants: bool = True) -> Comparison:
    """Compare two graphs, each taken whole."""
    if not Path(graph_b).exists():
        raise CompareError(f"compare: {graph_b}: no such graph file or store folder",
                           "give two graphs, or a graph and two of its documents: "
                           "policykg compare GRAPH A B")
    if Path(graph_a).resolve() == Path(graph_b).resolve():
        raise CompareError(f"compare: {graph_a} is given twice",
                           "name two graphs, or a graph and two of its documents")
    pa, pb = open_graph(graph_a), open_graph(graph_b)
    return _compare(Side(str(graph_a)), pa, Side(str(graph_b)), pb, variants)


class _Tally:
    """Labels and evidence sentences per key, for one side."""

    def __init__(self):
        self.labels: dict[tuple, set[str]] = defaultdict(set)
        self.evidence: dict[tuple, set[Evidence]] = defaultdict(set)

    def add(self, key: tuple, labels, evidence: Evidence) -> None:
        self.labels[key].update(labels)
        self.evidence[key].add(evidence)


def _tallies(pg: PolicyGraph, side: Side, variants: bool) -> tuple[_Tally, _Tally]:
    params = {"doc": side.doc.iri} if side.doc else {}
    concepts, claims = _Tally(), _Tally()

    def key(label, hidden):
        return _value(hidden) if variants and hidden is not None else label.value

    res = pg.run("compare_concepts", params)
    for row in res.rows:
        r = dict(zip(res.vars, row))
        concepts.add((key(r["label"], r.get("key")), "", ""), (r["label"].value,), _evidence(r))
    res = pg.run("compare_claims", params)
    for row in res.rows:
        r = dict(zip(res.vars, row))
        k = (key(r["subjectLabel"], r.get("subjectKey")), relation_name(r["relation"].value),
             key(r["objectLabel"], r.get("objectKey")))
        claims.add(k, (f'{r["subjectLabel"].value} → {r["objectLabel"].value}',), _evidence(r))
    return concepts, claims


def _evidence(r: dict) -> Evidence:
    return Evidence(r["source"].value, int(r["begin"].value), r["evidence"].value)


def _status(a: int, b: int) -> str:
    return "dropped" if not b else "new" if not a else "strengthened" if b > a else "shared"


def _rank(c: Change) -> tuple:
    """Status order, then the larger weights (the change itself for strengthened) first."""
    weight = {"new": c.count_b, "dropped": c.count_a, "shared": c.count_a + c.count_b,
              "strengthened": c.count_b - c.count_a}[c.status]
    return (STATUSES.index(c.status), -weight, -c.count_b, c.subject, c.relation, c.object)


def _changes(kind: str, ta: _Tally, tb: _Tally, names: dict[str, str]) -> tuple[Change, ...]:
    out = []
    for k in set(ta.evidence) | set(tb.evidence):
        ea, eb = tuple(sorted(ta.evidence.get(k, ()))), tuple(sorted(tb.evidence.get(k, ())))
        labels = tuple(sorted(ta.labels.get(k, set()) | tb.labels.get(k, set())))
        s, rel, o = k
        out.append(Change(kind, _status(len(ea), len(eb)), names.get(s, s), rel, names.get(o, o),
                          labels, len(ea), len(eb), ea, eb))
    return tuple(sorted(out, key=_rank))


def _names(ta: _Tally, tb: _Tally) -> dict[str, str]:
    """Concept key -> its name (display_label of the labels counted under it)."""
    keys = {k for k, _, _ in ta.labels} | {k for k, _, _ in tb.labels}
    return {k: display_label(k, tuple(sorted(ta.labels.get((k, "", ""), set())
                                             | tb.labels.get((k, "", ""), set()))))
            for k in keys}


def _compare(a: Side, pa: PolicyGraph, b: Side, pb: PolicyGraph, variants: bool) -> Comparison:
    (ca, cla), (cb, clb) = _tallies(pa, a, variants), _tallies(pb, b, variants)
    names = _names(ca, cb)
    return Comparison(a, b, _changes("concept", ca, cb, names),
                      _changes("claim", cla, clb, names))
