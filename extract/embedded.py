"""Claims inside a claim's object: "制度确保技术能够服务于 Y" also gives 技术 —supports→ Y.

An object of a supporting or clause-taking cue (确保, 使 …) that is itself a clause (its subject, a cue of ontology/cues.tsv's infix rows, and
its object) states a second link; modals and adverbs between subject and cue (能够, 真正) are
trimmed as the subject's tail (phrase_words.tsv).
"""
from __future__ import annotations

__all__ = ["read_embedded"]


def read_embedded(reader) -> None:
    """Emit the links stated inside the objects of the sentence's claims."""
    v, t = reader.v, reader.t
    base = v.sentence.start
    seen = set()
    for claim in list(reader.out.values()):
        os, oe = claim.object.start - base, claim.object.end - base
        outer = t.infix_row(claim.cue)
        if (os, oe) in seen or oe - os < 6 or outer is None or not (
                outer.object == "clause" or outer.relation == "supports"):
            continue              # "确保/使 S V Y" embed a clause; "推动企业提升 Y" a pivot
        seen.add((os, oe))
        for m in t.infix_rx.finditer(v.text, os + 2, oe):
            row = t.infix_row(m.group())
            if row is None or not row.relation or row.when != "any" \
                    or not v.aligned(m.start(), m.end()) or m.end() >= oe \
                    or v.text[m.end()] in reader.sets.nominal_after:
                continue              # "改善性住房需求": a noun suffix makes the cue no verb
            xs = reader.left_spans(os, m.start())
            ys = reader.right_spans(m.end(), oe)
            if xs and ys:
                reader.emit(xs, row.relation, ys, m.group(), row, "embedded",
                            row.direction == "backward")
            break
