"""A verb in the third person the tagger took for a plural noun: "DLR funds the Vela-3 probe", parsed as one noun
phrase, "DLR funds", with "the Vela-3 probe" its object.

A noun takes no direct object: a plural noun that heads its clause and has one is the clause's verb, and the name
right before it, which the parser hung on it as a compound, is its subject ("DLR funds", "ESA leads"), as in "The
agency funds the probe", read right. The noun's lemma is the verb's ("funds" → "fund").
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
