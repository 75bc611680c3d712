"""A participle of holding a gathering, set off by a comma after the gathering's phrase: "A workshop on analogue
missions, organised by ESA with the University of Innsbruck, will be held in Vienna".

The parser hangs "organised" on the nearest noun ("missions", the object of the workshop's "on"), so the
organisers hold nothing. A past participle of a verb that takes a gathering as its object (lexicon ``MEET_VERBS``
but "join" and "meet", which take people too), set off by a comma right after the object of a phrase on a
gathering's noun (lexicon ``HEAD_CLASSES``: an event's), is the gathering's. ("The launch of the satellite, built
by OHB": "built" takes no gathering, and stays the satellite's.)
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES, WORD_CLASSES

_HOLD = frozenset(WORD_CLASSES["MEET_VERBS"]) - {"join", "meet"}


def gathering_participles(parse: Parse) -> Parse:
    """``parse`` with such participles hung on the gathering's noun; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("A", "DET", "DT", "det", 1), ("workshop", "NOUN", "NN", "nsubjpass", 1),
    ...          ("on", "ADP", "IN", "prep", 1), ("missions", "NOUN", "NNS", "pobj", 2),
    ...          (",", "PUNCT", ",", "punct", 3), ("organised", "VERB", "VBN", "acl", 3),
    ...          ("by", "ADP", "IN", "agent", 5), ("ESA", "PROPN", "NNP", "pobj", 6)]
    >>> toks = tuple(Token(i, w, 0, "organise" if w == "organised" else w.lower().rstrip("s"), pos, tag, dep, h, "",
    ...              "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in gathering_participles(Parse(toks, (), (), "")).tokens][5]
    ('organised', 1)
    """
    toks = parse.tokens
    tokens = None
    for v in toks:
        if v.pos != "VERB" or v.tag != "VBN" or v.dep != "acl" or v.i < 3 or toks[v.i - 1].text != "," \
                or v.lemma.lower() not in _HOLD:
            continue
        h = toks[v.head]
        p = toks[h.head] if h.dep == "pobj" else None
        e = toks[p.head] if p is not None and p.pos == "ADP" and p.head != p.i else None
        if e is None or not e.i < p.i < h.i < v.i or e.pos != "NOUN" or not _gathering(e.lemma) or _gathering(h.lemma):
            continue
        tokens = tokens or list(toks)
        tokens[v.i] = replace(tokens[v.i], head=e.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _gathering(lemma: str) -> bool:
    cls = HEAD_CLASSES.get(lemma.lower())
    return cls is not None and C.Event in ancestors(cls)
