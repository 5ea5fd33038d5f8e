"""The source document's node: its metadata in Dublin Core, schema.org and ELI terms.

Every document is a pk:Document and a nif:Context. Its genre (ontology/doc_genres.tsv) fixes
its schema.org class: Legislation, also eli:LegalResource, for official documents; Report or
Article, each also schema:CreativeWork, for work reports and commentary. A document of no
known genre is schema:Legislation when it names an issuer and no author, else
schema:CreativeWork. Genre and level are IRIs (…/id/genre/CODE, …/id/level/CODE) with
their labels; the issuer of a legal resource is also its eli:passed_by, the pk:Actor of that name.
"""
from __future__ import annotations

from rdflib import Literal, URIRef

from policykg.extract.docmeta import genres, levels
from policykg.extract.model import Document
from policykg.extract.resources import Resources, derived

from .namespaces import (DCTERMS, ELI, NIF, PK, RDF, SCHEMA, SKOS, XSD, actor_iri,
                         document_iri, genre_iri, level_iri)

__all__ = ["document_class", "add_document"]


@derived
def _genre_rows(res: Resources) -> dict:
    return {g.code: g for g in genres(res)}


@derived
def _level_rows(res: Resources) -> dict:
    return {lv.code: lv for lv in levels(res)}


def document_class(doc: Document, res: Resources) -> URIRef:
    """The schema.org class of `doc` (genres of `res`)."""
    row = _genre_rows(res).get(doc.genre)
    if row is not None and row.schema_class:
        return SCHEMA[row.schema_class]
    return SCHEMA.Legislation if doc.issuer and not doc.author else SCHEMA.CreativeWork


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def add_document(graph, doc: Document, res: Resources) -> URIRef:
    """Add the node of `doc` with its metadata to `graph` (anything with `.add`); genres and
    levels are those of `res`."""
    d = document_iri(doc.doc_id)
    add = graph.add
    cls = document_class(doc, res)
    legal = cls == SCHEMA.Legislation
    add((d, RDF.type, PK.Document))
    add((d, RDF.type, NIF.Context))
    add((d, RDF.type, cls))
    if not legal and cls != SCHEMA.CreativeWork:
        add((d, RDF.type, SCHEMA.CreativeWork))
    if legal:
        add((d, RDF.type, ELI.LegalResource))
    add((d, DCTERMS.source, Literal(doc.source)))
    add((d, DCTERMS.title, _zh(doc.title or doc.source)))
    add((d, DCTERMS.identifier, Literal(doc.doc_id)))
    if doc.author:
        add((d, DCTERMS.creator, _zh(doc.author)))
    if doc.affiliation:
        add((d, PK.affiliation, _zh(doc.affiliation)))
    if doc.issuer:
        add((d, DCTERMS.publisher, _zh(doc.issuer)))
        if legal:
            actor = actor_iri(doc.issuer)
            add((actor, RDF.type, PK.Actor))
            add((actor, SKOS.prefLabel, _zh(doc.issuer)))
            add((d, ELI.passed_by, actor))
    if doc.date:
        date = Literal(doc.date, datatype=XSD.date)
        add((d, DCTERMS.date, date))
        if legal:
            add((d, SCHEMA.legislationDate, date))
            add((d, ELI.date_document, date))
    if doc.doc_number:
        add((d, SCHEMA.legislationIdentifier, Literal(doc.doc_number)))
        if legal:
            add((d, ELI.id_local, Literal(doc.doc_number)))
    genre = _genre_rows(res).get(doc.genre)
    if genre is not None:
        _add_term(graph, d, PK.genre, genre_iri(genre.code), PK.DocumentGenre,
                  genre.label_zh, genre.label_en)
    level = _level_rows(res).get(doc.level)
    if level is not None:
        _add_term(graph, d, PK.level, level_iri(level.code), PK.AdministrativeLevel,
                  level.label_zh, level.label_en)
    if doc.region:
        add((d, PK.region, _zh(doc.region)))
        add((d, SCHEMA.spatialCoverage, _zh(doc.region)))
    if doc.year is not None:
        add((d, PK.year, Literal(str(doc.year), datatype=XSD.integer)))
    for h in doc.headings:
        add((d, PK.heading, _zh(h.text)))
    return d


def _add_term(graph, d, prop, iri, cls, label_zh: str, label_en: str) -> None:
    graph.add((d, prop, iri))
    graph.add((iri, RDF.type, cls))
    graph.add((iri, SKOS.prefLabel, _zh(label_zh)))
    if label_en:
        graph.add((iri, SKOS.prefLabel, Literal(label_en, lang="en")))
