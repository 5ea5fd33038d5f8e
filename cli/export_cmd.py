"""`policykg export`: write a graph as another RDF syntax, GraphML, GEXF or neo4j CSV."""
from __future__ import annotations

import argparse

from policykg.graph.export import FORMATS, export_file

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg export out/graph.ttl --format gexf            # -> out/graph.gexf (open in Gephi)
  policykg export out/graph.ttl --format jsonld -o kg.jsonld
  policykg export out/graph.ttl --format csv -o neo4j/    # neo4j/nodes.csv, neo4j/edges.csv
formats: ttl nt nq trig jsonld xml (RDF, every triple); graphml gexf csv (the concept graph:
one edge per concept pair and relation, weight = number of claims)
"""


def register(sub) -> None:
    p = sub.add_parser("export", help="write a graph as RDF, GraphML, GEXF or CSV",
                       description="Export GRAPH (any RDF file) in another format. Outputs are "
                                   "deterministic and written atomically.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="RDF file, e.g. out/graph.ttl")
    p.add_argument("-f", "--format", required=True, choices=list(FORMATS), metavar="FORMAT",
                   help="one of: " + " ".join(FORMATS))
    p.add_argument("-o", "--out", metavar="FILE",
                   help="output file (a folder for csv); default: GRAPH with the format's "
                        "suffix (graph.gexf, graph-csv/)")
    p.set_defaults(run=run)


def run(args) -> int:
    for path in export_file(args.graph, args.format, args.out):
        print(f"wrote {path}")
    return 0
