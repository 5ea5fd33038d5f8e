"""Build a graph from input files: extract each document, merge into one RDF graph, write it."""
from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph

from policykg.extract.errors import InputError, PolicyKGError
from policykg.extract.model import RELATIONS, Extraction
from policykg.extract.pipeline import doc_id_for
from policykg.extract.reading import iter_text_files, read_text
from policykg.extract.resources import Resources

from .executors import DocResult, DocStats, DocTask, run_tasks
from .fragment import FORMATS, MergedGraph
from .progress import Progress
from .serialize import write_chunks
from .staging import Staging, checkpoint
from .validate_stream import check_chunks

__all__ = ["BuildResult", "Skipped", "ExtractionError", "default_input", "build"]


#: A CJK ideograph (Unified, Extension A, Compatibility): the extractor reads Chinese text only.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class ExtractionError(PolicyKGError):
    """The extractor failed on a document (a bug, reported with the file's name)."""


@dataclass(frozen=True)
class Skipped:
    """A file found in a directory that was left out of the build, and why."""
    path: str
    problem: str


@dataclass
class BuildResult:
    """What a build wrote and counted; `graph` is parsed from the written Turtle on first use."""
    graph_path: Path
    merged: MergedGraph
    extractions: list[Extraction]
    outputs: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    stats: list[DocStats] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)   # old outputs this build did not write
    warnings: list[str] = field(default_factory=list)   # e.g. a file without Chinese text
    _graph: Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> Graph:
        """The merged graph as an rdflib Graph (parsed once; slow for big corpora)."""
        if self._graph is None:
            self._graph = self.merged.to_rdflib()
        return self._graph

    def summary(self) -> dict:
        stats = self.stats or [DocStats.of(ex) for ex in self.extractions]
        rels = Counter(r for st in stats for r in st.relations)
        return {
            "documents": len(stats),
            "sentences": sum(st.sentences for st in stats),
            "concepts": len(frozenset().union(*(st.labels for st in stats))),
            "claims": sum(rels.values()),
            "claims_by_relation": {r: rels[r] for r in RELATIONS if rels[r]},
            "events": sum(st.events for st in stats),
            "observations": sum(st.observations for st in stats),
            "triples": len(self.merged),
            "skipped": len(self.skipped),
        }


def default_input() -> Path:
    """The bundled sample article."""
    return Path(str(resources.files("policykg.extract").joinpath(
        "samples/seed_smart_city_nqpf.txt")))


def _collect(inputs: list[str | Path]) -> list[tuple[Path, bool]]:
    """(file, named directly) for every input file, sorted within directories, de-duplicated."""
    files: list[tuple[Path, bool]] = []
    seen = set()
    for item in inputs or [default_input()]:
        direct = Path(item).is_file()
        for f in iter_text_files(item):
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append((f, direct))
    return files


def _unique_ids(files: list[Path]) -> list[str]:
    ids, used = [], Counter()
    for f in files:
        base = doc_id_for(f)
        used[base] += 1
        ids.append(base if used[base] == 1 else f"{base}_{used[base]}")
    return ids


def _fail(r: DocResult) -> PolicyKGError:
    if r.kind == "fatal":
        return PolicyKGError(r.problem, r.hint)
    if r.kind == "bug":
        return ExtractionError(f"{r.path}: {r.problem}", r.hint)
    return InputError(r.path, r.problem, r.hint)


def _read_tasks(files: list[tuple[Path, bool]], formats: tuple[str, ...], strict: bool,
                keep: bool, warnings: list[str]) -> tuple[list[DocTask], list[DocResult]]:
    """Read and decode every file in order; a bad one stops the build or is set aside.

    A file without any Chinese character is built (it gives no concepts) with a warning.
    """
    tasks, bad = [], []
    for i, ((f, direct), doc_id) in enumerate(zip(files, _unique_ids([f for f, _ in files]))):
        try:
            text, encoding = read_text(f)
        except InputError as exc:
            if strict or direct:
                raise
            bad.append(DocResult(i, str(f), problem=exc.problem, hint=exc.hint, kind="input"))
            continue
        if not _HAN.search(text):
            warnings.append(f"{f}: holds no Chinese text; policykg finds concepts in Chinese "
                            f"text only")
        tasks.append(DocTask(i, str(f), doc_id, text, encoding, formats, keep))
    return tasks, bad


