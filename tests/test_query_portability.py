"""The named queries are standard SPARQL 1.1: rdflib's parser reads each file as it is, and
rdflib and pyoxigraph give the same rows on the bundled article's graph."""
from __future__ import annotations

import re

import pytest

from policykg.graph.catalog import all_queries, parse_param_args
from policykg.graph.query import open_graph

NAMES = sorted(all_queries())
#: Where the header's example finds nothing in the bundled article.
PARAMS = {"evidence": {"x": "智慧城市建设", "y": "新质生产力"},
          "paths": {"y": "新质生产力", "n": "2"}}


def _example_params(name: str) -> dict[str, str]:
    example = all_queries()[name].example
    return parse_param_args(re.findall(r"--param\s+(\S+)", example))


@pytest.fixture(scope="module")
def engines(seed_build):
    return {e: open_graph(seed_build.graph_path, e) for e in ("oxigraph", "rdflib")}


@pytest.mark.parametrize("name", NAMES)
def test_rdflib_parses_the_file_unchanged(name):
    from rdflib.plugins.sparql import prepareQuery
    text = all_queries()[name].text
    assert not re.search(r"\bLATERAL\b", re.sub(r"#[^\n]*", "", text), re.I)
    prepareQuery(text)                   # no predeclared prefixes, no rewriting


@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_both_engines(engines, name):
    params = PARAMS.get(name) or _example_params(name)
    ox = engines["oxigraph"].run(name, params)
    rl = engines["rdflib"].run(name, params)
    assert ox.vars == rl.vars
    assert ox.rows == rl.rows
    assert len(ox) > 0, f"{name} {params}: no rows on the bundled article"
