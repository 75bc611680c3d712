"""Datelines: "RIGA, 7 October 2026 – The Saeima ...", "Longueuil, Quebec, July 25, 2012 — ".

A dateline opens a release's lead with the place the news comes from, a comma and a date, and a dash set off
by spaces (or a colon right after the date: "Sriharikota, January 12, 2026:") ends it. Its date dates what the
lead reports (``rules/happenings.py``, ``rules/dateline.py``); its first name is a town, whatever the model took
it for: an unknown town written in capitals ("RIGA") is often an organization to the model
(:func:`dateline_towns`).

The parser takes the dateline's town for the lead's subject and the real subject for the town's apposition ("PARIS
— ESA and CNES signed ...": "PARIS" the subject of "signed", ESA its apposition); :func:`dateline_subjects` mends it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Parse, Sentence, Token
from ..vocab import Class as C
from .candidates import Candidate
from .tree import Tree

#: The dashes a dateline ends with.
DASHES = ("—", "–", "-", "--")
#: Sentences a dateline may open (a release's first ones).
LEAD_SENTENCES = 3


def dateline_dash(t: Tree | Sequence[Token], s: Sentence) -> int | None:
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


def dateline_subjects(parse: Parse) -> Parse:
    """``parse`` with the subject the parser hung on a dateline's town made the verb's subject again, and the town a
    modifier of the verb; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("PARIS", "PROPN", "nsubj", 5, " "), ("—", "PUNCT", "punct", 0, " "),
    ...          ("ESA", "PROPN", "appos", 0, " "), ("and", "CCONJ", "cc", 2, " "), ("CNES", "PROPN", "conj", 2, " "),
    ...          ("signed", "VERB", "ROOT", 5, "")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", ws)
    ...              for i, (w, pos, dep, h, ws) in enumerate(words))
    >>> p = dateline_subjects(Parse(toks, (Sentence(0, 0, 6, 0, 30, ""),), (), ""))
    >>> [(t.text, t.dep, t.head) for t in p.tokens][:3:2]
    [('PARIS', 'npadvmod', 5), ('ESA', 'nsubj', 5)]
    """
    toks = parse.tokens
    tokens = None
    for s in parse.sentences[:LEAD_SENTENCES]:
        dash = dateline_dash(toks, s)
        if dash is None:
            continue
        for x in toks[s.start:dash]:
            verb = x.head
            if x.dep not in ("nsubj", "nsubjpass") or verb <= dash:
                continue
            real = [a.i for a in toks[dash + 1:verb] if a.head == x.i and a.dep == "appos"]
            if real:
                tokens = tokens or list(toks)
                tokens[real[0]] = replace(tokens[real[0]], dep=x.dep, head=verb)
                tokens[x.i] = replace(tokens[x.i], dep="npadvmod")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
