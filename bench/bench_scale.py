"""Corpus-scale benchmark: the shared corpus replicated to about 10 MB of text.

Prints, side by side from one run (medians of --repeat runs):
  * characters/s of the extraction stage (text to claims: structure, sentences, segmentation,
    mentions, claims) and of the whole `extract_text` (events and observations too), CPU
    time, against bare jieba.lcut and jieba.posseg.lcut on the same text;
  * triples/s of writing the graph (worker-side fragments + merge + Turtle file) and of the
    Turtle writer on an rdflib graph against rdflib's own serializer (one corpus copy);
  * wall time of `policykg build --jobs 1` and `--jobs 2` and the speed-up;
  * their CPU time and peak memory (largest process RSS).

The copies repeat the same sentences, so text-keyed caches (the functools.lru_caches that the
run's Resources object holds) would make every copy after the first nearly free: the
extraction stage is measured with those caches cleared before each copy ("cold"), and once
with them kept ("warm").
Builds run as `policykg build` subprocesses, without HTML and SHACL validation.

    python3 bench/bench_scale.py                # ~10 MB, 3 repeats (a few minutes on 2 cores)
    python3 bench/bench_scale.py --mb 2 --repeat 1
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
WORK = HERE / "work" / "scale"


def make_corpus(mb: float) -> Path:
    """Copies r000_NAME.txt, r001_NAME.txt … of the corpus files until about `mb` MB."""
    target = WORK / f"corpus_{mb:g}mb"
    if target.is_dir() and any(target.iterdir()):
        return target
    files = sorted(CORPUS.glob("*.txt"))
    target.mkdir(parents=True, exist_ok=True)
    size, k = 0, 0
    while size < mb * 1e6:
        for f in files:
            shutil.copy(f, target / f"r{k:03d}_{f.name}")
            size += f.stat().st_size
        k += 1
    return target


def text_caches(res) -> list:
    """The lru_caches a Resources object holds that are keyed by text (maxsize above 16)."""
    found = []
    for obj in list(res.memo.values()):
        info = getattr(obj, "cache_info", None)
        if isinstance(obj, functools._lru_cache_wrapper) and info and (
                info().maxsize is None or info().maxsize > 16) and obj not in found:
            found.append(obj)
    return found


def timed(fn, repeat: int, clock=time.perf_counter) -> float:
    """Median seconds of `repeat` calls (wall time; CPU time with clock=time.process_time)."""
    out = []
    for _ in range(repeat):
        gc.collect()
        t = clock()
        fn()
        out.append(clock() - t)
    return statistics.median(out)


# Runs a command and reports its wall time, CPU time and peak RSS (kB, the largest process of
# its tree). A fresh small process launches it: a child forked straight from this big benchmark
# process would count this process's memory in its own peak (Linux keeps it across exec).
_LAUNCHER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc.returncode, "err": rc.stderr.decode()[-2000:], "wall": wall,
                  "cpu": u.ru_utime + u.ru_stime, "rss": u.ru_maxrss}))
"""


def run_build(corpus: Path, jobs: int, out: Path) -> dict:
    """Wall and CPU seconds and peak RSS (kB) of one `policykg build` subprocess."""
    cmd = [sys.executable, "-m", "policykg.cli.main", "build", str(corpus), "-o", str(out),
           "--jobs", str(jobs), "--no-html", "--no-validate"]
    res = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], capture_output=True,
                         text=True, check=True)
    info = json.loads(res.stdout)
    if info["rc"] != 0:
        raise SystemExit(f"build failed: {info['err']}")
    return info


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


_TABLE: dict[str, int] = {}


def _lookups(seed: int) -> int:
    keys = [str((i * 7919 + seed) % len(_TABLE)) for i in range(1_000_000)]
    return sum(_TABLE[k] for k in keys)


