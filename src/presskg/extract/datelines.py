"""Datelines: "RIGA, 7 October 2026 – The Saeima ...", "Longueuil, Quebec, July 25, 2012 — ".

A dateline opens a release's lead with the place the news comes from, a comma and a date, and a dash set off
by spaces (or a colon right after the date: "Sriharikota, January 12, 2026:") ends it. Its date dates what the
lead reports (``rules/happenings.py``, ``rules/dateline.py``); its first name is a town, whatever the model took
it for: an unknown town written in capitals ("RIGA") is often an organization to the model
(:func:`dateline_towns`).
"""

from __future__ import annotations

from ..model import Sentence
from ..vocab import Class as C
from .candidates import Candidate
from .tree import Tree

#: The dashes a dateline ends with.
DASHES = ("—", "–", "-", "--")
#: Sentences a dateline may open (a release's first ones).
LEAD_SENTENCES = 3


def dateline_dash(t: Tree, s: Sentence) -> int | None:
    """The dash that ends a dateline in the first 16 tokens of sentence ``s``: set off by spaces, so not
    the hyphen of "second-generation" in a headline; or the colon that ends a place, a comma and a date
    ("Sriharikota, January 12, 2026:"), not one that opens a list ("three goals: ...")."""
    return next((i for i in range(max(s.start, 1), min(s.end, s.start + 16))
                 if t[i].text in DASHES and t[i - 1].whitespace and t[i].whitespace
                 or t[i].text == ":" and i >= s.start + 3 and t[i - 1].text[-1:].isdigit()
                 and t[i - 1].ent_type == "DATE" and t[s.start].text[:1].isupper()
                 and t[s.start + 1].text == ","), None)


def dateline_towns(tree: Tree, cands: list[Candidate]) -> None:
    """Type as a town the name that opens a dateline ("RIGA, 7 October 2026 –"), unless the knowledge base
    knows it: the first name of a lead sentence, right before a comma, a date after it before the dash."""
    for s in tree.parse.sentences[:LEAD_SENTENCES]:
        dash = dateline_dash(tree, s)
        if dash is None:
            continue
        first = next((c for c in cands if c.start == s.start), None)
        if first is not None and not first.kb and first.end < dash and tree[first.end].text == "," and any(
                tree[k].ent_type == "DATE" or tree[k].text.isdigit() for k in range(first.end, dash)):
            first.hint = C.City  # (a date between: "Orbitec, the Turin company - founded in ..." is no dateline)
            text = tree.span_text(first.start, first.end)
            if text.isupper():  # "RIGA": the town's name as the release writes it elsewhere, Riga
                first.label = text.title()
