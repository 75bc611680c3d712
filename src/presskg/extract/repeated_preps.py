"""A preposition said again in a coordination: "representatives of NASA and of the European Commission",
"agreements with Japan and with India", "from Kiruna and from Andøya".

The parser makes the second preposition a conjunct of the first, with its own object: a rule that reads the
first preposition's object and its conjuncts ("of NASA and the European Commission") never met the second
object. Read as the coordination it says, the second object is a conjunct of the first; each rule then reads
both, as it reads "of NASA and the European Commission". Only names are joined so: "funded by ESA and by a
grant from X" keeps its grant a means of its own.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


def joined_prepositions(parse: Parse) -> Parse:
    """``parse`` with the object of a preposition coordinated with the same preposition hung, as a conjunct, on
    the first one's object; the same object when there is none.

    >>> from presskg.model import Sentence, Token
    >>> words = [("of", "ADP", "prep", 0), ("NASA", "PROPN", "pobj", 0), ("and", "CCONJ", "cc", 0),
    ...          ("of", "ADP", "conj", 0), ("ESA", "PROPN", "pobj", 3)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in joined_prepositions(Parse(toks, (), (), "")).tokens]
    [('of', 'prep', 0), ('NASA', 'pobj', 0), ('and', 'cc', 0), ('of', 'conj', 0), ('ESA', 'conj', 1)]
    """
    tokens = None
    for t in parse.tokens:
        if t.dep != "conj" or t.pos != "ADP" or t.head == t.i:
            continue
        first = parse.tokens[t.head]
        if first.pos != "ADP" or first.text.lower() != t.text.lower():
            continue
        objects = [o.i for o in parse.tokens[first.i + 1:min(t.i, first.i + 40)]
                   if o.head == first.i and o.dep == "pobj" and o.pos == "PROPN"]
        if not objects:
            continue
        for o in parse.tokens[t.i + 1:t.i + 40]:  # (its object is near: a long text stays linear)
            if o.head == t.i and o.dep == "pobj" and o.pos == "PROPN":
                tokens = tokens or list(parse.tokens)
                tokens[o.i] = replace(tokens[o.i], dep="conj", head=objects[-1])
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
