"""Nouns the parser gave a direct object, which no noun takes.

* A verb in the third person the tagger took for a plural noun: "DLR funds the Vela-3 probe", parsed as one noun
  phrase, "DLR funds", with "the Vela-3 probe" its object. A plural noun that heads its clause and has one is the
  clause's verb, and the name right before it, which the parser hung on it as a compound, is its subject ("DLR
  funds", "ESA leads"), as in "The agency funds the probe", read right (:func:`nouns_with_objects`).
* A noun of a long compound the parser cut in two: "launched the Tianwen-2 asteroid sample-return probe", with
  "asteroid" the verb's object and "probe" the object of "asteroid". The noun right before the object's phrase is
  one of its compounds, and the object takes the noun's place (:func:`cut_compounds`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


def nouns_with_objects(parse: Parse) -> Parse:
    """``parse`` with each such noun made a verb (``VBZ``) and the name before it its subject; the same object
    when there is none.

    >>> from presskg.model import Token
    >>> words = [("DLR", "PROPN", "NNP", "compound", 1), ("funds", "NOUN", "NNS", "ROOT", 1),
    ...          ("the", "DET", "DT", "det", 3), ("probe", "NOUN", "NN", "dobj", 1)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.pos, t.dep, t.head) for t in nouns_with_objects(Parse(toks, (), (), "")).tokens][:2]
    [('DLR', 'PROPN', 'nsubj', 1), ('funds', 'VERB', 'ROOT', 1)]
    """
    toks = parse.tokens
    tokens = None
    for t in toks:
        if t.tag != "NNS" or t.dep != "ROOT" or t.head != t.i or not t.text.islower() or t.i == 0:
            continue
        name = toks[t.i - 1]
        if name.dep != "compound" or name.head != t.i or not name.text[:1].isupper() \
                or not any(k.head == t.i and k.dep == "dobj" and k.i > t.i for k in toks):
            continue
        tokens = tokens or list(toks)
        tokens[t.i] = replace(t, pos="VERB", tag="VBZ")
        tokens[name.i] = replace(name, dep="nsubj")
        for k in toks[:name.i]:  # what stood before the name in its phrase ("the agency DLR") is the name's
            if k.head == t.i:
                tokens[k.i] = replace(k, head=name.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


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
