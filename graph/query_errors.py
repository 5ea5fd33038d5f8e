"""Exceptions of the SPARQL layer; the CLI prints them as one `Error: …` line."""
from __future__ import annotations

from policykg.extract.errors import PolicyKGError

__all__ = ["QueryError", "QuerySyntaxError", "UnknownQueryError", "ParameterError",
           "StoreError", "ServerError", "QueryTimeoutError"]


class QueryError(PolicyKGError):
    """A query that cannot run as written."""


class QuerySyntaxError(QueryError):
    """SPARQL that does not parse; `line` and `column` are 1-based."""

    def __init__(self, source: str, line: int, column: int, detail: str):
        super().__init__(f"{source}: SPARQL syntax error at line {line}, column {column}: "
                         f"{detail}", "check the query text near that position")
        self.line, self.column, self.detail = line, column, detail


class UnknownQueryError(QueryError):
    """A named query that does not exist."""

    def __init__(self, name: str, known: list[str]):
        super().__init__(f"unknown query {name!r}; known queries: {', '.join(known)}",
                         "`policykg queries` lists them with their parameters")
        self.name, self.known = name, known


class ParameterError(QueryError):
    """A parameter that is missing, unknown or not of its declared type."""


class StoreError(PolicyKGError):
    """A graph file or store folder that cannot be opened or written."""


class ServerError(PolicyKGError):
    """The SPARQL endpoint could not start."""


class QueryTimeoutError(QueryError):
    """A query that ran longer than its timeout and was abandoned."""
