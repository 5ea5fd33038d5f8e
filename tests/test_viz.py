"""policykg.viz without a browser: view model, selection, page data, HTML, CLI errors."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from policykg.cli.main import main
from policykg.graph.namespaces import DCTERMS, NIF, PK, PROV, RDF, SKOS, XSD, concept_iri
from policykg.ontology import generic_heads
from policykg.viz import VizOptions, render_file, render_graph
from policykg.viz.model import read_view
from policykg.viz.page import vis_assets
from policykg.viz.select import UnknownConceptError, find_concept, parse_relations, select

D = "https://w3id.org/policykg/id/doc/"

#: A small hand-made graph: (subject, relation, object, [sentence keys]) per claim.
CLAIMS = [
    ("人工智能", "drives", "数字经济", ["s1", "s2"]),
    ("人工智能", "drives", "数字经济", ["s2"]),
    ("数字经济", "supports", "高质量发展", ["s3"]),
    ("数据要素", "supports", "人工智能", ["s3"]),
    ("智慧城市", "improves", "数字经济", ["s4"]),
    ("新型基础设施", "supports", "智慧城市", ["s4"]),
    ("智慧城市", "hasPart", "新型基础设施", ["s5"]),
    ("大数据", "broader", "新兴技术", ["s5"]),
]
CATEGORIES = {"人工智能": "technology", "数字经济": "economy", "高质量发展": "economy",
              "数据要素": "data", "智慧城市": "infrastructure", "新型基础设施": "infrastructure"}
ALIASES = {"人工智能": ["AI"], "新型基础设施": ["新基建"]}
SENTENCES = {
    "s1": "人工智能推动数字经济发展。", "s2": "以人工智能推动数字经济。",
    "s3": "数据要素支撑人工智能,数字经济支撑高质量发展。", "s4": "新型基础设施支撑智慧城市,智慧城市提升数字经济。",
    "s5": "智慧城市包括新型基础设施;大数据等新兴技术。",
}
EVENTS = [("2022", "国家信息中心", "新型智慧城市评价指标", "s4"),
          ("2014", "国家发展改革委", "关于促进智慧城市健康发展的指导意见", "s1"),
          (None, "", "某规划", "s5")]
REL = {"broader": SKOS.broader}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def make_graph(claims=CLAIMS, sentences=SENTENCES, events=EVENTS, categories=CATEGORIES,
               aliases=ALIASES, doc_title="测试文件", doc_source="test.txt", doc_id="t") -> Graph:
    """A contract-shaped graph built by hand (no extractor involved)."""
    g = Graph()
    doc = URIRef(D + doc_id)
    g.add((doc, RDF.type, PK.Document))
    g.add((doc, DCTERMS.title, zh(doc_title)))
    g.add((doc, DCTERMS.source, Literal(doc_source)))
    pos, sent_iri = 0, {}
    for key, text in sentences.items():
        s = sent_iri[key] = URIRef(f"{D}{doc_id}#char={pos},{pos + len(text)}")
        g.add((s, RDF.type, NIF.Sentence))
        g.add((s, NIF.anchorOf, zh(text)))
        g.add((s, NIF.beginIndex, Literal(pos, datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.endIndex, Literal(pos + len(text), datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.referenceContext, doc))
        pos += len(text)
    for n, (subj, rel, obj, keys) in enumerate(claims, 1):
        c = URIRef(f"{D}{doc_id}/claim/{n}")
        pred = REL.get(rel, PK[rel])
        si, oi = concept_iri(subj), concept_iri(obj)
        for iri, label in ((si, subj), (oi, obj)):
            g.add((iri, RDF.type, SKOS.Concept))
            g.add((iri, SKOS.prefLabel, zh(label)))
            for a in aliases.get(label, ()):
                g.add((iri, SKOS.altLabel, zh(a)))
            if label in categories:
                g.add((iri, PK.category, Literal(categories[label])))
        for p, o in ((RDF.type, PK.Claim), (RDF.type, RDF.Statement), (RDF.subject, si),
                     (RDF.predicate, pred), (RDF.object, oi), (PK.cue, zh("推动")),
                     (PK.subjectText, zh(subj)), (PK.objectText, zh(obj))):
            g.add((c, p, o))
        for k in keys:
            g.add((c, PROV.wasDerivedFrom, sent_iri[k]))
        g.add((si, pred, oi))
    for n, (year, actor, title, key) in enumerate(events, 1):
        e = URIRef(f"{D}{doc_id}/event/{n}")
        g.add((e, RDF.type, PK.PolicyEvent))
        if year:
            g.add((e, PK.year, Literal(year, datatype=XSD.gYear)))
        if actor:
            a = URIRef(f"https://w3id.org/policykg/id/actor/{n}")
            g.add((a, SKOS.prefLabel, zh(actor)))
            g.add((e, PK.actor, a))
        p = URIRef(f"https://w3id.org/policykg/id/policy/{n}")
        g.add((p, DCTERMS.title, zh(title)))
        g.add((e, PK.document, p))
        g.add((e, PK.eventKind, Literal("document")))
        g.add((e, PROV.wasDerivedFrom, sent_iri[key]))
    return g


@pytest.fixture()
def small_ttl(tmp_path) -> Path:
    path = tmp_path / "small.ttl"
    make_graph().serialize(path, format="turtle", encoding="utf-8")
    return path


def embedded_data(html_path: Path) -> dict:
    """The page's JSON payload, as the page script reads it."""
    text = html_path.read_text(encoding="utf-8")
    m = re.search(r'<script id="pk-data" type="application/json">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def graph_counts(graph: Graph) -> tuple[int, int]:
    """(concepts, links) straight from the graph: claim ends, and distinct (s, p, o) of claims."""
    rows = list(graph.query("""
        PREFIX pk: <https://w3id.org/policykg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT DISTINCT ?s ?p ?o WHERE {
          ?c a pk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"""))
    return len({r[0] for r in rows} | {r[2] for r in rows}), len(rows)


# -- view model --------------------------------------------------------------------------------
def test_view_of_seed_matches_graph(seed_build):
    view = read_view(seed_build.graph)
    concepts, links = graph_counts(seed_build.graph)
    assert (len(view.concepts), len(view.links)) == (concepts, links)
    assert len(view.events) == len(list(seed_build.graph.subjects(RDF.type, PK.PolicyEvent)))
    assert all(c.evidence for ln in view.links for c in ln.claims)


def test_view_of_small_graph():
    view = read_view(make_graph())
    assert len(view.concepts) == 8 and len(view.links) == 7
    ai = view.concepts[str(concept_iri("人工智能"))]
    assert (ai.aliases, ai.category) == (("AI",), "technology")
    drives = [ln for ln in view.links if ln.relation == "drives"][0]
    assert len(drives.claims) == 2 and drives.evidence_count == 2
    assert [e.year for e in view.events] == [2014, 2022, None]
    assert view.events[0].actor == "国家发展改革委"
    assert {ln.relation for ln in view.links} == {"drives", "supports", "improves", "hasPart",
                                                   "broader"}


# -- selection ---------------------------------------------------------------------------------
def test_relation_filter_counts():
    view = read_view(make_graph())
    sel = select(view, VizOptions(relations=("supports",)))
    assert (len(sel.concepts), len(sel.links)) == (6, 3)
    sel = select(view, VizOptions(relations=parse_relations("drives, skos:broader")))
    assert (len(sel.concepts), len(sel.links)) == (4, 2)


def test_min_evidence_counts():
    sel = select(read_view(make_graph()), VizOptions(min_evidence=2))
    assert [(c.label) for c in sel.concepts] == ["人工智能", "数字经济"]
    assert len(sel.links) == 1


def test_focus_depth_counts():
    view = read_view(make_graph())
    assert len(select(view, VizOptions(focus="人工智能", depth=0)).concepts) == 1
    one = select(view, VizOptions(focus="人工智能", depth=1))
    assert sorted(c.label for c in one.concepts) == ["人工智能", "数字经济", "数据要素"]
    assert len(one.links) == 2
    two = select(view, VizOptions(focus="AI", depth=2))      # an alias works too
    assert len(two.concepts) == 5 and len(two.links) == 4
    assert two.focus == str(concept_iri("人工智能"))


def test_max_nodes_cap_says_what_was_left_out():
    view = read_view(make_graph())
    sel = select(view, VizOptions(max_nodes=3), "g.ttl")
    assert len(sel.concepts) == 3 and sel.eligible_concepts == 8
    assert [c.label for c in sel.concepts] == sorted(["数字经济", "人工智能", "智慧城市"])
    assert all(ln.subject in {c.iri for c in sel.concepts} for ln in sel.links)
    assert sel.message == (
        "Showing 3 of 8 concepts (most connected first) and 2 of 7 links; listed at the side, "
        "not drawn: 3 less connected concepts, 1 isolated pair. To see more: policykg viz g.ttl "
        "--max-nodes 6, or --focus LABEL --depth N.")
    labels = {c.iri: c.label for c in view.concepts.values()}
    assert [labels[i] for i in sel.left_out] == ["新型基础设施", "数据要素", "高质量发展"]
    assert [(labels[ln.subject], labels[ln.object]) for ln in sel.pairs] == [("大数据", "新兴技术")]
    everything = select(view, VizOptions(max_nodes=0))
    assert len(everything.concepts) == 6 and everything.message.endswith(
        "not drawn: 1 isolated pair. To see more: policykg viz GRAPH --focus LABEL --depth N.")
    assert [c.label for c in select(view, VizOptions(max_nodes=1)).concepts] == ["数字经济"]
    focused = select(view, VizOptions(focus="大数据", depth=3, max_nodes=1))
    assert [c.label for c in focused.concepts] == ["大数据"] and focused.links == ()
    assert focused.pairs == ()            # a focus view draws its pair


def test_a_graph_of_pairs_draws_them():
    sel = select(read_view(make_graph()), VizOptions(relations=("supports",)))
    assert len(sel.concepts) == 6 and len(sel.links) == 3 and sel.pairs == ()


#: An enumeration headed by a generic word: every member is broader than 领域.
ENUMERATION = [(m, "broader", "领域", ["s5"]) for m in ("人工智能", "大数据", "云计算", "区块链")] + [
    ("人工智能", "drives", "数字经济", ["s1"]), ("大数据", "supports", "数字经济", ["s3"]),
    ("数字经济", "improves", "高质量发展", ["s3"])]


def test_generic_heads_table_and_loader():
    from policykg.ontology import data_path, generic_heads
    text = data_path("generic_heads.tsv").read_text(encoding="utf-8")
    assert text.startswith("# ") and "\nword\tnote\n" in text
    heads = generic_heads()
    assert isinstance(heads, frozenset) and {"领域", "方面", "工作", "服务"} <= heads
    assert "公共服务" not in heads and "人工智能" not in heads


def test_generic_heads_are_left_out_unless_asked_or_focused():
    view = read_view(make_graph(claims=ENUMERATION, events=[]))
    head = str(concept_iri("领域"))
    sel = select(view, VizOptions(), "g.ttl")
    assert head not in {c.iri for c in sel.concepts} and sel.generic == (head,)
    assert sorted(c.label for c in sel.concepts) == ["人工智能", "大数据", "数字经济", "高质量发展"]
    assert "1 generic head (领域)" in sel.message and "--generic" in sel.message
    assert head in {c.iri for c in select(view, VizOptions(generic=True)).concepts}
    focused = select(view, VizOptions(focus="领域", depth=1))
    assert len(focused.concepts) == 5 and focused.generic == ()


def test_automatic_cap_is_legible_by_its_own_estimate():
    from policykg.viz.cap import arrangement
    from policykg.viz.labels import FONT_SIZE
    from policykg.viz.layout import fit_scale
    from policykg.viz.select import MIN_LABEL_PX, OVERVIEW_MAX, claim_counts
    # 40 hubs of 5 spokes each, hubs in a ring: 240 concepts in one component
    claims = [(f"中心概念{h}", "drives", f"中心概念{(h + 1) % 40}", ["s1"]) for h in range(40)]
    claims += [(f"中心概念{h}", "supports", f"外围概念{h}号{k}", ["s2"]) for h in range(40)
               for k in range(5)]
    view = read_view(make_graph(claims=claims, events=[]))
    sel = select(view, VizOptions(), "g.ttl")
    assert 20 <= len(sel.concepts) <= OVERVIEW_MAX and sel.left_out
    assert set(sel.positions) == {c.iri for c in sel.concepts}
    drawn = arrangement(list(sel.rank), list(sel.links), view, claim_counts(view))
    assert drawn.overlaps == 0 and FONT_SIZE * fit_scale(drawn.size) >= MIN_LABEL_PX
    hubs = [c for c in sel.concepts if c.label.startswith("中心")]
    assert len(hubs) == 40                              # the best-connected come first


def test_labels_wrap_and_boxes_separate():
    import numpy as np
    from policykg.viz.labels import Box, separate, wrap
    long = "城市实现产业链、供应链和创新链三链融合"
    lines = wrap(long).split("\n")
    assert "".join(lines) == long and len(lines) == 3 and max(map(len, lines)) <= 8
    assert wrap("智慧城市建设") == "智慧城市建设" and wrap("5G+工业互联网") == "5G+工业互联网"
    boxes = [Box(40, 8, 16)] * 4
    xy, left = separate(np.zeros((4, 2)), boxes)
    assert left == 0
    again, _ = separate(np.zeros((4, 2)), boxes)
    assert (xy == again).all()
    x0, x1 = xy[:, 0] - 40, xy[:, 0] + 40
    y0, y1 = xy[:, 1] - 8, xy[:, 1] + 27
    for i in range(4):
        for j in range(i + 1, 4):
            assert min(x1[i], x1[j]) <= max(x0[i], x0[j]) or min(y1[i], y1[j]) <= max(y0[i], y0[j])


def test_unknown_focus_suggests_closest():
    view = read_view(make_graph())
    with pytest.raises(UnknownConceptError) as err:
        find_concept(view, "智慧城")
    assert str(err.value) == "no concept labelled '智慧城'"
    assert err.value.hint.startswith("closest labels: 智慧城市")


# -- page --------------------------------------------------------------------------------------
class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.refs += [f"{tag} {k}={v}" for k, v in attrs if k in ("src", "href", "srcset", "action")]


def test_page_is_self_contained(small_ttl, tmp_path):
    out = render_file(small_ttl, tmp_path / "p.html").path
    text = out.read_text(encoding="utf-8")
    refs = _Refs()
    refs.feed(text)
    assert refs.refs == [] and "link" not in refs.tags and "iframe" not in refs.tags
    vis_js, vis_css = vis_assets()
    assert vis_js in text and vis_css in text                   # vis-network is inlined
    rest = text.replace(vis_js, "").replace(vis_css, "")
    assert set(re.findall(r"https?://[^\s\"'<>)]+", rest)) == {"http://www.w3.org/2000/svg"}
    assert "default-src 'none'" in text          # CSP: the page itself forbids any fetch
    data = embedded_data(out)
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 6
    assert [(p["s"], p["p"], p["o"]) for p in data["pairs"]] == [("大数据", "broader", "新兴技术")]
    assert [e["year"] for e in data["events"]] == [2014, 2022, None]
    assert data["views"] == [] and data["physics"] is False


def test_page_counts_match_seed_graph(seed_build, tmp_path):
    everything = VizOptions(max_nodes=0, generic=True)
    data = embedded_data(render_graph(seed_build.graph, tmp_path / "seed.html", everything).path)
    concepts, links = graph_counts(seed_build.graph)
    in_pairs = {p["s"] for p in data["pairs"]} | {p["o"] for p in data["pairs"]}
    assert len(data["nodes"]) + len(in_pairs) == concepts
    assert len(data["edges"]) + len(data["pairs"]) == links
    default = embedded_data(render_graph(seed_build.graph, tmp_path / "d.html").path)
    assert 40 <= len(default["nodes"]) <= 90 and default["message"].startswith("Showing ")
    pairs = {p["s"] for p in default["pairs"]} | {p["o"] for p in default["pairs"]}
    assert len(default["nodes"]) + len(default["left_out"]) + len(pairs) + \
        len(default["generic"]) == concepts
    assert {n["pk_label"] for n in default["nodes"]}.isdisjoint(generic_heads())


def test_page_has_a_view_per_document(tmp_path):
    g = make_graph(claims=CLAIMS[:4], events=[], doc_id="a", doc_source="a.txt", doc_title="甲")
    g += make_graph(claims=ENUMERATION, events=[], doc_id="b", doc_source="b.txt", doc_title="乙")
    data = embedded_data(render_graph(g, tmp_path / "two.html").path)
    assert [(v["key"], v["label"]) for v in data["views"]] == [("a.txt", "甲"), ("b.txt", "乙")]
    a, b = data["views"]
    assert sorted(n["pk_label"] for n in a["nodes"]) == ["人工智能", "数字经济", "数据要素",
                                                         "高质量发展"]
    assert "领域" not in {n["pk_label"] for n in b["nodes"]} and b["generic"] == [["领域", 4]]
    assert all(n["id"].startswith("d1n") for n in a["nodes"])
    one = embedded_data(render_graph(g, tmp_path / "one.html", VizOptions(document="b.txt")).path)
    assert one["views"] == [] and one["document"] == "b.txt"
    assert {n["pk_label"] for n in one["nodes"]} == {n["pk_label"] for n in b["nodes"]}


def test_edges_carry_relation_style_and_evidence(small_ttl, tmp_path):
    data = embedded_data(render_file(small_ttl, tmp_path / "p.html").path)
    by_rel = {e["pk_rel"]: e for e in data["edges"]}
    assert by_rel["drives"]["pk_n"] == 2 and len(by_rel["drives"]["pk_claims"]) == 2
    assert by_rel["drives"]["width"] > by_rel["supports"]["width"]
    assert by_rel["hasPart"]["dashes"] and by_rel["drives"]["dashes"] is False
    assert by_rel["drives"]["color"] != by_rel["supports"]["color"]
    assert all(e["arrows"] == "to" for e in data["edges"])
    # the two links between 智慧城市 and 新型基础设施 are curved apart
    assert "smooth" in by_rel["hasPart"]
    ai = [n for n in data["nodes"] if n["label"] == "人工智能"][0]
    assert ai["pk_aliases"] == ["AI"] and len(ai["pk_claims"]) == 3
    ev = data["claims"][by_rel["drives"]["pk_claims"][0]]["ev"]
    assert [data["sentences"][i]["t"] for i in ev] == [SENTENCES["s1"], SENTENCES["s2"]]


def test_file_and_in_memory_graph_give_the_same_page(small_ttl, tmp_path):
    from_file = render_file(small_ttl, tmp_path / "a.html").path.read_bytes()
    g = Graph().parse(small_ttl, format="turtle")
    in_memory = render_graph(g, tmp_path / "b.html", graph_name=str(small_ttl)).path.read_bytes()
    assert from_file == in_memory


def test_title_is_escaped_and_printed_once(small_ttl, tmp_path):
    opts = VizOptions(title="<b>政策</b> & 图")
    text = render_file(small_ttl, tmp_path / "p.html", opts).path.read_text(encoding="utf-8")
    assert text.count("&lt;b&gt;政策&lt;/b&gt; &amp; 图") == 2      # <title> and <h1>
    assert text.count("<h1") == 1 and "<b>政策" not in text


def test_hostile_text_stays_inside_the_json(tmp_path):
    bad = "</script><script>window.pwned=1</script>"
    g = make_graph(claims=[(bad, "drives", "数字经济", ["s1"])],
                   sentences={"s1": bad + " <!-- x"}, events=[])
    text = render_graph(g, tmp_path / "x.html").path.read_text(encoding="utf-8")
    assert "window.pwned" in text and bad not in text and "<!-- x" not in text
    assert embedded_data(tmp_path / "x.html")["nodes"][0]["pk_label"] == bad


def test_output_is_deterministic_across_hash_seeds(small_ttl, tmp_path):
    # 4 components of 50 concepts: a view big enough for the pre-computed layout
    rings = [(f"环{r}节{i}", "supports", f"环{r}节{(i * 7 + 1) % 50}", ["s1"])
             for r in range(4) for i in range(50)]
    rings += [(f"环{r}节{i}", "drives", f"环{r}节{(i * 3 + 2) % 50}", ["s2"])
              for r in range(4) for i in range(0, 50, 2)]
    big_ttl = tmp_path / "rings.ttl"
    make_graph(claims=rings, events=[]).serialize(big_ttl, format="turtle", encoding="utf-8")
    for graph in (small_ttl, big_ttl):
        outs = []
        for seed in ("1", "2"):
            out = tmp_path / f"p{seed}.html"
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, "-m", "policykg.cli.main", "viz", str(graph), "-o",
                            str(out)], check=True, env=env, capture_output=True)
            outs.append(out.read_bytes())
        assert outs[0] == outs[1], graph.name
    assert embedded_data(tmp_path / "p1.html")["physics"] is False


