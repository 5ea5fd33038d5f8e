"""Build a graph from input files: extract each document, merge into one RDF graph, write it."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph

from policykg.extract.errors import InputError
from policykg.extract.model import RELATIONS, Extraction
from policykg.extract.pipeline import doc_id_for, extract_file
from policykg.extract.reading import iter_text_files

from .rdf import to_graph
from .serialize import write_turtle
from .validate import check_graph

__all__ = ["BuildResult", "default_input", "collect_inputs", "extract_all", "build"]


@dataclass
class BuildResult:
    """What a build wrote and counted."""
    graph_path: Path
    graph: Graph
    extractions: list[Extraction]
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> dict:
        exs = self.extractions
        rels = Counter(c.relation for ex in exs for c in ex.claims)
        concepts = {m.label for ex in exs for c in ex.claims for m in (c.subject, c.object)}
        return {
            "documents": len(exs),
            "sentences": sum(len(ex.sentences) for ex in exs),
            "concepts": len(concepts),
            "claims": sum(rels.values()),
            "claims_by_relation": {r: rels[r] for r in RELATIONS if rels[r]},
            "events": sum(len(ex.events) for ex in exs),
            "observations": sum(len(ex.observations) for ex in exs),
            "triples": len(self.graph),
        }


def default_input() -> Path:
    """The bundled sample article."""
    return Path(str(resources.files("policykg.extract").joinpath(
        "samples/seed_smart_city_nqpf.txt")))


def collect_inputs(inputs: list[str | Path]) -> list[Path]:
    """Expand files and directories into a sorted, de-duplicated list of text files."""
    files: list[Path] = []
    seen = set()
    for item in inputs or [default_input()]:
        for f in iter_text_files(item):
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files


def _unique_ids(files: list[Path]) -> list[str]:
    ids, used = [], Counter()
    for f in files:
        base = doc_id_for(f)
        used[base] += 1
        ids.append(base if used[base] == 1 else f"{base}_{used[base]}")
    return ids


def extract_all(files: list[Path]) -> list[Extraction]:
    """Extract every file in order; document ids are file stems made unique."""
    return [extract_file(f, doc_id) for f, doc_id in zip(files, _unique_ids(files))]


def build(inputs: list[str | Path], out_dir: str | Path = "out", html: bool = True,
          store: str | Path | None = None) -> BuildResult:
    """Extract `inputs` (the bundled article when empty) and write OUT_DIR/graph.ttl.

    With `html`, also OUT_DIR/graph.html (policykg.viz, default options); with `store`, an
    Oxigraph store folder that `policykg query` and `serve` open without parsing Turtle.
    """
    files = collect_inputs(inputs)
    extractions = extract_all(files)
    graph = to_graph(extractions)
    check_graph(graph)   # graph/validate.py: a graph that violates the shapes is a bug, not written
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(out, "output path exists and is not a directory")
    path = write_turtle(graph, out / "graph.ttl")
    outputs = [path]
    if html:
        from policykg.viz import render_graph   # lazy: viz imports graph modules
        outputs.append(render_graph(graph, out / "graph.html", graph_name=str(path)).path)
    if store is not None:                   # an on-disk Oxigraph store for policykg query/serve
        from .store import save_store
        outputs.append(save_store(path, store))
    return BuildResult(path, graph, extractions, outputs)
