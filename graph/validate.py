"""Validate a graph against ontology/shapes.ttl with pyshacl; one readable line per violation."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from policykg.extract.errors import PolicyKGError
from policykg.ontology import data_path

from .loading import load_graph
from .namespaces import DCTERMS, NIF, PK, PREFIXES, RDF, SKOS

__all__ = ["Violation", "ValidationReport", "InvalidGraphError", "shapes_graph", "ontology_graph",
           "validate", "validate_file", "check_graph"]

SH = Namespace("http://www.w3.org/ns/shacl#")
#: (prefix, namespace), longest namespace first, for short names in violation lines.
_PREFIXES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda x: -len(x[1]))


class InvalidGraphError(PolicyKGError):
    """A graph the build produced violates the shapes: a bug in the extractor or the mapping."""

    def __init__(self, report: "ValidationReport"):
        first = report.lines()[0] if report.violations else ""
        n = len(report.violations)
        super().__init__(
            f"the built graph violates the shapes ({n} violation{'s' * (n != 1)}; first: {first})",
            "this is a bug in policykg, not in the input: please report it with the input files")
        self.report = report


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, already made readable."""
    focus_label: str
    focus: str
    path: str
    message: str
    value: str = ""

    def line(self) -> str:
        head = self.focus if self.focus_label == self.focus else \
            f"{self.focus_label} ({self.focus})"
        text = ": ".join([head] + ([self.path] if self.path else []) + [self.message])
        return f"{text} (value: {self.value})" if self.value else text


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def lines(self) -> list[str]:
        """`conforms`, or one line per violation, sorted."""
        return ["conforms"] if self.conforms else [v.line() for v in self.violations]


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed once."""
    return Graph().parse(data_path("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """ontology/policykg.ttl, parsed once."""
    return Graph().parse(data_path("policykg.ttl"), format="turtle")


def validate(graph: Graph, with_ontology: bool = True) -> ValidationReport:
    """SHACL-validate `graph` without inference.

    With `with_ontology`, the ontology is pyshacl's ont_graph, so sh:class also accepts
    instances of subclasses (rdfs:subClassOf triples); pyshacl then works on a copy of the
    graph. Builds type every node directly and validate without it.
    """
    import pyshacl   # imported here: about 0.2 s, and only validation needs it

    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph() if with_ontology else None,
        inference="none", advanced=False, allow_warnings=False, abort_on_first=False)
    violations = sorted({_violation(graph, results, r)
                         for r in results.subjects(RDF.type, SH.ValidationResult)})
    return ValidationReport(bool(conforms), tuple(violations))


def validate_file(path, with_ontology: bool = True) -> ValidationReport:
    """Load an RDF file (graph/loading.py) and validate it."""
    return validate(load_graph(path), with_ontology)


def check_graph(graph: Graph) -> None:
    """Raise InvalidGraphError when `graph` does not conform."""
    report = validate(graph, with_ontology=False)
    if not report.conforms:
        raise InvalidGraphError(report)


def _violation(data: Graph, results: Graph, r: Node) -> Violation:
    focus, fields = _result_fields(results, r)
    return Violation(_label(data, focus), _short(focus), *fields)


def _result_fields(results: Graph, r: Node) -> tuple[Node, tuple[str, str, str]]:
    """(focus node, (path, message, value)) of one sh:ValidationResult, as report lines show them."""
    focus = results.value(r, SH.focusNode)
    path = results.value(r, SH.resultPath)
    value = results.value(r, SH.value)
    message = results.value(r, SH.resultMessage)
    if message is None:
        component = results.value(r, SH.sourceConstraintComponent)
        message = _short(component) if component is not None else "violation"
    return focus, (_path(results, path) if path is not None else "", str(message),
                   "" if value is None or value == focus else _short(value))


def _path(results: Graph, path: Node) -> str:
    """A SHACL property path as SPARQL writes it (p, ^p, p|q, p/q)."""
    if isinstance(path, URIRef):
        return _short(path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(results, inverse)
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_path(results, p) for p in Collection(results, alternatives))
    if (path, RDF.first, None) in results:
        return "/".join(_path(results, p) for p in Collection(results, path))
    return "[]"


def _short(node: Node) -> str:
    """A prefixed name for an IRI (the project's prefixes), Turtle-like text for a literal."""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in _PREFIXES:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        lex = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if node.language:
            return f'"{lex}"@{node.language}'
        return f'"{lex}"^^{_short(node.datatype)}' if node.datatype else f'"{lex}"'
    return f"_:{node}"


def _label(graph: Graph, node: Node) -> str:
    """What a reader recognises a node by: its Chinese label or title, or what it states."""
    if node is None:
        return "?"
    types = set(graph.objects(node, RDF.type))
    value = graph.value
    if PK.Claim in types:
        s, p, o = (value(node, t) for t in (RDF.subject, RDF.predicate, RDF.object))
        return f"claim {_name(graph, s)} {_short(p) if p is not None else '?'} {_name(graph, o)}"
    if NIF.Sentence in types:
        doc = value(node, NIF.referenceContext)
        source = value(doc, DCTERMS.source) if doc is not None else None
        span = f"[{value(node, NIF.beginIndex)},{value(node, NIF.endIndex)})"
        return f"sentence {source or '?'} {span}"
    if PK.PolicyEvent in types:
        doc = value(node, PK.document)
        return f"event {_name(graph, doc if doc is not None else value(node, PK.actor))}"
    if PK.Observation in types:
        text = value(node, PK.indicatorText) or ""
        number = value(node, PK.value)
        if number is None:
            low, high = value(node, PK.minValue), value(node, PK.maxValue)
            number = f"{'?' if low is None else low}-{'?' if high is None else high}"
        return f"observation {text} {number}{value(node, PK.unit) or ''}".replace("  ", " ")
    name = _name(graph, node)
    return name if name != "?" else _short(node)


def _name(graph: Graph, node: Node | None) -> str:
    if node is None:
        return "?"
    labels = sorted(graph.objects(node, SKOS.prefLabel)) + sorted(
        graph.objects(node, DCTERMS.title))
    zh = [x for x in labels if isinstance(x, Literal) and (x.language or "").startswith("zh")]
    best = (zh or labels)
    return str(best[0]) if best else "?"
