"""Benchmark SHACL validation and the exports on the full-corpus graph (and a scaled copy).

    python3 bench/bench_validate_export.py [--repeat 3] [--scale 4] [--graph out/graph.ttl]

Prints medians and side-by-side ratios (copy them into bench/RESULTS.md, "Validation and
export"). Work files go to bench/work/validate/ (git-ignored).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from rdflib import Graph, URIRef

from policykg.graph.build import build
from policykg.graph.export import FORMATS, export
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import ID
from policykg.graph.validate import validate

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work" / "validate"
CORPUS = ROOT.parent / "shared" / "corpus"
DOC = ID + "doc/"


def median_time(fn, repeat: int) -> float:
    """Median CPU seconds of this process (steadier than wall time on a shared machine)."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def scaled(graph: Graph, copies: int) -> Graph:
    """`copies` copies of the graph whose documents, sentences and claims are renamed apart
    (concepts and categories stay shared, as they would be across more documents)."""
    out = Graph(bind_namespaces="none")
    for k in range(copies):
        def rename(t):
            s = str(t)
            return URIRef(DOC + f"x{k}-" + s[len(DOC):]) if isinstance(t, URIRef) and \
                s.startswith(DOC) else t
        for s, p, o in graph:
            out.add((rename(s), p, rename(o)))
    return out


def run(graph: Graph, name: str, repeat: int) -> None:
    print(f"\n{name}: {len(graph)} triples (median CPU seconds of {repeat})")
    plain = median_time(lambda: validate(graph, with_ontology=False), repeat)
    onto = median_time(lambda: validate(graph, with_ontology=True), repeat)
    assert validate(graph, with_ontology=False).conforms
    print(f"  validate, shapes only          {plain:7.2f} s")
    print(f"  validate, ontology as ont_graph {onto:6.2f} s   ratio {onto / plain:.2f}x")
    out = WORK / name
    base = None
    for fmt, suffix in FORMATS.items():
        t = median_time(lambda: export(graph, fmt, out / f"graph{suffix}"), repeat)
        base = base or t
        print(f"  export {fmt:8s} {t:7.2f} s   ratio to ttl {t / base:5.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, default=4, help="copies in the scaled graph (0: skip)")
    ap.add_argument("--graph", help="graph file (default: build the shared corpus)")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.graph:
        path = Path(args.graph)
    else:
        for check in (True, False):      # extraction may run in worker processes: wall time too
            t, w = time.process_time(), time.perf_counter()
            path = build([CORPUS], WORK / "corpus", html=False, validate=check).graph_path
            print(f"build of the corpus, validate={check}: {time.perf_counter() - w:.2f} s wall, "
                  f"{time.process_time() - t:.2f} s CPU in this process")
    t = time.process_time()
    graph = load_graph(path)
    print(f"load_graph {path}: {time.process_time() - t:.2f} s CPU")
    run(graph, "corpus", args.repeat)
    if args.scale:
        run(scaled(graph, args.scale), f"corpus-x{args.scale}", max(1, args.repeat - 1))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
