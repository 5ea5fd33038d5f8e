"""Sorted runs of written text: packed, read back a slice at a time, merged in order."""
import random

import policykg.graph.runs as runs
from policykg.graph.runs import merge_runs, pack_run, unpack_run


def test_a_run_reads_back_across_slices_and_multibyte_characters(monkeypatch):
    monkeypatch.setattr(runs, "_READ", 7)        # slices that cut characters and items apart
    rng = random.Random(3)
    items = sorted("".join(rng.choice("智慧城市ab \n\"") for _ in range(rng.randint(1, 40)))
                   for _ in range(500))
    assert list(unpack_run(pack_run(items))) == items
    assert list(unpack_run(pack_run([]))) == []


def test_merge_keeps_the_order_and_drops_repeats_when_asked():
    a, b, c = ["a .\n", "c .\n", "e .\n"], ["b .\n", "c .\n"], ["d .\n"]
    packed = [pack_run(x) for x in (a, b, c)]
    assert list(merge_runs(packed)) == sorted(a + b + c)
    assert list(merge_runs(packed, unique=True)) == sorted(set(a + b + c))
