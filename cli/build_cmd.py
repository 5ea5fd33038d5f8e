"""`policykg build`: extract documents and write the graph."""
from __future__ import annotations

import argparse

from policykg.graph.build import build

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg build                          # the bundled article -> out/graph.ttl
  policykg build report.txt plans/ -o kg  # files and folders -> kg/graph.ttl
  policykg build --store out/store        # also an on-disk store for policykg query/serve
"""


def register(sub) -> None:
    p = sub.add_parser("build", help="extract documents and write DIR/graph.ttl",
                       description="Extract concepts, claims, events and observations from "
                                   "policy texts and write one graph.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="text files or directories (default: the bundled article)")
    p.add_argument("-o", "--out", default="out", metavar="DIR", help="output folder (default: out)")
    p.add_argument("--no-html", dest="html", action="store_false",
                   help="do not write DIR/graph.html (the interactive page; see policykg viz)")
    p.add_argument("--store", metavar="DIR",
                   help="also write an Oxigraph store folder for policykg query/serve")
    p.set_defaults(run=run)


def run(args) -> int:
    result = build(args.inputs, args.out, html=args.html, store=args.store)
    s = result.summary()
    for path in result.outputs:
        print(f"wrote {path}")
    print(f"documents {s['documents']}, sentences {s['sentences']}, concepts {s['concepts']}, "
          f"triples {s['triples']}")
    rels = ", ".join(f"{k} {v}" for k, v in s["claims_by_relation"].items()) or "none"
    print(f"claims {s['claims']} ({rels})")
    print(f"events {s['events']}, observations {s['observations']}")
    return 0
