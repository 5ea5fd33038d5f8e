"""Engine-neutral query results: terms, rows and their conversion from pyoxigraph and rdflib."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from operator import itemgetter

__all__ = ["Term", "QueryResult", "XSD_STRING", "RDF_LANGSTRING", "term_from_oxigraph",
           "OxigraphTerms", "rows_from_tsv", "term_from_tsv", "term_from_rdflib", "term_to_oxigraph", "term_to_rdflib", "python_value"]

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "nonPositiveInteger", "negativeInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + "double", XSD + "float"}


def _canonical_decimal(value: str) -> str:
    """One lexical form per decimal value (engines differ: rdflib writes 8.0, Oxigraph 8)."""
    try:
        d = Decimal(value.strip())
    except InvalidOperation:
        return value
    if not d.is_finite():
        return value
    text = format(d.normalize(), "f") if d != 0 else "0"
    return text if "." in text else text + ".0"


def _canonical_integer(value: str) -> str:
    try:
        return str(int(value.strip()))
    except ValueError:
        return value


_CANONICAL = {XSD + "decimal": _canonical_decimal, XSD + "integer": _canonical_integer}


@dataclass(frozen=True, order=True)
class Term:
    """An RDF term as the W3C results formats see it.

    `kind` is "uri", "literal" or "bnode"; `datatype` is None for simple and language-tagged
    literals, so the same literal compares equal whichever engine produced it.
    """
    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def iri(cls, value: str) -> "Term":
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> "Term":
        if lang:
            return cls("literal", value, None, lang.lower())
        if datatype in _CANONICAL:
            value = _CANONICAL[datatype](value)
        return cls("literal", value, None if datatype in (None, XSD_STRING) else datatype)


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: rows of a SELECT, the answer of an ASK, or triples."""
    kind: str                                   # "select", "ask" or "graph"
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = ()
    truncated: bool = False                     # rows or triples were cut at a limit

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def dicts(self) -> list[dict[str, object]]:
        """Rows as dicts of plain Python values; unbound variables are left out."""
        return [{v: python_value(t) for v, t in zip(self.vars, row) if t is not None}
                for row in self.rows]

    def terms(self) -> list[dict[str, object]]:
        """Rows as dicts of rdflib terms (URIRef, Literal with its language or datatype,
        BNode); unbound variables are left out."""
        return [{v: term_to_rdflib(t) for v, t in zip(self.vars, row) if t is not None}
                for row in self.rows]

    def without(self, names) -> "QueryResult":
        """The same result without the columns in `names`."""
        drop = set(names)
        keep = [i for i, v in enumerate(self.vars) if v not in drop]
        if len(keep) == len(self.vars):
            return self
        pick = itemgetter(*keep) if len(keep) > 1 else lambda r: (r[keep[0]],) if keep else ()
        return replace(self, vars=tuple(self.vars[i] for i in keep),
                       rows=tuple(map(pick, self.rows)))

    def head(self, limit: int | None) -> "QueryResult":
        """At most `limit` rows (or triples); `truncated` says whether any were cut."""
        if limit is None or len(self) <= limit:
            return self
        if self.kind == "select":
            return replace(self, rows=self.rows[:limit], truncated=True)
        return replace(self, triples=self.triples[:limit], truncated=True)


def python_value(term: Term | None):
    """IRIs and strings as str, numbers as int/Decimal/float, booleans as bool."""
    if term is None:
        return None
    if term.kind == "uri":
        return term.value
    if term.kind == "bnode":
        return "_:" + term.value
    dt = term.datatype
    try:
        if dt in _INTEGERS:
            return int(term.value)
        if dt == XSD + "decimal":
            return Decimal(term.value)
        if dt in _FLOATS:
            return float(term.value)
    except (ValueError, InvalidOperation):
        return term.value
    if dt == XSD + "boolean":
        return term.value.strip() in ("true", "1")
    return term.value


def term_from_oxigraph(t) -> Term | None:
    """pyoxigraph NamedNode/BlankNode/Literal -> Term."""
    if t is None:
        return None
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term.literal(t.value, t.datatype.value, t.language)
    raise TypeError(f"unsupported RDF term: {t!r}")


class OxigraphTerms:
    """term_from_oxigraph with a memory: each distinct term of one result is converted once
    (labels, relations, sources and years recur on many rows)."""

    def __init__(self):
        self._seen: dict = {}

    def __call__(self, t) -> Term | None:
        if t is None:
            return None
        try:
            return self._seen[t]
        except KeyError:
            out = self._seen[t] = term_from_oxigraph(t)
            return out


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if m[1] or m[2]
                       else _ESCAPED.get(m[3], m[3]), text)


