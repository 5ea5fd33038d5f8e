"""Every query example a user can copy (each .rq header, the README) returns rows on the
bundled article; the headline facts of the README's first paragraph hold in its graph."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from policykg.graph.catalog import all_queries
from policykg.graph.query import open_graph

README = Path(__file__).resolve().parents[1] / "README.md"


def _parse(example: str) -> tuple[str, dict[str, str]]:
    """NAME and parameters of "policykg query out/graph.ttl NAME --param k=v -p k=v …"."""
    words = shlex.split(example.split("#")[0])
    assert words[:3] == ["policykg", "query", "out/graph.ttl"], example
    name, params, rest = words[3], {}, words[4:]
    while rest:
        flag = rest.pop(0)
        if flag in ("-p", "--param"):
            k, _, v = rest.pop(0).partition("=")
            params[k] = v
        elif flag in ("-f", "--format", "--limit", "--timeout", "-o", "--out"):
            rest.pop(0)
    return name, params


def _readme_examples() -> list[str]:
    lines = README.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if re.match(r"\s+policykg query out/graph\.ttl \w", ln)]


@pytest.fixture(scope="module")
def seed(seed_graph_path):
    return open_graph(seed_graph_path)


@pytest.mark.parametrize("name", sorted(all_queries()))
def test_every_header_example_returns_rows(seed, name):
    q, params = _parse(all_queries()[name].example)
    assert q == name
    assert seed.named(q, **params), all_queries()[name].example


@pytest.mark.parametrize("example", _readme_examples())
def test_every_readme_query_example_returns_rows(seed, example):
    name, params = _parse(example)
    assert seed.named(name, **params), example


def test_the_headline_examples_hold(seed):
    drivers = {(str(r["causeLabel"]), str(r["relation"]).rsplit("#", 1)[-1])
               for r in seed.named("drivers", x="新质生产力")}
    assert ("智慧城市建设", "supports") in drivers
    parts = {str(r["childLabel"]) for r in seed.named("taxonomy", x="三链融合")}
    assert {"产业链", "供应链", "创新链"} <= parts
    years = {str(r[k])[:4] for r in seed.named("timeline") for k in r if k == "year"}
    assert {"2014", "2016", "2022"} <= years
