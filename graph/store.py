"""Graph storage for queries: RDF files into pyoxigraph or rdflib, and on-disk pyoxigraph stores."""
from __future__ import annotations

import gc
import json
import re
from pathlib import Path

from .query_errors import StoreError

__all__ = ["STORE_MARKER", "is_store", "rdf_format", "load_oxigraph", "load_rdflib",
           "check_store_target", "write_store", "save_store"]

#: File that `save_store` writes into a store folder (what it holds, and that it may be replaced).
STORE_MARKER = "policykg-store.json"


def is_store(path: str | Path) -> bool:
    """True for a folder that holds an Oxigraph (RocksDB) store."""
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file()


def rdf_format(path: Path):
    """pyoxigraph RdfFormat from a file suffix (Turtle when it says nothing)."""
    import pyoxigraph as ox
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) or ox.RdfFormat.TURTLE


def _check_file(path: Path) -> None:
    if not path.exists():
        raise StoreError(f"{path}: no such graph file or store folder",
                         "build one first: policykg build -o out  (then use out/graph.ttl)")
    if path.is_dir():
        raise StoreError(f"{path}: folder is not an Oxigraph store",
                         "give a graph file (.ttl) or a folder written by policykg build --store")


def _parse_error(path: Path, exc: SyntaxError):
    from .loading import GraphSyntaxError
    detail = str(exc.msg if getattr(exc, "msg", None) else exc)
    detail = re.sub(r"^Parser error (at|between) [^:]*: ", "", detail)
    return GraphSyntaxError(path, exc.lineno or 0, detail)


def load_oxigraph(path: str | Path, graph: str | None = None):
    """A pyoxigraph Store: the store folder opened read-only, or the file parsed into memory.

    Its default graph is the RDF merge of every graph (`_merge_into_default`); with `graph`
    (an IRI), a memory store whose default graph holds only that named graph's triples.
    """
    import pyoxigraph as ox
    from .swap_journal import recover_beside
    p = Path(path)
    recover_beside(p)                    # a build's swap cut short: finish it before reading
    if is_store(p):
        try:
            store = ox.Store.read_only(str(p))
        except OSError as exc:
            raise StoreError(f"{p}: cannot open store: {exc}") from None
        return store if graph is None else _one_graph(store, p, graph)
    _check_file(p)
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=rdf_format(p), base_iri=p.resolve().as_uri())
    except SyntaxError as exc:
        raise _parse_error(p, exc) from None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{p}: cannot read: {exc}") from None
    except MemoryError:         # a term over the parser's 16 MiB buffer: parse with rdflib
        store = ox.Store()
        store.extend(_rdflib_quads(p))
    return _merge_into_default(store) if graph is None else _one_graph(store, p, graph)


def _rdflib_quads(path: Path):
    """The triples of an RDF file parsed by rdflib, as pyoxigraph quads of the default graph."""
    import pyoxigraph as ox

    from .loading import load_graph
    from .results import term_from_rdflib, term_to_oxigraph
    for s, p, o in load_graph(path):
        yield ox.Quad(*(term_to_oxigraph(term_from_rdflib(t)) for t in (s, p, o)))




def _merge_into_default(store):
    """`store` with every named graph's triples also in its default graph.

    Oxigraph's own union view (`use_default_graph_as_union`, the server's
    `--union-default-graph`) is a bag: a triple in two graphs counts twice, so COUNT(*)
    would not agree with rdflib's merged graph. A stored merge is a set, as RDF says.
    """
    import pyoxigraph as ox
    if next(iter(store.named_graphs()), None) is not None:
        store.extend([ox.Quad(q.subject, q.predicate, q.object)
                      for q in store.quads_for_pattern(None, None, None, None)
                      if not isinstance(q.graph_name, ox.DefaultGraph)])
    return store


def _one_graph(store, path: Path, iri: str):
    import pyoxigraph as ox
    name = ox.NamedNode(iri)
    out = ox.Store()
    out.extend([ox.Quad(q.subject, q.predicate, q.object)
                for q in store.quads_for_pattern(None, None, None, name)])
    if len(out) == 0:
        raise StoreError(f"{path}: holds no graph named <{iri}>",
                         "policykg build --format trig names each graph by its document IRI")
    return out


def load_rdflib(path: str | Path, graph: str | None = None):
    """An rdflib Graph in memory, from a graph file (graph.loading) or a store folder's triples
    (every graph merged, or only the named graph `graph`)."""
    from rdflib import Graph

    from .swap_journal import recover_beside
    recover_beside(path)                 # a build's swap cut short: finish it before reading
    from .fragment import RdflibTerms
    from .namespaces import bind_prefixes
    p = Path(path)
    if is_store(p):
        out = Graph()
        bind_prefixes(out)
        term = RdflibTerms()            # terms as stored: no lexical form is rewritten
        store = load_oxigraph(p, graph)
        out.addN((term(q.subject), term(q.predicate), term(q.object), out)
                 for q in store.quads_for_pattern(None, None, None, None))
        return out
    from .loading import load_graph
    return load_graph(p, graph)


def check_store_target(directory: str | Path) -> Path:
    """`directory` as a Path; StoreError unless it is absent, empty or a store we wrote."""
    target = Path(directory)
    if target.exists() and not (target.is_dir() and (
            not any(target.iterdir()) or (target / STORE_MARKER).is_file())):
        raise StoreError(f"{target}: exists and is not a policykg store; not replacing it",
                         "choose another --store folder or remove it")
    return target


def write_store(graph_or_path, folder: Path, source_name: str | None = None) -> int:
    """Create an Oxigraph store in the new folder `folder` from an rdflib Graph or an RDF file.

    A file's named graphs are also merged into the default graph (`_merge_into_default`).
    Returns the file's quad count; the store is flushed and closed, with STORE_MARKER written
    (naming `source_name`, by default the file or "rdflib graph").
    """
    import pyoxigraph as ox
    store = ox.Store(str(folder))
    if isinstance(graph_or_path, (str, Path)):
        src = Path(graph_or_path)
        _check_file(src)
        try:
            store.bulk_load(path=str(src), format=rdf_format(src), base_iri=src.resolve().as_uri())
        except SyntaxError as exc:
            raise _parse_error(src, exc) from None
        except MemoryError:     # a term over the parser's 16 MiB buffer: parse with rdflib
            store.extend(_rdflib_quads(src))
        count = len(store)
        _merge_into_default(store)              # as load_oxigraph reads a TriG/N-Quads file
        source = str(src)
    else:
        data = graph_or_path.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        source = "rdflib graph"
        count = len(store)
    store.flush()
    del store
    gc.collect()                # closes the RocksDB files before the folder is renamed
    (folder / STORE_MARKER).write_text(
        json.dumps({"triples": count, "source": source_name or source}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    return count


def save_store(graph_or_path, directory: str | Path) -> Path:
    """Write an on-disk Oxigraph store of an rdflib Graph or an RDF file into `directory`.

    The store is built in a staging folder beside `directory` and swapped in (graph.staging):
    the old store stays in place until the new one is complete. An existing folder is
    replaced only if it is empty or a store this function wrote.
    """
    from .staging import Staging
    target = check_store_target(directory)
    with Staging() as stage:
        with stage.writing(target) as folder:
            write_store(graph_or_path, folder)
        stage.commit()
    return target
