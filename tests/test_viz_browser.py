"""The HTML page in Debian's headless Chromium (real browser over the DevTools pipe, offline).

Set POLICYKG_SCREENSHOTS=DIR to keep the screenshots; otherwise they go to pytest's tmp dir.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from policykg.viz import VizOptions, render_graph
from policykg.viz.browser import CHROMIUM, Chromium
from test_viz import SENTENCES, embedded_data, graph_counts, make_graph

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


def screenshot(browser: Chromium, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("POLICYKG_SCREENSHOTS") or tmp_path)
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


def test_seed_page_matches_graph_offline(browser, seed_build, tmp_path):
    page = render_graph(seed_build.graph, tmp_path / "seed.html").path
    url, seconds = open_page(browser, page)
    concepts, links = graph_counts(seed_build.graph)
    assert concepts > 0
    assert js(browser, "[pkViz.nodes.length, pkViz.edges.length]") == [concepts, links]
    assert js(browser, "pkViz.visibleCounts()") == {"nodes": concepts, "edges": links}
    assert js(browser, "Object.keys(pkViz.network.getPositions()).length") == concepts
    assert painted_pixels(browser) > 500
    assert cjk_glyphs_differ(browser)
    assert browser.log.errors == []
    assert browser.log.outside_requests(url) == []
    assert seconds < 15
    screenshot(browser, tmp_path, "seed.png")


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
    ids = js(browser, "pkViz.edges.get({filter: e => e.pk_rel === 'drives'}).map(e => [e.from, e.to])")[0]
    (x1, y1), (x2, y2) = node_xy(browser, ids[0]), node_xy(browser, ids[1])
    browser.evaluate("pkViz.network.setOptions({edges: {smooth: false}}); 1")
    browser.mouse("move", (x1 + x2) / 2, (y1 + y2) / 2)
    browser.wait_for("(document.querySelector('div.vis-tooltip') || {}).innerText", 5)
    tip = browser.evaluate("document.querySelector('div.vis-tooltip').innerText")
    assert "人工智能 → 数字经济" in tip and "drives" in tip and "推动" in tip
    assert SENTENCES["s1"] in tip and "测试文件" in tip
    browser.mouse("click", (x1 + x2) / 2, (y1 + y2) / 2)
    details = browser.evaluate("document.getElementById('pk-details').innerText")
    assert "驱动 drives" in details and "2 supporting sentence(s), 2 claim(s)" in details
    assert SENTENCES["s1"] in details and SENTENCES["s2"] in details
    browser.mouse("click", x1, y1)
    details = browser.evaluate("document.getElementById('pk-details').innerText")
    assert details.startswith("人工智能") and "3 claims" in details and "别名 aliases: AI" in details
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []


def test_relation_filter_search_and_focus_in_page(browser, tmp_path):
    page = render_graph(make_graph(), tmp_path / "small.html").path
    url, _ = open_page(browser, page)
    counts = "pkViz.visibleCounts()"
    assert js(browser, counts) == {"nodes": 8, "edges": 7}
    browser.evaluate("document.getElementById('pk-rel-supports').click(); 1")   # untick
    assert js(browser, counts) == {"nodes": 6, "edges": 4}
    browser.evaluate("pkViz.reset(); 1")
    assert js(browser, counts) == {"nodes": 8, "edges": 7}
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


@pytest.mark.parametrize("n, max_nodes, physics", [(120, 0, True), (1500, 400, False)])
def test_larger_pages_settle_quickly(browser, tmp_path, n, max_nodes, physics):
    claims = [(f"概念{i}", ("drives", "supports", "improves")[i % 3], f"概念{(i * 7 + 3) % n}",
               ["s1"]) for i in range(n)]
    claims += [(f"概念{i}", "hasPart", f"概念{(i * 13 + 5) % n}", ["s2"]) for i in range(0, n, 2)]
    page = render_graph(make_graph(claims=claims, events=[]), tmp_path / "big.html",
                        VizOptions(max_nodes=max_nodes)).path
    data = embedded_data(page)
    assert data["physics"] is physics and len(data["nodes"]) == min(n, max_nodes or n)
    assert bool(data["message"]) is bool(max_nodes and n > max_nodes)
    url, seconds = open_page(browser, page, timeout=15)
    assert seconds < 15
    assert js(browser, "pkViz.visibleCounts()")["nodes"] == len(data["nodes"])
    assert browser.evaluate("document.getElementById('pk-message').hidden") is (not data["message"])
    assert browser.log.errors == [] and browser.log.outside_requests(url) == []
    screenshot(browser, tmp_path, f"big_{n}.png")
