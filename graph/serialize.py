"""Write graphs deterministically and atomically: Turtle, TriG and N-Quads.

The writer sorts subjects, predicates and objects by their written form, so the bytes depend on
the triples only (not on insertion order or PYTHONHASHSEED). Every output goes to a temporary
file in the target folder and is renamed onto its name only when complete.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from policykg.extract.errors import OutputError

__all__ = [
    "RDF_TYPE", "TermWriter", "atomic_path", "write_turtle", "turtle_bytes", "turtle_header",
    "group_triples", "turtle_blocks", "turtle_statements", "nquad_lines", "graph_prefixes",
    "write_chunks", "output_error",
]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Turtle STRING_LITERAL_QUOTE / N-Triples escapes; other characters are written as they are.
_LITERAL_ESCAPES = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    | {chr(i): f"\\u{i:04X}" for i in range(32) if chr(i) not in "\n\r\t\b\f"}
    | {"\x7f": "\\u007F"})
# Characters IRIREF does not allow, written as UCHAR escapes.
_IRI_ESCAPES = str.maketrans({ch: f"\\u{ord(ch):04X}" for ch in '<>"{}|^`\\'}
                             | {chr(i): f"\\u{i:04X}" for i in range(33)})
_PN_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
            "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
            "\U00010000-\U000EFFFF")
_PN_CHARS = _PN_BASE + "_\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
# PN_LOCAL without '.', ':' and backslash escapes: a local name that needs none of them.
_PN_LOCAL = re.compile(f"(?:[{_PN_BASE}_0-9]|%[0-9A-Fa-f]{{2}})(?:[{_PN_CHARS}]|%[0-9A-Fa-f]{{2}})*")


class TermWriter:
    """Writes rdflib terms in Turtle (with `prefixes`) or N-Triples form (without).

    IRIs are cached by their text; `used` collects the prefixes written so far.
    """

    def __init__(self, prefixes: Mapping[str, str] | None = None):
        self._by_ns = {str(ns): p for p, ns in sorted((prefixes or {}).items(), reverse=True)}
        self._iris: dict[str, str] = {}
        self.used: set[str] = set()

    def term(self, term) -> str:
        """The written form of a URIRef, Literal or BNode."""
        cls = type(term)
        if cls is URIRef:
            key = str(term)
            out = self._iris.get(key)
            if out is None:
                out = self._iris[key] = self._write_iri(key)
            return out
        if cls is Literal or isinstance(term, Literal):
            text = f'"{str(term).translate(_LITERAL_ESCAPES)}"'
            if term.language:
                return f"{text}@{term.language}"
            if term.datatype is not None:
                return f"{text}^^{self.iri(str(term.datatype))}"
            return text
        if isinstance(term, BNode):
            return f"_:{term}"
        return self.iri(str(term))

    def iri(self, iri: str) -> str:
        """`prefix:local` when a prefix covers `iri` and the rest needs no escapes, else <iri>."""
        out = self._iris.get(iri)
        if out is None:
            out = self._iris[iri] = self._write_iri(iri)
        return out

    def prefixes(self) -> dict[str, str]:
        """{prefix: namespace} of the prefixes written so far."""
        return {p: ns for ns, p in self._by_ns.items() if p in self.used}

    def _write_iri(self, iri: str) -> str:
        # Only the namespace ending at the last '#' or '/' can work: a shorter one would leave
        # that '#' or '/' in the local name, which then needs escapes.
        cut = max(iri.rfind("#"), iri.rfind("/")) + 1
        prefix = self._by_ns.get(iri[:cut]) if cut else None
        if prefix is not None and (cut == len(iri) or _PN_LOCAL.fullmatch(iri, cut)):
            self.used.add(prefix)
            return f"{prefix}:{iri[cut:]}"
        return f"<{iri.translate(_IRI_ESCAPES)}>"


def graph_prefixes(graph: Graph) -> dict[str, str]:
    """The prefixes bound on an rdflib graph, as {prefix: namespace}."""
    return {p: str(ns) for p, ns in graph.namespaces() if p}


def turtle_header(prefixes: Mapping[str, str]) -> str:
    """`@prefix` lines, sorted by prefix, and a blank line."""
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    return "\n".join(lines) + "\n\n" if lines else ""


def group_triples(triples: Iterable[tuple[str, str, str]]) -> dict[str, set[tuple[str, str]]]:
    """Written triples grouped by subject: {s: {(p, o), …}} (duplicates vanish)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in triples:
        pos = out.get(s)
        if pos is None:
            out[s] = {(p, o)}
        else:
            pos.add((p, o))
    return out


