"""Named queries on the embedded store (pyoxigraph) against rdflib's memory store, side by side.

    python bench/bench_queries.py [--triples 1000000] [--repeat 5] [--rdflib-repeat 2]
                                  [--texts NAME ...]

Times every named query on the bundled article's graph and on a graph of about `--triples`
triples: the shared corpus's own texts (its top folder; corpus/dev/ holds held-out texts) are
built once, then their document-derived IRIs (documents, sentences, claims, events,
observations) and document ids are rewritten per replica, so the replicas are distinct
documents that share one set of concepts. The build's claim counts and event ranks
(graph/materialise.py) are computed again over the replicated graph, as a build of all
replicas would. Prints the median
of each query per engine, the ratio, the row counts (which must agree) and load times and
memory. Targets at 1M triples: every named query under 100 ms on the embedded store, which is
at least 10x faster than rdflib on the median named query.
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from policykg.graph.build import build, default_input
from policykg.graph.results import Term
from policykg.graph.catalog import query_names
from policykg.graph.engines import OxigraphEngine, RdflibEngine
from policykg.graph.materialise import (COUNT_PREDICATES, claim_tallies, count_triples,
                                        event_keys, rank_triples)
from policykg.graph.query import PolicyGraph

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOC = "<https://w3id.org/policykg/id/doc/"
DCT = "<http://purl.org/dc/terms/"
#: Predicates whose literal is a document's file name: rewritten per replica with its id.
SOURCES = (f"{DCT}source>", "<https://w3id.org/policykg/ontology#documentSource>",
           f"{DCT}identifier>")
COUNTS = tuple(f"<{p}>" for p in COUNT_PREDICATES)
RANK = "<https://w3id.org/policykg/ontology#timelineRank>"


def rss_mb() -> float:
    """Peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ntriples_lines(path: Path) -> list[str]:
    import pyoxigraph as ox
    data = ox.serialize(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE),
                        format=ox.RdfFormat.N_TRIPLES)
    return data.decode("utf-8").splitlines()


def replicate(lines: list[str], target: int) -> tuple[bytes, int]:
    """N-Triples of enough replicas of `lines` to reach about `target` distinct triples,
    without the claim counts (they hold for one copy: `add_counts` computes them again)."""
    shared = [ln for ln in lines if DOC not in ln and not any(c in ln for c in COUNTS)]
    per_doc = [ln for ln in lines if DOC in ln and RANK not in ln]
    copies = max(1, round((target - len(shared)) / max(1, len(per_doc))))
    out = list(shared)
    for k in range(copies):
        for ln in per_doc:
            ln = ln.replace(DOC, f"{DOC}r{k}/")
            if any(p in ln for p in SOURCES):
                head, _, lit = ln.partition('> "')
                ln = f'{head}> "r{k}/{lit}'
            out.append(ln)
    return ("\n".join(out) + "\n").encode("utf-8"), copies


def load_engines(nt: bytes):
    """(oxigraph engine, rdflib engine, seconds each took to load)."""
    import pyoxigraph as ox
    from rdflib import Graph
    t0 = time.perf_counter()
    store = ox.Store()
    store.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
    t_ox = time.perf_counter() - t0
    t0 = time.perf_counter()
    graph = Graph()
    graph.parse(data=nt, format="nt")
    t_rl = time.perf_counter() - t0
    add_counts(store, graph)
    return OxigraphEngine(store), RdflibEngine(graph), t_ox, t_rl


def add_counts(store, graph) -> None:
    """The build's claim counts and event ranks over all of `graph`, added to it and to
    `store` (pyoxigraph) where they are missing."""
    import pyoxigraph as ox
    from policykg.graph.results import term_from_rdflib, term_to_oxigraph
    triples = list(graph)
    for s, p, o in count_triples(claim_tallies(triples)) + rank_triples(event_keys(triples)):
        if (s, p, None) not in graph:
            graph.add((s, p, o))
            store.add(ox.Quad(*(term_to_oxigraph(term_from_rdflib(t)) for t in (s, p, o))))


def pick_params(g: PolicyGraph) -> dict[str, dict]:
    """Parameters for each named query, chosen from the graph itself (its busiest concepts;
    taxonomy under a concept rather than under one of the SKOS scheme's top categories)."""
    one = lambda text: (g.sparql(text) or [{}])[0]       # noqa: E731
    target = one("""SELECT ?l (COUNT(*) AS ?n) WHERE { ?c rdf:object ?t ; rdf:predicate ?p .
        VALUES ?p { pk:drives pk:supports pk:improves } ?t skos:prefLabel ?l }
        GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1""").get("l", "新质生产力")
    origin = one("""SELECT ?l (COUNT(*) AS ?n) WHERE { ?c rdf:subject ?s ; rdf:predicate ?p .
        VALUES ?p { pk:drives pk:supports pk:improves pk:hinders pk:mitigates }
        ?s skos:prefLabel ?l } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1""").get("l", target)
    start = (g.sparql("""SELECT ?sl ?t WHERE { ?e skos:prefLabel ?t .
        ?m pk:drives|pk:supports|pk:improves ?e . ?s pk:drives|pk:supports|pk:improves ?m .
        ?s skos:prefLabel ?sl FILTER(?s != ?m && ?m != ?e && ?s != ?e) }
        ORDER BY ?sl LIMIT 1""", t=Term.literal(target, lang="zh")) or [{}])[0].get("sl")
    root = one("""SELECT ?l (COUNT(*) AS ?n) WHERE { { ?x skos:broader ?r } UNION
        { ?r pk:hasPart ?x } ?r skos:prefLabel ?l FILTER(LANG(?l) = "zh")
        FILTER NOT EXISTS { ?scheme skos:hasTopConcept ?r } }
        GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1""").get("l", target)
    indicator = one("""SELECT ?t (COUNT(*) AS ?n) WHERE { ?o pk:indicatorText ?t
        FILTER(STRLEN(?t) >= 2) } GROUP BY ?t ORDER BY DESC(?n) ?t LIMIT 1""").get("t", "率")
    hubs = g.run("hubs").dicts()
    hub = hubs[0]["label"] if hubs else target
    doc = one("SELECT ?d WHERE { ?d a pk:Document } ORDER BY ?d LIMIT 1").get("d", "doc:x")
    return {"concept": {"x": hub[:2]}, "drivers": {"x": target}, "effects": {"x": origin},
            "paths": {"x": start, "y": target, "n": 3} if start else {"y": target, "n": 3},
            "timeline": {}, "observations": {"x": indicator}, "evidence": {"x": origin},
            "hubs": {}, "taxonomy": {"x": root}, "documents": {}, "trends": {"x": hub},
            "trends_variants": {}, "compare_documents": {}, "compare_claims": {"doc": doc},
            "compare_concepts": {"doc": doc}}


