"""Read a contract-shaped RDF graph into a view model: concepts, links with their claims, events.

The triples are grouped by subject; viz/reading.py keeps what the view needs of each subject
and puts the view together, so reading stays linear in the graph size. A link is one
(subject, relation, object) that one or more `pk:Claim` nodes state; concepts are the claims'
subjects and objects.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from rdflib import Graph, URIRef

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


def _year(text: str) -> int | None:
    try:
        return int(text[:4]) if text else None
    except ValueError:
        return None


def read_view(graph: Graph | Iterable[tuple]) -> GraphView:
    """The view model of a graph (or its triples) that follows spec/graph-contract.md."""
    from .reading import groups_of, view_from_groups
    return view_from_groups(groups_of(graph))


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
