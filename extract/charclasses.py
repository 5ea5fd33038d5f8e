"""Character classes (ontology/char_classes.tsv): the sets of single characters readers test."""
from __future__ import annotations

from types import MappingProxyType

from .errors import PolicyKGError
from .resources import Resources, derived

__all__ = ["char_class", "char_classes"]


@derived
def char_classes(res: Resources) -> MappingProxyType:
    """{class: its characters, as written} of ontology/char_classes.tsv."""
    return MappingProxyType({r["class"]: r["chars"] for r in res.table("char_classes.tsv")})


def char_class(res: Resources, name: str) -> str:
    """The characters of class `name`."""
    got = char_classes(res).get(name)
    if not got:
        raise PolicyKGError(f"char_classes.tsv has no class {name!r}",
                            "add a row with the class and its characters")
    return got
