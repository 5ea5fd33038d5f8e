"""Read a contract-shaped RDF graph into a view model: concepts, links with their claims, events.

One pass over the triples builds a subject index; everything else is dictionary lookups, so
reading stays linear in the graph size. A link is one (subject, relation, object) that one or
more `pk:Claim` nodes state; concepts are the claims' subjects and objects.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from rdflib import Graph, Literal, URIRef

from policykg.graph.namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS
from policykg.graph.rdf import RELATION_PREDICATES

__all__ = ["Evidence", "ClaimView", "ConceptView", "LinkView", "EventView", "ObservationView",
           "GraphView", "read_view", "documents_of", "for_document"]

_RELATION_NAMES = {str(p): name for name, p in RELATION_PREDICATES.items()}


@dataclass(frozen=True)
class Evidence:
    """A source sentence and the document it stands in."""
    iri: str
    text: str
    begin: int
    end: int
    doc_title: str
    doc_source: str


@dataclass(frozen=True)
class ClaimView:
    iri: str
    subject: str          # concept IRI
    relation: str         # drives, supports, …, broader (else the predicate's local name)
    object: str
    cue: str
    subject_text: str
    object_text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ConceptView:
    iri: str
    label: str
    aliases: tuple[str, ...]
    category: str


@dataclass(frozen=True)
class LinkView:
    """All claims that state `subject —relation→ object`."""
    subject: str
    relation: str
    object: str
    claims: tuple[ClaimView, ...]

    @property
    def evidence_count(self) -> int:
        """Number of distinct supporting sentences."""
        return len({e.iri for c in self.claims for e in c.evidence})


@dataclass(frozen=True)
class EventView:
    iri: str
    year: int | None
    year_source: str
    kind: str
    actor: str
    document: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ObservationView:
    iri: str
    indicator: str        # concept IRI or ""
    indicator_text: str
    value: str            # decimal as written in the graph; "" for a range
    min_value: str
    max_value: str
    unit: str
    year: int | None
    qualifier: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GraphView:
    concepts: dict[str, ConceptView]     # IRI -> concept, only concepts that claims link
    links: tuple[LinkView, ...]          # sorted by (subject label, relation, object label)
    events: tuple[EventView, ...]        # year order, undated last
    observations: tuple[ObservationView, ...]
    documents: int


def _relation_name(pred: URIRef) -> str:
    p = str(pred)
    return _RELATION_NAMES.get(p) or p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Index:
    """subject -> predicate -> sorted objects, built in one pass over the graph."""

    def __init__(self, triples: Iterable[tuple]):
        idx: dict = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:
            idx[s][p].append(o)
        self.idx = idx

    def all(self, s, p) -> list:
        return sorted(self.idx.get(s, {}).get(p, ()))

    def one(self, s, p) -> str:
        """A deterministic single value: a `zh` literal first, then the smallest."""
        values = self.idx.get(s, {}).get(p, ())
        if not values:
            return ""
        zh = [v for v in values if isinstance(v, Literal) and v.language == "zh"]
        return str(min(zh or values))

    def typed(self, cls) -> list:
        return sorted(s for s, ps in self.idx.items() if cls in ps.get(RDF.type, ()))


def _year(text: str) -> int | None:
    try:
        return int(text[:4]) if text else None
    except ValueError:
        return None


def read_view(graph: Graph | Iterable[tuple]) -> GraphView:
    """The view model of a graph (or its triples) that follows spec/graph-contract.md."""
    ix = _Index(graph)
    evidence_cache: dict = {}

    def evidence(item) -> tuple[Evidence, ...]:
        out = []
        for s in ix.all(item, PROV.wasDerivedFrom):
            if s not in evidence_cache:
                doc = (ix.all(s, NIF.referenceContext) or [None])[0]
                b, e = ix.one(s, NIF.beginIndex), ix.one(s, NIF.endIndex)
                evidence_cache[s] = Evidence(
                    str(s), ix.one(s, NIF.anchorOf), int(b or 0), int(e or 0),
                    ix.one(doc, DCTERMS.title) if doc else "",
                    ix.one(doc, DCTERMS.source) if doc else "")
            out.append(evidence_cache[s])
        return tuple(sorted(out, key=lambda ev: (ev.doc_source, ev.begin, ev.iri)))

    concepts: dict[str, ConceptView] = {}

    def concept(iri) -> str:
        key = str(iri)
        if key not in concepts:
            label = ix.one(iri, SKOS.prefLabel) or key.rsplit("/", 1)[-1]
            aliases = tuple(sorted({str(a) for a in ix.all(iri, SKOS.altLabel)} - {label}))
            concepts[key] = ConceptView(key, label, aliases, ix.one(iri, PK.category))
        return key

    grouped: dict[tuple[str, str, str], list[ClaimView]] = defaultdict(list)
    for c in ix.typed(PK.Claim):
        subj, pred, obj = (ix.all(c, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        if not (subj and pred and obj):
            continue
        claim = ClaimView(str(c), concept(subj[0]), _relation_name(pred[0]), concept(obj[0]),
                          ix.one(c, PK.cue), ix.one(c, PK.subjectText),
                          ix.one(c, PK.objectText), evidence(c))
        grouped[(claim.subject, claim.relation, claim.object)].append(claim)

    def link_key(k):
        return (concepts[k[0]].label, k[1], concepts[k[2]].label, k)
    links = tuple(LinkView(s, r, o, tuple(grouped[(s, r, o)]))
                  for s, r, o in sorted(grouped, key=link_key))

    events = []
    for ev in ix.typed(PK.PolicyEvent):
        actor = (ix.all(ev, PK.actor) or [None])[0]
        pdoc = (ix.all(ev, PK.document) or [None])[0]
        events.append(EventView(
            str(ev), _year(ix.one(ev, PK.year)), ix.one(ev, PK.yearSource),
            ix.one(ev, PK.eventKind), ix.one(actor, SKOS.prefLabel) if actor else "",
            ix.one(pdoc, DCTERMS.title) if pdoc else "", evidence(ev)))
    events.sort(key=lambda e: (e.year is None, e.year or 0,
                               e.evidence[0].doc_source if e.evidence else "",
                               e.evidence[0].begin if e.evidence else 0, e.iri))

    observations = []
    for ob in ix.typed(PK.Observation):
        ind = (ix.all(ob, PK.indicator) or [None])[0]
        observations.append(ObservationView(
            str(ob), str(ind) if ind is not None else "", ix.one(ob, PK.indicatorText),
            ix.one(ob, PK.value), ix.one(ob, PK.minValue), ix.one(ob, PK.maxValue),
            ix.one(ob, PK.unit), _year(ix.one(ob, PK.year)), ix.one(ob, PK.qualifier),
            evidence(ob)))

    return GraphView(concepts, links, tuple(events), tuple(observations),
                     len(ix.typed(PK.Document)))


def documents_of(view: GraphView) -> tuple[tuple[str, str], ...]:
    """(source, title) of every document that gives evidence for a link, by source."""
    docs = {(e.doc_source, e.doc_title) for ln in view.links for c in ln.claims
            for e in c.evidence}
    return tuple(sorted(docs))


def for_document(view: GraphView, source: str) -> GraphView:
    """The view of the claims with evidence in document `source` (events and figures kept)."""
    links = []
    for ln in view.links:
        claims = tuple(c for c in ln.claims if any(e.doc_source == source for e in c.evidence))
        if claims:
            links.append(LinkView(ln.subject, ln.relation, ln.object, claims))
    used = {i for ln in links for i in (ln.subject, ln.object)}
    return GraphView({i: c for i, c in view.concepts.items() if i in used}, tuple(links),
                     view.events, view.observations, 1)
