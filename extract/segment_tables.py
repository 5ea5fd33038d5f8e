"""The segmenter's word lists drawn from the tables: the words it adds to jieba's dictionary
and the dictionary words it cuts in two (read by extract/segment.py)."""
from __future__ import annotations

from .lexicon import load_lexicon
from .resources import Resources, derived

__all__ = ["CUT", "dictionary_words", "known_nouns", "merged_words", "split_words"]

CUT = "-"        # the pos of a segment_words.tsv row whose word the dictionary must cut


@derived
def dictionary_words(res: Resources) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs the segmenter adds to jieba's dictionary: the lexicon's labels and
    aliases, then the words of segment_words.tsv that the lexicon lacks."""
    lexicon = load_lexicon(res).words()
    known = {w for w, _ in lexicon}
    return tuple(lexicon + [(r["word"], r["pos"] or "n") for r in res.table("segment_words.tsv")
                            if r["word"] not in known and r["pos"] != CUT])


@derived
def split_words(res: Resources) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The lead and manner words (phrase_words.tsv) and the infix cues (cues.tsv), two
    characters or more each: a dictionary word made of one of each ("切实增强", "逐步完善")
    is cut in two, so that the cue tables see the verb; and the words segment_words.tsv
    marks to be cut ("促发展")."""
    leads = sorted({r["word"] for r in res.table("phrase_words.tsv")
                    if r["role"] in ("lead", "manner") and len(r["word"]) > 1})
    cues = sorted({c for r in res.table("cues.tsv") if r["frame"] == "infix"
                   for c in r["cue"].split("|") if len(c) > 1})
    cuts = sorted(r["word"] for r in res.table("segment_words.tsv") if r["pos"] == CUT)
    return tuple(leads), tuple(cues), tuple(cuts)


def merged_words(freq: dict, leads: tuple[str, ...], cues: tuple[str, ...],
                 cuts: tuple[str, ...] = ()) -> list[str]:
    """The dictionary words that are a lead word followed by a cue, then the words to cut,
    in a fixed order."""
    return [w for w in (a + b for a in leads for b in cues) if freq.get(w)] + [
        w for w in cuts if freq.get(w)]


@derived
def known_nouns(res: Resources) -> frozenset:
    """Nouns of segment_words.tsv: a cue that opens one is no verb glued to its object
    ("支撑平台")."""
    return frozenset(r["word"] for r in res.table("segment_words.tsv")
                     if (r["pos"] or "n").startswith("n"))
