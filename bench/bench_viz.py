"""Benchmark the HTML view: render time for the shared corpus and a synthetic large graph, the
time the page needs in headless Chromium to draw, and the overview's legibility at the fit.

    python3 bench/bench_viz.py [--repeat 5] [--concepts 5000] [--no-browser]
    python3 bench/bench_viz.py --legibility-only [--overview-png docs/overview.png]

The corpus is the shared corpus's top-level texts (copied; corpus/dev/ holds held-out texts).

Prints medians and side-by-side ratios (copy them into bench/RESULTS.md, "HTML rendering").
Work files go to bench/work/viz/ (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from policykg.graph.build import build
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS, XSD, concept_iri
from policykg.viz import VizOptions, render_file
from policykg.viz.cap import arrangement
from policykg.viz.model import read_view
from policykg.viz.page import page_data, page_html
from policykg.viz.select import claim_counts, select
from policykg.viz.source import read_triples

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "work" / "viz"
CORPUS = ROOT.parent / "shared" / "corpus"
RELS = ("drives", "supports", "improves", "hinders", "mitigates", "alignsWith", "hasPart")


def median_time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def synthetic_graph(n_concepts: int, path: Path, seed: int = 1) -> Path:
    """A contract-shaped graph with preferential attachment (a few hubs, many leaves)."""
    rng = random.Random(seed)
    g = Graph()
    doc = URIRef("https://w3id.org/policykg/id/doc/synthetic")
    g.add((doc, RDF.type, PK.Document))
    g.add((doc, DCTERMS.title, Literal("合成图", lang="zh")))
    g.add((doc, DCTERMS.source, Literal("synthetic.txt")))
    labels = [f"概念{i}" for i in range(n_concepts)]
    targets = [0, 1]
    for i in range(2 * n_concepts):
        a = i % n_concepts if i < n_concepts else rng.randrange(n_concepts)
        b = rng.choice(targets)
        if a == b:
            continue
        targets += [a, b]
        s = URIRef(f"https://w3id.org/policykg/id/doc/synthetic#char={i * 40},{i * 40 + 39}")
        text = f"{labels[a]}推动{labels[b]}的发展,这是第{i}个句子。"
        for p, o in ((RDF.type, NIF.Sentence), (NIF.anchorOf, Literal(text, lang="zh")),
                     (NIF.beginIndex, Literal(i * 40, datatype=XSD.nonNegativeInteger)),
                     (NIF.endIndex, Literal(i * 40 + 39, datatype=XSD.nonNegativeInteger)),
                     (NIF.referenceContext, doc)):
            g.add((s, p, o))
        c = URIRef(f"https://w3id.org/policykg/id/doc/synthetic/claim/{i}")
        pred = PK[rng.choice(RELS)]
        for iri, label in ((concept_iri(labels[a]), labels[a]), (concept_iri(labels[b]), labels[b])):
            g.add((iri, RDF.type, SKOS.Concept))
            g.add((iri, SKOS.prefLabel, Literal(label, lang="zh")))
        for p, o in ((RDF.type, PK.Claim), (RDF.subject, concept_iri(labels[a])),
                     (RDF.predicate, pred), (RDF.object, concept_iri(labels[b])),
                     (PK.cue, Literal("推动", lang="zh")), (PROV.wasDerivedFrom, s)):
            g.add((c, p, o))
        g.add((concept_iri(labels[a]), pred, concept_iri(labels[b])))
    path.parent.mkdir(parents=True, exist_ok=True)
    g.serialize(path, format="turtle", encoding="utf-8")
    return path


def stage_times(graph_path: Path, options: VizOptions, repeat: int) -> dict[str, float]:
    """Median seconds of each stage of one render."""
    t_load, graph = median_time(lambda: read_triples(graph_path), repeat)
    t_view, view = median_time(lambda: read_view(graph), repeat)
    t_sel, sel = median_time(lambda: select(view, options), repeat)
    t_data, data = median_time(lambda: page_data(view, sel, options, str(graph_path)), repeat)
    t_html, _ = median_time(lambda: page_html(data), repeat)
    return {"load": t_load, "view": t_view, "select": t_sel, "page data": t_data,
            "html": t_html, "nodes": len(sel.concepts), "links": len(sel.links),
            "triples": len(graph)}


def report_render(name: str, graph_path: Path, repeat: int) -> dict[str, float]:
    print(f"\n## render: {name} ({graph_path.stat().st_size / 1e6:.1f} MB Turtle)")
    out = {}
    for label, opts in (("default (overview)", VizOptions()), ("all nodes", VizOptions(max_nodes=0))):
        st = stage_times(graph_path, opts, repeat)
        total, result = median_time(lambda: render_file(graph_path, WORK / f"{name}-{label[:3]}.html",
                                                        opts), repeat)
        out[label] = total
        print(f"{label:18s} total {total:6.2f} s | load {st['load']:.2f} view {st['view']:.2f} "
              f"select {st['select']:.3f} page-data {st['page data']:.2f} html {st['html']:.3f} | "
              f"{st['nodes']} nodes, {st['links']} links of {st['triples']} triples; "
              f"{result.path.stat().st_size / 1e6:.1f} MB")
    print(f"ratio all nodes / default: {out['all nodes'] / out['default (overview)']:.2f}x")
    cli, _ = median_time(lambda: subprocess.run(
        [sys.executable, "-m", "policykg.cli.main", "viz", str(graph_path), "--max-nodes", "0",
         "-o", str(WORK / f"{name}-cli.html")], check=True, capture_output=True), 3)
    print(f"policykg viz --max-nodes 0, whole command (new process, imports included): {cli:.2f} s")
    ours, _ = median_time(lambda: read_triples(graph_path), repeat)
    theirs, _ = median_time(lambda: load_graph(graph_path), max(1, repeat // 2))
    print(f"load: pyoxigraph -> rdflib terms {ours:.2f} s, rdflib parse {theirs:.2f} s "
          f"(ratio rdflib/ours {theirs / ours:.1f}x)")
    return out


def report_layout(graph_path: Path) -> None:
    """Our layout against networkx.spring_layout on the same selection (one run)."""
    import networkx as nx
    view = read_view(read_triples(graph_path))
    sel = select(view, VizOptions(max_nodes=0))
    claims = claim_counts(view)
    ours, _ = median_time(lambda: arrangement(list(sel.rank), list(sel.links), view, claims), 3)
    g = nx.Graph()
    g.add_nodes_from(c.iri for c in sel.concepts)
    g.add_edges_from((ln.subject, ln.object) for ln in sel.links if ln.subject != ln.object)
    theirs, _ = median_time(lambda: nx.spring_layout(g, seed=7, iterations=60,
                                                     k=1.5 / math.sqrt(len(g))), 1)
    print(f"\n## layout of {len(sel.concepts)} nodes: ours {ours:.2f} s, networkx spring_layout "
          f"{theirs:.2f} s (ratio networkx/ours {theirs / ours:.1f}x)")
    over = select(view, VizOptions())
    t, _ = median_time(lambda: select(view, VizOptions()), 3)
    print(f"overview selection with its automatic cap ({len(over.concepts)} concepts): {t:.2f} s")


def report_legibility(pages: dict[str, Path], png: Path | None = None) -> None:
    """Label size and overlap at the initial fit, in a 1600x1000 window, for every view."""
    from policykg.viz.browser import Chromium
    from policykg.viz.legibility import measure
    print("\n## legibility at the initial fit (1600x1000 window)")
    with Chromium() as b:
        for name, page in pages.items():
            b.open(page)
            b.wait_for("window.pkViz && pkViz.ready", timeout=60)
            for key in json.loads(b.evaluate("JSON.stringify(pkViz.views)")):
                b.evaluate(f"pkViz.setDocument({json.dumps(key)}); 1")
                print(f"{name:10s} {key or 'all documents':44s} {measure(b).line()}")
        if png:     # the page as `policykg build` writes it, named as the README names it
            from policykg.viz import render_graph
            page = render_graph(read_triples(pages["seed"].with_suffix(".ttl")),
                                WORK / "readme.html", graph_name="out/graph.ttl").path
            b.open(page)
            b.wait_for("window.pkViz && pkViz.ready", timeout=60)
            b.drain(0.3)
            b.screenshot(png, 0.6)
            print(f"wrote {png} ({png.stat().st_size / 1e3:.0f} kB)")


def corpus_texts() -> Path:
    """The shared corpus's top-level texts, copied (the build reads folders recursively)."""
    import shutil
    out = WORK / "corpus_texts"
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted(CORPUS.iterdir()):
        if f.is_file() and f.suffix == ".txt":
            shutil.copy2(f, out / f.name)
    return out


