"""Read the view model from a graph's subjects, one subject (and its triples) at a time.

Each subject's triples are read into what the view keeps of it (a claim, event or observation
record; a sentence's text and offsets; a document's title and source; a concept's labels), and
the view is put together from those tables at the end. So a graph streamed a subject at a time
(a build's Turtle, graph/validate_stream.subject_groups) is never held whole, and a graph in
memory gives the same view through `groups_of`.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib import Literal

from policykg.graph.namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS

__all__ = ["groups_of", "view_from_groups"]

_CLAIM_KEYS = (RDF.subject, RDF.predicate, RDF.object)
_SENTENCE_KEYS = (NIF.anchorOf, NIF.beginIndex, NIF.endIndex, NIF.referenceContext)
_DOC_KEYS = (DCTERMS.title, DCTERMS.source)
_CONCEPT_KEYS = (SKOS.prefLabel, SKOS.altLabel, PK.category)


def groups_of(triples: Iterable[tuple]) -> Iterator[tuple[object, dict]]:
    """(subject, predicate -> objects) for every subject of an iterable of triples."""
    idx: dict = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        idx[s][p].append(o)
    return iter(idx.items())


def _one(values) -> str:
    """A deterministic single value: a `zh` literal first, then the smallest."""
    if not values:
        return ""
    zh = [v for v in values if isinstance(v, Literal) and v.language == "zh"]
    return str(min(zh or values))


def _first(values):
    return min(values) if values else None


class _Tables:
    """What the view needs of each subject, filled one subject at a time."""

    def __init__(self):
        self.claims, self.events, self.observations = [], [], []
        self.sentences: dict = {}   # node -> (text, begin, end, document node)
        self.docs: dict = {}        # node -> (title, source)
        self.labels: dict = {}      # node -> (prefLabel, altLabels, category)
        self.documents = 0

    def add(self, s, po: dict) -> None:
        get = po.get
        types = get(RDF.type, ())
        if PK.Claim in types:
            self.claims.append((s, *(_first(get(p, ())) for p in _CLAIM_KEYS),
                                _one(get(PK.cue)), _one(get(PK.subjectText)),
                                _one(get(PK.objectText)),
                                tuple(sorted(get(PROV.wasDerivedFrom, ()))),
                                all(get(p) for p in _CLAIM_KEYS)))
        if PK.PolicyEvent in types:
            self.events.append((s, _one(get(PK.year)), _one(get(PK.yearSource)),
                                _one(get(PK.eventKind)), _first(get(PK.actor, ())),
                                _first(get(PK.document, ())),
                                tuple(sorted(get(PROV.wasDerivedFrom, ())))))
        if PK.Observation in types:
            self.observations.append((s, _first(get(PK.indicator, ())),
                                      *(_one(get(p)) for p in (
                                          PK.indicatorText, PK.value, PK.minValue,
                                          PK.maxValue, PK.unit, PK.year, PK.qualifier)),
                                      tuple(sorted(get(PROV.wasDerivedFrom, ())))))
        if PK.Document in types:
            self.documents += 1
        if any(p in po for p in _SENTENCE_KEYS):
            self.sentences[s] = (_one(get(NIF.anchorOf)), _one(get(NIF.beginIndex)),
                                 _one(get(NIF.endIndex)), _first(get(NIF.referenceContext, ())))
        if any(p in po for p in _DOC_KEYS):
            self.docs[s] = (_one(get(DCTERMS.title)), _one(get(DCTERMS.source)))
        if any(p in po for p in _CONCEPT_KEYS):
            self.labels[s] = (_one(get(SKOS.prefLabel)),
                              {str(a) for a in get(SKOS.altLabel, ())}, _one(get(PK.category)))


def view_from_groups(groups: Iterable[tuple[object, dict]]):
    """The GraphView (viz/model.py) of a graph given as (subject, predicate -> objects)."""
    from .model import (ClaimView, ConceptView, EventView, Evidence, GraphView, LinkView,
                        ObservationView, _relation_name, _year)
    t = _Tables()
    for s, po in groups:
        t.add(s, po)
    cache: dict = {}
    no_doc = ("", "")

    def evidence(nodes) -> tuple:
        out = []
        for s in nodes:
            ev = cache.get(s)
            if ev is None:
                text, b, e, doc = t.sentences.get(s, ("", "", "", None))
                title, source = t.docs.get(doc, no_doc) if doc else no_doc
                ev = cache[s] = Evidence(str(s), text, int(b or 0), int(e or 0), title, source)
            out.append(ev)
        return tuple(sorted(out, key=lambda ev: (ev.doc_source, ev.begin, ev.iri)))

    concepts: dict = {}

    def concept(iri) -> str:
        key = str(iri)
        if key not in concepts:
            label, aliases, category = t.labels.get(iri, ("", set(), ""))
            label = label or key.rsplit("/", 1)[-1]
            concepts[key] = ConceptView(key, label, tuple(sorted(aliases - {label})), category)
        return key

    grouped: dict = defaultdict(list)
    t.claims.sort(key=lambda r: r[0])
    for c, subj, pred, obj, cue, st, ot, derived, complete in t.claims:
        if not complete:
            continue
        claim = ClaimView(str(c), concept(subj), _relation_name(pred), concept(obj), cue, st,
                          ot, evidence(derived))
        grouped[(claim.subject, claim.relation, claim.object)].append(claim)
    t.claims = []

    def link_key(k):
        return (concepts[k[0]].label, k[1], concepts[k[2]].label, k)
    links = tuple(LinkView(s, r, o, tuple(grouped[(s, r, o)]))
                  for s, r, o in sorted(grouped, key=link_key))

    events = []
    for ev, year, ysource, kind, actor, pdoc, derived in sorted(t.events, key=lambda r: r[0]):
        events.append(EventView(
            str(ev), _year(year), ysource, kind,
            t.labels.get(actor, ("",))[0] if actor else "",
            t.docs.get(pdoc, no_doc)[0] if pdoc else "", evidence(derived)))
    events.sort(key=lambda e: (e.year is None, e.year or 0,
                               e.evidence[0].doc_source if e.evidence else "",
                               e.evidence[0].begin if e.evidence else 0, e.iri))
    observations = [ObservationView(str(ob), str(ind) if ind is not None else "", it, v, lo, hi,
                                    unit, _year(year), q, evidence(derived))
                    for ob, ind, it, v, lo, hi, unit, year, q, derived
                    in sorted(t.observations, key=lambda r: r[0])]
    return GraphView(concepts, links, tuple(events), tuple(observations), t.documents)
