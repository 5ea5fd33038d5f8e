"""Query a built graph: named queries with bound parameters, and ad-hoc SPARQL.

    >>> g = open_graph("out/graph.ttl")
    >>> g.named("drivers", x="新质生产力")    # rows as dicts of rdflib terms
    >>> g.sparql("SELECT ?s WHERE { ?s a ?t }")
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .catalog import named_query
from .deadline import with_deadline
from .engines import ENGINES, OxigraphEngine, RdflibEngine
from .query_errors import ParameterError, QueryError
from .results import QueryResult, Term

__all__ = ["PolicyGraph", "open_graph", "run_query", "read_query_file", "to_term"]


def open_graph(path: str | Path, engine: str = "oxigraph",
               graph: str | None = None) -> "PolicyGraph":
    """Open a graph file (Turtle, N-Triples, …) or a store folder written by `save_store`.

    `engine` is "oxigraph" (pyoxigraph, the default) or "rdflib" (rdflib's memory store).
    The default graph is the merge of every graph in the file; `graph` (an IRI) picks one.
    """
    from .store import load_oxigraph, load_rdflib
    if engine == "oxigraph":
        return PolicyGraph(OxigraphEngine(load_oxigraph(path, graph)), Path(path))
    if engine == "rdflib":
        return PolicyGraph(RdflibEngine(load_rdflib(path, graph)), Path(path))
    raise QueryError(f"unknown engine {engine!r}; known engines: {', '.join(ENGINES)}")


def run_query(graph: str | Path, name: str | None = None, sparql: str | None = None,
              file: str | Path | None = None, params: dict[str, str] | None = None,
              engine: str = "oxigraph", limit: int | None = None,
              timeout: float | None = None) -> QueryResult:
    """Open `graph` and run one query: the named query `name`, SPARQL text, or a .rq file.

    With `sparql` or `file`, `params` are bound as plain literals to the variables they name.
    With `timeout` (seconds), a query still running then raises QueryTimeoutError (loading
    the graph is not counted).
    """
    given = [x is not None for x in (name, sparql, file)]
    if sum(given) != 1:
        raise QueryError("give exactly one of: a query NAME, --sparql TEXT or --file FILE.rq"
                         if any(given) else "no query given",
                         "policykg queries lists the named queries")
    if name is not None:
        named_query(name)                 # an unknown name fails before the graph is loaded
        return open_graph(graph, engine).run(name, params, limit=limit, timeout=timeout)
    text, source = (sparql, "--sparql") if sparql is not None else (read_query_file(file), str(file))
    return open_graph(graph, engine).query(text, params, source=source, limit=limit,
                                           timeout=timeout)


def to_term(value) -> Term:
    """A Python value as the RDF term it binds to: str -> plain literal, int, Decimal, bool."""
    if isinstance(value, Term):
        return value
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if isinstance(value, bool):
        return Term.literal("true" if value else "false", xsd + "boolean")
    if isinstance(value, int):
        return Term.literal(str(value), xsd + "integer")
    if isinstance(value, Decimal):
        return Term.literal(str(value), xsd + "decimal")
    if isinstance(value, float):
        return Term.literal(repr(value), xsd + "double")
    if isinstance(value, str):
        return Term.literal(value)
    raise ParameterError(f"cannot bind a value of type {type(value).__name__}: {value!r}")


def read_query_file(path: str | Path) -> str:
    """The text of a .rq file."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{p}: no such query file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{p}: cannot read query file: {exc}") from None


class PolicyGraph:
    """A graph opened for querying on one engine."""

    def __init__(self, engine, path: Path | None = None):
        self.engine = engine
        self.path = path

    def __len__(self) -> int:
        return len(self.engine)

    def __repr__(self) -> str:
        return f"<PolicyGraph {self.path} on {self.engine.name}, {len(self)} triples>"

    def run(self, name: str, params: dict[str, object] | None = None,
            limit: int | None = None, timeout: float | None = None) -> QueryResult:
        """Run the named query `name`; parameter columns are left out of the result."""
        q = named_query(name)
        bindings = q.bindings(params or {})
        source = f"{name}.rq"
        result = with_deadline(lambda: self.engine.execute(q.text, bindings, source=source,
                                                           limit=limit), timeout, source)
        return result.without(p.name for p in q.params)

    def named(self, name: str, /, **params) -> list[dict[str, object]]:
        """Rows of the named query as dicts of rdflib terms (IRI or literal, language,
        datatype kept)."""
        return self.run(name, params).terms()

    def ask(self, name: str, /, **params) -> list[dict[str, object]]:
        """Deprecated (the name clashes with SPARQL ASK): rows of the named query as dicts
        of plain Python values. Use `named` (rdflib terms) or `run` (a QueryResult)."""
        import warnings
        warnings.warn("PolicyGraph.ask is deprecated: use .named(name, **params) for rows "
                      "of rdflib terms", DeprecationWarning, stacklevel=2)
        return self.run(name, params).dicts()

    def query(self, text: str, bindings: dict[str, object] | None = None,
              source: str = "query", limit: int | None = None,
              timeout: float | None = None) -> QueryResult:
        """Run ad-hoc SPARQL; `bindings` values are bound to variables, never put into the text."""
        terms = {k: to_term(v) for k, v in (bindings or {}).items()}
        return with_deadline(lambda: self.engine.execute(text, terms, source=source,
                                                         limit=limit), timeout, source)

    def sparql(self, text: str, /, **bindings):
        """Ad-hoc SPARQL: rows as dicts for SELECT, a bool for ASK, triples for CONSTRUCT."""
        result = self.query(text, bindings)
        if result.kind == "ask":
            return result.boolean
        if result.kind == "graph":
            return list(result.triples)
        return result.dicts()
