"""The policykg ontology, SHACL shapes, lexicon and cue tables, shipped as data files."""
from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

__all__ = ["data_path", "read_table", "table_names", "generic_heads"]


def data_path(name: str) -> Path:
    """Path of a data file shipped in this package."""
    return Path(str(resources.files(__name__).joinpath(name)))


def table_names() -> list[str]:
    """File names of the shipped TSV tables, sorted."""
    return sorted(p.name for p in data_path(".").iterdir() if p.suffix == ".tsv")


def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a shipped TSV table, read now: `#` lines are comments, the first other line
    names the columns (the extractor reads tables through extract.resources.Resources)."""
    rows = []
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    for cells in reader:
        cells = cells + [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells)})
    return tuple(rows)


def generic_heads(rows=None) -> frozenset[str]:
    """Bare labels that name no concept of their own (generic_heads.tsv, column `word`):
    of `rows` (a Resources' table) when given, else of the shipped table."""
    rows = read_table("generic_heads.tsv") if rows is None else rows
    return frozenset(r["word"] for r in rows if r["word"])
