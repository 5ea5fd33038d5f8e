"""Resources: the tables read once per object, user tables added to the package's, errors."""
from __future__ import annotations

import ast
import pickle
import shutil
from pathlib import Path

import pytest

from policykg.cli.main import main
from policykg.extract.cuetable import cue_table
from policykg.extract.lexicon import load_lexicon
from policykg.extract.pipeline import extract_text
from policykg.extract.resources import Resources, TableError
from policykg.ontology import read_table

ROOT = Path(__file__).resolve().parents[1]
#: A made-up sentence: 滋养 is no cue of the package, 量子传感 no lexicon entry.
TEXT = "量子传感技术滋养精密制造。"
LEXICON = ("# my concepts\n"
           "id\tlabel\tcategory\taliases\tpos\n"
           "quantum-sensing\t量子传感\ttechnology\t量子传感技术\tn\n")
CUES = ("id\tframe\tcue\tcue2\trelation\tdirection\twhen\tobject\n"
        "infix-nurtures\tinfix\t滋养\t\tsupports\tforward\tany\n")


@pytest.fixture
def tables(tmp_path) -> Path:
    d = tmp_path / "mytables"
    d.mkdir()
    (d / "lexicon.tsv").write_text(LEXICON, encoding="utf-8")
    (d / "cues.tsv").write_text(CUES, encoding="utf-8")
    (d / "README.md").write_text("not a table: left alone", encoding="utf-8")
    return d


def _claims(res: Resources | None) -> list[tuple[str, str, str, str]]:
    ex = extract_text(TEXT, "d", "d.txt", resources=res)
    return [(c.subject.label, c.relation, c.object.label, c.subject.category) for c in ex.claims]


def test_user_rows_give_the_claim_through_the_api(tables):
    assert _claims(None) == []
    assert _claims(Resources.load([tables])) == [("量子传感", "supports", "精密制造", "technology")]


def test_user_rows_come_after_the_package_rows(tables):
    res = Resources.load([tables])
    package = read_table("cues.tsv")
    assert res.table("cues.tsv")[:len(package)] == package
    assert [r["id"] for r in res.table("cues.tsv")[len(package):]] == ["infix-nurtures"]
    assert load_lexicon(res).canonical("量子传感技术") == "量子传感"


def test_two_resources_in_one_process_do_not_leak(tables):
    mine, plain = Resources.load([tables]), Resources()
    for _ in range(2):                  # either order, twice: nothing kept between them
        assert _claims(plain) == []
        assert _claims(mine) == [("量子传感", "supports", "精密制造", "technology")]
    assert cue_table(mine) is cue_table(mine) and cue_table(mine) is not cue_table(plain)
    assert cue_table(plain).row("infix", "滋养") is None
    assert load_lexicon(plain).entry("量子传感") is None


def test_user_rows_travel_with_a_pickled_resources(tables, tmp_path):
    res = Resources.load([tables])
    data = pickle.dumps(res)
    shutil.rmtree(tables)               # a worker without the folder gets the rows anyway
    copy = pickle.loads(data)
    assert copy.memo == {} and copy.extra_dirs == res.extra_dirs
    assert _claims(copy) == [("量子传感", "supports", "精密制造", "technology")]


def test_user_rows_give_the_claim_through_the_cli(tables, tmp_path, capsys):
    docs = [tmp_path / "doc.txt", tmp_path / "doc2.txt"]
    for d in docs:
        d.write_text(TEXT, encoding="utf-8")
    runs = {}
    for name, extra in (("plain", []), ("mine", ["--tables", str(tables)]),
                        ("mine_jobs", ["--tables", str(tables), "--jobs", "2"])):
        out = tmp_path / name
        assert main(["build", *map(str, docs), "-o", str(out), "--no-html", *extra]) == 0
        runs[name] = (out / "graph.ttl").read_text(encoding="utf-8")
    printed = capsys.readouterr().out
    assert "pk:supports" not in runs["plain"] and "claims 0" in printed
    assert "量子传感" in runs["mine"] and "pk:supports" in runs["mine"]
    assert 'pk:category "technology"' in runs["mine"]
    assert "claims 2 (supports 2)" in printed
    assert runs["mine_jobs"] == runs["mine"]      # worker processes get the same tables