def report_browser(pages: dict[str, Path], repeat: int) -> None:
    from policykg.viz.browser import Chromium
    print("\n## headless Chromium: ms from navigation start (median)")
    with Chromium() as b:
        for name, page in pages.items():
            ready, stable = [], []
            for _ in range(repeat):
                url = b.open(page)
                b.wait_for("window.pkViz && pkViz.ready && pkViz.stable", timeout=15)
                ready.append(b.evaluate("pkViz.readyAt"))
                stable.append(b.evaluate("pkViz.stableAt"))
                assert not b.log.errors and not b.log.outside_requests(url), b.log
            counts = b.evaluate("JSON.stringify(pkViz.visibleCounts())")
            print(f"{name:34s} drawn {statistics.median(ready):7.0f} ms, settled "
                  f"{statistics.median(stable):7.0f} ms  {counts}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--concepts", type=int, default=5000, help="size of the synthetic graph")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-networkx", action="store_true", help="skip the networkx layout run")
    ap.add_argument("--legibility-only", action="store_true",
                    help="only the legibility figures of the bundled article and the corpus")
    ap.add_argument("--overview-png", type=Path, help="also save the bundled article's overview")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    seed = build([], WORK / "seed").graph_path
    corpus = build([corpus_texts()], WORK / "corpus").graph_path
    print(f"built {seed} and {corpus} in {time.perf_counter() - t:.1f} s (not part of the figures)")
    if args.legibility_only:
        report_legibility({"seed": seed.with_suffix(".html"), "corpus": corpus.with_suffix(".html")},
                          args.overview_png)
        return 0
    synth = synthetic_graph(args.concepts, WORK / "synthetic" / "graph.ttl")
    report_render("corpus", corpus, args.repeat)
    report_render(f"synthetic-{args.concepts}", synth, max(1, args.repeat // 2))
    if not args.no_networkx:
        report_layout(corpus)
    if not args.no_browser:
        pages = {"corpus, default (overview)": WORK / "corpus-def.html",
                 "corpus, all nodes": WORK / "corpus-all.html",
                 f"synthetic {args.concepts}, default": WORK / f"synthetic-{args.concepts}-def.html"}
        report_browser(pages, 3)
        report_legibility({"seed": seed.with_suffix(".html"), "corpus": corpus.with_suffix(".html")},
                          args.overview_png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
