"""The policykg ontology, SHACL shapes, lexicon and cue tables, shipped as data files."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["data_path", "read_table", "generic_heads"]


def data_path(name: str) -> Path:
    """Path of a data file shipped in this package."""
    return Path(str(resources.files(__name__).joinpath(name)))


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table: `#` lines are comments, the first other line names the columns."""
    rows = []
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    for cells in reader:
        cells = cells + [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells)})
    return tuple(rows)


def generic_heads() -> frozenset[str]:
    """Bare labels that name no concept of their own (generic_heads.tsv, column `word`)."""
    return frozenset(r["word"] for r in read_table("generic_heads.tsv") if r["word"])
