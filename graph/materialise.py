"""What a build writes beyond the graph contract, so that each named query is one short walk
from the value it is given (graph/queries/*.rq): shortcuts, pk:influences, claim counts.

Per document, from that document's triples alone (written with them, in its named graph):

- sentence `pk:documentSource`: the `dcterms:source` of its `nif:referenceContext`;
- event `pk:actorLabel` / `pk:policyTitle`: the `skos:prefLabel` of its `pk:actor`, the
  `dcterms:title` of its `pk:document`; and `pk:evidenceText`, `pk:evidenceBegin`,
  `pk:documentSource`: the `nif:anchorOf`, `nif:beginIndex` and `pk:documentSource` of its
  evidence sentence (the timeline lists every event: these save it half its lookups);
- claim `pk:subjectLabel` / `pk:objectLabel`: the `skos:prefLabel` of its `rdf:subject`, of its
  `rdf:object` (what `evidence` lists for each claim: one lookup each instead of two);
- observation `pk:indicatorKey`: its `pk:indicatorText` and every `skos:prefLabel`,
  `skos:altLabel` and `skos:hiddenLabel` of its `pk:indicator` (what `observations` matches);
- concept `pk:trendKey`: on each node a claim names as `rdf:subject` or `rdf:object`, or an
  observation as `pk:indicator`, and that has a `skos:prefLabel`: its `skos:hiddenLabel` (the
  variant key), else its `skos:prefLabel` (what `trends` counts it under);
- `X pk:influences Y` beside every `X pk:drives|pk:supports|pk:improves Y` (the ontology's
  sub-property entailment, so that `?x pk:influences+ ?y` needs no reasoner).

Over the whole build (every document; in the default graph of TriG and N-Quads, beside the
concept scheme), on each node that a claim names as `rdf:subject` or `rdf:object`:
`pk:subjectClaimCount`, `pk:objectClaimCount` (claims, xsd:integer) and `pk:documentCount`
(the documents those claims come from: `prov:wasDerivedFrom`/`nif:referenceContext`).

Over the whole build too, but on each `pk:PolicyEvent` (with its other triples, so in its
document's named graph): `pk:timelineRank` (xsd:integer), its place in the order `timeline`
lists events in: year (undated last), its document's file name, its evidence sentence's
offset, its IRI. The ranks of one document's events keep their order among themselves, so a
single document's graph sorts as well; the files of two builds merged do not (build the
documents together instead).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import Literal, URIRef

from .namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS, XSD

__all__ = ["COUNT_PREDICATES", "EXTENSION_PREDICATES", "document_extension", "claim_tally",
           "claim_tallies", "count_triples", "event_keys", "rank_triples", "materialise"]

#: The per-concept counts (whole build).
COUNT_PREDICATES = (PK.subjectClaimCount, PK.objectClaimCount, PK.documentCount)
#: Every predicate this module adds.
EXTENSION_PREDICATES = (PK.documentSource, PK.actorLabel, PK.policyTitle, PK.evidenceText,
                        PK.evidenceBegin, PK.subjectLabel, PK.objectLabel,
                        PK.indicatorKey, PK.trendKey, PK.influences, PK.timelineRank,
                        *COUNT_PREDICATES)

_INFLUENCES = (PK.drives, PK.supports, PK.improves)
_LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
_READ = {NIF.referenceContext, NIF.anchorOf, NIF.beginIndex, DCTERMS.source, DCTERMS.title,
         PK.actor, PK.document,
         PK.indicator, PK.indicatorText, PROV.wasDerivedFrom, RDF.subject, RDF.object, *_LABELS,
         PK.year, PK.evidenceBegin, PK.documentSource}


class _Index:
    """The objects of each (subject, predicate) among the triples this module reads, in the
    order the triples came; and the subjects of each class."""

    def __init__(self, triples: Iterable[tuple]):
        self.values: dict[tuple, list] = defaultdict(list)
        self.typed: dict[URIRef, list] = defaultdict(list)
        self.influences: list[tuple] = []
        for s, p, o in triples:
            if p in _READ:
                self.values[s, p].append(o)
            elif p == RDF.type:
                self.typed[o].append(s)
            elif p in _INFLUENCES:
                self.influences.append((s, o))

    def get(self, s, p) -> list:
        return self.values.get((s, p), [])

    def chain(self, s, p, q) -> list:
        """Objects of the path p/q from s, each once, in order."""
        return list(dict.fromkeys(v for mid in self.get(s, p) for v in self.get(mid, q)))

    def subjects(self, p) -> list:
        return [s for s, q in self.values if q == p]


def document_extension(triples: Iterable[tuple]) -> list[tuple]:
    """The per-document shortcuts and pk:influences triples that `triples` (rdflib terms; one
    document or several) call for. Each is derived from `triples` alone."""
    ix = _Index(triples)
    out, sources = [], {}
    for sentence in ix.subjects(NIF.referenceContext):
        sources[sentence] = ix.chain(sentence, NIF.referenceContext, DCTERMS.source)
        out += [(sentence, PK.documentSource, src) for src in sources[sentence]]
    for event in ix.typed.get(PK.PolicyEvent, ()):
        out += [(event, PK.actorLabel, v) for v in ix.chain(event, PK.actor, SKOS.prefLabel)]
        out += [(event, PK.policyTitle, v) for v in ix.chain(event, PK.document, DCTERMS.title)]
        for sentence in ix.get(event, PROV.wasDerivedFrom):
            out += [(event, p, v) for p, q in ((PK.evidenceText, NIF.anchorOf),
                                                (PK.evidenceBegin, NIF.beginIndex))
                    for v in ix.get(sentence, q)]
            out += [(event, PK.documentSource, src) for src in sources.get(sentence, ())]
    for claim in ix.typed.get(PK.Claim, ()):
        out += [(claim, p, v) for p, q in ((PK.subjectLabel, RDF.subject),
                                            (PK.objectLabel, RDF.object))
                for v in ix.chain(claim, q, SKOS.prefLabel)]
    for obs in ix.typed.get(PK.Observation, ()):
        keys = ix.get(obs, PK.indicatorText) + [
            v for label in _LABELS for v in ix.chain(obs, PK.indicator, label)]
        out += [(obs, PK.indicatorKey, k) for k in dict.fromkeys(keys)]
    named = dict.fromkeys(c for p in (RDF.subject, RDF.object, PK.indicator)
                          for s in ix.subjects(p) for c in ix.get(s, p))
    for concept in named:
        keys = ix.get(concept, SKOS.hiddenLabel) or ix.get(concept, SKOS.prefLabel)
        if ix.get(concept, SKOS.prefLabel):
            out += [(concept, PK.trendKey, k) for k in dict.fromkeys(keys)]
    out += [(s, PK.influences, o) for s, o in dict.fromkeys(ix.influences)]
    return out


def claim_tallies(triples: Iterable[tuple]) -> dict:
    """{document IRI: {node IRI: (claims naming it as rdf:subject, as rdf:object)}} of the
    statements among `triples` (rdflib terms); statements without a document's sentence
    are tallied under None."""
    ix = _Index(triples)
    tallies: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for column, p in enumerate((RDF.subject, RDF.object)):
        for claim in ix.subjects(p):
            docs = ix.chain(claim, PROV.wasDerivedFrom, NIF.referenceContext)
            doc = str(docs[0]) if docs else None
            for node in ix.get(claim, p):
                tallies[doc][str(node)][column] += 1
    return {d: {n: (c[0], c[1]) for n, c in t.items()} for d, t in tallies.items()}


def claim_tally(triples: Iterable[tuple]) -> tuple[tuple[str, int, int], ...]:
    """The tally of one document's triples, sorted: (node IRI, as subject, as object)."""
    merged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for tally in claim_tallies(triples).values():
        for node, (out, inn) in tally.items():
            merged[node][0] += out
            merged[node][1] += inn
    return tuple(sorted((n, c[0], c[1]) for n, c in merged.items()))


