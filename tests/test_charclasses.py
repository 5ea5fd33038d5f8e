"""Character classes (ontology/char_classes.tsv)."""
import pytest

from policykg.extract.charclasses import char_class, char_classes
from policykg.extract.errors import PolicyKGError


def test_classes_as_written():
    assert char_class("modifier-suffix") == "化性式型"
    assert (char_class("year"), char_class("month"), char_class("day")) == ("年", "月", "日")
    assert set(char_class("list-before")) <= set(char_class("nominal-after"))
    assert char_classes() is char_classes()


def test_unknown_class_names_the_table():
    with pytest.raises(PolicyKGError) as e:
        char_class("no-such-class")
    assert str(e.value) == "char_classes.tsv has no class 'no-such-class'"
    assert e.value.hint == "add a row with the class and its characters"
