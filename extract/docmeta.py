"""Document metadata read from the conventions of Chinese official documents: the issuer a
title or a speaker's office states, the genre, the administrative level and region, the year.

Word lists are data: ontology/doc_genres.tsv (genres and their title words), doc_cues.tsv
(transmitting verbs, offices, year patterns), levels.tsv (national bodies, place suffixes) and
regions.tsv (the provincial-level divisions). The rules:

- issuer: the signature line (extract/structure.py), else the body a title opens with
  (安徽省人民政府办公厅关于……, 北京市经济和信息化局印发……), else the body a speaker's office
  heads (浙江省省长 → 浙江省人民政府, 国务院总理 → 国务院);
- genre: the genre word that closes the title; a notice that transmits documents (印发, 转发 …)
  takes the genre of the first document it transmits, since the notice is only its cover;
  a text with an author, no issuer and no genre word is commentary;
- level and region: from the start of the issuer's name (else of the title, but not for
  commentary): a national body gives national and 中国; a provincial-level division (直辖市
  included) provincial; then each lower place (……市, ……州, ……县, ……区) the level its suffix gives;
- year: the date's, else the one a title opens with (2026年……), else the 文号's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .actors import actor_tables
from .model import Document
from .resources import Resources, derived

__all__ = ["Genre", "Level", "MetaTables", "COMMENTARY", "genres", "levels", "meta_tables",
           "read_metadata", "title_issuer", "office_issuer", "genre_of", "place_of",
           "title_number"]

#: The genre of texts that name an author and no issuer (a row of doc_genres.tsv without words).
COMMENTARY = "commentary"


@dataclass(frozen=True)
class Genre:
    """A row of ontology/doc_genres.tsv."""
    code: str
    label_zh: str
    label_en: str
    schema_class: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    """A `level` row of ontology/levels.tsv."""
    code: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class MetaTables:
    genre_of_word: dict[str, str]
    closing: re.Pattern | None        # a genre word that ends a title (before bracketed notes)
    transmitted: re.Pattern | None    # a genre word that ends a transmitted document's title
    transmit: re.Pattern | None
    about: tuple[str, ...]
    joint: tuple[str, ...]
    title_year: re.Pattern | None
    number_year: re.Pattern | None
    number: re.Pattern | None
    offices: tuple[tuple[str, str], ...]    # (title, body), longest title first
    national: tuple[str, ...]
    national_region: str
    ministry: re.Pattern | None
    skip: tuple[str, ...]
    regions: tuple[str, ...]                # longest first
    place: re.Pattern | None                # a lower place at the start, group `suffix`
    place_level: dict[str, str]
    stops: tuple[str, ...]


@derived
def genres(res: Resources) -> tuple[Genre, ...]:
    """Rows of ontology/doc_genres.tsv, in table order."""
    return tuple(Genre(r["code"], r["label_zh"], r["label_en"], r["class"],
                       tuple(r["words"].split())) for r in res.table("doc_genres.tsv"))


@derived
def levels(res: Resources) -> tuple[Level, ...]:
    """The `level` rows of ontology/levels.tsv, in table order."""
    return tuple(Level(r["level"], r["text"], r["label_en"])
                 for r in res.table("levels.tsv") if r["kind"] == "level")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _compile(pattern: str) -> re.Pattern | None:
    return re.compile(pattern) if pattern else None


@derived
def meta_tables(res: Resources) -> MetaTables:
    """The tables of this module, compiled."""
    cues = res.table("doc_cues.tsv")
    cue = lambda kind: [r["text"] for r in cues if r["kind"] == kind]  # noqa: E731
    lv = res.table("levels.tsv")
    lvk = lambda kind: [r for r in lv if r["kind"] == kind]  # noqa: E731
    by_word = {w: g.code for g in genres(res) for w in g.words}
    words = _alternation(by_word)
    tail = "".join(f"(?:{t})" for t in cue("tail"))
    ends = "|".join([re.escape(b) for b in cue("boundary")] + ["$"])
    places = {r["text"]: r["level"] for r in lvk("place")}
    first = lambda kind: (cue(kind) or [""])[0]  # noqa: E731
    return MetaTables(
        by_word,
        _compile(f"({words}){tail}$" if words else ""),
        _compile(f"({words})(?={ends})" if words else ""),
        _compile(_alternation(cue("transmit"))),
        tuple(cue("about")), tuple(cue("joint")),
        _compile(first("title_year")), _compile(first("number_year")), _compile(first("number")),
        tuple(sorted(((r["text"], r["value"]) for r in cues if r["kind"] == "office"),
                     key=lambda x: -len(x[0]))),
        tuple(sorted((r["text"] for r in lvk("national")), key=len, reverse=True)),
        next((r["text"] for r in lvk("region")), ""),
        _compile("|".join(f"(?:{r['text']})" for r in lvk("ministry"))),
        tuple(sorted((r["text"] for r in lvk("skip")), key=len, reverse=True)),
        tuple(sorted((r["name"] for r in res.table("regions.tsv")), key=len, reverse=True)),
        # 杭州 + 市: a place's name may itself end in a suffix; the last suffix gives the level
        _compile(rf"\w{{1,8}}?(?:{_alternation(places)})*(?P<suffix>{_alternation(places)})"
                 if places else ""),
        places, tuple(r["text"] for r in lvk("stop")))


def read_metadata(res: Resources, doc: Document) -> Document:
    """`doc` with issuer, 文号, genre, level, region and year filled where the text states them."""
    t = meta_tables(res)
    issuer = doc.issuer or title_issuer(res, doc.title) or office_issuer(res, doc.affiliation)
    number = doc.doc_number or title_number(res, doc.title)
    genre = genre_of(res, doc.title, doc.author, issuer)
    region, level = place_of(res, issuer)
    if not level and genre != COMMENTARY:
        region, level = place_of(res, _without_year(res, doc.title), body=False)
    year = int(doc.date[:4]) if doc.date else None
    if year is None and t.title_year is not None:
        m = t.title_year.search(doc.title)
        year = int(m.group("year")) if m else None
    if year is None and number and t.number_year is not None:
        m = t.number_year.search(number)
        year = int(m.group("year")) if m else None
    return replace(doc, issuer=issuer, doc_number=number, genre=genre, level=level,
                   region=region, year=year)


def _without_year(res: Resources, title: str) -> str:
    t = meta_tables(res)
    m = t.title_year.search(title) if t.title_year is not None else None
    return title[m.end():] if m else title


def _is_body(res: Resources, name: str) -> bool:
    return len(name) >= 2 and name.endswith(actor_tables(res).suffix_tuple)


def title_issuer(res: Resources, title: str) -> str:
    """The body a title opens with, before 关于 or a transmitting verb; "" if it opens with
    no body name."""
    t = meta_tables(res)
    cuts = [title.find(a) for a in t.about if a in title]
    if t.transmit is not None:
        m = t.transmit.search(title)
        if m:
            cuts.append(m.start())
    cut = min(cuts, default=-1)
    head = title[:cut].strip() if cut > 0 else ""
    return head if _is_body(res, head) and len(head) <= 40 else ""


def office_issuer(res: Resources, affiliation: str) -> str:
    """The body a speaker's office heads: 浙江省省长 → 浙江省人民政府, 国务院总理 → 国务院."""
    for office, body in meta_tables(res).offices:
        if affiliation.endswith(office):
            place = affiliation[:-len(office)].strip()
            if not place or place.endswith(body) or _is_body(res, place):
                return place or body
            return place + body
    return ""


