"""Export a graph as another RDF syntax, GraphML, GEXF or neo4j-admin CSV; deterministic, atomic."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from policykg.extract.errors import PolicyKGError

from .namespaces import ID, PREFIXES
from .loading import load_graph
from .netx import concept_graph
from .rdfxml import rdfxml_bytes
from .scheme import CATEGORY_NS
from .serialize import (RDF_TYPE, TermWriter, atomic_path, group_triples, nquad_lines,
                        turtle_blocks, turtle_header)

__all__ = ["FORMATS", "GRAPH_NAME", "JSONLD_CONTEXT", "ExportError", "default_output",
           "export_file", "export", "rdf_bytes", "graphml_bytes", "gexf_bytes", "csv_texts"]

#: Format name -> file suffix (csv writes a folder holding nodes.csv and edges.csv).
FORMATS = {"ttl": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld",
           "xml": ".rdf", "graphml": ".graphml", "gexf": ".gexf", "csv": "-csv"}

#: Prefixes every RDF export declares (and no others, so the bytes depend on the triples only).
_PREFIXES = {**{p: str(ns) for p, ns in PREFIXES.items()}, "category": CATEGORY_NS}

#: The named graph that N-Quads and TriG exports put the triples in.
GRAPH_NAME = URIRef(ID + "graph")

#: JSON-LD context: the project's prefixes, and short keys for reified claims.
JSONLD_CONTEXT = {
    **dict(sorted(_PREFIXES.items())),
    "cause": {"@id": "rdf:subject", "@type": "@id"},
    "effect": {"@id": "rdf:object", "@type": "@id"},
    "relation": {"@id": "rdf:predicate", "@type": "@id"},
    "evidence": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
}


class ExportError(PolicyKGError):
    """An export that cannot be written as asked."""


def default_output(graph_path: str | Path, fmt: str) -> Path:
    """GRAPH's folder and stem with the format's suffix: out/graph.ttl -> out/graph.gexf."""
    p = Path(graph_path)
    return p.with_name(p.stem + FORMATS[fmt])


def export_file(graph_path: str | Path, fmt: str, out: str | Path | None = None) -> list[Path]:
    """Load an RDF file and export it; `out` defaults to default_output(graph_path, fmt)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    target = Path(out or default_output(graph_path, fmt))
    _refuse_input(Path(graph_path), target, fmt)
    return export(load_graph(graph_path), fmt, target)


def _refuse_input(source: Path, target: Path, fmt: str) -> None:
    """ExportError when the export would write over its own input file."""
    files = [target / "nodes.csv", target / "edges.csv"] if fmt == "csv" else [target]
    for f in files:
        same = f.resolve() == source.resolve()
        if not same and f.exists() and source.exists():
            same = f.samefile(source)                   # a hard link or another path to it
        if same:
            raise ExportError(f"{f}: is the input graph; the export would write over it",
                              f"give another output file, e.g. -o "
                              f"{source.with_name(source.stem + '-export' + FORMATS[fmt])}")


def export(graph: Graph, fmt: str, out: str | Path) -> list[Path]:
    """Write `graph` in `fmt` to `out` (a folder for csv); return the files written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: exists and is not a folder",
                              "csv export writes nodes.csv and edges.csv into a folder")
        written = []
        for name, text in csv_texts(graph).items():
            written.append(_write(out / name, text.encode("utf-8")))
        return written
    if out.is_dir():
        raise ExportError(f"{out}: is a folder",
                          f"give a file name, e.g. {out / ('graph' + FORMATS[fmt])}")
    if fmt == "graphml":
        data = graphml_bytes(concept_graph(graph))
    elif fmt == "gexf":
        data = gexf_bytes(concept_graph(graph))
    else:
        data = rdf_bytes(graph, fmt)
    return [_write(out, data)]


def _write(path: Path, data: bytes) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return path


def _sorted_copy(graph: Graph) -> Graph:
    """The same triples inserted in sorted order (rdflib writers then iterate in that order)."""
    out = Graph(bind_namespaces="none")
    for prefix, ns in _PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    for t in sorted(graph):
        out.add(t)
    return out


def _written(graph: Graph, writer: TermWriter):
    t = writer.term
    return ((t(s), t(p), t(o)) for s, p, o in graph)


def rdf_bytes(graph: Graph, fmt: str) -> bytes:
    """An RDF syntax of `graph`, byte-identical for the same triples.

    N-Quads and TriG put the triples in the named graph GRAPH_NAME. Literals keep their
    lexical form (rdflib's TriG writer would turn "206"^^xsd:decimal into 206.0).
    """
    prefixes = _PREFIXES
    if fmt in ("ttl", "trig"):
        w = TermWriter(prefixes)
        indent = "    " if fmt == "trig" else ""
        body = turtle_blocks(group_triples(_written(graph, w)), w.iri(RDF_TYPE), indent)
        if fmt == "ttl":
            return (turtle_header(prefixes) + body).encode("utf-8")
        return (turtle_header(prefixes) + f"{w.iri(str(GRAPH_NAME))} {{\n{body}}}\n").encode(
            "utf-8")
    if fmt in ("nt", "nq"):
        w = TermWriter()
        name = w.iri(str(GRAPH_NAME)) if fmt == "nq" else ""
        return "".join(nquad_lines(_written(graph, w), name)).encode("utf-8")
    if fmt == "xml":
        return rdfxml_bytes(graph, prefixes)
    if fmt == "jsonld":
        text = _sorted_copy(graph).serialize(format="json-ld", context=JSONLD_CONTEXT,
                                             auto_compact=True)
        return _canonical_jsonld(json.loads(text)).encode("utf-8")
    raise ExportError(f"{fmt!r} is not an RDF format")


def _canonical_jsonld(doc) -> str:
    """JSON-LD with nodes sorted by @id and every array sorted (none of ours is an @list)."""
    def norm(x):
        if isinstance(x, dict):
            return {k: norm(v) for k, v in x.items()}
        if isinstance(x, list):
            items = [norm(v) for v in x]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return x
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc = {**doc, "@graph": norm(doc["@graph"])}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    """GraphML of a concept graph (networkx's writer; opens in Gephi and yEd)."""
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def gexf_bytes(g: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 of a concept graph, without the writer's date stamp (bytes depend on `g` only)."""
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(g)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def csv_texts(graph: Graph) -> dict[str, str]:
    """nodes.csv and edges.csv for `neo4j-admin database import` (concepts, claim edges)."""
    g = concept_graph(graph)
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id:ID", "label", "category", ":LABEL"])
    for n, a in g.nodes(data=True):
        w.writerow([n, a["label"], a["category"], "Concept"])
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", "weight:int", "evidence:int", "cues"])
    for s, o, a in g.edges(data=True):
        w.writerow([s, o, a["relation"], a["weight"], a["evidence"], a["cues"]])
    return {"nodes.csv": nodes.getvalue(), "edges.csv": edges.getvalue()}
