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
from .lexicon import HEAD_CLASSES
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
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def towned_word_end(tree: Tree, taken: Taken, start: int, end: int) -> int:
    """Where a run of proper nouns ``[start, end)`` that is one unknown word, "of" and a town the knowledge base knows
    ends: after the word ("Vexa of Denver" is Vexa, of Denver; the town is read on its own); ``end`` for any other run
    ("the University of Denver", "Orbix Space of Houston" are read as they are: a class noun, or two words)."""
    if end - start < 3 or tree.lowers[start + 1] != "of" or tree.lowers[start] in HEAD_CLASSES:
        return end
    town = [c for c in taken.at.get(start + 2, ()) if c.end == end and c.kb]
    return start + 1 if town and all(k == C.City for c in town for e in c.kb for k in e.classes) else end
