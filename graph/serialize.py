"""Write graphs and other outputs atomically: a temporary file in the target folder, then rename."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph

__all__ = ["atomic_path", "write_turtle", "turtle_bytes"]


@contextmanager
def atomic_path(path: str | Path, suffix: str = ""):
    """Yield a temporary path beside `path`; rename it onto `path` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or ".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def turtle_bytes(graph: Graph) -> bytes:
    """Deterministic Turtle: rdflib's serializer is stable when the graph has no blank nodes."""
    return graph.serialize(format="turtle", encoding="utf-8")


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Serialise `graph` as Turtle to `path` atomically."""
    data = turtle_bytes(graph)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
