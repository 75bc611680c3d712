"""A noun of a long compound the parser cut in two: "launched the Tianwen-2 asteroid sample-return probe", with
"asteroid" the verb's object and "probe" the object of "asteroid", which no noun takes. The noun right before the
object's phrase is one of its compounds, and the object takes the noun's place (:func:`cut_compounds`). (A verb the
tagger took for a plural noun with an object, "DLR funds the X probe", is :mod:`.verb_pairs`'s.)

A class noun the parser hung on the verb after an unknown name: "ESA will supply the Lumen orbiter.", with "Lumen"
the object and "orbiter" an adverb of "supply". The noun is the object, the name its compound
(:func:`stray_class_nouns`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import HEAD_CLASSES

#: What the parser makes of a class noun it did not take into the name's phrase before it.
_STRAY = frozenset({"advmod", "npadvmod", "dep"})


def cut_compounds(parse: Parse) -> Parse:
    """``parse`` with each singular noun whose direct object's phrase starts right after it made a compound of that
    object, the object taking the noun's place; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("launched", "VERB", "VBD", "ROOT", 0), ("the", "DET", "DT", "det", 2),
    ...          ("asteroid", "NOUN", "NN", "dobj", 0), ("probe", "NOUN", "NN", "dobj", 2)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in cut_compounds(Parse(toks, (), (), "")).tokens][2:]
    [('asteroid', 'compound', 3), ('probe', 'dobj', 0)]
    """
    toks = parse.tokens
    tokens = None
    for t in toks:
        if t.pos != "NOUN" or t.tag != "NN" or t.dep != "dobj" or t.head == t.i:
            continue
        obj = next((k for k in toks[t.i + 1:t.i + 6] if k.head == t.i and k.dep == "dobj" and k.pos == "NOUN"), None)
        # the object's phrase begins right after the noun: every word between hangs inside it
        if obj is None or any(not (t.i < k.head <= obj.i) for k in toks[t.i + 1:obj.i]):
            continue
        tokens = tokens or list(toks)
        tokens[obj.i] = replace(tokens[obj.i], dep=t.dep, head=t.head)
        tokens[t.i] = replace(tokens[t.i], dep="compound", head=obj.i)
        # the noun's determiner is the phrase's; what follows the phrase is the verb's ("launched the X probe on a Long
        # March 3B rocket from Y": the parser hung those phrases on the noun too)
        for k in toks:
            if k.head == t.i and k.dep == "det":
                tokens[k.i] = replace(tokens[k.i], head=obj.i)
            elif k.head == t.i and k.i > obj.i:
                tokens[k.i] = replace(tokens[k.i], head=t.head if toks[t.head].pos == "VERB" else obj.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def stray_class_nouns(parse: Parse) -> Parse:
    """``parse`` with each class noun (lexicon ``HEAD_CLASSES``) that hangs on a verb as an adverb right after a
    name of that verb's made the head of the name's phrase: the name its compound, its determiner the noun's.

    >>> from presskg.model import Token
    >>> words = [("ESA", "PROPN", "NNP", "nsubj", 1), ("supplies", "VERB", "VBZ", "ROOT", 1),
    ...          ("the", "DET", "DT", "det", 3), ("Lumen", "PROPN", "NNP", "dobj", 1),
    ...          ("orbiter", "NOUN", "NN", "advmod", 1)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in stray_class_nouns(Parse(toks, (), (), "")).tokens][2:]
    [('the', 'det', 4), ('Lumen', 'compound', 4), ('orbiter', 'dobj', 1)]
    """
    toks = parse.tokens
    tokens = None
    for t in toks[1:]:
        name = toks[t.i - 1]
        if (t.pos != "NOUN" or t.dep not in _STRAY or t.lemma.lower() not in HEAD_CLASSES or name.pos != "PROPN"
                or name.head != t.head or toks[t.head].pos not in ("VERB", "AUX") or name.dep in _STRAY
                or not any(k.head == name.i and k.dep in ("det", "poss") for k in toks[max(0, name.i - 3):name.i])):
            continue
        tokens = tokens or list(toks)
        tokens[t.i] = replace(tokens[t.i], dep=name.dep, head=name.head)
        tokens[name.i] = replace(tokens[name.i], dep="compound", head=t.i)
        for k in toks[:name.i]:  # the name's determiner and modifiers are the phrase's
            if k.head == name.i:
                tokens[k.i] = replace(tokens[k.i], head=t.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
