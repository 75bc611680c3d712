"""Names listed each with its town: "Orvik Dynamics of Houston, Polar Outpost of Golden, Colorado, and Tarn Astrolab of
Hawthorne, California", "Orbix of Houston, Vexa of Denver and Kelmar Dynamics of Austin".

The parser coordinates each later name with the town before it ("Vexa" a conjunct of "Houston") and hangs the last
town's "of" phrase on the name before, so the names read as places and the towns as lists of firms. A proper noun
coordinated with the object of an "of" phrase on a proper noun, and followed by an "of" phrase of its own (or
hanging one "of" phrase of the earlier name after it), is that earlier name's conjunct, and the "of" phrase after it
is its own. A lone unknown word written with its town ("Vexa of Denver") is the word's name, the town apart
(:func:`towned_word_end`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from ..vocab import Class as C
from .candidates import Taken
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .tree import Tree


def towned_names(parse: Parse) -> Parse:
    """``parse`` with such names joined to the name before them, each with its own "of" town; the same object when
    there is none.

    >>> from presskg.model import Token
    >>> words = [("Orbix", "PROPN", "dobj", 7), ("of", "ADP", "prep", 0), ("Houston", "PROPN", "pobj", 1),
    ...          ("and", "CCONJ", "cc", 2), ("Vexa", "PROPN", "conj", 2), ("of", "ADP", "prep", 0),
    ...          ("Denver", "PROPN", "pobj", 5), ("chose", "VERB", "ROOT", 7)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in towned_names(Parse(toks, (), (), "")).tokens][4:6]
    [('Vexa', 'conj', 0), ('of', 'prep', 4)]
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep != "conj" or y.pos != "PROPN" or y.head >= y.i:
            continue
        town = toks[y.head]
        while town.dep == "conj" and town.head < town.i:  # ("of Golden, Colorado, and X": the town's region first)
            town = toks[town.head]
        of = toks[town.head] if town.dep == "pobj" else None
        if of is None or of.text.lower() != "of" or of.head >= of.i or toks[of.head].pos != "PROPN":
            continue
        name = of.head
        cur = tokens or toks
        own = [t.i for t in cur[y.i + 1:] if t.head == y.i and t.dep == "prep" and t.text.lower() == "of"]
        moved = [t.i for t in cur[y.i + 1:] if t.head == name and t.dep == "prep" and t.text.lower() == "of"]
        if not own and not moved:
            continue  # "the University of Halden and Orbix": no town of its own, one name or two, not told here
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=name)
        for k in moved[:1]:
            tokens[k] = replace(tokens[k], head=y.i)
    return _town_then_name(parse if tokens is None else replace(parse, tokens=tuple(tokens)))


def _town_then_name(parse: Parse) -> Parse:
    """``parse`` with each name listed after a firm's town that the parser made the object of the firm's "of", the
    town its modifier ("Helix Dynamics of [Turin and Solenne] Systems"), made the firm's conjunct, and the town the
    object of "of" again; the same object when there is none."""
    toks = parse.tokens
    tokens = None
    for z in toks:
        of = toks[z.head]
        if z.dep != "pobj" or z.pos != "PROPN" or of.text.lower() != "of" or of.head >= of.i \
                or toks[of.head].pos != "PROPN" or not 4 <= z.i - of.i <= 5:  # "of Turin and [Solenne] Systems"
            continue
        town, cc = toks[of.i + 1], toks[of.i + 2]
        if town.pos != "PROPN" or town.head != z.i or town.dep not in ("nmod", "compound") \
                or cc.text.lower() != "and" or not all(toks[k].pos == "PROPN" and toks[k].head == z.i
                                                      for k in range(cc.i + 1, z.i)):
            continue
        tokens = tokens or list(toks)
        tokens[town.i] = replace(tokens[town.i], dep="pobj", head=of.i)
        tokens[z.i] = replace(tokens[z.i], dep="conj", head=of.head)
        tokens[cc.i] = replace(tokens[cc.i], dep="cc", head=of.head)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def towned_word_end(tree: Tree, taken: Taken, start: int, end: int) -> int:
    """Where a run of proper nouns ``[start, end)`` that is one unknown word, "of" and a town the knowledge base knows
    ends: after the word ("Vexa of Denver" is Vexa, of Denver; the town is read on its own); so for a firm's name
    that ends in a trade word ("Helix Dynamics of Turin", lexicon COMPANY_NAME_WORDS); ``end`` for any other run
    ("the University of Denver", "the Museum of Flight": a class noun).

    The town may end the run, or be followed by "and" and more names ("Helix Dynamics of Turin and Solenne
    Systems": the run goes on past it; the rest is read as a run of its own)."""
    of = next((k for k in range(start + 1, min(start + 4, end - 1)) if tree.lowers[k] == "of"), None)
    if of is None or tree.lowers[of - 1] in HEAD_CLASSES or of > start + 1 and tree.lowers[of - 1] not in _TRADE:
        return end
    town = [c for c in taken.at.get(of + 1, ()) if (c.end == end or tree.lowers[c.end] == "and") and c.kb]
    return of if town and all(k == C.City for c in town for e in c.kb for k in e.classes) else end


_TRADE = frozenset(WORD_CLASSES["COMPANY_NAME_WORDS"])
