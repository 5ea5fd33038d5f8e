"""Deterministic RDF/XML: one rdf:Description per subject, subjects and properties sorted.

rdflib's RDF/XML writers order subjects by set iteration, so their bytes change with
PYTHONHASHSEED; this writer's bytes depend on the triples only.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal

__all__ = ["rdfxml_bytes"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_NCNAME = re.compile(r"[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*")


def _split(iri: str) -> tuple[str, str]:
    """(namespace, local name) with the longest local part that is an XML NCName."""
    for i in range(1, len(iri)):
        if _NCNAME.fullmatch(iri[i:]):
            return iri[:i], iri[i:]
    raise ValueError(f"cannot write predicate {iri} as an XML element name")


def rdfxml_bytes(graph: Graph, prefixes: Mapping[str, str]) -> bytes:
    """RDF/XML of `graph`; `prefixes` name namespaces, others get ns1, ns2 … in sorted order."""
    names = {str(ns): p for p, ns in sorted(prefixes.items())}
    names[_RDF] = "rdf"
    preds = sorted({str(p) for p in graph.predicates()})
    split = {p: _split(p) for p in preds}
    extra = sorted({ns for ns, _ in split.values()} - set(names))
    names.update({ns: f"ns{i}" for i, ns in enumerate(extra, 1)})
    used = {ns for ns, _ in split.values()} | {_RDF}
    decl = "".join(f'\n   xmlns:{names[ns]}={quoteattr(ns)}' for ns in sorted(used, key=names.get))
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', f"<rdf:RDF{decl}>\n"]
    by_subject: dict = {}
    for s, p, o in graph:
        by_subject.setdefault(s, []).append((str(p), o))
    for s in sorted(by_subject, key=_key):
        about = f"rdf:nodeID={quoteattr(str(s))}" if isinstance(s, BNode) else \
            f"rdf:about={quoteattr(str(s))}"
        out.append(f"  <rdf:Description {about}>\n")
        for p, o in sorted(by_subject[s], key=lambda po: (po[0], _key(po[1]))):
            ns, local = split[p]
            tag = f"{names[ns]}:{local}"
            out.append(f"    {_element(tag, o)}\n")
        out.append("  </rdf:Description>\n")
    out.append("</rdf:RDF>\n")
    return "".join(out).encode("utf-8")


def _key(term) -> tuple:
    return (type(term).__name__, str(term), str(getattr(term, "language", "") or ""),
            str(getattr(term, "datatype", "") or ""))


def _element(tag: str, o) -> str:
    if isinstance(o, Literal):
        attrs = ""
        if o.language:
            attrs = f" xml:lang={quoteattr(o.language)}"
        elif o.datatype is not None:
            attrs = f" rdf:datatype={quoteattr(str(o.datatype))}"
        return f"<{tag}{attrs}>{escape(str(o), {chr(13): '&#13;'})}</{tag}>"
    if isinstance(o, BNode):
        return f"<{tag} rdf:nodeID={quoteattr(str(o))}/>"
    return f"<{tag} rdf:resource={quoteattr(str(o))}/>"