def test_empty_graph_page_says_so(tmp_path):
    path = tmp_path / "empty.ttl"          # a document, but no claims, events or figures
    make_graph(claims=[], sentences={}, events=[]).serialize(path, format="turtle")
    result = render_file(path)
    assert result.path == tmp_path / "empty.html" and result.nodes == 0
    data = embedded_data(result.path)
    assert data["nodes"] == [] and data["stats"]["concepts"] == 0


def test_large_view_gets_fixed_positions(tmp_path):
    claims = [(f"概念{i}", "supports", f"概念{(i * 7 + 1) % 400}", ["s1"]) for i in range(400)]
    g = make_graph(claims=claims, events=[])
    data = embedded_data(render_graph(g, tmp_path / "big.html", VizOptions(max_nodes=0)).path)
    assert len(data["nodes"]) == 400 and data["physics"] is False
    assert all("x" in n and n["physics"] is False for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_writes_page_beside_graph(small_ttl, capsys):
    assert main(["viz", str(small_ttl), "--relations", "supports"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [f"wrote {small_ttl.with_suffix('.html')}",
                                    "concepts 6, links 3, events 3"]


def test_cli_focus_and_max_nodes(small_ttl, tmp_path, capsys):
    out = tmp_path / "f.html"
    assert main(["viz", str(small_ttl), "-o", str(out), "--focus", "人工智能", "--depth", "1"]) == 0
    assert len(embedded_data(out)["nodes"]) == 3
    assert main(["viz", str(small_ttl), "-o", str(out), "--max-nodes", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("Showing 2 of 8 concepts")
    assert len(embedded_data(out)["nodes"]) == 2 and embedded_data(out)["message"] == lines[-1]


@pytest.mark.parametrize("args, line", [
    (["--focus", "智慧城"], "Error: no concept labelled '智慧城' (hint: closest labels: 智慧城市)"),
    (["--relations", "drive,supports"],
     "Error: unknown relation 'drive' (hint: did you mean drives? relations: drives, supports, "
     "improves, hinders, mitigates, alignsWith, hasPart, broader)"),
    (["--depth", "-1", "--focus", "AI"], "Error: --depth must be 0 or more"),
])
def test_cli_bad_options(small_ttl, tmp_path, capsys, args, line):
    out = tmp_path / "bad.html"
    assert main(["viz", str(small_ttl), "-o", str(out), *args]) == 2
    assert capsys.readouterr().err.splitlines() == [line]
    assert not out.exists() and list(tmp_path.glob(".bad.html*")) == []


def test_cli_missing_graph(tmp_path, capsys):
    missing = tmp_path / "nope.ttl"
    assert main(["viz", str(missing)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: {missing}: ") and "hint: " in err[0]


@pytest.mark.parametrize("text, problem", [
    ("garbage <<\n", "line 1: not valid RDF: "),
    ("", "holds no RDF triples"),
])
def test_cli_unreadable_graph(tmp_path, capsys, text, problem):
    bad = tmp_path / "bad.ttl"
    bad.write_text(text, encoding="utf-8")
    assert main(["viz", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: {bad}: {problem}")
    assert "(hint: " in err[0] and not (tmp_path / "bad.html").exists()


def test_cli_help_has_example(capsys):
    with pytest.raises(SystemExit):
        main(["viz", "--help"])
    assert "policykg viz out/graph.ttl --focus" in capsys.readouterr().out


def test_build_writes_html_unless_told_not_to(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "a")]) == 0
    assert (tmp_path / "a" / "graph.html").is_file()
    assert f"wrote {tmp_path / 'a' / 'graph.html'}" in capsys.readouterr().out
    assert main(["build", "-o", str(tmp_path / "b"), "--no-html"]) == 0
    assert not (tmp_path / "b" / "graph.html").exists()


def test_csp_allows_exactly_the_pages_scripts_by_hash(small_ttl, tmp_path):
    import base64
    import hashlib
    text = render_file(small_ttl, tmp_path / "p.html").path.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text)[1]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert "'unsafe-inline'" not in directives["script-src"]
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(scripts) == 2                      # vis-network and the page script
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
              for s in scripts]
    assert directives["script-src"].split() == hashes