def term_from_tsv(cell: str) -> Term | None:
    """A cell of the SPARQL 1.1 TSV results format (N-Triples terms; numbers and booleans
    may be bare; empty when unbound) -> Term."""
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return Term("uri", _unescape(cell[1:-1]))
    if first == '"':
        end = cell.rfind('"')
        lex, rest = _unescape(cell[1:end]), cell[end + 1:]
        if rest.startswith("@"):
            return Term.literal(lex, lang=rest[1:])
        return Term.literal(lex, rest[3:-1] if rest.startswith("^^<") else None)
    if cell.startswith("_:"):
        return Term("bnode", cell[2:])
    if cell in ("true", "false"):
        return Term.literal(cell, XSD + "boolean")
    kind = "double" if "e" in cell or "E" in cell else "decimal" if "." in cell else "integer"
    return Term.literal(cell, XSD + kind)


_new = object.__new__


def _term_from_tsv_bytes(cell: bytes) -> Term | None:
    """term_from_tsv of an undecoded cell, 2-3x faster: IRIs and quoted literals are cut on
    bytes (a byte below 0x80 never occurs inside a UTF-8 sequence) and their Term is filled
    in without the frozen dataclass's __init__ (a setattr per field); bare numbers, booleans
    and blank nodes go to term_from_tsv."""
    if not cell:
        return None
    first = cell[0]
    if first != 60 and first != 34:                  # neither < nor "
        return term_from_tsv(cell.decode("utf-8"))
    term = _new(Term)
    fields = term.__dict__
    if first == 60:
        value = cell[1:-1].decode("utf-8")
        fields["kind"] = "uri"
        fields["value"] = _unescape(value) if 92 in cell else value      # a backslash
        fields["datatype"] = fields["lang"] = None
        return term
    end = cell.rfind(34)
    lex = cell[1:end].decode("utf-8")
    if 92 in cell:
        lex = _unescape(lex)
    fields["kind"] = "literal"
    if end + 1 == len(cell):                         # a simple literal
        fields["datatype"] = fields["lang"] = None
    elif cell[end + 1] == 64:                        # "..."@tag
        fields["datatype"] = None
        fields["lang"] = cell[end + 2:].decode("utf-8").lower()
    else:                                            # "..."^^<datatype>
        datatype = cell[end + 4:-1].decode("utf-8")
        if datatype == XSD_STRING:
            datatype = None
        elif datatype in _CANONICAL:
            lex = _CANONICAL[datatype](lex)
        fields["datatype"], fields["lang"] = datatype, None
    fields["value"] = lex
    return term


class _Cells(dict):
    """TSV cell (bytes) -> Term, each converted on first sight."""

    def __missing__(self, cell: bytes) -> Term | None:
        term = self[cell] = _term_from_tsv_bytes(cell)
        return term


def rows_from_tsv(data: bytes) -> list[tuple[Term | None, ...]]:
    """The rows of a SELECT result serialised as TSV, each distinct cell converted once.

    Reading pyoxigraph's solutions cell by cell builds a Python object for every cell; this
    is what dominates a named query of thousands of rows. The cells are cut and looked up
    as bytes: only the distinct ones are decoded.
    """
    head, _, body = data.partition(b"\n")
    width = head.count(b"\t") + 1          # a tab or line break in a term is written escaped
    cells = body.replace(b"\n", b"\t").split(b"\t")
    cells.pop()                               # after the last line break
    terms = iter(list(map(_Cells().__getitem__, cells)))
    return list(zip(*[terms] * width))       # one pass in C: cut into rows of `width`


def term_from_rdflib(t) -> Term | None:
    """rdflib URIRef/BNode/Literal -> Term."""
    if t is None:
        return None
    from rdflib import BNode, Literal, URIRef
    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    if isinstance(t, Literal):
        return Term.literal(str(t), str(t.datatype) if t.datatype else None, t.language)
    raise TypeError(f"unsupported RDF term: {t!r}")


def term_to_oxigraph(t: Term):
    import pyoxigraph as ox
    if t.kind == "uri":
        return ox.NamedNode(t.value)
    if t.kind == "bnode":
        return ox.BlankNode(t.value)
    if t.lang:
        return ox.Literal(t.value, language=t.lang)
    return ox.Literal(t.value, datatype=ox.NamedNode(t.datatype or XSD_STRING))


def term_to_rdflib(t: Term):
    from rdflib import BNode, Literal, URIRef
    if t.kind == "uri":
        return URIRef(t.value)
    if t.kind == "bnode":
        return BNode(t.value)
    if t.lang:
        return Literal(t.value, lang=t.lang)
    if t.datatype:
        return Literal(t.value, datatype=URIRef(t.datatype))
    return Literal(t.value)
