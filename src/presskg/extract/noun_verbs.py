"""A noun of a long compound the parser cut in two: "launched the Tianwen-2 asteroid sample-return probe", with
"asteroid" the verb's object and "probe" the object of "asteroid", which no noun takes. The noun right before the
object's phrase is one of its compounds, and the object takes the noun's place (:func:`cut_compounds`). (A verb the
tagger took for a plural noun with an object, "DLR funds the X probe", is :mod:`.verb_pairs`'s.)
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


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
