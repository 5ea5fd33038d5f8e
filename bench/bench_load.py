"""Load test of `policykg serve`: concurrent clients on loopback, errors, latency, memory.

    python bench/bench_load.py [--clients 50] [--requests 10000] [--max-seconds 300]
                               [--runaway 5] [--procs 5] [--keep-alive]

Builds the bundled article's graph into a temporary folder, starts `policykg serve` on it
(port 0, `--timeout 5`), warms it up with 2000 requests from all clients, and runs `--clients` clients (threads spread over `--procs`
processes, so the client side is not one GIL) that send `--requests` queries in all, a new
connection per request unless `--keep-alive`, stopping early after `--max-seconds`. The mix:
the `hubs` named query, a label page, a claim count, an ASK and a small CONSTRUCT. Meanwhile
`--runaway` cartesian-product queries are sent one after another on their own connection; they
must end in 504 (deliberate timeouts) and nothing else may fail. Prints status counts, errors
(connection resets and the like), p50/p99/max latency of the mix, and the resident memory of
the server processes (serve and its Oxigraph children) after a warm-up and at the end.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
PK = "PREFIX pk: <https://w3id.org/policykg/ontology#>\n"
MIX = [
    (ROOT / "graph" / "queries" / "hubs.rq").read_text(encoding="utf-8") + "\nLIMIT 20",
    SKOS + "SELECT ?c ?label WHERE { ?c skos:prefLabel ?label } ORDER BY ?label LIMIT 50",
    PK + "SELECT (COUNT(*) AS ?n) WHERE { ?claim a pk:Claim }",
    SKOS + "ASK { ?c skos:prefLabel ?label }",
    SKOS + "CONSTRUCT WHERE { ?c skos:prefLabel ?label } LIMIT 20",
]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory of `pid`, and of the Oxigraph processes below it, MB."""
    own, oxi, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        try:
            kb = next(int(line.split()[1]) for line in
                      Path(f"/proc/{p}/status").read_text().splitlines()
                      if line.startswith("VmRSS:"))
            if p == pid:
                own += kb
            elif b"oxigraph" in Path(f"/proc/{p}/cmdline").read_bytes():
                oxi += kb
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(x) for x in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return own / 1024, oxi / 1024


def _mb(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.0f}+{pair[1]:.0f}"


def one_request(port: int, query: str, conn=None, timeout: float = 60):
    """(status or error name, seconds, connection to reuse or None)."""
    body = urllib.parse.urlencode({"query": query})
    started = time.perf_counter()
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/query", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, text/turtle"})
        resp = conn.getresponse()
        resp.read()
        status = resp.status
        if resp.will_close:
            conn.close()
            conn = None
    except (OSError, http.client.HTTPException) as exc:
        status = type(exc).__name__
        conn.close()
        conn = None
    if own and conn is not None:
        conn.close()
        conn = None
    return status, time.perf_counter() - started, conn


def client_process(port: int, threads: int, count: int, stop_at: float, keep_alive: bool,
                   offset: int, out) -> None:
    """`threads` clients sending `count` requests in all; puts (status, seconds) lists."""
    lock, left, results = threading.Lock(), [count], []

    def client(k: int) -> None:
        conn, i = None, k + offset
        while time.time() < stop_at:
            with lock:
                if left[0] <= 0:
                    break
                left[0] -= 1
            if keep_alive and conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            status, seconds, conn = one_request(port, MIX[i % len(MIX)], conn)
            i += 1
            with lock:
                results.append((status, seconds))
        if conn is not None:
            conn.close()
    pool = [threading.Thread(target=client, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    out.put(results)


def run_phase(port: int, args, requests: int, stop_at: float) -> list:
    """(status, seconds) of `requests` requests from `args.clients` clients."""
    queue = multiprocessing.Queue()
    per = [args.clients // args.procs + (i < args.clients % args.procs)
           for i in range(args.procs)]
    share = [requests * n // args.clients for n in per]
    share[-1] += requests - sum(share)
    procs = [multiprocessing.Process(target=client_process, args=(
        port, n, c, stop_at, args.keep_alive, i * 7, queue))
        for i, (n, c) in enumerate(zip(per, share))]
    for p in procs:
        p.start()
    results = [r for _ in procs for r in queue.get()]
    for p in procs:
        p.join()
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=10000)
    ap.add_argument("--max-seconds", type=float, default=300)
    ap.add_argument("--runaway", type=int, default=5, help="deliberate timeouts to mix in")
    ap.add_argument("--procs", type=int, default=5, help="client processes")
    ap.add_argument("--keep-alive", action="store_true")
    args = ap.parse_args(argv)
    from policykg.graph.build import build
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        graph = build([], Path(tmp) / "out", html=False, validate=False).graph_path
        server = subprocess.Popen([sys.executable, "-m", "policykg.cli.main", "serve",
                                   str(graph), "--port", "0", "--timeout", "5"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            line = server.stdout.readline()
            port = int(line.split()[2].rsplit(":", 1)[1].split("/")[0])
            for q in MIX * 4:
                assert one_request(port, q)[0] == 200, "first queries failed"
            run_phase(port, args, min(2000, args.requests), time.time() + 60)   # warm-up
            time.sleep(2)                  # measured at rest, as at the end
            rss_before = rss_mb(server.pid)
            runaway: list = []

            def slow() -> None:
                for _ in range(args.runaway):
                    runaway.append(one_request(port, RUNAWAY)[:2])
            slow_thread = threading.Thread(target=slow)
            samples: list = []
            done = threading.Event()

            def sample() -> None:
                while not done.wait(1.0):
                    samples.append(rss_mb(server.pid))
            sampler = threading.Thread(target=sample)
            sampler.start()
            started = time.perf_counter()
            slow_thread.start()
            results = run_phase(port, args, args.requests, time.time() + args.max_seconds)
            wall = time.perf_counter() - started
            slow_thread.join()
            done.set()
            sampler.join()
            time.sleep(2)                  # a child retired by the last timeout is reaped
            rss_after = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(30)
    statuses = Counter(s for s, _ in results)
    ok = sorted(t for s, t in results if s == 200)
    errors = {s: n for s, n in statuses.items() if s != 200}
    q = statistics.quantiles(ok, n=100) if len(ok) > 1 else [0] * 99
    print(f"clients {args.clients} ({args.procs} processes), requests {len(results)} in "
          f"{wall:.1f} s ({len(results) / wall:.0f}/s), "
          f"{'keep-alive' if args.keep_alive else 'a connection per request'}")
    print(f"statuses {dict(statuses)}; errors {errors or 0}")
    print(f"deliberate timeouts: {Counter(s for s, _ in runaway)} "
          f"(each {statistics.median([t for _, t in runaway] or [0]):.1f} s)")
    print(f"latency ms: p50 {q[49] * 1000:.1f}, p99 {q[98] * 1000:.1f}, "
          f"max {ok[-1] * 1000 if ok else 0:.1f}")
    quarters = [samples[len(samples) * k // 4] for k in (1, 2, 3)] if samples else []
    peak = max(samples, key=sum) if samples else (0.0, 0.0)
    print(f"server RSS MB (serve+oxigraph): after warm-up {_mb(rss_before)}; at 1/4, 1/2, "
          f"3/4 of the run {', '.join(_mb(x) for x in quarters)}; at the end "
          f"{_mb(rss_after)}; peak {_mb(peak)}")
    bad = errors or any(s != 504 for s, _ in runaway)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
