"""Speed of the extraction stages, cold: structure, sentences, segmentation, mentions, claims,
events, observations, and the whole `extract_text`.

    python bench/bench_stages.py [--repeat 7]

Runs over the shared corpus concatenated into one text with one Resources object (the
package's tables, read once, as the CLI does), clears its memo of mention labels before every
run (mentions.clear_caches; nothing else is memoised by text) and prints the
median CPU time (time.process_time) and characters per second of each stage, of "text to
claims" (the stages up to claims, the issue's definition of the extraction stage) and of the
whole `extract_text` (events and observations too) side by side with the target: 500k chars/s
in one process (issue 6). The stages run with the cyclic collector off, as extract_text runs
them.

Each run also times bare `jieba.lcut` (HMM on) of the same text, right after the extraction,
and prints the whole extraction's speed as a ratio to it: jieba.lcut's median time over the
whole `extract_text`'s (issue 10: at least 0.9x).
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import jieba

from policykg.extract.claims import extract_claims
from policykg.extract.events import extract_events
from policykg.extract.mentions import clear_caches, find_mentions, tokenise
from policykg.extract.observations import extract_observations
from policykg.extract.pipeline import extract_text
from policykg.extract.reading import decode_text
from policykg.extract.resources import Resources
from policykg.extract.sentences import split_sentences
from policykg.extract.structure import read_structure

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGET = 500_000


def _stages(text: str, res: Resources) -> dict[str, float]:
    """CPU seconds of each stage, run in pipeline order on cold memos."""
    gc.disable()
    try:
        return _timed_stages(text, res)
    finally:
        gc.enable()


def _timed_stages(text: str, res: Resources) -> dict[str, float]:
    clear_caches(res)
    clock = time.process_time
    times = {}
    t0 = clock()
    doc = read_structure("all", "all.txt", text, resources=res)
    times["structure"], t0 = clock() - t0, clock()
    sents = split_sentences(doc)
    times["sentences"], t0 = clock() - t0, clock()
    sents = tokenise(sents, doc.text, resources=res)
    times["segmentation"], t0 = clock() - t0, clock()
    mentions = find_mentions(doc, sents, resources=res)
    times["mentions"], t0 = clock() - t0, clock()
    extract_claims(doc, sents, mentions, resources=res)
    times["claims"], t0 = clock() - t0, clock()
    extract_events(doc, sents, resources=res)
    times["events"], t0 = clock() - t0, clock()
    extract_observations(doc, sents, resources=res)
    times["observations"] = clock() - t0
    times["text to claims"] = sum(times[k] for k in (
        "structure", "sentences", "segmentation", "mentions", "claims"))
    clear_caches(res)
    t0 = clock()
    extract_text(text, "all", "all.txt", resources=res)
    times["whole extract_text"] = clock() - t0
    t0 = clock()
    jieba.lcut(text)
    times["jieba.lcut"] = clock() - t0
    return times


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args(argv)
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    text = "\n\n".join(decode_text(f.read_bytes())[0] for f in files)
    res = Resources()
    extract_text(text, "all", "all.txt", resources=res)   # load the dictionary and tables
    jieba.setLogLevel(60)
    jieba.lcut("预热")                           # jieba's own dictionary, loaded untimed
    runs = [_stages(text, res) for _ in range(a.repeat)]
    chars = len(text)
    print(f"{len(files)} files concatenated: {chars} chars; median CPU time of {a.repeat} "
          f"cold runs")
    for name in runs[0]:
        t = statistics.median(r[name] for r in runs)
        print(f"{name:<22} {t * 1000:8.1f} ms  {chars / t / 1e3:8.0f}k chars/s")
    for name in ("text to claims", "whole extract_text"):
        t = statistics.median(r[name] for r in runs)
        print(f"{name} / target: {chars / t / TARGET:.2f}x of {TARGET // 1000}k chars/s")
    lcut, whole = (statistics.median(r[k] for r in runs) for k in ("jieba.lcut",
                                                                     "whole extract_text"))
    print(f"whole extract_text vs jieba.lcut, same runs: {lcut / whole:.2f}x "
          f"(jieba.lcut time / extraction time; target 0.9x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
