"""Per-document segmentation (Segmenter.tagged_spans, mentions.tokenise with the text) equals
segmenting every sentence on its own."""
import importlib.util
import random

import pytest

from policykg.extract.mentions import tokenise
from policykg.extract.reading import read_text
from policykg.extract.segment import get_segmenter
from policykg.extract.sentences import split_sentences
from policykg.extract.structure import read_structure

ENGINES = ["jieba"] + (["rjieba"] if importlib.util.find_spec("rjieba") else [])


def _documents(corpus_dir, seed_path):
    for path in [*sorted(corpus_dir.glob("*.txt")), seed_path]:
        text, encoding = read_text(path)
        yield read_structure(path.stem, path.name, text, encoding)


def _per_span(segmenter, text, spans):
    return [segmenter.tagged(text[s:e]) for s, e in spans]


@pytest.mark.parametrize("engine", ENGINES)
def test_corpus_sentences_segment_alike(engine, corpus_dir, seed_path):
    segmenter = get_segmenter(engine)
    for doc in _documents(corpus_dir, seed_path):
        spans = [(s.start, s.end) for s in split_sentences(doc)]
        got = list(segmenter.tagged_spans(doc.text, spans))
        assert got == _per_span(segmenter, doc.text, spans)


def test_tokenise_with_text_keeps_the_tokens(corpus_dir, seed_path):
    for doc in _documents(corpus_dir, seed_path):
        sentences = split_sentences(doc)
        whole = tokenise(sentences, doc.text)
        alone = tokenise(sentences)
        assert whole == alone
        assert [s.tokens for s in whole] == [s.tokens for s in alone]
        assert all(s.tokens for s in whole if s.text.strip())


EDGE_CASES = [
    # a sentence ending with a closing quote, the next starting right after it
    ("他说：“推进智慧城市建设。”随后发布了规划。", ["。”", "”"]),
    # a sentence split at "!" inside ASCII text
    ("Smart city!Data platform 建设", ["!"]),
    # white space on either side of the boundaries, and a CR LF pair cut in two
    ("数字政府 \n  数据要素\r\n市场化配置", [" ", "\n", "\r"]),
    # boundaries inside runs: a word, a number with a decimal point and a percent sign
    ("智慧城市建设增长3.5%以上", ["智慧", "3.", "5%"]),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text,cuts", EDGE_CASES)
def test_edge_cases(engine, text, cuts):
    segmenter = get_segmenter(engine)
    points = sorted({text.index(c) + len(c) for c in cuts} | {0, len(text)})
    spans = list(zip(points, points[1:]))
    assert list(segmenter.tagged_spans(text, spans)) == _per_span(segmenter, text, spans)
    # overlapping and gapped spans, too
    spans = [(0, len(text)), (1, len(text) - 1), *spans[::-1]]
    assert list(segmenter.tagged_spans(text, spans)) == _per_span(segmenter, text, spans)


def test_a_span_cutting_a_word_is_segmented_on_its_own():
    segmenter = get_segmenter()
    text = "推进智慧城市建设"
    assert "智慧城市" in dict(segmenter.tagged(text))      # one word when cut whole
    got = list(segmenter.tagged_spans(text, [(0, 4), (4, 8)]))
    assert got == [segmenter.tagged("推进智慧"), segmenter.tagged("城市建设")]
    assert [w for w, _ in got[0]][-1] != "智慧城市"


@pytest.mark.parametrize("engine", ENGINES)
def test_random_spans(engine, seed_path):
    segmenter = get_segmenter(engine)
    text = read_text(seed_path)[0][:3000] + " abc!DEF 1.5% —“引号”\r\n\t全角　空格"
    rng = random.Random(7)
    for _ in range(40):
        points = sorted({0, len(text), *(rng.randrange(len(text)) for _ in range(30))})
        spans = list(zip(points, points[1:]))
        assert list(segmenter.tagged_spans(text, spans)) == _per_span(segmenter, text, spans)


def test_edges_inside_runs_are_not_trusted():
    from policykg.extract.segment import _edge
    text = "推进“智慧城市”，Data!1.5% \r\n 建设"
    inside = {text.index(c) + 1 for c in ("推", "智", "D", "1", ".", "5", "\r", " ")}
    between = {text.index(c) for c in ("“", "智", "”", "，", "D", "!", " ")} | {0, len(text)}
    assert not any(_edge(text, p) for p in inside)
    assert all(_edge(text, p) for p in between)
