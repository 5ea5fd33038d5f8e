"""`policykg compare`: what is new, dropped, strengthened or shared between two documents of a
graph, or between two graphs."""
from __future__ import annotations

import argparse
import sys

from policykg.graph.compare import compare, compare_graphs
from policykg.graph.compare_formats import COMPARE_FORMATS, format_comparison
from policykg.graph.serialize import atomic_path

__all__ = ["register", "run", "write_text"]

EXAMPLE = """examples:
  policykg compare out/graph.ttl gov_work_report_2024_national gov_work_report_2026_zhejiang
  policykg compare out/graph.ttl a.txt b.txt -f csv -o changes.csv
  policykg compare out/graph.ttl a b --html changes.html --limit 20
  policykg compare old/graph.ttl new/graph.ttl -f json      # two graphs, each taken whole
A document is named by its id or its source file name. A concept's weight is the number of
sentences naming it (in a claim or as an observation's indicator), a claim's the number of its
evidence sentences: in B only = new, in A only = dropped, heavier in B = strengthened, else
shared. Variant labels count under their bare concept (发展新质生产力 = 新质生产力) unless
--exact-labels.
"""


def register(sub) -> None:
    p = sub.add_parser("compare", help="compare two documents of a graph, or two graphs",
                       description="List the concepts and claims that are new, dropped, "
                                   "strengthened or shared between A and B, with their "
                                   "evidence sentences.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, …) or store folder")
    p.add_argument("a", metavar="A", help="document A of GRAPH (id or source file name), "
                                          "or a second graph when B is not given")
    p.add_argument("b", metavar="B", nargs="?", help="document B of GRAPH")
    p.add_argument("-f", "--format", choices=COMPARE_FORMATS, default="table",
                   help="output format (default: table)")
    p.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--html", metavar="FILE",
                   help="also write the comparison as an offline HTML page")
    p.add_argument("--limit", type=int, metavar="N",
                   help="at most N rows of each kind and status (table, csv, json)")
    p.add_argument("--max-width", type=int, default=60, metavar="COLS",
                   help="table format: clip cells wider than COLS (0: never; default 60)")
    p.add_argument("--exact-labels", action="store_true",
                   help="key concepts by their preferred label, not their variant key")
    p.add_argument("--title", default="", help="page title (default: policykg compare: A → B)")
    p.set_defaults(run=run)


def write_text(text: str, out: str | None) -> None:
    """`text` to FILE (atomically) or to stdout, as UTF-8."""
    data = text.encode("utf-8")
    if out:
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def run(args) -> int:
    variants = not args.exact_labels
    if args.b is None:
        result = compare_graphs(args.graph, args.a, variants=variants)
    else:
        result = compare(args.graph, args.a, args.b, variants=variants)
    text = format_comparison(result, args.format, args.max_width, args.limit)
    wrote = []
    if args.html:
        from policykg.viz.compare_page import write_compare_page
        wrote.append(str(write_compare_page(result, args.html, args.title)))
    write_text(text, args.out)
    if args.out:
        wrote.insert(0, args.out)
    if wrote:       # stdout carries the result unless it went to a file
        print("wrote " + ", ".join(wrote), file=sys.stdout if args.out else sys.stderr)
    return 0
