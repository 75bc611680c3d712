"""Where a title and its holder's name sit in a parse, which the parser often bends: the name joined to the
title's body ("the President of Kelvar Space, Mara Holt, and ..."), hung on another noun of the clause ("It was
signed by the Executive Board Chair of DLR, Anke Lind, and ..."), listed after a plural title, or among its
examples ("Engineers from OHB, including A and B"). Tree shapes
only; the rules of :mod:`~presskg.extract.rules.titles` read them."""

from __future__ import annotations

from .enumerations import opens_list
from .lexicon import HEAD_TITLES, MEMBER_TITLES
from .tree import Tree

_POSTS = HEAD_TITLES | MEMBER_TITLES


def title_over(t: Tree, k: int) -> int:
    """The title whose "of" phrase ``k`` is the object of ("[President] of Kelvar Space"), else ``k``."""
    of = t[k].head if t[k].dep == "pobj" else k
    return t[of].head if t.lowers[of] == "of" and t.lemma(t[of].head) in _POSTS else k


def comma_set(t: Tree, start: int, end: int) -> bool:
    """The words ``[start, end)`` stand between two commas."""
    return start > 0 and t[start - 1].text == "," and end < len(t) and t[end].text == ","


def listed_apposition(t: Tree, h: int) -> int | None:
    """The first of a list of names set beside a plural title, for a later name of the list: "two engineers
    from CSA, A and B" (B is a conjunct of A, A the apposition of "engineers"); None elsewhere."""
    if t[h].dep != "conj" or (r := t.conj_root(h)) == h or t[r].dep != "appos" or t[r].head == r:
        return None
    head = t[t[r].head]
    plural = head if head.tag == "NNS" else t[t[head.head].head] if head.dep == "pobj" else None
    return r if plural is not None and plural.tag == "NNS" else None


def enumerated_title(t: Tree, h: int) -> int | None:
    """The plural title whose list of examples holds the name at ``h``: "Engineers from OHB, including A and B"
    (`enumerations.opens_list`: "including", "such as"); None elsewhere."""
    r = t.conj_root(h) if t[h].dep == "conj" else h
    prep = t[r].head
    if t[r].dep != "pobj" or not opens_list(t, prep):
        return None
    plural = t[prep].head
    return plural if t[plural].tag == "NNS" and t.lemma(plural) in _POSTS else None


def one_of(t: Tree, i: int) -> list[int]:
    """"X is one of the astronauts ...": the title is the plural after "one of" (else the attribute itself)."""
    if t.lemma(i) != "one":
        return [i]
    return [o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")] or [i]


def chosen_by(t: Tree, i: int) -> list[int]:
    """"one of five astronaut candidates selected by X": the agent of a participle hung on the title."""
    return [o.i for c in t.children(i, "acl") for a in t.children(c.i, "agent") for o in t.children(a.i, "pobj")]


def title_before(t: Tree, start: int, end: int) -> int | None:
    """The title whose phrase ends right before the name ``[start, end)`` set off by commas ("the Executive Board
    Chair of DLR, Anke Lind, and the Administrator of X"), wherever the parser hung the name; None if there is none.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = [("by", "ADP", "agent", 9), ("the", "DET", "det", 3), ("Board", "PROPN", "compound", 3),
    ...          ("Chair", "PROPN", "pobj", 0), ("of", "ADP", "prep", 3), ("Orbix", "PROPN", "pobj", 4),
    ...          (",", "PUNCT", "punct", 7), ("Lena", "PROPN", "appos", 10), (",", "PUNCT", "punct", 7),
    ...          ("and", "CCONJ", "cc", 7), ("signed", "VERB", "ROOT", 10)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> title_before(Tree(Parse(toks, (Sentence(0, 0, 11, 0, 50, ""),), ()), ""), 7, 8)
    3
    """
    if start < 2 or t[start - 1].text != "," or end < len(t) and t[end].text not in (",", ".", "and"):
        return None
    first = t.sentence_of(start).start
    return next((k for k in range(start - 2, first - 1, -1) if t.lemma(k) in _POSTS
                 and max(t.subtree(k)) in (start - 2, start - 1)), None)  # (its comma may hang on it)
