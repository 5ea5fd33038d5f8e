"""The linguistic tables (ontology/*.tsv) of one extraction, with user rows added, read once.

A `Resources` object is what the stages read their tables through: `res.table(name)` gives a
table's rows (the package's, then those of the same file in each user folder), and a builder
decorated with `derived` (the compiled cue table, the lexicon, every regex and word set made
from rows) runs once per object, its value kept on the object. Two objects with different
tables therefore never see each other's rows; nothing is cached in a module.

User folders hold TSV files named like a package table (`lexicon.tsv`, `cues.tsv` …) with the
same column line; their rows come after the package's. A user row adds, never overrides: a
row whose id (the `id` column of lexicon.tsv, cues.tsv, categories.tsv) a package row has is
an error.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from policykg.ontology import data_path, table_names

from .errors import PolicyKGError

__all__ = ["Resources", "TableError", "derived", "derived_by", "resources_or_default"]

T = TypeVar("T")

#: Tables whose `id` column names each row once: a user row may not reuse a package id.
_KEYED = ("lexicon.tsv", "cues.tsv", "categories.tsv")


class TableError(PolicyKGError):
    """A user table that does not fit the package's table of the same name."""


class Resources:
    """The package's tables plus the rows of `extra_dirs`, and what is built from them."""

    __slots__ = ("extra_dirs", "memo", "_tables", "_user")

    def __init__(self, extra_dirs: Iterable[str | Path] = (), _user: dict | None = None):
        self.extra_dirs = tuple(str(d) for d in extra_dirs)
        self.memo: dict = {}        # builder -> its value (see `derived`)
        self._tables: dict[str, tuple[dict[str, str], ...]] = {}
        # table name -> [(path, text)] of the user files, read now (they are small)
        self._user = _user_files(self.extra_dirs) if _user is None else _user

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = ()) -> Resources:
        """Resources over `extra_dirs`, every user table read and checked now (a bad one
        fails before any document is read)."""
        res = cls(extra_dirs)
        for name in res._user:
            res.table(name)
        return res

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """Rows of table `name`: `#` lines are comments, the first other line names the
        columns; a row with fewer cells gets empty ones. User rows come after the package's."""
        rows = self._tables.get(name)
        if rows is None:
            header, found = _read(data_path(name))
            for path, text in self._user.get(name, ()):
                found += _user_rows(path, text, header, found if name in _KEYED else ())
            rows = self._tables[name] = tuple(found)
        return rows

    def spec(self) -> tuple:
        """What makes these tables, as plain hashable data (the folders and the user files'
        text): `Resources.from_spec` gives an object with the same rows in another process,
        without the folders."""
        return self.extra_dirs, tuple((name, tuple(files)) for name, files in self._user.items())

    @classmethod
    def from_spec(cls, spec: tuple) -> Resources:
        """A Resources with the tables `spec` (Resources.spec) describes."""
        dirs, user = spec
        return cls(dirs, {name: list(files) for name, files in user})

    def __reduce__(self):
        # another process (a worker, a Dask node without these folders) gets the same user
        # rows; the package's tables and the memo are built there again
        return (Resources.from_spec, (self.spec(),))

    def __repr__(self) -> str:
        return f"Resources(extra_dirs={self.extra_dirs!r})"


def derived(build: Callable[[Resources], T]) -> Callable[[Resources], T]:
    """`build(res)`, run once per Resources object; its value is kept in `res.memo`."""
    def get(res: Resources) -> T:
        try:
            return res.memo[get]
        except KeyError:
            value = res.memo[get] = build(res)
            return value
    return _named(get, build)


def derived_by(build: Callable[..., T]) -> Callable[..., T]:
    """`build(res, *args)`, run once per Resources object and arguments (values made from
    its tables: rows, word sets); kept in `res.memo`."""
    def get(res: Resources, *args) -> T:
        key = (get, args)
        try:
            return res.memo[key]
        except KeyError:
            value = res.memo[key] = build(res, *args)
            return value
    return _named(get, build)


def _named(get, build):
    get.__name__, get.__qualname__, get.__doc__ = build.__name__, build.__qualname__, build.__doc__
    get.__module__ = build.__module__
    get.__wrapped__ = build
    return get


def resources_or_default(res: Resources | None) -> Resources:
    """`res`, else a new Resources over the package's tables alone (a convenience for one
    call: the CLI and long-running callers load one and pass it on)."""
    return res if res is not None else Resources()


def _user_files(dirs: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """Table name -> (path, text) of every user file named like a package table."""
    known = set(table_names())
    out: dict[str, list[tuple[str, str]]] = {}
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise TableError(f"{d}: not a folder of tables",
                             "give a folder holding lexicon.tsv, cues.tsv … (see README)")
        for path in sorted(folder.iterdir()):
            if path.suffix != ".tsv":
                continue
            if path.name not in known:
                raise TableError(f"{path}: no package table is named {path.name}",
                                 f"name it as one of {', '.join(sorted(known))}")
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise TableError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
            out.setdefault(path.name, []).append((str(path), text))
    return out


def _cells(line: str) -> list[str]:
    return next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE), [])


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The column names and rows of a package table."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    pad = [""] * len(header)
    return header, [{k: v.strip() for k, v in zip(header, cells + pad)} for cells in reader]


def _user_rows(path: str, text: str, header: list[str],
               package: tuple | list) -> list[dict[str, str]]:
    """The rows of a user table (`text`, read from `path`), checked against the package's
    column line and, for keyed tables, its ids."""
    lines = [(n, ln.rstrip("\r\n")) for n, ln in enumerate(text.splitlines(keepends=True), 1)
             if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    n, first = lines[0]
    if _cells(first) != header:
        raise TableError(f"{path} line {n}: the column line must be the package's: "
                         f"{' TAB '.join(header)}",
                         f"copy the first line that is not a comment of the package's "
                         f"{Path(path).name}")
    keyed = bool(package)           # a table whose rows have ids (_KEYED)
    ids = {r["id"] for r in package}
    pad = [""] * len(header)
    rows = []
    for n, line in lines[1:]:
        cells = _cells(line)
        if len(cells) > len(header):
            raise TableError(f"{path} line {n}: {len(cells)} cells, but the table has "
                             f"{len(header)} columns ({', '.join(header)})",
                             "separate cells with one tab; no tab inside a cell")
        row = {k: v.strip() for k, v in zip(header, cells + pad)}
        if keyed and row["id"] in ids:
            raise TableError(f"{path} line {n}: id {row['id']!r} is already a row of "
                             f"{Path(path).name}; user rows add, never override",
                             "give the row an id of its own")
        if keyed:
            ids.add(row["id"])
        rows.append(row)
    return rows
