"""Speed of the cheap extraction stages: reading, structure, sentences, events, observations.

    python bench/bench_stages.py [--repeat 7] [--scale 4]

Runs each stage over the shared corpus (repeated `--scale` times into one long text per
file) and prints the median time and characters per second of each, side by side with
segmentation alone (the cost the events and observations stages share with it). Target: the
whole extraction at 500k chars/s or more.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from policykg.extract.events import extract_events
from policykg.extract.observations import extract_observations
from policykg.extract.reading import decode_text
from policykg.extract.segment import segment
from policykg.extract.sentences import split_sentences
from policykg.extract.structure import read_structure

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--scale", type=int, default=4)
    a = ap.parse_args(argv)
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    raw = [f.read_bytes() * a.scale for f in files]
    texts = [decode_text(b)[0] for b in raw]
    chars = sum(map(len, texts))
    segment("预热")
    docs = [read_structure(str(i), "x", t) for i, t in enumerate(texts)]
    sents = [split_sentences(d) for d in docs]
    stages = {
        "reading (decode)": lambda: [decode_text(b) for b in raw],
        "structure": lambda: [read_structure(str(i), "x", t) for i, t in enumerate(texts)],
        "sentences": lambda: [split_sentences(d) for d in docs],
        "segment all sentences": lambda: [segment(s.text) for ss in sents for s in ss],
        "events": lambda: [extract_events(d, s) for d, s in zip(docs, sents)],
        "observations": lambda: [extract_observations(d, s) for d, s in zip(docs, sents)],
    }
    print(f"{len(files)} files x{a.scale}: {chars} chars, median of {a.repeat} runs")
    base = None
    for name, fn in stages.items():
        t = _median(fn, a.repeat)
        base = t if name.startswith("segment") else base
        ratio = f"{t / base:5.2f}x segment" if base and not name.startswith("segment") else ""
        print(f"{name:<24} {t * 1000:8.1f} ms  {chars / t / 1e6:7.2f}M chars/s  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
