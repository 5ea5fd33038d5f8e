"""`policykg trends`: concepts across the documents of a graph, with years, issuers and each
concept's first appearance."""
from __future__ import annotations

import argparse
import sys

from policykg.graph.catalog import named_query, parse_param_args
from policykg.graph.trends import SORTS, trends
from policykg.graph.trends_formats import TRENDS_FORMATS, format_trends

from .compare_cmd import write_text

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg trends out/graph.ttl --min-documents 2            # concepts in two documents or more
  policykg trends out/graph.ttl -p x=数据要素 -f csv            # one concept (and its variants)
  policykg trends out/graph.ttl --contains 数据 --sort documents -f json -o data.json
  policykg trends out/graph.ttl --min-documents 2 --html trends.html   # small-multiples chart
Counts are sentences naming the concept (in a claim or as an observation's indicator) per
document; year is the document's pk:year or the year of its date, issuer its dcterms:publisher.
Variant labels count under their bare concept (新质生产力发展 under 新质生产力). A concept's first
appearance is its earliest dated document.
"""


def register(sub) -> None:
    p = sub.add_parser("trends", help="follow concepts across the documents of a graph",
                       description="Count each concept in each document, with the document's "
                                   "year and issuer and the concept's first appearance, in "
                                   "date order.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, …) or store folder")
    p.add_argument("-p", "--param", action="append", metavar="NAME=VALUE", default=[],
                   help="parameter of the trends query: x=LABEL, one concept by its label, "
                        "alias or variant key")
    p.add_argument("--contains", metavar="TEXT",
                   help="only concepts whose label (or a variant's) contains TEXT")
    p.add_argument("--min-documents", type=int, default=1, metavar="N",
                   help="only concepts named in at least N documents (default: 1)")
    p.add_argument("--sort", choices=SORTS, default="first",
                   help="first: by first appearance (default); documents: most documents first")
    p.add_argument("-f", "--format", choices=TRENDS_FORMATS, default="table",
                   help="output format (default: table)")
    p.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--html", metavar="FILE", help="also write the small-multiples chart "
                                                  "as an offline HTML page")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N concepts")
    p.add_argument("--max-width", type=int, default=60, metavar="COLS",
                   help="table format: clip cells wider than COLS (0: never; default 60)")
    p.add_argument("--title", default="", help="page title (default: policykg trends: GRAPH)")
    p.set_defaults(run=run)


def run(args) -> int:
    params = parse_param_args(args.param)
    named_query("trends").bindings(params)         # unknown parameter names fail here
    result = trends(args.graph, concept=params.get("x"), contains=args.contains,
                    min_documents=args.min_documents, sort=args.sort)
    text = format_trends(result, args.format, args.max_width, args.limit)
    wrote = []
    if args.html:
        from policykg.viz.trends_page import MAX_PANELS, write_trends_page
        wrote.append(str(write_trends_page(result, args.html, args.title,
                                           args.limit or MAX_PANELS)))
    write_text(text, args.out)
    if args.out:
        wrote.insert(0, args.out)
    if wrote:       # stdout carries the result unless it went to a file
        print("wrote " + ", ".join(wrote), file=sys.stdout if args.out else sys.stderr)
    return 0
