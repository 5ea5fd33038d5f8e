"""The compare page and the trends chart (viz/compare_page.py, viz/trends_page.py) in Debian's
headless Chromium: offline, no console errors, the page's own controls, text shown not run.

Set POLICYKG_SCREENSHOTS=DIR to keep the screenshots; otherwise they go to pytest's tmp dir.
"""
from __future__ import annotations

import os
import shutil

import pytest
from rdflib import Literal

from policykg.graph.compare import compare, compare_graphs
from policykg.graph.namespaces import DCTERMS, D
from policykg.graph.serialize import write_turtle
from policykg.graph.trends import trends
from policykg.viz.browser import CHROMIUM, Chromium
from policykg.viz.compare_page import write_compare_page
from policykg.viz.trends_page import write_trends_page
from test_compare import NATIONAL, ZHEJIANG, TEXT_A, TEXT_B, write_graph
from test_trends import build
from test_viz import make_graph
from test_viz_browser import HOSTILE, js, screenshot

pytestmark = pytest.mark.skipif(
    not shutil.which(os.environ.get("POLICYKG_CHROMIUM", CHROMIUM)),
    reason="Chromium not installed (apt-get install chromium fonts-noto-cjk)")


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


#: Type TEXT into the page's search box.
TYPE = ("{ const s = document.getElementById('pk-search'); s.value = 'TEXT';"
        " s.dispatchEvent(new Event('input')); } 1")


def open_view(browser, page, api: str) -> str:
    url = browser.open(page)
    browser.wait_for(f"window.{api} && {api}.ready", timeout=15)
    browser.drain(0.2)
    return url


def clean(browser, url) -> bool:
    return browser.log.errors == [] and browser.log.outside_requests(url) == []


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    return write_graph(tmp_path_factory.mktemp("views") / "pair.ttl", ("a", TEXT_A),
                       ("b", TEXT_B))


def test_compare_page_colours_filters_and_shows_evidence(browser, pair, tmp_path):
    page = write_compare_page(compare(pair, "a", "b"), tmp_path / "compare.html")
    url = open_view(browser, page, "pkCompare")
    assert js(browser, "[pkCompare.shown(), pkCompare.rendered()]") == [9, 9]
    chips = browser.evaluate("document.getElementById('pk-statuses').innerText")
    assert chips.split("\n") == ["新增 new 1", "删去 dropped 2", "加强 strengthened 2", "共有 shared 4"]
    colours = js(browser, "Array.from(document.querySelectorAll('.pk-row[data-status]'))"
                          ".map(r => [r.dataset.status, getComputedStyle(r).borderLeftColor])")
    assert colours[0] == ["new", "rgb(44, 160, 44)"] and colours[1] == ["dropped", "rgb(214, 39, 40)"]
    # the page's own controls: tab, status chip, search
    browser.evaluate("document.getElementById('pk-tab-claims').click(); 1")
    assert js(browser, "pkCompare.rendered()") == 4
    browser.evaluate("document.getElementById('pk-status-shared').click(); 1")
    assert js(browser, "pkCompare.rendered()") == 2
    text = browser.evaluate("pkCompare.open(1)")
    assert "数字技术" in text and "drives" in text and "1 → 2" in text
    assert "数字技术推动产业升级。" in text and "数字技术带动产业升级。" in text and "B b (2)" in text
    browser.evaluate(TYPE.replace("TEXT", "数据要素"))
    assert js(browser, "pkCompare.rendered()") == 1
    browser.evaluate("pkCompare.search('没有这个'); 1")
    assert browser.evaluate("document.getElementById('pk-none').hidden") is False
    browser.evaluate("pkCompare.search(''); pkCompare.setStatus('shared', true); pkCompare.open(3); 1")
    assert clean(browser, url)
    screenshot(browser, tmp_path, "compare_small.png")


def test_compare_page_of_the_two_work_reports(browser, corpus_build, tmp_path):
    c = compare(corpus_build.graph_path, NATIONAL, ZHEJIANG)
    page = write_compare_page(c, tmp_path / "reports.html")
    url = open_view(browser, page, "pkCompare")
    assert js(browser, "pkCompare.shown()") == len(c.concepts)
    assert js(browser, "pkCompare.rendered()") == min(400, len(c.concepts))
    sides = browser.evaluate("document.getElementById('pk-sides').innerText")
    assert NATIONAL in sides and ZHEJIANG in sides and "2024-03-05" in sides
    browser.evaluate("pkCompare.open(0); 1")
    assert clean(browser, url)
    screenshot(browser, tmp_path, "compare_reports.png")
    browser.evaluate("pkCompare.tab('claims'); pkCompare.open(0); 1")
    assert js(browser, "pkCompare.shown()") == len(c.claims)
    assert clean(browser, url)
    screenshot(browser, tmp_path, "compare_reports_claims.png")


