"""Claims from cue patterns (placeholder: infix cue between two mentions of one clause)."""
from __future__ import annotations

from policykg.ontology import read_table

from .model import Claim, Document, Mention, Sentence
from .sentences import split_clauses

__all__ = ["extract_claims"]


def extract_claims(document: Document, sentences: tuple[Sentence, ...],
                   mentions: tuple[Mention, ...]) -> tuple[Claim, ...]:
    """Infix claims "X cue Y" where X and Y are mentions in the same clause."""
    cues = [(r["cue"], r["relation"], r["id"]) for r in read_table("cues.tsv")
            if r["frame"] == "infix"]
    out = []
    for s in sentences:
        ms = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        for cs, ce in split_clauses(s):
            clause = document.text[cs:ce]
            inside = [m for m in ms if cs <= m.start and m.end <= ce]
            for cue, rel, rid in cues:
                at = clause.find(cue)
                if at < 0:
                    continue
                left = [m for m in inside if m.end <= cs + at]
                right = [m for m in inside if m.start >= cs + at + len(cue)]
                if left and right:
                    out.append(Claim(document.doc_id, s.index, left[-1], rel, right[0], cue, rid))
    return tuple(out)
