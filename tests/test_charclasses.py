"""Character classes (ontology/char_classes.tsv)."""
import pytest

from policykg.extract.charclasses import char_class, char_classes
from policykg.extract.errors import PolicyKGError
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def test_classes_as_written():
    assert char_class(RES, "modifier-suffix") == "化性式型"
    assert tuple(char_class(RES, c) for c in ("year", "month", "day")) == ("年", "月", "日")
    assert set(char_class(RES, "list-before")) <= set(char_class(RES, "nominal-after"))
    assert char_classes(RES) is char_classes(RES)


def test_unknown_class_names_the_table():
    with pytest.raises(PolicyKGError) as e:
        char_class(RES, "no-such-class")
    assert str(e.value) == "char_classes.tsv has no class 'no-such-class'"
    assert e.value.hint == "add a row with the class and its characters"
