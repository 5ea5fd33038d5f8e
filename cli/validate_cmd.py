"""`policykg validate`: check a graph against the SHACL shapes; one line per violation."""
from __future__ import annotations

import argparse
import json
import sys

from policykg.graph.validate import validate_file

__all__ = ["register", "run"]

EXAMPLE = """examples:
  policykg validate out/graph.ttl             # prints "conforms", exit 0
  policykg validate broken.ttl                # one line per violation, exit 1:
      claim 数字经济 pk:drives 智慧城市 (doc:a/claim/3): prov:wasDerivedFrom: a claim needs
      exactly one evidence sentence (a nif:Sentence)
  policykg validate out/graph.ttl --json      # {"graph": …, "conforms": true, "violations": []}
exit status: 0 conforms, 1 violations, 2 the file is missing or is not RDF
"""


def register(sub) -> None:
    p = sub.add_parser("validate", help="check a graph against the SHACL shapes",
                       description="Validate GRAPH (any RDF file) with pyshacl against "
                                   "ontology/shapes.ttl, the ontology as ont_graph, no inference.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", metavar="GRAPH", help="RDF file (.ttl .nt .nq .trig .jsonld .rdf)")
    p.add_argument("--no-ontology", action="store_true",
                   help="do not pass the ontology to pyshacl (faster; sh:class then ignores "
                        "subclasses)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object (graph, conforms, violations with focus, "
                        "path, message, value) instead of lines")
    p.set_defaults(run=run)


def run(args) -> int:
    report = validate_file(args.graph, with_ontology=not args.no_ontology)
    if args.json:
        print(json.dumps({"graph": args.graph, "conforms": report.conforms, "violations": [
            {"focus": v.focus, "focus_label": v.focus_label, "path": v.path,
             "message": v.message, "value": v.value, "line": v.line()}
            for v in report.violations]}, ensure_ascii=False, indent=1))
        return 0 if report.conforms else 1
    for line in report.lines():
        print(line)
    if not report.conforms:
        n = len(report.violations)
        print(f"{args.graph}: {n} violation{'s' * (n != 1)}", file=sys.stderr)
    return 0 if report.conforms else 1
