"""The HTML page in Debian's headless Chromium (real browser over the DevTools pipe, offline).

The window is 1600x1000. Set POLICYKG_SCREENSHOTS=DIR to keep the screenshots and the
legibility figures (legibility.txt); otherwise they go to pytest's tmp dir.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from policykg.viz import VizOptions, render_file, render_graph
from policykg.viz.browser import CHROMIUM, Chromium
from policykg.viz.legibility import measure
from test_viz import ENUMERATION, SENTENCES, embedded_data, make_graph

pytestmark = pytest.mark.skipif(
    not shutil.which(os.environ.get("POLICYKG_CHROMIUM", CHROMIUM)),
    reason="Chromium not installed (apt-get install chromium fonts-noto-cjk)")

READY = "window.pkViz && pkViz.ready && pkViz.stable"


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


def open_page(browser: Chromium, path: Path, timeout: float = 15.0) -> tuple[str, float]:
    """Load the page, wait until the network has drawn and settled; return (url, seconds)."""
    url = browser.open(path)
    seconds = browser.wait_for(READY, timeout=timeout)
    browser.drain(0.3)
    return url, seconds


def js(browser: Chromium, expr: str):
    return json.loads(browser.evaluate(f"JSON.stringify({expr})"))


def out_folder(tmp_path: Path) -> Path:
    return Path(os.environ.get("POLICYKG_SCREENSHOTS") or tmp_path)


def screenshot(browser: Chromium, tmp_path: Path, name: str) -> Path:
    folder = out_folder(tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    png = browser.screenshot(folder / name)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    return png


def painted_pixels(browser: Chromium) -> int:
    """Non-blank pixels on the network canvas: proof that vis-network drew something."""
    return browser.evaluate("""(() => {
        const c = document.querySelector('#pk-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; }
        return n; })()""")


def cjk_glyphs_differ(browser: Chromium) -> bool:
    """Two CJK characters drawn in the page font differ from each other and from a
    private-use character: without a CJK font all three would be the same missing-glyph box."""
    return browser.evaluate("""(() => {
        const font = '32px ' + getComputedStyle(document.body).fontFamily;
        const px = ch => { const c = document.createElement('canvas'); c.width = c.height = 40;
            const x = c.getContext('2d'); x.font = font; x.fillText(ch, 2, 34);
            return Array.from(x.getImageData(0, 0, 40, 40).data).join(','); };
        const a = px('智'), b = px('慧'), box = px('\\uE000');
        return a !== b && a !== box && b !== box; })()""")


def test_seed_page_matches_its_data_offline(browser, seed_build, tmp_path):
    page = render_graph(seed_build.graph, tmp_path / "seed.html").path
    data = embedded_data(page)
    url, seconds = open_page(browser, page)
    shown = [len(data["nodes"]), len(data["edges"])]
    assert shown[0] > 0
    assert js(browser, "[pkViz.nodes.length, pkViz.edges.length]") == shown
    assert js(browser, "pkViz.visibleCounts()") == {"nodes": shown[0], "edges": shown[1]}
    positions = js(browser, "pkViz.network.getPositions()")
    assert {k: [round(v["x"]), round(v["y"])] for k, v in positions.items()} == \
        {n["id"]: [n["x"], n["y"]] for n in data["nodes"]}          # no physics moved them
    assert painted_pixels(browser) > 500
    assert cjk_glyphs_differ(browser)
    assert browser.log.errors == []
    assert browser.log.outside_requests(url) == []
    assert seconds < 15
    screenshot(browser, tmp_path, "seed.png")


def legible(browser: Chromium, tmp_path: Path, name: str):
    """Measure the drawing as it is now, record the figures, save a screenshot."""
    fig = measure(browser)
    with open(out_folder(tmp_path) / "legibility.txt", "a", encoding="utf-8") as fh:
        fh.write(f"{name}: {fig.line()}\n")
    screenshot(browser, tmp_path, f"{name}.png")
    return fig


@pytest.mark.parametrize("build", ["seed_build", "corpus_build"])
def test_overview_is_legible_at_first_sight(browser, request, tmp_path, build):
    """At the initial fit in a 1600x1000 window: labels of 12 px or more, 90% overlap none."""
    result = request.getfixturevalue(build)
    page = render_file(result.graph_path, tmp_path / f"{build}.html").path
    url, _ = open_page(browser, page)
    views = js(browser, "pkViz.views")
    assert len(views) == (1 if build == "seed_build" else 1 + len(result.extractions))
    name = build.replace("_build", "")
    for key in views:
        assert browser.evaluate(f"pkViz.setDocument({json.dumps(key)})") is True
        browser.drain(0.2)
        fig = legible(browser, tmp_path, f"{name}-{Path(key).stem or 'overview'}")
        assert fig.labels >= 20, (key, fig.line())
        assert fig.min_px >= 12, (key, fig.line())
        assert fig.free_share >= 0.9, (key, fig.line())
        assert fig.outside == 0, (key, fig.line())
        heads = js(browser, "pkViz.nodes.get().map(n => n.pk_label)")
        assert "领域" not in heads and "方面" not in heads
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []


def test_document_filter_and_timeline(browser, tmp_path):
    ev = [("2014", "国家发展改革委", "关于促进智慧城市健康发展的指导意见", "s1"),
          ("2016", "国务院", "“十三五”国家信息化规划", "s1"),
          ("2020", "国务院", "某规划", "s2")]
    sents = {"s1": "2014年国家发展改革委印发《关于促进智慧城市健康发展的指导意见》，"
                   "2016年国务院印发《“十三五”国家信息化规划》。", **{k: SENTENCES[k] for k in
                                                                ("s2", "s3", "s5")}}
    g = make_graph(claims=[c for c in ENUMERATION if c[3][0] in sents], sentences=sents,
                   events=ev, doc_id="a", doc_source="a.txt", doc_title="甲")
    g += make_graph(events=ev[2:], doc_id="b", doc_source="b.txt", doc_title="乙")
    page = render_graph(g, tmp_path / "docs.html").path
    url, _ = open_page(browser, page)
    options = browser.evaluate("Array.from(document.querySelectorAll('#pk-doc option'))"
                               ".map(o => o.textContent).join('|')")
    assert options.startswith("全部文档 All documents (") and "|甲 (" in options and "|乙 (" in options
    assert browser.evaluate("document.getElementById('pk-doc-label').hidden") is False
    timeline = browser.evaluate("document.getElementById('pk-timeline').innerText")
    assert timeline.count(sents["s1"][:30]) == 1             # the shared sentence once in full
    assert "same sentence as 2014 above" in timeline
    assert js(browser, "pkViz.setDocument('b.txt')") is True
    labels = js(browser, "pkViz.nodes.get().map(n => n.pk_label).sort()")
    assert "智慧城市" in labels and "领域" not in labels and "云计算" not in labels
    timeline = browser.evaluate("document.getElementById('pk-timeline').innerText")
    assert "2014" not in timeline and "2020" in timeline
    browser.evaluate("const d = document.getElementById('pk-doc'); d.value = '0';"
                     "d.dispatchEvent(new Event('change')); 1")
    assert js(browser, "pkViz.view()") == "" and "2014" in browser.evaluate(
        "document.getElementById('pk-timeline').innerText")
    heads = browser.evaluate("Array.from(document.querySelectorAll('#pk-obs th'))"
                             ".map(t => t.textContent).join('|')")
    assert heads == "指标 Indicator|数值 Value (年份 year)|句子 Sentence"
    side = browser.evaluate("document.getElementById('pk-overview').innerText")
    assert "社群 Communities" in side and "泛化词 Generic heads, left out (1)" in side
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []
    screenshot(browser, tmp_path, "documents.png")


HOSTILE = {
    "label": "<script>window.pwned='label'</script>",
    "object": "<img src=x onerror=\"window.pwned='object'\">",
    "sentence": "</script><script>window.pwned='sentence'</script><img src=y onerror=window.pwned=1>",
    "actor": "<img src=z onerror=\"window.pwned='actor'\">",
    "policy": "<svg onload=\"window.pwned='policy'\">",
    "doc": "<iframe src=\"javascript:window.pwned='doc'\"></iframe>",
    "title": "<script>window.pwned='title'</script>",
}


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    g = make_graph(claims=[(HOSTILE["label"], "drives", HOSTILE["object"], ["s1"]),
                           ("数字经济", "supports", HOSTILE["label"], ["s1"])],
                   sentences={"s1": HOSTILE["sentence"]},
                   events=[("2020", HOSTILE["actor"], HOSTILE["policy"], "s1")],
                   aliases={HOSTILE["label"]: ["<b onmouseover=window.pwned=2>x</b>"]},
                   doc_title=HOSTILE["doc"])
    page = render_graph(g, tmp_path / "xss.html", VizOptions(title=HOSTILE["title"])).path
    url, _ = open_page(browser, page)
    # open every detail view, run a search, hover a node so its tooltip shows
    browser.evaluate("pkViz.nodes.getIds().forEach(pkViz.showNode);"
                     "pkViz.edges.getIds().forEach(pkViz.showEdge);"
                     "const s = document.getElementById('pk-search'); s.value = '<';"
                     "s.dispatchEvent(new Event('input')); 1")
    node = js(browser, "pkViz.nodes.get({filter: n => n.label.startsWith('<script')})[0].id")
    x, y = node_xy(browser, node)
    browser.mouse("move", x, y)
    browser.wait_for("document.querySelector('div.vis-tooltip') && "
                     "document.querySelector('div.vis-tooltip').style.visibility === 'visible'", 5)
    browser.drain(0.3)
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('#pk-details img, #pk-timeline img, "
                            "iframe, svg[onload], b[onmouseover]').length") == 0
    body = browser.evaluate("document.body.innerText")
    for key in ("label", "object", "sentence", "actor", "policy", "title"):
        assert HOSTILE[key] in body, key
    assert HOSTILE["label"] in browser.evaluate("document.querySelector('div.vis-tooltip').innerText")
    assert browser.evaluate("document.title") == HOSTILE["title"]
    assert browser.log.errors == []
    assert browser.log.outside_requests(url) == []
    screenshot(browser, tmp_path, "xss.png")


def node_xy(browser: Chromium, node_id: str) -> tuple[float, float]:
    """Viewport coordinates of a node's centre."""
    return tuple(js(browser, f"""(() => {{
        const p = pkViz.network.canvasToDOM(pkViz.network.getPositions(['{node_id}'])['{node_id}']);
        const r = document.getElementById('pk-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }})()"""))


def test_hover_and_click_show_evidence(browser, tmp_path):
    page = render_graph(make_graph(), tmp_path / "small.html").path
    url, _ = open_page(browser, page)
    edge, a, b = js(browser, "pkViz.edges.get({filter: e => e.pk_rel === 'drives'})"
                             ".map(e => [e.id, e.from, e.to])")[0]
    (x1, y1), (x2, y2) = node_xy(browser, a), node_xy(browser, b)
    # the point of the edge farthest from every other (straight) edge
    others = [(node_xy(browser, f), node_xy(browser, t)) for f, t in js(
        browser, f"pkViz.edges.get({{filter: e => e.id !== '{edge}' && !e.smooth}})"
                 ".map(e => [e.from, e.to])")]

    def gap(t: float) -> float:
        px, py = x1 + t * (x2 - x1), y1 + t * (y2 - y1)

        def dist(seg):
            (ax, ay), (bx, by) = seg
            dx, dy = bx - ax, by - ay
            u = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
            return ((px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2) ** 0.5
        return min(map(dist, others), default=1e9)
    t = max((k / 20 for k in range(4, 17)), key=gap)
    x, y = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
    browser.mouse("move", x, y)
    browser.wait_for("(document.querySelector('div.vis-tooltip') || {}).innerText", 5)
    tip = browser.evaluate("document.querySelector('div.vis-tooltip').innerText")
    assert "人工智能 → 数字经济" in tip and "drives" in tip and "推动" in tip
    assert SENTENCES["s1"] in tip and "测试文件" in tip
    browser.mouse("click", x, y)
    details = browser.evaluate("document.getElementById('pk-details').innerText")
    assert "驱动 drives" in details and "2 supporting sentence(s), 2 claim(s)" in details
    assert SENTENCES["s1"] in details and SENTENCES["s2"] in details
    browser.mouse("click", x1, y1)
    details = browser.evaluate("document.getElementById('pk-details').innerText")
    assert details.startswith("← 概览 Overview\n人工智能\n") and "3 claims" in details
    assert "别名 aliases: AI" in details
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []


def test_relation_filter_search_and_focus_in_page(browser, tmp_path):
    page = render_graph(make_graph(), tmp_path / "small.html").path
    url, _ = open_page(browser, page)
    counts = "pkViz.visibleCounts()"
    assert js(browser, counts) == {"nodes": 6, "edges": 6}     # 大数据 -> 新兴技术 is listed
    browser.evaluate("document.getElementById('pk-rel-supports').click(); 1")   # untick
    assert js(browser, counts) == {"nodes": 4, "edges": 3}
    browser.evaluate("pkViz.reset(); 1")
    assert js(browser, counts) == {"nodes": 6, "edges": 6}
    # search by alias, pick the hit, focus to depth 1 with the page's own controls
    browser.evaluate("const s = document.getElementById('pk-search'); s.value = 'AI';"
                     "s.dispatchEvent(new Event('input')); 1")
    assert browser.evaluate("document.getElementById('pk-results').innerText").strip() == "人工智能"
    browser.evaluate("document.querySelector('#pk-results button').click();"
                     "document.getElementById('pk-depth').value = '1';"
                     "document.getElementById('pk-focus').click(); 1")
    assert js(browser, counts) == {"nodes": 3, "edges": 2}
    assert "人工智能 (depth 1)" in browser.evaluate("document.getElementById('pk-focus-state').innerText")
    assert browser.evaluate("pkViz.focus('AI', 2)") is True
    assert js(browser, counts) == {"nodes": 5, "edges": 4}
    assert js(browser, "pkViz.search('基建').map(id => pkViz.nodes.get(id).label)") == ["新型基础设施"]
    timeline = browser.evaluate("document.getElementById('pk-timeline').innerText")
    assert timeline.index("2014") < timeline.index("2022") < timeline.index("年份不详")
    assert "国家发展改革委" in timeline and "《关于促进智慧城市健康发展的指导意见》" in timeline
    screenshot(browser, tmp_path, "small_focus.png")
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []


def test_empty_graph_page_says_empty(browser, tmp_path):
    empty = make_graph(claims=[], sentences={}, events=[])
    page = render_graph(empty, tmp_path / "empty.html").path
    url, _ = open_page(browser, page)
    assert browser.evaluate("document.getElementById('pk-network').hidden") is True
    text = browser.evaluate("document.getElementById('pk-empty').innerText")
    assert text.startswith("图谱为空 — the graph is empty")
    assert browser.evaluate("document.getElementById('pk-empty').offsetHeight") > 0
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []


@pytest.mark.parametrize("n, max_nodes", [(120, 0), (1500, 400), (1500, -1)])
def test_larger_pages_draw_quickly(browser, tmp_path, n, max_nodes):
    claims = [(f"概念{i}", ("drives", "supports", "improves")[i % 3], f"概念{(i * 7 + 3) % n}",
               ["s1"]) for i in range(n)]
    claims += [(f"概念{i}", "hasPart", f"概念{(i * 13 + 5) % n}", ["s2"]) for i in range(0, n, 2)]
    page = render_graph(make_graph(claims=claims, events=[]), tmp_path / "big.html",
                        VizOptions(max_nodes=max_nodes)).path
    data = embedded_data(page)
    assert data["physics"] is False
    if max_nodes >= 0:
        assert len(data["nodes"]) == min(n, max_nodes or n)
    else:
        assert 60 <= len(data["nodes"]) <= 90
    assert bool(data["message"]) is bool(n > len(data["nodes"]))
    url, seconds = open_page(browser, page, timeout=15)
    assert seconds < 15
    assert js(browser, "pkViz.visibleCounts()")["nodes"] == len(data["nodes"])
    assert browser.evaluate("document.getElementById('pk-message').hidden") is (not data["message"])
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []
    screenshot(browser, tmp_path, f"big_{n}_{max_nodes}.png")
