"""The subject of a second clause the parser took for a second object: "JAXA will supply the camera and the
Kelmar Space Agency will build the rover".

The parser coordinates "the Kelmar Space Agency" with "the camera" (both objects of "supply") and leaves "will
build" with no subject, so every rule read JAXA as the builder of the rover. A noun coordinated with an object,
right before a verb coordinated with the first one (nothing but auxiliaries and adverbs between) and with no
subject of its own, is that verb's subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse

#: What may stand between the lost subject and its verb: "will", "has", "also".
_BETWEEN = ("aux", "auxpass", "advmod", "neg")


def lost_subjects(parse: Parse) -> Parse:
    """``parse`` with such a noun made the subject of its verb; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("JAXA", "PROPN", "nsubj", 1), ("supplies", "VERB", "ROOT", 1), ("cameras", "NOUN", "dobj", 1),
    ...          ("and", "CCONJ", "cc", 2), ("KSA", "PROPN", "conj", 2), ("builds", "VERB", "conj", 1),
    ...          ("rovers", "NOUN", "dobj", 5)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in lost_subjects(Parse(toks, (), (), "")).tokens][4]
    ('KSA', 'nsubj', 5)
    """
    toks = parse.tokens
    tokens = None
    with_subject = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass", "expl")}  # (one pass: long texts)
    for v in toks:
        if v.dep != "conj" or v.pos not in ("VERB", "AUX") or v.head == v.i or toks[v.head].pos not in ("VERB", "AUX"):
            continue
        if v.i in with_subject:
            continue
        k = v.i - 1
        while k > 0 and toks[k].head == v.i and toks[k].dep in _BETWEEN:
            k -= 1
        noun = toks[k]
        if noun.pos not in ("NOUN", "PROPN") or noun.dep != "conj" or k <= 0:
            continue
        first = toks[noun.head]  # the object it was coordinated with, of the first verb
        if first.head != v.head or first.dep not in ("dobj", "obj", "attr") or not any(
                toks[j].pos == "CCONJ" for j in range(first.i + 1, k)):
            continue
        tokens = tokens or list(toks)
        tokens[k] = replace(tokens[k], dep="nsubj", head=v.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