def build(inputs: list[str | Path], out_dir: str | Path = "out", *, jobs: int = 1,
          executor: str = "local", scheduler: str | None = None,
          formats: tuple[str, ...] = ("ttl",), strict: bool = False,
          progress: bool = False, html: bool = True, store: str | Path | None = None,
          validate: bool = True, keep_extractions: bool = True,
          tables: Sequence[str | Path] = ()) -> BuildResult:
    """Extract `inputs` (the bundled article when empty) and write OUT_DIR/graph.ttl.

    With `html`, also OUT_DIR/graph.html (policykg.viz, default options); with `store`, an
    Oxigraph store folder that `policykg query` and `serve` open without parsing Turtle.
    With `validate`, a graph that violates the shapes is a bug and is not written.
    Files found in a directory that cannot be read or decoded are skipped (listed in
    `BuildResult.skipped`) unless `strict`; a file named directly always stops the build.
    `formats` may add "trig" and "nq" (one named graph per document) to "ttl".
    Without `keep_extractions`, `BuildResult.extractions` stays empty (workers send back only
    counts: less to copy between processes); `summary()` works either way.
    `tables` are folders of user tables (README): their rows are added to the package's.
    """
    res = Resources.load(tables)      # read once, handed to every stage and worker
    formats = tuple(dict.fromkeys(("ttl", *formats)))
    for fmt in formats:
        if fmt not in FORMATS:
            raise PolicyKGError(f"unknown output format {fmt!r}",
                                f"use one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(out, "output path exists and is not a directory")
    if store is not None:
        from .store import check_store_target
        check_store_target(store)
    files = _collect(inputs)
    direct = {i for i, (_, d) in enumerate(files) if d}
    warnings: list[str] = []
    tasks, failed = _read_tasks(files, formats, strict, keep_extractions, warnings)

    results: dict[int, DocResult] = {}
    bar = Progress(len(files), enabled=progress)
    gc_was_on = gc.isenabled()
    gc.disable()    # results are many small acyclic objects: collecting while they arrive is waste
    try:
        bar.advance(len(failed), 0)
        for r in run_tasks(tasks, executor, jobs, scheduler, res):
            if r.problem and (strict or r.index in direct or r.kind == "fatal"):
                raise _fail(r)
            results[r.index] = r
            bar.advance(1, r.chars)
    finally:
        bar.close()
        if gc_was_on:
            gc.enable()
    failed += [r for r in results.values() if r.problem]
    done = [results[i] for i in sorted(results) if not results[i].problem]
    if not done:
        first = min(failed, key=lambda r: r.index)
        raise PolicyKGError(f"no document could be read ({len(failed)} skipped; first: "
                            f"{first.path}: {first.problem})", "give UTF-8 or GB18030 text files")

    merged = MergedGraph([r.fragment for r in done], res)
    skipped = [Skipped(r.path, r.problem) for r in sorted(failed, key=lambda r: r.index)]
    paths = {fmt: out / f"graph.{fmt}" for fmt in formats}
    result = BuildResult(paths["ttl"], merged,
                         [r.extraction for r in done if r.extraction is not None],
                         list(paths.values()), skipped, [r.stats for r in done],
                         warnings=warnings)
    if validate:
        check_chunks(merged.turtle_chunks)   # a graph that violates the shapes is a bug; read
        # a batch of subjects at a time (graph/validate_stream.py), never whole in rdflib
    checkpoint("validated")
    _write_outputs(result, out, paths, html, store, res)
    return result


def _write_outputs(result: BuildResult, out: Path, paths: dict[str, Path], html: bool,
                   store: str | Path | None, res: Resources) -> None:
    """Stage every output, then swap them in together (graph.staging).

    Without `html`, an old OUT/graph.html is removed: it would show another graph than
    OUT/graph.ttl.
    """
    with Staging() as stage:
        for fmt, path in paths.items():
            with stage.writing(path) as tmp:
                write_chunks(tmp, result.merged.chunks(fmt))
            checkpoint(fmt)
        page = out / "graph.html"
        if html:
            from policykg.viz.reading import view_from_groups   # lazy: viz imports graph
            from policykg.viz.render import render_view
            from .validate_stream import subject_groups
            view = view_from_groups(subject_groups(result.merged.turtle_chunks))
            with stage.writing(page) as tmp:     # read a subject at a time, never whole
                render_view(view, tmp, graph_name=str(paths["ttl"]), resources=res)
            del view
            result.outputs.append(page)
            checkpoint("html")
        elif page.exists():
            stage.remove(page)
            result.removed.append(page)
        if store is not None:                   # an on-disk Oxigraph store for query/serve
            from .store import write_store
            with stage.writing(store) as tmp:
                write_store(stage.staged(paths["ttl"]), tmp, str(paths["ttl"]))
            result.outputs.append(Path(store))
            checkpoint("store")
        checkpoint("commit")
        stage.commit()
