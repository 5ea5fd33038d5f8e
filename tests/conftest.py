"""Shared fixtures: the shared corpus, the bundled article and one build of it per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """The shared corpus's own texts (its top folder), copied: the build reads folders
    recursively, and corpus/dev/ holds the texts of our held-out development golds, which the
    suite must not read."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    import shutil
    out = tmp_path_factory.mktemp("corpus")
    for f in sorted(CORPUS.iterdir()):
        if f.is_file():
            shutil.copy2(f, out / f.name)
    return out


@pytest.fixture(scope="session")
def seed_path() -> Path:
    from policykg.graph.build import default_input
    return default_input()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """BuildResult of `policykg build` on the bundled article (built once per session)."""
    from policykg.graph.build import build
    return build([], tmp_path_factory.mktemp("seed_build"))


@pytest.fixture(scope="session")
def seed_graph_path(seed_build) -> Path:
    return seed_build.graph_path


@pytest.fixture(scope="session")
def corpus_build(corpus_dir, tmp_path_factory):
    """BuildResult of `policykg build` on the whole shared corpus, no HTML (once per session)."""
    from policykg.graph.build import build
    return build([corpus_dir], tmp_path_factory.mktemp("corpus_build"), html=False)


@pytest.fixture(scope="session")
def corpus_graph(corpus_build):
    """The corpus build's graph.ttl as an rdflib Graph (graph/loading.py)."""
    from policykg.graph.loading import load_graph
    return load_graph(corpus_build.graph_path)


@pytest.fixture(scope="session")
def seed_trig(seed_build, tmp_path_factory) -> Path:
    """The bundled article's build as TriG: the document's named graph and the default one."""
    path = tmp_path_factory.mktemp("trig") / "graph.trig"
    path.write_text("".join(seed_build.merged.chunks("trig")), encoding="utf-8")
    return path
