"""Chinese numerals (ontology/numerals.tsv) and the list markers built from them."""
from policykg.extract.claim_words import marker
from policykg.extract.numerals import cn_number, numerals
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def test_numeral_groups_keep_table_order():
    n = numerals(RES)
    assert n.chars == "零〇一二两三四五六七八九十百千万亿"
    assert n.large == "百千万亿"
    assert n.marker == "一二三四五六七八九十"
    assert n.digits["两"] == 2 and "两" not in n.ordinal and "两" not in n.ordinal_digits
    assert (n.prefix, n.item, n.chapter, n.article) == ("第", "是", "章", "条")


def test_cn_number():
    assert [cn_number(RES, x) for x in ("三万五千", "两亿", "一百零九", "万亿", "第三")] == [
        35000, 200000000, 109, 1000000000000, None]


def test_list_markers():
    m = marker(RES)
    for text, end in [("（三）加强", 3), ("一是推动", 2), ("2、完善", 2), ("十一、总则", 3),
                      ("第三章 总则 第九条 本办法", 11), ("第一百零九条 本条例", 7)]:
        assert m.match(text).end() == end, text
    for text in ("两是", "2.5%的增长", "第三条款", "是推动"):
        assert m.match(text) is None, text
