"""Values derived from table objects, computed once per table (tables hold dicts: no hash,
and hashing a tuple of rows on every call costs more than the look-up saves)."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

__all__ = ["per_table"]

T = TypeVar("T")


def per_table(fn: Callable[..., T]) -> Callable[..., T]:
    """Memoise `fn(*tables)` by the identity of its arguments; they are kept, so that their
    ids are not reused while the memo holds them. Functions of one or two tables get a
    getter without argument packing (the readers ask once per sentence)."""
    memo: dict = {}

    def build(key, tables) -> T:
        if len(memo) >= 8:
            memo.clear()
        got = memo[key] = (tables, fn(*tables))   # the memo holds its tables: ids not reused
        return got[1]

    if fn.__code__.co_argcount == 1 and not fn.__code__.co_flags & 0x04:   # no *args
        @wraps(fn)
        def get_one(table) -> T:
            got = memo.get(id(table))
            return build(id(table), (table,)) if got is None else got[1]
        return get_one
    if fn.__code__.co_argcount == 2 and not fn.__code__.co_flags & 0x04:
        @wraps(fn)
        def get_two(table, other) -> T:
            key = (id(table), id(other))
            got = memo.get(key)
            return build(key, (table, other)) if got is None else got[1]
        return get_two

    @wraps(fn)
    def get(*tables) -> T:
        key = id(tables[0]) if len(tables) == 1 else tuple(map(id, tables))
        got = memo.get(key)
        return build(key, tables) if got is None else got[1]
    return get
