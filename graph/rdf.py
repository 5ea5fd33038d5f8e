"""Turn extraction dataclasses into RDF shaped as ../shared/spec/graph-contract.md says, plus
what the build adds for the named queries (graph/materialise.py)."""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef

from policykg.extract.lexicon import load_lexicon
from policykg.extract.model import Claim, Event, Extraction, Mention, Observation, Sentence
from policykg.extract.resources import Resources, resources_or_default

from .documents import add_document
from .materialise import (claim_tallies, count_triples, document_extension, event_keys,
                          rank_triples)
from .namespaces import (DCTERMS, NIF, OA, PK, PROV, RDF, SCHEMA, SKOS, XSD, actor_iri,
                         bind_prefixes, concept_iri, document_iri, item_iri, policy_doc_iri,
                         quote_iri, sentence_iri)
from .scheme import add_scheme, add_to_scheme, categorise
from .variants import lookup_key, variants_of

__all__ = ["QB", "SCHEMA", "RELATION_PREDICATES", "QUOTE_CONTEXT", "to_graph", "add_extraction"]

#: RDF Data Cube and schema.org: observations are also qb:Observation, source documents
#: schema:Legislation, schema:Report, schema:Article or schema:CreativeWork (graph/documents.py).
QB = Namespace("http://purl.org/linked-data/cube#")

#: Relation name (as in Claim.relation) -> predicate IRI.
RELATION_PREDICATES = {
    "drives": PK.drives, "supports": PK.supports, "improves": PK.improves,
    "hinders": PK.hinders, "mitigates": PK.mitigates, "alignsWith": PK.alignsWith,
    "hasPart": PK.hasPart, "broader": SKOS.broader,
}


#: Code points of the source text an evidence sentence's oa:TextQuoteSelector keeps on each
#: side as oa:prefix and oa:suffix (fewer at the start or end of the text; none when empty).
QUOTE_CONTEXT = 8


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _decimal(d) -> Literal:
    """An xsd:decimal in the lexical form Oxigraph stores (17.9, 8, 1000000), so that a store,
    a server and the file hold the same literal."""
    text = format(Decimal(d).normalize(), "f")
    return Literal("0" if text in ("-0", "0") else text, datatype=XSD.decimal)


def _year(y: int) -> Literal:
    return Literal(f"{y:04d}", datatype=XSD.gYear)


def to_graph(extractions: Iterable[Extraction], resources: Resources | None = None,
             void: bool = True) -> Graph:
    """One RDF graph for any number of documents; concepts shared across documents are one node.

    The graph holds one SKOS concept scheme; every concept is in it, under the top concept
    of its category (graph/scheme.py), and carries the build's claim counts and event ranks
    (graph/materialise.py). With `void`, it ends with its VoID description (graph/void.py).
    Lexicon entries, categories and variants are those of `resources` (default: the
    package's tables).
    """
    res = resources_or_default(resources)
    graph = Graph()
    bind_prefixes(graph)
    add_scheme(graph, res)
    tallies: dict = {}
    keys: dict = {}
    for ex in extractions:
        added = add_extraction(graph, ex, res)
        tallies.update(claim_tallies(added))
        keys.update(event_keys(added))
    for t in count_triples(tallies) + rank_triples(keys):
        graph.add(t)
    if void:
        from .void import add_void
        add_void(graph)
    return graph


class _Triples(list):
    """A list with rdflib's `Graph.add` spelling."""
    add = list.append


def add_extraction(graph, ex: Extraction, res: Resources) -> list[tuple]:
    """Add one document's facts and their shortcuts (graph/materialise.py) to `graph` (an
    rdflib Graph, or anything with `add`), or one part's (pipeline.extract_parts): the
    document node comes with the first part, and numbers go on from the earlier parts'.
    Returns the triples added."""
    triples = _Triples()
    _add_facts(triples, ex, res)
    source = (document_iri(ex.document.doc_id), DCTERMS.source, Literal(ex.document.source))
    triples += document_extension([*triples, source])   # a later part has no document node
    for t in triples:
        graph.add(t)
    return triples


def _add_facts(graph: _Triples, ex: Extraction, res: Resources) -> None:
    doc = ex.document
    d = add_document(graph, doc, res) if not ex.part else document_iri(doc.doc_id)
    sentences = {s.index: s for s in ex.sentences}
    used = {c.sentence for c in ex.claims} | {e.sentence for e in ex.events} | {
        o.sentence for o in ex.observations}
    for s in ex.sentences:
        if s.index in used:
            _add_sentence(graph, d, s)
            _add_quote(graph, s, doc.text)

    claims, events, observations = ex.before
    for n, c in enumerate(ex.claims, claims + 1):
        _add_claim(graph, item_iri(doc.doc_id, "claim", n), c, sentences[c.sentence], res)
    for n, e in enumerate(ex.events, events + 1):
        _add_event(graph, item_iri(doc.doc_id, "event", n), e, sentences[e.sentence])
    for n, o in enumerate(ex.observations, observations + 1):
        _add_observation(graph, item_iri(doc.doc_id, "obs", n), o, sentences[o.sentence],
                         res)


def _sent_iri(s: Sentence) -> URIRef:
    return sentence_iri(s.doc_id, s.start, s.end)


