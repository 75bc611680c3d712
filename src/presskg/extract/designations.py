"""Provisional designations of small bodies: "asteroid 2011 UW158", "the near-Earth object 2024 YR4".

A minor planet discovered but not yet numbered and named goes by the year of its discovery and a code of two
capital letters, with a number after them when the letters came round again ("2011 UW158", "1998 KY26"). The
language model reads the year as a date and the code as a name of its own; together they are one asteroid's
name. A year is kept as a date everywhere else: only a code of that shape right after it makes a designation.

A craft's designation the tokenizer splits at its hyphen (:func:`split_designation_end`): "Tessaro-B will be
launched in 2027", "Kelva-SG carries a sounder": a capitalized word, a hyphen written without spaces and a
short code of capitals (with digits after them at most: "A", "SG", "B1") is the shape of a satellite's or a
rocket's name. The tokenizer cuts it in three words, and at a sentence's start the
tagger takes the first for a common noun (a capitalized word it does not know) and the model finds no
entity there, so no name finder read it and the sentence's relations had no subject. Mid-sentence the
model finds it (as an organization the context then retypes); only the first word of a sentence needs it.
A capitalized prefix ("Non-EU members", lexicon ``HYPHEN_PREFIXES``) makes a word, not a name.
"""

from __future__ import annotations

import re

from ..vocab import Class as C
from .candidates import Candidate
from .lexicon import WORD_CLASSES
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


_CRAFT_CODE = re.compile(r"^[A-Z]{1,3}\d{0,2}$")
_WORD = re.compile(r"^[A-Z][a-z]{2,}$")
_PREFIXES = WORD_CLASSES["HYPHEN_PREFIXES"]


def split_designation_end(tree: Tree, i: int, limit: int) -> int:
    """The end of the designation that starts a sentence at ``i`` ("Tessaro | - | B"), else ``i + 1``.

    >>> from presskg.model import Parse, Sentence, Token
    >>> def tree(words):
    ...     toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", "" if "-" in (w, (words + [""])[i + 1])
    ...                  else " ") for i, w in enumerate(words))
    ...     return Tree(Parse(toks, (Sentence(0, 0, len(words), 0, 30, ""),), (), ""), "")
    >>> split_designation_end(tree(["Tessaro", "-", "B", "will", "fly"]), 0, 5)
    3
    >>> split_designation_end(tree(["Non", "-", "EU", "members", "met"]), 0, 5)
    1
    """
    if not (tree.sentence_of(i).start == i and i + 2 < limit and _WORD.match(tree[i].text)
            and tree[i].text.lower() not in _PREFIXES and tree[i + 1].text in ("-", "‐")
            and not tree[i].whitespace and not tree[i + 1].whitespace and _CRAFT_CODE.match(tree[i + 2].text)):
        return i + 1
    return i + 3
