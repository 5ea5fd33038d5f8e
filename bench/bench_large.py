"""Large single inputs (issue 11, item 7): one 50 MB line, 1,000,000 short lines, 5 MB without
sentence ends, each built by `policykg build FILE --no-html --no-validate` in a child process.

Prints, per input: wall and CPU seconds, peak RSS of the build process, and CPU seconds per MB
against the shared corpus built the same way; "net" figures take off the CPU time of building a
one-line file (start-up: imports, dictionary load), which a small corpus pays in full.
The inputs are made from the corpus texts (white space removed): the 50 MB line is that text
repeated; the 1,000,000 lines are its 4-code-point pieces (13 bytes a line); the 5 MB text
has 。！？!? removed (clause marks kept). With --checks MB, a line of MB MB is also built
with the defaults (SHACL validation and graph.html) beside the corpus built the same way; with
--defaults, every input is also built with the defaults (the 50 MB line: about 25 minutes of
CPU, peak RSS under 2 GB).

    python3 bench/bench_large.py --checks 2             # about 7 minutes of CPU
    python3 bench/bench_large.py --defaults             # about 45 minutes of CPU
    python3 bench/bench_large.py --line-mb 5 --lines 100000 --no-ends-mb 1 --checks 2

Work files go to bench/work/large/ (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
WORK = HERE / "work" / "large"
_END_MARKS = re.compile(r"[。！？!?]")

# Runs a command and reports its wall time, CPU time and peak RSS (kB, the largest process of
# its tree). A fresh small process launches it: a child forked straight from a big process
# would count that process's memory in its own peak (Linux keeps it across exec).
_LAUNCHER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc.returncode, "out": rc.stdout.decode()[-2000:],
                  "err": rc.stderr.decode()[-2000:], "wall": wall,
                  "cpu": u.ru_utime + u.ru_stime, "rss": u.ru_maxrss}))
"""


def corpus_text() -> str:
    """The corpus texts (top folder) joined, white space removed."""
    texts = [f.read_text(encoding="utf-8-sig") for f in sorted(CORPUS.glob("*.txt"))]
    return re.sub(r"\s+", "", "".join(texts))


def to_size(text: str, mb: float) -> str:
    """`text` repeated to about `mb` MB of UTF-8 (cut at a code point)."""
    n = int(mb * 1e6 * len(text) / len(text.encode("utf-8")))
    return (text * (n // len(text) + 1))[:n]


def make_inputs(line_mb: float, lines: int, no_ends_mb: float) -> dict[str, Path]:
    """The three inputs (made once per size) and a one-line file for the start-up cost."""
    WORK.mkdir(parents=True, exist_ok=True)
    text = corpus_text()
    quads = [text[i:i + 4] for i in range(0, len(text) - 4, 4)]
    makers = {
        f"line_{line_mb:g}mb": lambda: to_size(text, line_mb) + "\n",
        f"lines_{lines}": lambda: "\n".join(quads[i % len(quads)] for i in range(lines)) + "\n",
        f"no_ends_{no_ends_mb:g}mb": lambda: to_size(_END_MARKS.sub("", text), no_ends_mb),
        "tiny": lambda: "标题\n数字技术推动产业升级。\n",
    }
    paths = {}
    for name, make in makers.items():
        paths[name] = WORK / f"{name}.txt"
        if not paths[name].exists():
            paths[name].write_text(make(), encoding="utf-8")
    return paths


def run_build(inputs: list[Path], out: Path, checks: bool = False) -> dict:
    """Wall and CPU seconds, peak RSS (kB) and summary lines of one `policykg build`."""
    cmd = [sys.executable, "-m", "policykg.cli.main", "build", *map(str, inputs), "-o", str(out)]
    if not checks:
        cmd += ["--no-html", "--no-validate"]
    res = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], capture_output=True,
                         text=True, check=True)
    info = json.loads(res.stdout)
    if info["rc"] != 0:
        raise SystemExit(f"build failed: {info['err']}")
    return info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--line-mb", type=float, default=50.0, help="size of the one line (MB)")
    ap.add_argument("--lines", type=int, default=1_000_000, help="number of short lines")
    ap.add_argument("--no-ends-mb", type=float, default=5.0,
                    help="size of the text without sentence ends (MB)")
    ap.add_argument("--checks", type=float, default=0.0, metavar="MB",
                    help="also build a line of MB MB and the corpus with SHACL and graph.html")
    ap.add_argument("--defaults", action="store_true",
                    help="also build the corpus and every input with SHACL and graph.html")
    args = ap.parse_args()

    paths = make_inputs(args.line_mb, args.lines, args.no_ends_mb)
    corpus = sorted(CORPUS.glob("*.txt"))
    jobs = [("tiny (start-up)", [paths.pop("tiny")]), ("corpus", corpus)]
    jobs += [(name, [p]) for name, p in paths.items()]
    rows = []
    for name, inputs in jobs:
        info = run_build(inputs, WORK / f"out_{name.split()[0]}")
        mb = sum(p.stat().st_size for p in inputs) / 1e6
        rows.append((name, mb, info))
        summary = " | ".join(line for line in info["out"].splitlines() if not line.startswith(
            "wrote"))
        print(f"{name}: {mb:.2f} MB, {info['wall']:.1f} s wall, {info['cpu']:.1f} s CPU, "
              f"peak RSS {info['rss'] / 1024:.0f} MB; {summary}", flush=True)
    checked: list[tuple[str, list[Path]]] = []
    if args.checks or args.defaults:
        checked.append(("corpus, SHACL + HTML", corpus))
    if args.checks:
        line = WORK / f"line_{args.checks:g}mb_checks.txt"
        if not line.exists():
            line.write_text(to_size(corpus_text(), args.checks) + "\n", encoding="utf-8")
        checked.append((f"line {args.checks:g} MB, SHACL + HTML", [line]))
    if args.defaults:
        checked += [(f"{name}, SHACL + HTML", [p]) for name, p in paths.items()]
    for name, inputs in checked:
        info = run_build(inputs, WORK / f"out_checks_{len(rows)}", checks=True)
        rows.append((name, sum(p.stat().st_size for p in inputs) / 1e6, info))
        print(f"{name}: {info['wall']:.1f} s wall, {info['cpu']:.1f} s CPU, peak RSS "
              f"{info['rss'] / 1024:.0f} MB", flush=True)

    start = rows[0][2]["cpu"]
    base = {False: rows[1][2]["cpu"] / rows[1][1], True: (rows[1][2]["cpu"] - start) / rows[1][1]}
    checks_base = next((info["cpu"] / mb for name, mb, info in rows if name.startswith(
        "corpus, SHACL")), None)
    print(f"\nMachine: {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.platform()}; "
          f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; load {os.getloadavg()[0]:.1f}")
    print("\n| input | MB | wall s | CPU s | CPU s/MB (x corpus) | net CPU s/MB (x corpus) "
          "| peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|")
    for name, mb, info in rows[1:]:
        cpu = info["cpu"]
        ref = checks_base if "SHACL" in name else base[False]
        net = (cpu - start) / mb
        net_cell = "-" if "SHACL" in name else f"{net:.2f} ({net / base[True]:.2f}x)"
        print(f"| {name} | {mb:.2f} | {info['wall']:.1f} | {cpu:.1f} | {cpu / mb:.2f} "
              f"({cpu / mb / ref:.2f}x) | {net_cell} | {info['rss'] / 1024:,.0f} |")
    print(f"\nstart-up (one-line file): {start:.2f} s CPU, peak RSS "
          f"{rows[0][2]['rss'] / 1024:.0f} MB")


if __name__ == "__main__":
    main()
