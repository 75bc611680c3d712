"""A made thing joined to the body a thing before it is "for": "carrying the Vela satellites for CNES and the Orsa
satellite built for the UK Space Agency".

The parser joins "the Orsa satellite" to "CNES", the nearest noun, so the second satellite reads as a party the
first was built for and the launch carries only the first. A conjunct with its own article whose noun is of a made
thing (a craft, an instrument: lexicon ``HEAD_CLASSES``), joined to the name a "for" phrase holds, is a conjunct of
the noun that phrase modifies (of the noun heading that noun's "of" phrases: "the CO3D constellation of four
satellites for CNES and Airbus, and the MicroCarb satellite" joins the constellation).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES

_MADE = (C.Spacecraft, C.Instrument, C.Mission)


def purposed_conjuncts(parse: Parse) -> Parse:
    """``parse`` with such conjuncts hung on the thing they are listed with; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("carrying", "VERB", "ROOT", 0), ("satellites", "NOUN", "dobj", 0), ("for", "ADP", "prep", 1),
    ...          ("CNES", "PROPN", "pobj", 2), ("and", "CCONJ", "cc", 3), ("the", "DET", "det", 6),
    ...          ("satellite", "NOUN", "conj", 3)]
    >>> toks = tuple(Token(i, w, 0, w.rstrip("s") if w.startswith("sat") else w, pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in purposed_conjuncts(Parse(toks, (), (), "")).tokens][6]
    ('satellite', 'conj', 1)
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep != "conj" or y.pos != "NOUN" or y.head >= y.i or not _made(y.lemma):
            continue
        body = toks[y.head]
        prep = toks[body.head]
        if body.pos != "PROPN" or body.dep != "pobj" or prep.text.lower() != "for":
            continue
        if not any(t.head == y.i and t.dep == "det" for t in toks[max(0, y.i - 6):y.i]):
            continue  # "for CNES and Orsa scientists": no article, no thing of its own
        # the noun the "for" phrase is on, or the object of the verb it is on ("carrying X for CNES")
        noun = prep.head if toks[prep.head].pos == "NOUN" else next(
            (t.i for t in toks[prep.head:prep.i] if t.head == prep.head and t.dep == "dobj"), None)
        if noun is None:
            continue
        while toks[noun].dep == "pobj" and toks[toks[noun].head].text.lower() == "of" \
                and toks[toks[toks[noun].head].head].pos == "NOUN":
            noun = toks[toks[noun].head].head  # "the X constellation of four satellites for A": the constellation
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=noun)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _made(lemma: str) -> bool:
    cls = HEAD_CLASSES.get(lemma.lower())
    return cls is not None and any(m in ancestors(cls) for m in _MADE)
