"""A class noun whose first word the tagger reads as a verb's gerund: "the MAPHEUS-16 sounding rocket lifted off".

The lexicon gives some two-word nouns a class whose first word is a gerund ("sounding rocket", "orbiting
observatory", "tracking network": ``HEAD_CLASSES``). The tagger may take that word for a verb ("sounding"[VBG]) and
the parser then breaks the phrase: the name before it becomes the gerund's subject or modifier ("TEXUS-58" the
subject of "sounding"), so the rocket has no name and its launch no vehicle ("The TEXUS-58 sounding rocket was
launched on 5 May" gave nothing). Such a gerund right before its noun is a compound of that noun, and the words the
parser hung on it before it are the noun's (:func:`gerund_compounds`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import HEAD_CLASSES

#: The class nouns of two words whose first word is a gerund ("sounding rocket"), as (gerund, noun) pairs.
GERUND_NOUNS = frozenset(tuple(k.split()) for k in HEAD_CLASSES if len(k.split()) == 2 and k.split()[0].endswith("ing"))


def gerund_compounds(parse: Parse) -> Parse:
    """``parse`` with each gerund tagged as a verb that, with the noun right after it, is a class noun of the lexicon
    (:data:`GERUND_NOUNS`) made a compound of that noun; what hung on the gerund before it hangs on the noun
    (a name as its compound, a determiner as its determiner).

    >>> from presskg.model import Token
    >>> words = [("The", "DET", "DT", "det", 1), ("TEXUS-58", "NOUN", "NNS", "nsubj", 2),
    ...          ("sounding", "VERB", "VBG", "amod", 3), ("rocket", "NOUN", "NN", "nsubjpass", 5),
    ...          ("was", "AUX", "VBD", "auxpass", 5), ("launched", "VERB", "VBN", "ROOT", 5)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.pos, t.dep, t.head) for t in gerund_compounds(Parse(toks, (), (), "")).tokens][:3]
    [('The', 'DET', 'det', 3), ('TEXUS-58', 'PROPN', 'compound', 3), ('sounding', 'NOUN', 'compound', 3)]
    """
    toks = parse.tokens
    tokens = None
    for g in toks[:-1]:
        n = toks[g.i + 1]
        if g.tag != "VBG" or n.pos != "NOUN" or (g.text.lower(), n.text.lower()) not in GERUND_NOUNS:
            continue
        if g.head != n.i and n.head != g.i:
            continue
        tokens = tokens or list(toks)
        tokens[g.i] = replace(tokens[g.i], pos="NOUN", tag="NN", dep="compound", head=n.i)
        if n.head == g.i:  # ("sounding" the phrase's head, "rocket" its object: the noun takes the gerund's place)
            tokens[n.i] = replace(tokens[n.i], dep=g.dep, head=g.head)
        for k in toks[:g.i]:
            if k.head != g.i:
                continue
            if k.pos == "DET":
                tokens[k.i] = replace(tokens[k.i], dep="det", head=n.i)
            elif k.pos in ("NOUN", "PROPN", "NUM"):
                # a name the tagger made a plural or common noun ("TEXUS-58"[NNS]) is the rocket's name
                name = k.text[:1].isupper() or any(c.isdigit() for c in k.text)
                tokens[k.i] = replace(tokens[k.i], dep="compound", head=n.i,
                                      **({"pos": "PROPN", "tag": "NNP"} if name else {}))
        for k in toks:  # a determiner on the name ("The" of "The TEXUS-58") is the phrase's
            if k.dep == "det" and k.i < g.i and tokens[k.head].head == n.i and tokens[k.head].dep == "compound":
                tokens[k.i] = replace(tokens[k.i], head=n.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
