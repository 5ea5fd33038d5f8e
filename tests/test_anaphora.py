"""Demonstratives take their antecedent's label; the surface text stays as written."""
from __future__ import annotations

from policykg.extract.pipeline import extract_text


def claims(text: str):
    ex = extract_text(text, "d", "d.txt")
    return [(c.subject.text, c.subject.label, c.relation, c.object.label) for c in ex.claims]


def test_gai_takes_the_nearest_earlier_mention_with_the_same_noun():
    got = claims("说明\n省里出台了人才引进政策。该政策推动了出口增长。\n")
    assert got == [("该政策", "人才引进政策", "drives", "出口增长")]


def test_without_an_antecedent_the_demonstrative_is_dropped_from_the_label():
    got = claims("说明\n这一举措推动了出口增长。\n")
    assert got == [("这一举措", "举措", "drives", "出口增长")]


def test_antecedents_are_not_sought_beyond_the_previous_sentence():
    text = "说明\n省里出台了人才引进政策。天气很好。今天下雨。该政策推动了出口增长。\n"
    assert claims(text) == [("该政策", "政策", "drives", "出口增长")]
