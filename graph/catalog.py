"""The named queries in graph/queries/NAME.rq: read their header comments, check and bind parameters.

A query file starts with comment lines:

    # NAME: one line saying what it finds
    # param x (text): what x is
    # param n (integer, optional, default 3, range 1..4): what n is
    # example: policykg query out/graph.ttl NAME --param x=…

Types are `text` (a plain literal, for FILTERs), `label` (a literal tagged @zh, as the contract
writes every label, so that a triple pattern finds it through the index), `integer` and `iri` (full IRI or `prefix:local` with the
project's prefixes). Every parameter variable is in the query's SELECT projection (pyoxigraph binds
only projected variables); the query layer drops those columns from the rows it returns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .query_errors import ParameterError, UnknownQueryError
from .results import Term

__all__ = ["Param", "NamedQuery", "query_names", "named_query", "all_queries", "parse_header",
           "parse_param_args", "describe_queries"]

_TYPES = ("text", "label", "integer", "iri")
_PARAM = re.compile(r"#\s*param\s+(\w+)\s*\(([^)]*)\)\s*:\s*(.*)")
_TITLE = re.compile(r"#\s*([A-Za-z_]\w*)\s*:\s*(.*)")
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass(frozen=True)
class Param:
    """A declared parameter of a named query."""
    name: str
    type: str = "text"
    optional: bool = False
    default: str | None = None
    low: int | None = None
    high: int | None = None
    doc: str = ""

    @property
    def required(self) -> bool:
        return not self.optional and self.default is None

    def signature(self) -> str:
        extra = [self.type] + (["optional"] if self.optional else []) + (
            [f"default {self.default}"] if self.default is not None else []) + (
            [f"{self.low}..{self.high}"] if self.low is not None else [])
        return f"{self.name} ({', '.join(extra)})"

    def term(self, value: str) -> Term:
        """The RDF term `value` binds this parameter to."""
        if self.type == "text":
            return Term.literal(value)
        if self.type == "label":
            return Term.literal(value, lang="zh")
        if self.type == "integer":
            try:
                n = int(value.strip())
            except ValueError:
                raise ParameterError(f"parameter {self.name} must be an integer, got {value!r}",
                                     f"for example --param {self.name}=3") from None
            if self.low is not None and not self.low <= n <= self.high:
                raise ParameterError(f"parameter {self.name} must be between {self.low} and "
                                     f"{self.high}, got {n}")
            return Term.literal(str(n), _XSD_INTEGER)
        return Term.iri(_expand_iri(self.name, value.strip()))


def _expand_iri(name: str, value: str) -> str:
    from .namespaces import PREFIXES
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return str(PREFIXES[prefix]) + local
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", value):
        return value
    raise ParameterError(f"parameter {name} must be an IRI, got {value!r}",
                         "give a full IRI or prefix:local, e.g. doc:seed/claim/1")


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, summary, parameters, example and text."""
    name: str
    summary: str
    params: tuple[Param, ...]
    example: str
    text: str

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def bindings(self, values: dict[str, object]) -> dict[str, Term]:
        """Check `values` against the declared parameters; terms for the given and defaulted ones."""
        unknown = sorted(set(values) - {p.name for p in self.params})
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise ParameterError(f"query {self.name} has no parameter {unknown[0]!r} "
                                 f"(its parameters: {known})")
        out = {}
        for p in self.params:
            value = values.get(p.name)
            if value is None:
                value = p.default
            if value is None:
                if p.required:
                    raise ParameterError(f"query {self.name} needs parameter {p.name}: {p.doc}",
                                         f"add --param {p.name}=VALUE")
                continue
            out[p.name] = p.term(str(value))
        return out


def parse_header(name: str, text: str) -> NamedQuery:
    """Read the header comment lines of a query file."""
    summary, example, params = "", "", []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        m = _PARAM.fullmatch(line)
        if m:
            params.append(_param(name, *m.groups()))
            continue
        m = _TITLE.fullmatch(line)
        if m and m.group(1) == "example":
            example = m.group(2).strip()
        elif m and m.group(1) == name:
            summary = m.group(2).strip()
    return NamedQuery(name, summary, tuple(params), example, text)


def _param(query: str, pname: str, spec: str, doc: str) -> Param:
    kind, optional, default, low, high = "text", False, None, None, None
    for part in (s.strip() for s in spec.split(",") if s.strip()):
        if part in _TYPES:
            kind = part
        elif part == "optional":
            optional = True
        elif part.startswith("default "):
            default = part[len("default "):].strip()
        elif re.fullmatch(r"range\s+-?\d+\.\.-?\d+", part):
            low, high = (int(v) for v in part.split()[1].split(".."))
        else:
            raise ValueError(f"query {query}: parameter {pname}: cannot read {part!r}")
    return Param(pname, kind, optional, default, low, high, doc.strip())


def _query_dir():
    return resources.files("policykg.graph").joinpath("queries")


@lru_cache(maxsize=1)
def all_queries() -> dict[str, NamedQuery]:
    """Every named query, by name, in name order."""
    found = {}
    for entry in sorted(_query_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return found


def query_names() -> list[str]:
    return list(all_queries())


def named_query(name: str) -> NamedQuery:
    """The named query `name`, or UnknownQueryError listing the known ones."""
    try:
        return all_queries()[name]
    except KeyError:
        raise UnknownQueryError(name, query_names()) from None


def parse_param_args(items: list[str] | None) -> dict[str, str]:
    """`["x=智慧城市", "n=3"]` -> {"x": "智慧城市", "n": "3"} (the value may contain `=`)."""
    out = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"cannot read --param {item!r}", "write --param NAME=VALUE")
        out[name.strip()] = value
    return out


def describe_queries(name: str | None = None) -> str:
    """A listing of the named queries with their parameters; with `name`, that query's text."""
    if name is not None:
        return named_query(name).text
    lines = []
    for q in all_queries().values():
        lines.append(f"{q.name}: {q.summary}")
        for p in q.params:
            lines.append(f"    --param {p.signature()}: {p.doc}")
        if not q.params:
            lines.append("    (no parameters)")
        if q.example:
            lines.append(f"    example: {q.example}")
        lines.append("")
    return "\n".join(lines)
