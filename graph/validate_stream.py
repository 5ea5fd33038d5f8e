"""Validate a built graph a bounded batch of subjects at a time, with the report of the whole.

Every shape of ontology/shapes.ttl is local: a focus node is checked against its own triples
and the rdf:type of the nodes they point to (sh:class), and is a target through its own
triples (sh:targetClass, sh:targetSubjectsOf) or a triple pointing to it (sh:targetObjectsOf).
So the graph is read twice as a stream of subjects (Turtle groups a subject's triples in one
statement, and a build writes every subject once). The first pass keeps the types that
sh:class names and, for every object of a targetObjectsOf predicate, one triple pointing to it.
The second pass hands pyshacl a batch of subjects at a time with those types and triples
beside it, and keeps the results whose focus node is in the batch (a neighbour's types make it
a target too, with none of its own triples). Nodes that are only targets as objects are
checked last. Violations are labelled as `validate` labels them, from the triples of their
focus nodes and their neighbours, read in one more pass when there are any. Shapes that are
not local (`local_shapes`) make `validate_chunks` validate the whole graph at once.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection

from .namespaces import RDF
from .validate import (SH, InvalidGraphError, ValidationReport, Violation, _label, _result_fields, _short, shapes_graph,
                       validate)

__all__ = ["BATCH_TRIPLES", "local_shapes", "validate_chunks", "check_chunks", "subject_groups"]

#: Triples (of the batch's own subjects) handed to pyshacl at once.
BATCH_TRIPLES = 40_000
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf}
#: Constraint parameters that read only the focus node's own values (and sh:class their types).
_LOCAL = {SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive,
          SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength,
          SH.pattern, SH.flags, SH.languageIn, SH.uniqueLang, SH["in"], SH.hasValue, SH.equals,
          SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH.qualifiedValueShape,
          SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
          SH["or"], SH["and"], SH.xone, SH["not"], SH.node, SH.property, SH.path,
          SH.alternativePath, SH.message, SH.severity, SH.name, SH.description,
          SH.deactivated, *_TARGETS}
_VALUE_SHAPE = (SH.node, SH.qualifiedValueShape, SH["not"])
_VALUE_LISTS = (SH["or"], SH["and"], SH.xone)


@lru_cache(maxsize=1)
def local_shapes() -> bool:
    """Whether every shape reads only a focus node, its values and their types (see above)."""
    g = shapes_graph()
    sh = str(SH)
    if any(str(p).startswith(sh) and p not in _LOCAL for p in g.predicates()):
        return False
    for path in g.objects(None, SH.path):   # a predicate, or alternatives of predicates
        if not isinstance(path, URIRef):
            alts = g.value(path, SH.alternativePath)
            if alts is None or not all(isinstance(x, URIRef) for x in Collection(g, alts)):
                return False
    value_shapes = {o for p in _VALUE_SHAPE for o in g.objects(None, p)}
    value_shapes |= {x for p in _VALUE_LISTS for lst in g.objects(None, p)
                     for x in Collection(g, lst)}
    nested = _VALUE_SHAPE + _VALUE_LISTS + (SH.property, SH.path)
    return not any((s, p, None) in g for s in value_shapes for p in nested)


def _shape_terms() -> tuple[frozenset, frozenset]:
    """(classes sh:class names, predicates sh:targetObjectsOf names) as pyoxigraph terms."""
    g = shapes_graph()
    return (frozenset(ox.NamedNode(str(c)) for c in g.objects(None, SH["class"])),
            frozenset(ox.NamedNode(str(p)) for p in g.objects(None, SH.targetObjectsOf)))


class _ChunkReader(io.RawIOBase):
    """A binary file over an iterator of text chunks (for pyoxigraph's streaming parser)."""

    def __init__(self, chunks: Iterable[str]):
        self._chunks = iter(chunks)
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf = memoryview(chunk.encode("utf-8"))
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def _quads(chunks: Callable[[], Iterable[str]]) -> Iterator:
    reader = io.BufferedReader(_ChunkReader(chunks()), 1 << 20)
    return ox.parse(reader, format=ox.RdfFormat.TURTLE)


def _subjects(chunks) -> Iterator[tuple[object, list]]:
    """(subject, its quads) in the order of the stream."""
    subject, rows = None, []
    for q in _quads(chunks):
        if q.subject != subject:
            if rows:
                yield subject, rows
            subject, rows = q.subject, []
        rows.append(q)
    if rows:
        yield subject, rows


def validate_chunks(chunks: Callable[[], Iterable[str]], batch: int | None = None
                    ) -> ValidationReport:
    """SHACL-validate the Turtle that `chunks()` yields (each call a fresh stream), without
    inference or the ontology (as graph/validate.check_graph), a batch of subjects at a time
    (of about `batch` triples, default BATCH_TRIPLES)."""
    batch = batch or BATCH_TRIPLES
    if not local_shapes():
        return validate(_whole(chunks), with_ontology=False)
    classes, object_targets = _shape_terms()
    types: dict = {}
    interned: dict = {}
    pointed: dict = {}          # object of a targetObjectsOf predicate -> one quad to it
    subjects: set[int] = set()  # hashes of the subjects met, to make sure none comes back
    subject = None
    for q in _quads(chunks):
        if q.subject != subject:
            subject = q.subject
            key = hash(subject)
            if key in subjects:     # a subject in two places (or a hash collision): whole
                return validate(_whole(chunks), with_ontology=False)
            subjects.add(key)
        p = q.predicate
        if p == _RDF_TYPE and q.object in classes:
            old = types.get(q.subject, frozenset())
            new = old | {q.object}
            types[q.subject] = interned.setdefault(new, new)
        elif p in object_targets and q.object not in pointed:
            pointed[q.object] = q
    del subjects
    found: dict = {}            # focus (pyoxigraph term) -> (rdflib term, [(path, msg, value)])
    seen = set()
    rows, own = [], set()
    for subject, quads in _subjects(chunks):
        rows += quads
        own.add(subject)
        if len(rows) >= batch:
            _check_batch(rows, own, types, pointed, seen, found)
            rows, own = [], set()
    if rows:
        _check_batch(rows, own, types, pointed, seen, found)
    rest = set(pointed) - seen    # targets as objects only: no triples of their own
    if rest:
        _check_batch([], rest, types, pointed, seen, found)
    if not found:
        return ValidationReport(True, ())
    labels = _label_graph(chunks, found)
    violations = sorted({Violation(_label(labels, f), _short(f), *v)
                         for f, vs in found.values() for v in vs})
    return ValidationReport(False, tuple(violations))


def _whole(chunks) -> Graph:
    g = Graph()
    term = _terms()
    g.addN((term(q.subject), term(q.predicate), term(q.object), g) for q in _quads(chunks))
    return g


def _terms():
    from .fragment import RdflibTerms    # lazy: fragment imports the extractor
    return RdflibTerms()


def _validate_foci(g: Graph, foci) -> tuple[bool, Graph]:
    """pyshacl's validation of `g` (no inference, no ontology) with the targets of every shape
    kept to `foci`: a node outside them is never a focus node (a neighbour, typed for
    sh:class, would fail every shape of its class), so no result is made for it."""
    import pyshacl
    from pyshacl.graph_abstraction import DataGraph
    g = DataGraph.from_rdflib(g)
    v = pyshacl.Validator(g, shacl_graph=shapes_graph(), options={
        "inference": "none", "advanced": False, "abort_on_first": False,
        "allow_warnings": False, "allow_infos": False})
    executor = v.make_executor()
    conforms, reports = True, []
    for shape in v.shacl_graph.shapes:
        focus = sorted((n for n in shape.focus_nodes(g) if n in foci), key=str)
        if focus:
            ok, found = shape.validate(executor, g, focus=focus)
            conforms = conforms and ok
            reports.extend(found)
    return conforms, v.create_validation_report(v.shacl_graph, conforms, reports)[0]


def _check_batch(rows: list, own: set, types: dict, pointed: dict, seen: set,
                 found: dict) -> None:
    """Validate the subjects `own` (their quads `rows`) with their neighbours' types."""
    term = _terms()
    g = Graph()
    add = g.add
    rdf_type = term(_RDF_TYPE)
    for q in rows:
        add((term(q.subject), term(q.predicate), term(q.object)))
        o = q.object
        if o not in own and o in types:
            t = term(o)
            for c in types[o]:
                add((t, rdf_type, term(c)))
    for s in own:
        q = pointed.get(s)
        if q is not None:
            seen.add(s)
            add((term(q.subject), term(q.predicate), term(q.object)))
    if not len(g):
        return
    focus_nodes = {term(s): s for s in own}
    conforms, results = _validate_foci(g, focus_nodes)
    if conforms:
        return
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus, fields = _result_fields(results, r)
        if focus in focus_nodes:
            found.setdefault(focus_nodes[focus], (focus, []))[1].append(fields)


def _label_graph(chunks, found: dict) -> Graph:
    """The triples of the violations' focus nodes and of the nodes they point to."""
    term = _terms()
    g = Graph()
    near = set()
    for subject, quads in _subjects(chunks):
        if subject in found:
            g.addN((term(q.subject), term(q.predicate), term(q.object), g) for q in quads)
            near.update(q.object for q in quads)
    near -= set(found)
    for subject, quads in _subjects(chunks):
        if subject in near:
            g.addN((term(q.subject), term(q.predicate), term(q.object), g) for q in quads)
    return g


def check_chunks(chunks: Callable[[], Iterable[str]], batch: int | None = None) -> None:
    """Raise InvalidGraphError when the Turtle of `chunks()` does not conform."""
    report = validate_chunks(chunks, batch)
    if not report.conforms:
        raise InvalidGraphError(report)


def subject_groups(chunks: Callable[[], Iterable[str]]) -> Iterator[tuple[object, dict]]:
    """(subject, predicate -> objects) in rdflib terms, a subject of the Turtle at a time."""
    term = _terms()
    for subject, quads in _subjects(chunks):
        po: dict = {}
        for q in quads:
            po.setdefault(term(q.predicate), []).append(term(q.object))
        yield term(subject), po
