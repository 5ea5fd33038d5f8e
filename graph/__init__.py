"""Graph building, storage and querying; `open_graph` is imported lazily to keep this light."""

__all__ = ["open_graph"]


def __getattr__(name):
    if name == "open_graph":
        from .query import open_graph
        return open_graph
    raise AttributeError(f"module 'policykg.graph' has no attribute {name!r}")
