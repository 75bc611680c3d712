"""Provisional designations of small bodies: "asteroid 2011 UW158", "the near-Earth object 2024 YR4".

A minor planet discovered but not yet numbered and named goes by the year of its discovery and a code of two
capital letters, with a number after them when the letters came round again ("2011 UW158", "1998 KY26"). The
language model reads the year as a date and the code as a name of its own; together they are one asteroid's
name. A year is kept as a date everywhere else: only a code of that shape right after it makes a designation.
"""

from __future__ import annotations

import re

from ..vocab import Class as C
from .candidates import Candidate
from .tree import Tree

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CODE = re.compile(r"^[A-Z]{2}\d{0,4}$")


def provisional_designations(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each provisional designation one asteroid's name: a knowledge-base name of it is kept
    as it is; a candidate that holds only its code ("UW158") gives way to the whole designation.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["asteroid", "2011", "UW158", "in", "2026"]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", " ") for i, w in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 5, 0, 30, ""),), (), ""), "")
    >>> code = Candidate(2, 3, "pattern:proper-noun")  # "UW158" alone
    >>> [(c.start, c.end, str(c.hint)) for c in provisional_designations(tree, [code])]
    [(1, 3, 'Asteroid')]
    """
    out = list(cands)
    for i in range(len(tree) - 1):
        if not (_YEAR.match(tree[i].text) and _CODE.match(tree[i + 1].text)):
            continue
        if tree.sentence_index(i) != tree.sentence_index(i + 1):
            continue
        if any(c.kb and c.start <= i and i + 1 < c.end for c in out):
            continue  # known to the knowledge base: "1998 KY26"
        out = [c for c in out if not (i <= c.start and c.end <= i + 2)]
        out.append(Candidate(i, i + 2, "pattern:provisional-designation", hint=C.Asteroid))
    return out