def title_number(res: Resources, title: str) -> str:
    """A 文号 in brackets at the end of a title line, as written."""
    t = meta_tables(res)
    m = t.number.search(title) if t.number is not None else None
    return m.group("number") if m else ""


def genre_of(res: Resources, title: str, author: str = "", issuer: str = "") -> str:
    """The genre code of a document with this title (see the module docstring)."""
    t = meta_tables(res)
    end = t.closing.search(title) if t.closing is not None and title else None
    cue = t.transmit.search(title) if t.transmit is not None and title else None
    if cue and t.transmitted is not None:
        stop = end.start() if end and end.start() >= cue.end() else len(title)
        part = title[cue.end():stop]
        for j in t.joint:
            part = part.removesuffix(j)
        m = t.transmitted.search(part)
        if m:
            return t.genre_of_word[m.group(1)]
    if end:
        return t.genre_of_word[end.group(1)]
    return COMMENTARY if author and not issuer else ""


def place_of(res: Resources, name: str, body: bool = True) -> tuple[str, str]:
    """(region, level) that the start of a name gives; ("", "") if it names no place. Only a
    `body` (an issuer, not a title) is national by a ministry's name."""
    t = meta_tables(res)
    s = name.strip()
    for word in t.skip:
        if s.startswith(word):
            s = s[len(word):]
            break
    if any(s.startswith(n) for n in t.national):
        return t.national_region, "national"
    region, level, pos = "", "", 0
    top = next((r for r in t.regions if s.startswith(r)), "")
    if top:
        region, level, pos = top, "provincial", len(top)
    while t.place is not None:
        m = t.place.match(s, pos)
        if not m or m.group(0).endswith(t.stops):
            break
        region, level, pos = region + m.group(0), t.place_level[m.group("suffix")], m.end()
    if not level and body and t.ministry is not None and t.ministry.search(s):
        return t.national_region, "national"
    return region, level