def _add_sentence(graph: Graph, d: URIRef, s: Sentence) -> None:
    si = _sent_iri(s)
    graph.add((si, RDF.type, NIF.Sentence))
    graph.add((si, NIF.beginIndex, Literal(s.start, datatype=XSD.integer)))
    graph.add((si, NIF.endIndex, Literal(s.end, datatype=XSD.integer)))
    graph.add((si, NIF.anchorOf, _zh(s.text)))
    graph.add((si, NIF.referenceContext, d))


def _add_quote(graph: Graph, s: Sentence, text: str) -> None:
    """The sentence's W3C Web Annotation oa:TextQuoteSelector: the quoted text as it stands
    in the source (oa:exact) and a few code points before and after it."""
    q = quote_iri(s.doc_id, s.start, s.end)
    graph.add((_sent_iri(s), OA.hasSelector, q))
    graph.add((q, RDF.type, OA.TextQuoteSelector))
    graph.add((q, OA.exact, Literal(text[s.start:s.end])))
    before = text[max(0, s.start - QUOTE_CONTEXT):s.start]
    after = text[s.end:s.end + QUOTE_CONTEXT]
    if before:
        graph.add((q, OA.prefix, Literal(before)))
    if after:
        graph.add((q, OA.suffix, Literal(after)))


def _add_concept(graph: Graph, m: Mention, res: Resources) -> URIRef:
    """The concept node of a mention; its category is a function of its label alone
    (lexicon entry, else category_rules.tsv), so a concept never gets two."""
    iri = concept_iri(m.label)
    graph.add((iri, RDF.type, SKOS.Concept))
    graph.add((iri, SKOS.prefLabel, _zh(m.label)))
    key = lookup_key(m.label, variants_of(res))
    if key is not None:             # "发展新质生产力": found by a query for 新质生产力
        graph.add((iri, SKOS.hiddenLabel, _zh(key)))
    entry = load_lexicon(res).entry(m.label)
    if entry is not None:
        for alias in entry.aliases:
            graph.add((iri, SKOS.altLabel, _zh(alias)))
    category = entry.category if entry is not None and entry.category \
        else categorise(res, m.label)
    add_to_scheme(graph, iri, category, res)
    return iri


def _add_claim(graph: Graph, ci: URIRef, c: Claim, s: Sentence, res: Resources) -> None:
    subj = _add_concept(graph, c.subject, res)
    obj = _add_concept(graph, c.object, res)
    pred = RELATION_PREDICATES[c.relation]
    add = graph.add
    add((ci, RDF.type, PK.Claim))
    add((ci, RDF.type, RDF.Statement))
    add((ci, RDF.subject, subj))
    add((ci, RDF.predicate, pred))
    add((ci, RDF.object, obj))
    add((ci, PK.subjectText, _zh(c.subject.text)))
    add((ci, PK.objectText, _zh(c.object.text)))
    if c.cue:
        add((ci, PK.cue, _zh(c.cue)))
    if c.pattern:
        add((ci, PK.pattern, Literal(c.pattern)))
    if c.role:
        add((ci, PK.role, Literal(c.role)))
    add((ci, PROV.wasDerivedFrom, _sent_iri(s)))
    add((subj, pred, obj))


def _add_event(graph: Graph, ei: URIRef, e: Event, s: Sentence) -> None:
    add = graph.add
    add((ei, RDF.type, PK.PolicyEvent))
    add((ei, PK.eventKind, Literal(e.kind)))
    if e.year is not None:
        add((ei, PK.year, _year(e.year)))
        add((ei, PK.yearSource, Literal(e.year_source or "stated")))
    if e.actor:
        a = actor_iri(e.actor)
        add((a, RDF.type, PK.Actor))
        add((a, SKOS.prefLabel, _zh(e.actor)))
        add((ei, PK.actor, a))
    if e.document:
        p = policy_doc_iri(e.document)
        add((p, RDF.type, PK.PolicyDocument))
        add((p, DCTERMS.title, _zh(e.document)))
        add((ei, PK.document, p))
    add((ei, PROV.wasDerivedFrom, _sent_iri(s)))


def _add_observation(graph: Graph, oi: URIRef, o: Observation, s: Sentence,
                     res: Resources) -> None:
    add = graph.add
    add((oi, RDF.type, PK.Observation))
    add((oi, RDF.type, QB.Observation))
    if o.indicator:
        ind = _add_concept(graph, Mention(o.doc_id, o.start, o.end, o.indicator_text,
                                          o.indicator), res)
        add((oi, PK.indicator, ind))
    add((oi, PK.indicatorText, _zh(o.indicator_text or o.indicator)))
    if o.value is not None:
        add((oi, PK.value, _decimal(o.value)))
    if o.min_value is not None:
        add((oi, PK.minValue, _decimal(o.min_value)))
    if o.max_value is not None:
        add((oi, PK.maxValue, _decimal(o.max_value)))
    add((oi, PK.unit, Literal(o.unit)))
    if o.year is not None:
        add((oi, PK.year, _year(o.year)))
    if o.qualifier:
        add((oi, PK.qualifier, _zh(o.qualifier)))
    add((oi, PROV.wasDerivedFrom, _sent_iri(s)))
