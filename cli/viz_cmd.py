"""`policykg viz`: write a self-contained, offline HTML page of a built graph."""
from __future__ import annotations

import argparse

from policykg.viz import VizOptions, default_output, render_file
from policykg.viz.select import AUTO, OVERVIEW_MAX, parse_relations

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg viz out/graph.ttl                      # -> out/graph.html, the legible overview
  policykg viz out/graph.ttl --focus 智慧城市 --depth 2 -o smart_city.html
  policykg viz out/graph.ttl --relations drives,supports --min-evidence 2 --max-nodes 200
  policykg viz kg/graph.ttl --document gov_work_report_2024_national.txt
"""


def _max_nodes(text: str) -> int:
    if text.strip().lower() == "auto":
        return AUTO
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number or 'auto': {text!r}") from None


def register(sub) -> None:
    p = sub.add_parser("viz", help="write an interactive offline HTML page of a graph",
                       description="Draw the concept graph as one HTML file that works offline: "
                                   "search, relation filter, focus mode, evidence for every "
                                   "link and a milestone timeline.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file written by policykg build (Turtle; also .nt .nq .trig …)")
    p.add_argument("-o", "--out", metavar="HTML",
                   help="output page (default: GRAPH with .html, e.g. out/graph.html)")
    p.add_argument("--focus", metavar="LABEL", default="",
                   help="show only the neighbourhood of this concept (label or alias)")
    p.add_argument("--depth", type=int, default=1, metavar="N",
                   help="hops around --focus, either direction (default: 1)")
    p.add_argument("--relations", metavar="R1,R2", default="",
                   help="keep only these relations, e.g. drives,supports,improves")
    p.add_argument("--min-evidence", type=int, default=1, metavar="K",
                   help="drop links with fewer than K supporting sentences (default: 1)")
    p.add_argument("--max-nodes", type=_max_nodes, default=AUTO, metavar="N",
                   help=f"draw at most N concepts, taken along the best-connected links; 0 = all; "
                        f"auto (default) = as many as stay legible in a 1600x1000 window, at most "
                        f"{OVERVIEW_MAX}")
    p.add_argument("--document", metavar="SOURCE", default="",
                   help="only the claims of this document (its file name as in the graph's "
                        "dcterms:source); the page of a graph of several documents also has a "
                        "document filter")
    p.add_argument("--generic", action="store_true",
                   help="also draw generic heads such as 领域, 方面 (ontology/generic_heads.tsv)")
    p.add_argument("--title", default="", help="page title (default: policykg: GRAPH)")
    p.set_defaults(run=run)


def run(args) -> int:
    options = VizOptions(focus=args.focus, depth=args.depth,
                         relations=parse_relations(args.relations), min_evidence=args.min_evidence,
                         max_nodes=args.max_nodes, title=args.title, document=args.document,
                         generic=args.generic)
    result = render_file(args.graph, args.out or default_output(args.graph), options)
    print(f"wrote {result.path}")
    print(f"concepts {result.nodes}, links {result.edges}, events {result.events}")
    if result.message:
        print(result.message)
    return 0
