"""`policykg query` (run a named or ad-hoc SPARQL query) and `policykg queries` (list them)."""
from __future__ import annotations

import argparse
import sys

from policykg.graph.catalog import describe_queries, parse_param_args
from policykg.graph.deadline import DEFAULT_TIMEOUT
from policykg.graph.formats import FORMATS, format_result
from policykg.graph.query import run_query
from policykg.graph.serialize import atomic_path

__all__ = ["register", "run", "run_list"]

EXAMPLE = """examples:
  policykg query out/graph.ttl drivers --param x=新质生产力
  policykg query out/graph.ttl timeline --format csv
  policykg query out/store paths --param x=数字技术 --param y=新质生产力 --param n=3
  policykg query out/graph.ttl --sparql 'SELECT ?c ?l WHERE { ?c skos:prefLabel ?l }' --format json
  policykg query out/graph.ttl --file my.rq --param x=城市 --engine rdflib -f csv
GRAPH is a graph file (out/graph.ttl) or a store folder (policykg build --store DIR).
Ad-hoc SPARQL may use the project's prefixes (pk: skos: prov: nif: dcterms: c: doc: …) without
PREFIX lines. `policykg queries` lists the named queries and their parameters.
"""

LIST_EXAMPLE = """examples:
  policykg queries            # every named query with its parameters
  policykg queries drivers    # the SPARQL text of one
"""


def register(sub) -> None:
    p = sub.add_parser("query", help="run a named query or SPARQL on a graph",
                       description="Run a named query (see `policykg queries`) or ad-hoc SPARQL "
                                   "on a graph file or store. SELECT/ASK results print as a "
                                   "table or a W3C results format; CONSTRUCT/DESCRIBE as Turtle.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, .nt, …) or store folder")
    p.add_argument("name", nargs="?", metavar="NAME", help="named query")
    p.add_argument("--param", "-p", action="append", metavar="NAME=VALUE", default=[],
                   help="parameter value, bound (never pasted) into the query; repeatable")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--sparql", metavar="QUERY", help="SPARQL query text")
    src.add_argument("--file", metavar="FILE.rq", help="file holding a SPARQL query")
    p.add_argument("-f", "--format", choices=FORMATS, default="table",
                   help="output format (default: table)")
    p.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                   help="query engine (default: oxigraph, the embedded store)")
    p.add_argument("--limit", type=int, metavar="N", help="print at most N rows")
    p.add_argument("--max-width", type=int, default=60, metavar="COLS",
                   help="table format: clip cells wider than COLS (0: never; default 60)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"stop a query still running after S seconds (0: never; "
                        f"default {DEFAULT_TIMEOUT:g})")
    p.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=run)

    q = sub.add_parser("queries", help="list the named queries and their parameters",
                       description="List the named queries in policykg/graph/queries/*.rq.",
                       epilog=LIST_EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("name", nargs="?", metavar="NAME", help="print this query's SPARQL text")
    q.set_defaults(run=run_list)


def _write(text: str, out: str | None) -> None:
    data = text.encode("utf-8")
    if out:
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def run(args) -> int:
    result = run_query(args.graph, name=args.name, sparql=args.sparql, file=args.file,
                       params=parse_param_args(args.param), engine=args.engine, limit=args.limit,
                       timeout=args.timeout)
    _write(format_result(result, args.format, max_width=args.max_width), args.out)
    return 0


def run_list(args) -> int:
    _write(describe_queries(args.name), None)
    return 0