def _bad(tmp_path, name: str, text: str) -> Path:
    d = tmp_path / "bad"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.mark.parametrize("name, text, message", [
    ("cues.tsv", "id\tframe\tcue\n",
     "{f} line 1: the column line must be the package's: id TAB frame TAB cue TAB cue2 TAB "
     "relation TAB direction TAB when TAB object (hint: copy the first line that is not a "
     "comment of the package's cues.tsv)"),
    ("lexicon.tsv", "# two comment lines\n#\nid\tlabel\tcategory\taliases\tpos\n"
                    "a\tb\tc\td\tn\textra\n",
     "{f} line 4: 6 cells, but the table has 5 columns (id, label, category, aliases, pos) "
     "(hint: separate cells with one tab; no tab inside a cell)"),
    ("lexicon.tsv",
     "id\tlabel\tcategory\taliases\tpos\nnew-quality-productive-forces\tX\teconomy\n",
     "{f} line 2: id 'new-quality-productive-forces' is already a row of lexicon.tsv; user rows "
     "add, never override (hint: give the row an id of its own)"),
    ("lexicons.tsv", "id\n",
     "{f}: no package table is named lexicons.tsv (hint: name it as one of actors.tsv, "),
])
def test_a_bad_table_is_one_error_line(tmp_path, capsys, name, text, message):
    d = _bad(tmp_path, name, text)
    with pytest.raises(TableError):
        Resources.load([d])
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(doc), "-o", str(out), "--tables", str(d)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: " + message.format(f=d / name)) and err.count("\n") == 1
    assert not out.exists()


def test_a_missing_tables_folder_is_one_error_line(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["build", str(doc), "-o", str(tmp_path / "o"), "--tables",
                 str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err == (f"Error: {tmp_path / 'nope'}: not a folder of tables "
                                       "(hint: give a folder holding lexicon.tsv, cues.tsv … "
                                       "(see README))\n")


# Module-level memos allowed in the packages that read tables, with the reason: none of them
# reads a table (the key is what the caller passes).
ALLOWED = {
    ("extract/segment.py", "_shared"),      # jieba dictionaries keyed by the words given
    ("graph/engines.py", "_prefixes"),      # the namespace prefixes of a query (no table)
    ("graph/engines.py", "_prepared"),      # parsed SPARQL text
    ("graph/validate.py", "shapes_graph"),  # shapes.ttl, not a linguistic table
    ("graph/validate.py", "ontology_graph"),
    ("graph/validate_stream.py", "local_shapes"),   # a fact about shapes.ttl, no table
    ("graph/catalog.py", "all_queries"),    # graph/queries/*.rq
    ("viz/style.py", "styles"),             # the page's styles.tsv asset
}


def _module_memos(path: Path) -> list[str]:
    """Names of the module-level functions of `path` decorated with a functools cache."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for d in node.decorator_list:
                f = d.func if isinstance(d, ast.Call) else d
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in ("lru_cache", "cache"):
                    out.append(node.name)
    return out


def test_no_module_level_table_cache_remains():
    found = {(str(p.relative_to(ROOT)), name)
             for pkg in ("extract", "graph", "viz", "ontology")
             for p in sorted((ROOT / pkg).glob("*.py")) for name in _module_memos(p)}
    assert found <= ALLOWED, sorted(found - ALLOWED)
    # the extractor reads tables only through a Resources object
    readers = [p.name for p in sorted((ROOT / "extract").glob("*.py"))
               if "read_table" in p.read_text(encoding="utf-8")]
    assert readers == []
