"""Character classes (ontology/char_classes.tsv): the sets of single characters readers test."""
from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from policykg.ontology import read_table

from .errors import PolicyKGError

__all__ = ["char_class", "char_classes"]


@lru_cache(maxsize=1)
def char_classes() -> MappingProxyType:
    """{class: its characters, as written} of ontology/char_classes.tsv."""
    return MappingProxyType({r["class"]: r["chars"] for r in read_table("char_classes.tsv")})


def char_class(name: str) -> str:
    """The characters of class `name`."""
    got = char_classes().get(name)
    if not got:
        raise PolicyKGError(f"char_classes.tsv has no class {name!r}",
                            "add a row with the class and its characters")
    return got
