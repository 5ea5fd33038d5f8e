"""The concept graph of an RDF graph as networkx: one edge per concept pair and relation."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Graph, URIRef

from .namespaces import PK, PROV, RDF, SKOS

__all__ = ["relation_name", "concept_graph"]


def relation_name(predicate: URIRef) -> str:
    """`drives` for pk:drives, `broader` for skos:broader: the names Claim.relation uses."""
    text = str(predicate)
    for ns in (str(PK), str(SKOS)):
        if text.startswith(ns):
            return text[len(ns):]
    return text


def _label(graph: Graph, node: URIRef) -> str:
    labels = sorted(graph.objects(node, SKOS.prefLabel))
    zh = [x for x in labels if (getattr(x, "language", None) or "").startswith("zh")]
    return str((zh or labels)[0]) if labels else str(node)


def concept_graph(graph: Graph) -> nx.MultiDiGraph:
    """Concepts linked by claims, from the reified pk:Claim nodes.

    Node id: the concept IRI; attributes `label` (Chinese prefLabel) and `category`.
    Edge key: the relation name (`drives` …); attributes `relation`, `label` (the same, for
    Gephi), `weight` (number of claims), `evidence` (number of distinct evidence sentences) and
    `cues` (the cue words, sorted, joined with `|`). Nodes and edges are added in sorted order,
    so writers that keep insertion order write the same bytes every run.
    """
    claims: dict[tuple[str, str, str], list] = defaultdict(lambda: [0, set(), set()])
    for claim in graph.subjects(RDF.type, PK.Claim):
        s, p, o = (graph.value(claim, t) for t in (RDF.subject, RDF.predicate, RDF.object))
        if not (isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef)):
            continue
        entry = claims[(str(s), relation_name(p), str(o))]
        entry[0] += 1
        entry[1].update(str(x) for x in graph.objects(claim, PROV.wasDerivedFrom))
        entry[2].update(str(x) for x in graph.objects(claim, PK.cue))
    g = nx.MultiDiGraph()
    for iri in sorted({n for s, _, o in claims for n in (s, o)}):
        node = URIRef(iri)
        g.add_node(iri, label=_label(graph, node),
                   category=str(graph.value(node, PK.category) or ""))
    for (s, rel, o), (weight, evidence, cues) in sorted(claims.items()):
        g.add_edge(s, o, key=rel, relation=rel, label=rel, weight=weight,
                   evidence=len(evidence), cues="|".join(sorted(cues)))
    return g
