"""`policykg build`: extract documents and write the graph."""
from __future__ import annotations

import argparse
import json
import sys

from policykg.graph.build import build
from policykg.graph.executors import EXECUTORS
from policykg.graph.fragment import FORMATS

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg build                          # the bundled article -> out/graph.ttl
  policykg build report.txt plans/ -o kg  # files and folders -> kg/graph.ttl
  policykg build --store out/store        # also an on-disk store for policykg query/serve
  policykg build corpus/ --jobs 2 --format trig
                                          # 2 processes; also out/graph.trig, a graph per document
  policykg build corpus/ --executor dask --scheduler tcp://127.0.0.1:8786
  policykg build --json | jq .summary.claims   # the summary as JSON on stdout
  policykg build report.txt --tables mytables/  # add the rows of mytables/lexicon.tsv, cues.tsv …

Files in a folder that cannot be read or decoded are skipped with a warning (exit status 1);
--strict stops at the first one (exit status 2). A file named directly must be readable.
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
    p.add_argument("--no-validate", dest="validate", action="store_false",
                   help="write the graph without checking it against the SHACL shapes "
                        "(faster for big corpora)")
    p.add_argument("-f", "--format", dest="formats", action="append", default=[],
                   choices=sorted(FORMATS), metavar="FMT",
                   help="also write DIR/graph.FMT: trig or nq, one named graph per document "
                        "(repeatable; graph.ttl is always written)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="extract in N local processes (default: 1)")
    p.add_argument("--executor", choices=EXECUTORS, default="local",
                   help="where documents are extracted (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address for --executor dask, e.g. tcp://HOST:8786")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first file that cannot be read instead of skipping it")
    p.add_argument("--tables", action="append", default=[], metavar="DIR",
                   help="a folder of your own tables (lexicon.tsv, cues.tsv … as in the "
                        "package's ontology/): their rows are added to the package's "
                        "(repeatable; see README)")
    p.add_argument("--json", action="store_true",
                   help="print the summary as one JSON object (outputs, removed, summary, "
                        "skipped, warnings) instead of text; warnings still go to stderr")
    p.set_defaults(run=run)


def run(args) -> int:
    result = build(args.inputs, args.out, jobs=args.jobs, executor=args.executor,
                   scheduler=args.scheduler, formats=tuple(args.formats), strict=args.strict,
                   progress=sys.stderr.isatty(), html=args.html, store=args.store,
                   validate=args.validate, keep_extractions=False, tables=tuple(args.tables))
    s = result.summary()
    if args.json:
        print(json.dumps({
            "outputs": [str(p) for p in result.outputs],
            "removed": [str(p) for p in result.removed], "summary": s,
            "skipped": [{"path": sk.path, "problem": sk.problem} for sk in result.skipped],
            "warnings": list(result.warnings)}, ensure_ascii=False, indent=1))
    else:
        _print_summary(result, s)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.skipped:
        for sk in result.skipped:
            print(f"warning: {sk.path}: {sk.problem}; skipped", file=sys.stderr)
        print(f"skipped {len(result.skipped)} of {len(result.skipped) + s['documents']} files "
              f"(use --strict to stop at the first)", file=sys.stderr)
        return 1
    return 0


def _print_summary(result, s: dict) -> None:
    for path in result.outputs:
        print(f"wrote {path}")
    for path in result.removed:
        print(f"removed {path} (it showed the previous graph; policykg viz draws this one)")
    print(f"documents {s['documents']}, sentences {s['sentences']}, concepts {s['concepts']}, "
          f"triples {s['triples']}")
    rels = ", ".join(f"{k} {v}" for k, v in s["claims_by_relation"].items()) or "none"
    print(f"claims {s['claims']} ({rels})")
    print(f"events {s['events']}, observations {s['observations']}")
