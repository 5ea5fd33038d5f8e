"""`policykg serve`: a read-only SPARQL endpoint over a graph file or store folder."""
from __future__ import annotations

import argparse
import sys

from policykg.graph.server import serve

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg serve out/graph.ttl                      # http://127.0.0.1:7878/query
  policykg serve out/store --port 0 --max-rows 500  # a store folder, any free port
  policykg serve out/store --max-connections 16     # 16 connections served at once, more wait
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' \\
       http://127.0.0.1:7878/query
  curl -H 'Accept: text/turtle' http://127.0.0.1:7878/query         # service description
  curl -H 'Accept: application/n-triples' 'http://127.0.0.1:7878/data?default'
  curl 'http://127.0.0.1:7878/queries/drivers?x=新质生产力'       # a named query
URLs: /query (also /sparql, /): SPARQL queries, GET or POST; without a query, the Service
Description. /data?default, /data?graph=IRI (also /get, /store): Graph Store GET. /queries:
the named queries; /queries/NAME?x=…: one of them, parameters bound as in policykg query.
Formats follow the Accept header (406 when it allows none) or a format= parameter.
The endpoint is read-only (updates get 403, PUT/POST/DELETE on /data 405), answers only about
its own store (SERVICE gets 403 unless --allow-service), runs on the Oxigraph server (pip
install oxigraph), stops each query after --timeout seconds and returns at most --max-rows
rows (header X-PolicyKG-Truncated: true when it cut).
"""


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve a graph as a read-only SPARQL endpoint",
                       description="Expose a graph file or store folder as a read-only SPARQL "
                                   "1.1 Protocol endpoint (GET and POST, content negotiation, "
                                   "Service Description, Graph Store GET, named queries).",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH|STORE", help="graph file (.ttl) or store folder")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0: any free port)")
    p.add_argument("--timeout", type=float, default=30, metavar="S",
                   help="per-query timeout in seconds (default: 30)")
    p.add_argument("--max-rows", type=int, default=10000, metavar="N",
                   help="result-row (or triple) cap per query (default: 10000)")
    p.add_argument("--read-timeout", type=float, default=10, metavar="S",
                   help="seconds a client has to send its request head, and again its body "
                        "(default: 10; an idle connection is closed after as long)")
    p.add_argument("--workers", type=int, default=8, metavar="N",
                   help="queries run at once; more wait for a free worker (default: 8)")
    p.add_argument("--max-connections", type=int, default=64, metavar="N",
                   help="connections served at once (each one a thread, keep-alive ones too); "
                        "more wait in the listen backlog until one closes (default: 64; "
                        "e.g. --max-connections 16)")
    p.add_argument("--allow-service", action="store_true",
                   help="let queries use SERVICE (federation): Oxigraph then sends HTTP requests "
                        "to any address a query names; off by default (403)")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {args.host}: other machines can query this graph",
              file=sys.stderr)
    serve(args.graph, args.host, args.port, args.timeout, args.max_rows,
          announce=lambda line: print(line, flush=True), allow_service=args.allow_service,
          read_timeout=args.read_timeout, workers=args.workers,
          max_connections=args.max_connections)
    print("stopped", flush=True)
    return 0