def count_triples(tallies: Mapping) -> list[tuple]:
    """The count triples of a build whose documents have these tallies ({document: {node:
    (as subject, as object)}}; None stands for no document), sorted by node IRI."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc, tally in tallies.items():
        for node, (out, inn) in tally.items():
            t = totals[node]
            t[0] += out
            t[1] += inn
            t[2] += doc is not None
    return [(URIRef(node), p, Literal(n, datatype=XSD.integer))
            for node in sorted(totals) for p, n in zip(COUNT_PREDICATES, totals[node])]


def event_keys(triples: Iterable[tuple]) -> dict:
    """{event: its timeline key (year or "9999", file name, evidence offset, IRI)} of the
    pk:PolicyEvents among `triples` (rdflib terms, their shortcuts included); the least key
    of an event with several values."""
    ix = _Index(triples)
    return {event: min((str(y), str(src), int(b), str(event))
                       for y in ix.get(event, PK.year) or ["9999"]
                       for src in ix.get(event, PK.documentSource) or [""]
                       for b in ix.get(event, PK.evidenceBegin) or [0])
            for event in ix.typed.get(PK.PolicyEvent, ())}


def rank_triples(keys: Mapping) -> list[tuple]:
    """The pk:timelineRank triples of a build whose events have these keys ({event: key})."""
    order = sorted(keys, key=keys.__getitem__)
    return [(URIRef(e), PK.timelineRank, Literal(n, datatype=XSD.integer))
            for n, e in enumerate(order, 1)]


def materialise(graph) -> None:
    """Add the whole extension to an rdflib graph in the contract's shape that has none yet
    (a graph written by another tool, a hand-made test graph)."""
    triples = list(graph)
    extension = document_extension(triples)
    for t in extension + count_triples(claim_tallies(triples)) + rank_triples(
            event_keys(triples + extension)):
        graph.add(t)
