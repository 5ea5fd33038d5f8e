"""The SKOS concept scheme of a build: one top concept per category; categories by rule table."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from policykg.extract.resources import Resources, derived

from .namespaces import DCTERMS, ID, PK, RDF, SKOS, scheme_iri

__all__ = ["Category", "CATEGORY_NS", "FALLBACK", "categories", "category_iri", "categorise",
           "add_scheme", "add_to_scheme"]

#: Namespace of the category top concepts.
CATEGORY_NS = f"{ID}category/"

#: Category of concepts that neither the lexicon nor a rule places (see ontology/categories.tsv).
FALLBACK = "other"


@dataclass(frozen=True)
class Category:
    id: str
    label_zh: str
    label_en: str
    definition: str


@derived
def categories(res: Resources) -> dict[str, Category]:
    """categories.tsv of `res` by id, in file order."""
    return {r["id"]: Category(r["id"], r["label_zh"], r["label_en"], r["definition"])
            for r in res.table("categories.tsv")}


@derived
def _rules(res: Resources) -> tuple[tuple[str, str, str], ...]:
    known = categories(res)
    rules = []
    for r in res.table("category_rules.tsv"):
        if r["match"] not in ("suffix", "contains") or r["category"] not in known:
            raise ValueError(f"category_rules.tsv: bad row {r}")
        rules.append((r["match"], r["text"], r["category"]))
    return tuple(rules)


def categorise(res: Resources, label: str) -> str:
    """Category of a concept label by the first matching row of category_rules.tsv."""
    return _categorise(res)(label)


@derived
def _categorise(res: Resources):
    """`categorise` over the rules of `res`, with a memo of labels."""
    rules = _rules(res)

    def category(label: str) -> str:
        for match, text, cat in rules:
            if label.endswith(text) if match == "suffix" else text in label:
                return cat
        return FALLBACK
    return lru_cache(maxsize=65536)(category)


def category_iri(category: str) -> URIRef:
    return URIRef(CATEGORY_NS + category)


def add_scheme(graph: Graph, res: Resources) -> URIRef:
    """Add the concept scheme and every category's top concept to `graph`."""
    scheme = scheme_iri()
    graph.bind("category", CATEGORY_NS)
    add = graph.add
    add((scheme, RDF.type, SKOS.ConceptScheme))
    add((scheme, SKOS.prefLabel, Literal("政策知识图谱概念体系", lang="zh")))
    add((scheme, SKOS.prefLabel, Literal("policykg concept scheme", lang="en")))
    add((scheme, DCTERMS.title, Literal("policykg concept scheme", lang="en")))
    for cat in categories(res).values():
        top = category_iri(cat.id)
        add((top, RDF.type, SKOS.Concept))
        add((top, RDF.type, PK.ConceptCategory))
        add((top, SKOS.prefLabel, Literal(cat.label_zh, lang="zh")))
        add((top, SKOS.prefLabel, Literal(cat.label_en, lang="en")))
        add((top, SKOS.definition, Literal(cat.definition, lang="en")))
        add((top, SKOS.notation, Literal(cat.id)))
        add((top, PK.category, Literal(cat.id)))
        add((top, SKOS.inScheme, scheme))
        add((top, SKOS.topConceptOf, scheme))
        add((scheme, SKOS.hasTopConcept, top))
    return scheme


def add_to_scheme(graph: Graph, concept: URIRef, category: str, res: Resources) -> None:
    """Put `concept` in the scheme under its category's top concept (FALLBACK when unknown)."""
    if category not in categories(res):
        category = FALLBACK
    graph.add((concept, SKOS.inScheme, scheme_iri()))
    graph.add((concept, PK.category, Literal(category)))
    graph.add((concept, SKOS.broader, category_iri(category)))
