"""Building many documents: one graph, one pk:Document per file, named graphs, bad files."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import defaultdict
from io import StringIO

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from policykg.cli.main import main
from policykg.extract.lexicon import load_lexicon
from policykg.extract.resources import Resources
from policykg.graph.build import build
from policykg.graph.namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS, document_iri
from policykg.graph.progress import Progress
from policykg.graph.rdf import add_extraction, to_graph

RES = Resources()   # the package's tables, read once for this module


@pytest.fixture(scope="module")
def multi(corpus_dir, tmp_path_factory):
    """The shared corpus built once with Turtle, TriG and N-Quads output."""
    out = tmp_path_factory.mktemp("multi")
    return build([corpus_dir], out, formats=("trig", "nq"), html=False, validate=False)


@pytest.fixture(scope="module")
def multi_graph(multi):
    return Graph().parse(multi.graph_path, format="turtle")


def test_one_document_node_per_file(multi, multi_graph, corpus_dir):
    files = sorted(corpus_dir.glob("*.txt"))
    docs = set(multi_graph.subjects(RDF.type, PK.Document))
    assert docs == {document_iri(f.stem) for f in files}
    for f in files:
        d = document_iri(f.stem)
        assert str(multi_graph.value(d, DCTERMS.source)) == f.name
        assert multi_graph.value(d, DCTERMS.title) is not None
    # the structure stage found an issuer and a date in at least one corpus document, and
    # the graph carries them as the contract says
    stated = [ex.document for ex in multi.extractions if ex.document.date]
    assert stated
    for doc in stated:
        d = document_iri(doc.doc_id)
        assert str(multi_graph.value(d, DCTERMS.date)) == doc.date
        if doc.issuer:
            assert str(multi_graph.value(d, DCTERMS.publisher)) == doc.issuer


def _claim_docs(g: Graph) -> dict[URIRef, set[URIRef]]:
    """Concept -> the documents whose claims link it."""
    out = defaultdict(set)
    for claim in g.subjects(RDF.type, PK.Claim):
        sentence = g.value(claim, PROV.wasDerivedFrom)
        doc = g.value(sentence, NIF.referenceContext)
        for p in (RDF.subject, RDF.object):
            out[g.value(claim, p)].add(doc)
    return out


def test_concepts_shared_across_documents_are_one_node(multi, multi_graph):
    by_concept = _claim_docs(multi_graph)
    shared = {c for c, docs in by_concept.items() if len(docs) >= 2}
    assert shared, "the corpus documents share no concept"
    for c in shared:
        assert len(set(multi_graph.objects(c, SKOS.prefLabel))) == 1
    # and the merged graph is the graph of all extractions together, on disk and in memory
    expected = to_graph(multi.extractions)
    assert isomorphic(multi_graph, expected)
    assert isomorphic(multi.graph, expected) and len(multi.merged) == len(expected)


def test_every_claim_keeps_its_document(multi, multi_graph):
    per_doc = {str(document_iri(ex.document.doc_id)): len(ex.claims) for ex in multi.extractions}
    counted = defaultdict(int)
    for claim in multi_graph.subjects(RDF.type, PK.Claim):
        sentence = multi_graph.value(claim, PROV.wasDerivedFrom)
        doc = str(multi_graph.value(sentence, NIF.referenceContext))
        assert str(claim).startswith(doc + "/claim/")
        counted[doc] += 1
    assert counted == {d: n for d, n in per_doc.items() if n}


def test_named_graph_per_document(multi, multi_graph):
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        ds = Dataset()
        ds.parse(multi.graph_path.parent / name, format=fmt)
        named = {g.identifier: g for g in ds.graphs() if g.identifier != ds.default_graph.identifier}
        assert set(named) == {document_iri(ex.document.doc_id) for ex in multi.extractions}
        ranks = []
        for ex in multi.extractions:
            g = Graph()
            g += named[document_iri(ex.document.doc_id)]
            own = sorted(g.subject_objects(PK.timelineRank))   # over the whole build
            assert sorted(e for e, _ in own) == sorted(g.subjects(RDF.type, PK.PolicyEvent))
            ranks += [int(r) for _, r in own]
            g.remove((None, PK.timelineRank, None))
            assert isomorphic(g, _doc_graph(ex))
        assert sorted(ranks) == list(range(1, len(ranks) + 1))
        union = Graph()
        for g in ds.graphs():
            for t in g:
                union.add(t)
        assert isomorphic(union, multi_graph)


def _doc_graph(ex) -> Graph:
    """What one document says: the triples `add_extraction` gives for it alone."""
    g = Graph()
    add_extraction(g, ex, RES)
    return g


def test_output_is_byte_identical_across_runs_and_hash_seeds(corpus_dir, tmp_path):
    docs = [corpus_dir / "seed_smart_city_nqpf.txt", corpus_dir / "guidance_2022_beijing_data_zones.txt"]
    outs = []
    for seed in ("0", "4242"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "policykg.cli.main", "build", *map(str, docs),
                        "-o", str(out), "--no-html", "--no-validate", "--format", "trig"],
                       env=env, check=True, capture_output=True, timeout=300)
        outs.append(((out / "graph.ttl").read_bytes(), (out / "graph.trig").read_bytes()))
    assert outs[0] == outs[1]


def test_graph_does_not_depend_on_the_segmenter_engine(corpus_dir, tmp_path):
    pytest.importorskip("rjieba")
    docs = [corpus_dir / "seed_smart_city_nqpf.txt", corpus_dir / "guidance_2022_beijing_data_zones.txt"]
    outs = {}
    for engine in ("jieba", "rjieba"):
        out = tmp_path / engine
        env = dict(os.environ, POLICYKG_SEGMENTER=engine)
        subprocess.run([sys.executable, "-m", "policykg.cli.main", "build", *map(str, docs),
                        "-o", str(out), "--no-html", "--no-validate"],
                       env=env, check=True, capture_output=True, timeout=300)
        outs[engine] = (out / "graph.ttl").read_bytes()
    assert outs["jieba"] == outs["rjieba"]


def test_segmenter_engines_give_identical_tokens(corpus_dir):
    pytest.importorskip("rjieba")
    from policykg.extract.reading import read_text
    from policykg.extract.segment import Segmenter
    jieba_seg, rjieba_seg = Segmenter("jieba"), Segmenter("rjieba")
    assert (jieba_seg.engine, rjieba_seg.engine) == ("jieba", "rjieba")
    for f in sorted(corpus_dir.glob("*.txt")):
        for line in read_text(f)[0].splitlines():
            assert jieba_seg.segment(line, 5) == rjieba_seg.segment(line, 5), line
            assert jieba_seg.tagged(line) == rjieba_seg.tagged(line), line


def test_unknown_segmenter_engine_is_one_error_line(seed_path, tmp_path):
    env = dict(os.environ, POLICYKG_SEGMENTER="hmm")
    r = subprocess.run([sys.executable, "-m", "policykg.cli.main", "build", str(seed_path),
                        "-o", str(tmp_path / "o")], env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == ("Error: unknown segmenter engine 'hmm' (hint: set "
                                         "POLICYKG_SEGMENTER to one of auto, jieba, rjieba)")
    assert not (tmp_path / "o").exists()


# --- bad files inside a directory --------------------------------------------------------

@pytest.fixture()
def mixed_dir(tmp_path, corpus_dir):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(corpus_dir / "seed_smart_city_nqpf.txt", d / "b_good.txt")
    shutil.copy(corpus_dir / "guidance_2022_beijing_data_zones.txt", d / "d_good.txt")
    (d / "a_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    unreadable = d / "c_unreadable.txt"
    if os.geteuid() == 0:            # root reads any file: use one the kernel refuses to read
        unreadable.symlink_to("/proc/self/mem")
    else:
        unreadable.write_text("政策")
        unreadable.chmod(0)
    return d


def test_bad_files_in_a_directory_are_skipped_with_a_warning(mixed_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(mixed_dir), "-o", str(out), "--no-html"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"warning: {mixed_dir / 'a_binary.txt'}: binary file (NUL bytes), not text; skipped",
        f"warning: {mixed_dir / 'c_unreadable.txt'}: cannot be read "
        f"({os.strerror(5) if os.geteuid() == 0 else os.strerror(13)}); skipped",
        "skipped 2 of 4 files (use --strict to stop at the first)",
    ]
    assert "documents 2," in captured.out
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert set(g.subjects(RDF.type, PK.Document)) == {document_iri("b_good"),
                                                      document_iri("d_good")}


def test_strict_stops_at_the_first_bad_file(mixed_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(mixed_dir), "-o", str(out), "--strict"]) == 2
    err = capsys.readouterr().err
    assert err == (f"Error: {mixed_dir / 'a_binary.txt'}: binary file (NUL bytes), not text "
                   "(hint: give a UTF-8 or GB18030 text file)\n")
    assert not out.exists()


def test_bad_file_named_directly_stops_the_build(mixed_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(mixed_dir / "b_good.txt"), str(mixed_dir / "a_binary.txt"),
                 "-o", str(out)]) == 2
    assert capsys.readouterr().err.startswith(f"Error: {mixed_dir / 'a_binary.txt'}: binary")
    assert not out.exists()


def test_a_directory_of_only_bad_files_is_an_error(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x.txt").write_bytes(b"\x00\x01binary")
    assert main(["build", str(d), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"Error: no document could be read (1 skipped; first: {d / 'x.txt'}: binary file "
        "(NUL bytes), not text) (hint: give UTF-8 or GB18030 text files)\n")
    assert not (tmp_path / "out").exists()


def test_build_is_quiet_on_stderr_when_not_a_terminal(seed_path, tmp_path, capsys):
    assert main(["build", str(seed_path), "-o", str(tmp_path / "o"), "--no-html"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_counts_documents_and_rate():
    stream = StringIO()
    bar = Progress(2, enabled=True, stream=stream)
    bar.advance(1, 1000)
    bar.advance(1, 3000)
    bar.close()
    text = stream.getvalue()
    assert text.endswith("\n") and "\r[" in text
    last = text.rstrip("\n").split("\r")[-1]
    assert last.startswith("[" + "#" * 30 + "] 2/2 documents, ")
    assert last.rstrip().endswith("chars/s")
    silent = StringIO()
    quiet = Progress(2, enabled=False, stream=silent)
    quiet.advance(2, 10)
    quiet.close()
    assert silent.getvalue() == ""
