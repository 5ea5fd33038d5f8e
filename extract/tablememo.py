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
    ids are not reused while the memo holds them."""
    memo: dict = {}

    @wraps(fn)
    def get(*tables) -> T:
        key = id(tables[0]) if len(tables) == 1 else tuple(map(id, tables))
        got = memo.get(key)         # the memo holds its tables: a held id is not reused
        if got is None:
            if len(memo) >= 8:
                memo.clear()
            got = memo[key] = (tables, fn(*tables))
        return got[1]
    return get