def time_query(g: PolicyGraph, name: str, params: dict, repeat: int, budget_s: float):
    """(median seconds, rows) over `repeat` runs after one warm-up; fewer when slow."""
    t0 = time.perf_counter()
    rows = len(g.run(name, params))                     # warm-up (and query parsing)
    first = time.perf_counter() - t0
    times = []
    for _ in range(repeat):
        if times and sum(times) + first > budget_s:
            break
        t0 = time.perf_counter()
        g.run(name, params)
        times.append(time.perf_counter() - t0)
    return statistics.median(times or [first]), rows


def compare(label: str, ox: PolicyGraph, rl: PolicyGraph, params, repeat, rdflib_repeat,
            budget_s) -> tuple[list[float], float]:
    """(rdflib/embedded ratio of each query, slowest embedded median in seconds)."""
    print(f"\n{label} (load average {os.getloadavg()[0]:.1f})")
    print(f"{'query':<13}{'rows':>7}  {'oxigraph ms':>12}  {'rdflib ms':>11}  {'ratio':>7}")
    ratios, worst = [], 0.0
    for name in query_names():
        t_ox, n_ox = time_query(ox, name, params[name], repeat, budget_s)
        t_rl, n_rl = time_query(rl, name, params[name], rdflib_repeat, budget_s)
        same = "" if n_ox == n_rl else f"  ROWS DIFFER (rdflib {n_rl})"
        ratios.append(t_rl / t_ox)
        worst = max(worst, t_ox)
        print(f"{name:<13}{n_ox:>7}  {t_ox * 1000:>12.1f}  {t_rl * 1000:>11.1f}  "
              f"{t_rl / t_ox:>6.0f}x{same}")
    print(f"median ratio {statistics.median(ratios):.0f}x; slowest embedded query "
          f"{worst * 1000:.0f} ms")
    return ratios, worst


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per query, embedded store")
    ap.add_argument("--rdflib-repeat", type=int, default=2, help="timed runs per query, rdflib "
                    "at scale (the bundled graph uses --repeat)")
    ap.add_argument("--budget", type=float, default=60, help="seconds per query and engine")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the texts")
    ap.add_argument("--texts", nargs="+", metavar="NAME", help="only these texts of the "
                    "corpus folder (default: all its top-level .txt files)")
    a = ap.parse_args(argv)
    if not a.corpus.is_dir():
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 1
    sys.setrecursionlimit(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        seed = build([default_input()], Path(tmp) / "seed", html=False).graph_path
        t0 = time.perf_counter()
        texts = ([a.corpus / n for n in a.texts] if a.texts
                 else sorted(a.corpus.glob("*.txt")))    # not corpus/dev/: held-out texts
        corpus = build(texts, Path(tmp) / "corpus", html=False).graph_path
        t_build = time.perf_counter() - t0
        seed_nt = ("\n".join(ntriples_lines(seed)) + "\n").encode("utf-8")
        corpus_lines = ntriples_lines(corpus)
    print(f"pyoxigraph vs rdflib {__import__('rdflib').__version__}, Python "
          f"{sys.version.split()[0]}; medians of {a.repeat} runs (rdflib at scale: "
          f"{a.rdflib_repeat}) after one warm-up")

    ox, rl, _, _ = load_engines(seed_nt)
    seed_ox, seed_rl = PolicyGraph(ox), PolicyGraph(rl)
    compare(f"bundled article: {len(ox)} triples", seed_ox, seed_rl, pick_params(seed_ox),
            a.repeat, a.repeat, a.budget)
    del ox, rl, seed_ox, seed_rl
    gc.collect()

    nt, copies = replicate(corpus_lines, a.triples)
    print(f"\ncorpus graph: {len(corpus_lines)} triples (built in {t_build:.1f} s), "
          f"{copies} replicas -> {len(nt) / 1e6:.0f} MB of N-Triples")
    ox, rl, t_ox, t_rl = load_engines(nt)
    del nt
    print(f"load: oxigraph {t_ox:.1f} s, rdflib {t_rl:.1f} s ({t_rl / t_ox:.0f}x); "
          f"{len(ox)} triples; peak RSS {rss_mb():.0f} MB")
    big_ox, big_rl = PolicyGraph(ox), PolicyGraph(rl)
    ratios, worst = compare(f"replicated corpus: {len(ox)} triples", big_ox, big_rl,
                            pick_params(big_ox), a.repeat, a.rdflib_repeat, a.budget)
    print(f"peak RSS {rss_mb():.0f} MB")
    return 0 if statistics.median(ratios) >= 10 and worst < 0.1 else 1


if __name__ == "__main__":
    sys.exit(main())