def cpu_speedup() -> tuple[float, float]:
    """What 2 processes gain over 1 right now, on a pure-Python loop and on random lookups
    in a 2M-entry dict (cache-missing, like extraction): the ceiling for --jobs 2."""
    import multiprocessing
    _TABLE.update((str(i), i) for i in range(2_000_000))
    out = []
    for fn, args in ((_spin, (15_000_000, 15_000_000)), (_lookups, (1, 2))):
        t = time.perf_counter()
        for a in args:
            fn(a)
        serial = time.perf_counter() - t
        with multiprocessing.get_context("fork").Pool(2) as pool:
            t = time.perf_counter()
            pool.map(fn, args)
            parallel = time.perf_counter() - t
        out.append(serial / parallel)
    _TABLE.clear()
    return out[0], out[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    args = ap.parse_args()

    import jieba
    import jieba.posseg
    from rdflib import Graph

    from policykg.extract.claims import extract_claims
    from policykg.extract.mentions import find_mentions, tokenise
    from policykg.extract.pipeline import extract_text
    from policykg.extract.reading import read_text
    from policykg.extract.resources import Resources
    from policykg.extract.segment import get_segmenter
    from policykg.extract.sentences import split_sentences
    from policykg.extract.structure import read_structure
    from policykg.graph.fragment import MergedGraph, doc_triples, write_fragment
    from policykg.graph.namespaces import document_iri
    from policykg.graph.rdf import to_graph
    from policykg.graph.serialize import turtle_bytes, write_chunks

    res = Resources()       # the package's tables, read once and handed to every stage
    corpus = make_corpus(args.mb)
    files = sorted(corpus.glob("*.txt"))
    texts = [(f.stem, read_text(f)[0]) for f in files]
    chars = sum(len(t) for _, t in texts)
    mbytes = sum(f.stat().st_size for f in files) / 1e6
    print(f"corpus: {len(files)} files, {mbytes:.1f} MB, {chars:,} characters; "
          f"segmenter {get_segmenter(None, res).engine}; repeat {args.repeat}")
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    jieba.posseg.lcut("预热")
    extract_text("发展。", "warm", "warm.txt", resources=res)
    to_graph([], res)      # the scheme's memo too

    caches = text_caches(res)

    def per_copy(stage, cold: bool = True) -> tuple[list, float]:
        """`stage(text, doc_id)` of every copy and the CPU seconds of those calls alone
        (clearing the caches before a copy is not timed)."""
        out, spent = [], 0.0
        for doc_id, text in texts:
            if cold:
                for cache in caches:
                    cache.cache_clear()
            t = time.process_time()
            out.append(stage(text, doc_id))
            spent += time.process_time() - t
        return out, spent

    def whole(text: str, doc_id: str):
        return extract_text(text, doc_id, doc_id + ".txt", resources=res)

    def to_claims(text: str, doc_id: str):
        """The stages up to claims, in extract_text's order and with its collector setting:
        the issue's "extraction stage (text to claims)"."""
        gc.disable()
        try:
            doc = read_structure(doc_id, doc_id + ".txt", text, resources=res)
            sents = tokenise(split_sentences(doc), doc.text, resources=res)
            return extract_claims(doc, sents, find_mentions(doc, sents, resources=res),
                                  resources=res)
        finally:
            gc.enable()

    rows = []
    t_claims = statistics.median(per_copy(to_claims)[1] for _ in range(args.repeat))
    t_cold = statistics.median(per_copy(whole)[1] for _ in range(args.repeat))
    t_warm = statistics.median(per_copy(whole, cold=False)[1] for _ in range(args.repeat))
    cpu = time.process_time
    t_lcut = timed(lambda: [jieba.lcut(t) for _, t in texts], args.repeat, cpu)
    t_pos = timed(lambda: [jieba.posseg.lcut(t) for _, t in texts], 1, cpu)
    rows += [("extraction stage, text to claims, caches cleared per copy", chars / t_claims,
              "chars/s"),
             ("whole extract_text (+ events, observations), caches cleared per copy",
              chars / t_cold, "chars/s"),
             ("whole extract_text, caches kept", chars / t_warm, "chars/s"),
             ("jieba.lcut (HMM on)", chars / t_lcut, "chars/s"),
             ("jieba.posseg.lcut (1 run)", chars / t_pos, "chars/s")]

    extractions = per_copy(whole, cold=False)[0]
    out_ttl = WORK / "write.ttl"
    iris = [str(document_iri(ex.document.doc_id)) for ex in extractions]
    state = {}

    def make_terms():
        state["terms"] = [doc_triples(ex, res) for ex in extractions]

    def write_graph():
        frags = [write_fragment(iri, ts) for iri, ts in zip(iris, state["terms"])]
        merged = MergedGraph(frags, res)
        write_chunks(out_ttl, merged.turtle_chunks())
        state["n"] = len(merged)

    t_terms = timed(make_terms, args.repeat)
    t_write = timed(write_graph, args.repeat)
    n_terms = sum(len(ts) for ts in state.pop("terms"))
    triples = state["n"]
    rows += [(f"RDF terms from extractions, graph/rdf.add_extraction ({n_terms:,} adds)",
              n_terms / t_terms, "triples/s"),
             (f"graph writing: terms to Turtle file, merged ({triples:,} triples)",
              triples / t_write, "triples/s"),
             ("extractions to Turtle file, both steps", triples / (t_terms + t_write),
              "triples/s")]
    per_copy = len({name.split("_", 1)[1] for name, _ in texts})
    one = to_graph(extractions[:per_copy], res)
    t_mine = timed(lambda: turtle_bytes(one), args.repeat)
    t_rdflib = timed(lambda: one.serialize(format="turtle"), 1)
    rows += [(f"turtle_bytes(rdflib Graph) ({len(one):,} triples, one copy)",
              len(one) / t_mine, "triples/s"),
             ("rdflib Graph.serialize turtle (1 run)", len(one) / t_rdflib, "triples/s")]
    assert Graph().parse(data=turtle_bytes(one), format="turtle").__len__() == len(one)
    extractions = one = None      # free them before the builds

    builds = {}
    runs: dict[int, list[dict]] = {1: [], 2: []}
    calibration = [cpu_speedup()]
    for _ in range(args.repeat):              # interleaved, so both see the same load
        for jobs in (1, 2):
            runs[jobs].append(run_build(corpus, jobs, WORK / f"out_jobs{jobs}"))
    calibration.append(cpu_speedup())
    for jobs in (1, 2):
        wall = statistics.median(r["wall"] for r in runs[jobs])
        builds[jobs] = wall
        rows.append((f"policykg build --jobs {jobs}", wall, "s wall"))
        rows.append((f"  CPU time, all processes (--jobs {jobs})",
                     statistics.median(r["cpu"] for r in runs[jobs]), "s"))
        rows.append((f"  peak RSS, largest process (--jobs {jobs})",
                     max(r["rss"] for r in runs[jobs]) / 1024, "MB"))
    same = (WORK / "out_jobs1" / "graph.ttl").read_bytes() == (
        WORK / "out_jobs2" / "graph.ttl").read_bytes()
    rows.append(("speed-up --jobs 2 over --jobs 1", builds[1] / builds[2], "x"))
    rows.append(("  reference: pure-Python loop, 2 processes vs 1 (mean of before, after)",
                 statistics.mean(c[0] for c in calibration), "x"))
    rows.append(("  reference: random dict lookups, 2 processes vs 1 (mean)",
                 statistics.mean(c[1] for c in calibration), "x"))

    print(f"\nMachine: {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.platform()}; "
          f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; load {os.getloadavg()[0]:.1f}; "
          "2-process reference speed-ups (loop, lookups) before/after the builds "
          + " / ".join(f"{a:.2f}, {b:.2f}" for a, b in calibration))
    print("\n| measure | value | unit |\n|---|---:|---|")
    for name, value, unit in rows:
        print(f"| {name} | {value:,.2f} | {unit} |" if value < 100 else
              f"| {name} | {value:,.0f} | {unit} |")
    print(f"\ntext to claims vs jieba.lcut: {t_lcut / t_claims:.2f}x, whole extract_text vs "
          f"jieba.lcut: {t_lcut / t_cold:.2f}x, vs jieba.posseg.lcut: {t_pos / t_cold:.2f}x "
          f"(cold, CPU time); --jobs 2 output identical: {same}")


if __name__ == "__main__":
    main()