def test_trends_chart_small_multiples(browser, tmp_path):
    t = trends(build(tmp_path / "four.ttl"))
    page = write_trends_page(t, tmp_path / "trends.html")
    url = open_view(browser, page, "pkTrends")
    assert js(browser, "pkTrends.panels()") == 9
    assert js(browser, "pkTrends.bars()") == sum(len(c.cells) for c in t.concepts) == 19
    assert js(browser, "document.querySelectorAll('rect.pk-first').length") == 9
    assert js(browser, "Array.from(document.querySelectorAll('.pk-panel h2')).map(h => h.textContent)") \
        == [c.concept for c in t.concepts]
    first = js(browser, "document.querySelector('.pk-panel').innerText")
    assert first.startswith("产业升级\n首次 first: 2021 D1 甲省人民政府 · 4 文档 documents")
    docs = browser.evaluate("document.getElementById('pk-docs').innerText")
    assert docs.index("D1 2021-03-01 甲省人民政府") < docs.index("D4 — 《说明》")
    variants = browser.evaluate("document.querySelectorAll('.pk-panel')[2].innerText")
    assert "变体 variants: 发展新质生产力、新质生产力发展" in variants
    browser.evaluate(TYPE.replace("TEXT", "数"))
    assert js(browser, "pkTrends.panels()") == 3
    browser.evaluate("pkTrends.search(''); 1")
    assert clean(browser, url)
    screenshot(browser, tmp_path, "trends_small.png")


def test_trends_chart_of_the_corpus(browser, corpus_build, tmp_path):
    t = trends(corpus_build.graph_path, min_documents=2)
    page = write_trends_page(t, tmp_path / "corpus_trends.html")
    url = open_view(browser, page, "pkTrends")
    assert js(browser, "pkTrends.panels()") == min(60, len(t.concepts))
    assert js(browser, "document.querySelectorAll('#pk-docs li').length") == 5
    assert (browser.evaluate("document.getElementById('pk-message').hidden") is
            (len(t.concepts) <= 60))
    assert clean(browser, url)
    screenshot(browser, tmp_path, "trends_corpus.png")


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    a = make_graph(claims=[(HOSTILE["label"], "drives", HOSTILE["object"], ["s1"])],
                   sentences={"s1": HOSTILE["sentence"]}, events=[], doc_title=HOSTILE["doc"])
    a.add((D["t"], DCTERMS.publisher, Literal(HOSTILE["actor"], lang="zh")))
    b = make_graph(claims=[("数字经济", "supports", HOSTILE["label"], ["s1"])],
                   sentences={"s1": HOSTILE["policy"]}, events=[])
    write_turtle(a, tmp_path / "a.ttl")
    write_turtle(b, tmp_path / "b.ttl")
    pages = [(write_compare_page(compare_graphs(tmp_path / "a.ttl", tmp_path / "b.ttl"),
                                 tmp_path / "c.html", HOSTILE["title"]), "pkCompare"),
             (write_trends_page(trends(tmp_path / "a.ttl"), tmp_path / "t.html",
                                HOSTILE["title"]), "pkTrends")]
    for page, api in pages:
        url = open_view(browser, page, api)
        if api == "pkCompare":
            browser.evaluate("for (let i = 0; i < pkCompare.rendered(); i++) pkCompare.open(i);"
                             "pkCompare.tab('claims');"
                             "for (let i = 0; i < pkCompare.rendered(); i++) pkCompare.open(i); 1")
        browser.drain(0.3)
        assert browser.evaluate("typeof window.pwned") == "undefined"
        assert browser.evaluate("document.querySelectorAll('main img, main iframe, "
                                "main svg[onload], main script').length") == 0
        body = browser.evaluate("document.body.innerText")
        assert HOSTILE["label"] in body and browser.evaluate("document.title") == HOSTILE["title"]
        if api == "pkCompare":
            assert HOSTILE["sentence"] in body and HOSTILE["policy"] in body
        else:
            assert HOSTILE["doc"] in body and HOSTILE["actor"] in body
        assert clean(browser, url)
