"""Run SPARQL on pyoxigraph or rdflib with bound values and return engine-neutral results."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .query_errors import ParameterError, QueryError, QuerySyntaxError
from .results import (OxigraphTerms, QueryResult, Term, rows_from_tsv, term_from_rdflib,
                      term_to_oxigraph, term_to_rdflib)

__all__ = ["ENGINES", "OxigraphEngine", "RdflibEngine"]

ENGINES = ("oxigraph", "rdflib")
_OX_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)


class OxigraphEngine:
    """Queries on a pyoxigraph Store (in memory or on disk)."""
    name = "oxigraph"

    def __init__(self, store):
        self.store = store

    def __len__(self) -> int:
        return len(self.store)

    def has_predicate(self, predicate) -> bool:
        """True when some triple has `predicate` (an IRI)."""
        import pyoxigraph as ox
        return next(iter(self.store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None,
                                                      None)), None) is not None

    def execute(self, text: str, bindings: dict[str, Term] | None = None, source: str = "query",
                limit: int | None = None) -> QueryResult:
        """Run `text` with `bindings` substituted for their variables; stop after `limit` rows."""
        import pyoxigraph as ox
        subs = {ox.Variable(k): v for k, v in _checked(bindings, source).items()}
        try:
            res = self.store.query(text, substitutions=subs or None, prefixes=_prefixes())
            if isinstance(res, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(res))
            term = OxigraphTerms()
            if isinstance(res, ox.QueryTriples):
                return _cap("graph", None, [(term(tr.subject), term(tr.predicate),
                                             term(tr.object)) for tr in _take(res, limit)], limit)
            names = tuple(v.value for v in res.variables)
            if limit is None and names:
                chunks = _Chunks()
                res.serialize(chunks, format=ox.QueryResultsFormat.TSV)
                rows = rows_from_tsv(b"".join(chunks))
            else:
                rows = [tuple(map(term, sol)) for sol in _take(res, limit)]
            return _cap("select", names, rows, limit)
        except SyntaxError as exc:
            detail = str(exc.args[0] if exc.args else exc)
            m = _OX_POSITION.match(detail)
            if m:
                raise QuerySyntaxError(source, int(m[1]), int(m[2]), _one_line(m[3])) from None
            raise QueryError(f"{source}: SPARQL syntax error: {_one_line(detail)}") from None
        except RuntimeError as exc:
            raise _runtime_error(source, exc, bindings) from None
        except OSError as exc:
            raise QueryError(f"{source}: query failed: {exc}") from None


class _Chunks(list):
    """What pyoxigraph writes when it serialises a result (as TSV: faster to read than its
    solutions). `write` is Python code, so that a query abandoned at its deadline
    (graph/deadline.py) stops at the next chunk."""

    def write(self, data) -> int:
        self.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _checked(bindings: dict[str, Term] | None, source: str) -> dict:
    """{name: pyoxigraph term} of `bindings`; ParameterError for a value that is no RDF term
    (an IRI with a space or `<>{}` in it, a bad language tag): both engines refuse the same."""
    out = {}
    for name, term in (bindings or {}).items():
        try:
            out[name] = term_to_oxigraph(term)
        except ValueError as exc:
            what = "an IRI" if term.kind == "uri" else "an RDF term"
            raise ParameterError(f"{source}: parameter {name} is not {what}: {term.value!r} "
                                 f"({exc})", "give a full IRI or prefix:local, e.g. doc:seed"
                                 if term.kind == "uri" else "") from None
    return out


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    """The project's prefixes, predeclared for every query (a PREFIX line overrides them)."""
    from .namespaces import PREFIXES
    return {k: str(v) for k, v in PREFIXES.items()}


def _one_line(detail: str, width: int = 160) -> str:
    text = " ".join(detail.split())
    if "Prefix not found" in text:
        return "undeclared prefix (add a PREFIX line)"
    return text if len(text) <= width else text[:width - 1] + "…"


def _runtime_error(source: str, exc: Exception, bindings) -> QueryError:
    detail = str(exc)
    if "projection" in detail and bindings:
        return QueryError(f"{source}: {detail}",
                          "a bound variable must be in the SELECT projection (or use SELECT *)")
    return QueryError(f"{source}: query failed: {detail}")


def _take(iterable, limit):
    return iterable if limit is None else islice(iterable, limit + 1)


def _cap(kind, names, items, limit) -> QueryResult:
    truncated = limit is not None and len(items) > limit
    items = tuple(items[:limit] if truncated else items)
    if kind == "graph":
        return QueryResult("graph", triples=items, truncated=truncated)
    return QueryResult("select", vars=names, rows=items, truncated=truncated)


@lru_cache(maxsize=64)
def _prepared(text: str, bound: frozenset[str] = frozenset()):
    """The parsed query, its patterns ordered from the variables in `bound`
    (graph/rdflib_plan.py)."""
    from rdflib.plugins.sparql import prepareQuery
    from .rdflib_plan import planned
    return planned(prepareQuery(text, initNs=_prefixes()), bound)


class RdflibEngine:
    """Queries on an rdflib Graph in memory."""
    name = "rdflib"

    def __init__(self, graph):
        self.graph = graph

    def __len__(self) -> int:
        return len(self.graph)

    def has_predicate(self, predicate) -> bool:
        """True when some triple has `predicate` (an IRI)."""
        from rdflib import URIRef
        return next(iter(self.graph.triples((None, URIRef(str(predicate)), None))), None) \
            is not None

    def execute(self, text: str, bindings: dict[str, Term] | None = None, source: str = "query",
                limit: int | None = None) -> QueryResult:
        """Run `text` with `bindings` as rdflib initBindings; stop after `limit` rows."""
        from pyparsing import ParseException
        from rdflib import Variable
        _checked(bindings, source)
        init = {Variable(k): term_to_rdflib(v) for k, v in (bindings or {}).items()}
        try:
            query = _prepared(text, frozenset(init))
        except ParseException as exc:
            raise QuerySyntaxError(source, exc.lineno, exc.col, _pp_detail(exc)) from None
        except Exception as exc:  # rdflib reports unknown prefixes and the like as Exception
            raise QueryError(f"{source}: cannot read the query: {exc}") from None
        try:
            res = self.graph.query(query, initBindings=init)
            if res.type == "ASK":
                return QueryResult("ask", boolean=bool(res.askAnswer))
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                return _cap("graph", None, [tuple(term_from_rdflib(t) for t in tr)
                                            for tr in _take(res.graph, limit)], limit)
            names = tuple(str(v) for v in res.vars)
            rows = [tuple(term_from_rdflib(t) for t in row) for row in _take(res, limit)]
            return _cap("select", names, rows, limit)
        except RecursionError:
            raise QueryError(f"{source}: rdflib ran out of recursion depth on this graph",
                             "use the default engine (oxigraph)") from None
        except QueryError:
            raise
        except Exception as exc:  # rdflib's evaluator raises plain exceptions
            raise QueryError(f"{source}: query failed: {exc}") from None


def _pp_detail(exc) -> str:
    msg = str(exc.msg) if getattr(exc, "msg", None) else str(exc)
    found = exc.line[exc.col - 1:exc.col + 19].strip() if exc.line else ""
    return _one_line(f"{msg}, found {found!r}" if found else msg)