def turtle_blocks(grouped: Mapping[str, Iterable[tuple[str, str]]], rdf_type: str,
                  indent: str = "") -> str:
    """Turtle statements, one per subject, sorted; `rdf_type` (as written) becomes `a`, first."""
    return "\n".join(turtle_statements(grouped, rdf_type, indent))


def turtle_statements(grouped: Mapping[str, Iterable[tuple[str, str]]], rdf_type: str,
                      indent: str = "") -> list[str]:
    """The statements `turtle_blocks` joins, each ending in a line break."""
    parts = []
    for s in sorted(grouped):
        by_pred: dict[str, list[str]] = {}
        for p, o in grouped[s]:
            by_pred.setdefault(p, []).append(o)
        preds = sorted(by_pred, key=lambda p: (p != rdf_type, p))
        lines = []
        for p in preds:
            objs = ", ".join(sorted(by_pred[p]))
            lines.append(f"{'a' if p == rdf_type else p} {objs}")
        parts.append(f"{indent}{s} " + f" ;\n{indent}    ".join(lines) + " .\n")
    return parts


def nquad_lines(triples: Iterable[tuple[str, str, str]], graph_iri: str = "") -> list[str]:
    """N-Quads (or N-Triples when `graph_iri` is empty) lines of written triples, sorted."""
    g = f" {graph_iri}" if graph_iri else ""
    return sorted({f"{s} {p} {o}{g} .\n" for s, p, o in triples})


def turtle_bytes(graph: Graph) -> bytes:
    """Deterministic Turtle of an rdflib graph with its bound prefixes."""
    w = TermWriter(graph_prefixes(graph))
    t = w.term
    grouped = group_triples((t(s), t(p), t(o)) for s, p, o in graph)
    used, rdf_type = set(w.used), w.iri(RDF_TYPE)
    w.used = used            # rdf:type marks its prefix used only where it was written
    body = turtle_blocks(grouped, rdf_type)
    return (turtle_header(w.prefixes()) + body).encode("utf-8")


@contextmanager
def atomic_path(path: str | Path, suffix: str = ""):
    """Yield a temporary path beside `path`; rename it onto `path` only if the block succeeds.

    An OSError while making, writing or renaming the file becomes OutputError, and the
    temporary file is removed.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(path, f"cannot write: {_file_in(path.parent)} is a file, not a folder",
                          "choose another output path") from None
    except OSError as exc:
        raise output_error(path, exc) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or ".tmp",
                                   dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from None
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())     # mkstemp makes 0600; give the usual mode
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise output_error(path, exc) from None
        raise


#: errno -> hint for an output that cannot be written.
_WRITE_HINTS = {
    errno.ENOSPC: "free some space or write elsewhere with -o",
    errno.EDQUOT: "free some space or write elsewhere with -o",
    errno.EFBIG: "the file size limit (ulimit -f) is too small; raise it or write elsewhere",
    errno.EROFS: "the file system is mounted read-only; write elsewhere with -o",
    errno.EACCES: "choose a folder you may write to with -o",
    errno.EPERM: "choose a folder you may write to with -o",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "give a file name, not a folder",
}


def _file_in(folder: Path) -> Path:
    """The first part of `folder` that exists and is not a folder."""
    for p in [*reversed(folder.parents), folder]:
        if p.exists() and not p.is_dir():
            return p
    return folder


def output_error(path: str | Path, exc: OSError) -> OutputError:
    """OutputError for an OSError met while writing `path`."""
    reason = exc.strerror or str(exc)
    where = exc.filename if exc.errno in (errno.ENOTDIR, errno.EISDIR) and exc.filename else path
    return OutputError(where, f"cannot write: {reason}",
                       _WRITE_HINTS.get(exc.errno, "check the output location"))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Write text chunks as UTF-8 to an already chosen (temporary) path."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for chunk in chunks:
            fh.write(chunk)


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Serialise `graph` as Turtle to `path` atomically."""
    data = turtle_bytes(graph)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)

