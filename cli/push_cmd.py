"""`policykg push`: load a graph file into a SPARQL Graph Store endpoint."""
from __future__ import annotations

import argparse
import json

from policykg.graph.push import MODES, push

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg push out/graph.ttl --endpoint http://127.0.0.1:7878/store
                                  # replace the default graph of an Oxigraph server
  policykg push out/graph.ttl --endpoint http://127.0.0.1:7878/store \\
      --graph https://example.org/kg --mode add
  policykg push out/graph.trig --endpoint http://127.0.0.1:7878/store
                                  # each document's named graph into the graph it names
  policykg push out/graph.ttl --endpoint http://127.0.0.1:7878/store --json
                                  # {"endpoint": …, "triples": …, "batches": …, "graphs": {…}}
"""


def register(sub) -> None:
    p = sub.add_parser("push", help="load a graph into a SPARQL Graph Store HTTP endpoint",
                       description="Send the triples of GRAPH (Turtle, N-Triples, TriG, "
                                   "N-Quads, RDF/XML, JSON-LD) to a SPARQL 1.1 Graph Store "
                                   "HTTP Protocol endpoint, in batches.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph_file", metavar="GRAPH", help="the graph file, e.g. out/graph.ttl")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="Graph Store URL, e.g. http://127.0.0.1:7878/store")
    p.add_argument("--graph", metavar="IRI",
                   help="target named graph (default: the default graph, or for TriG/N-Quads "
                        "the graphs the file names)")
    p.add_argument("--mode", choices=MODES, default="replace",
                   help="replace the target graph(s) or add to them (default: replace)")
    p.add_argument("--batch-size", type=int, default=50_000, metavar="N",
                   help="triples per request (default: 50000)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S",
                   help="seconds to wait for each request (default: 60)")
    p.add_argument("--update", default="auto", metavar="URL",
                   help="SPARQL Update URL: batches go into a temporary graph and one update "
                        "moves them into place, so the target changes at once or not at all "
                        "(default auto: ENDPOINT's /update beside /store when the server "
                        "accepts it; none: batches straight into the target)")
    p.add_argument("--json", action="store_true",
                   help="print what was sent as one JSON object instead of a line")
    p.set_defaults(run=run)


def run(args) -> int:
    result = push(args.graph_file, args.endpoint, graph=args.graph, mode=args.mode,
                  batch_size=args.batch_size, timeout=args.timeout,
                  update=None if args.update == "none" else args.update)
    if args.json:
        print(json.dumps({"endpoint": result.endpoint, "mode": args.mode,
                          "triples": result.triples, "batches": result.batches,
                          "graphs": dict(sorted(result.graphs.items())),
                          "update": result.update}, ensure_ascii=False, indent=1))
        return 0
    graphs = ", ".join(f"{g or 'default graph'} {n}" for g, n in sorted(result.graphs.items()))
    print(f"sent {result.triples} triples to {result.endpoint} in {result.batches} "
          f"request{'s' if result.batches != 1 else ''} ({args.mode}: {graphs or 'nothing'})"
          + (f", moved into place by one update at {result.update}" if result.update else ""))
    return 0
