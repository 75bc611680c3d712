"""A body, a craft's class noun and the craft's name, written as one phrase: "NASA rover Tarvos collected a sample",
"The ESA probe Kelvo reached Venus".

The small model often reads the body as the clause's subject and the name as its apposition or as a second
subject ("[NASA] rover [Tarvos] collected"): the craft then does nothing and the body does what the craft did. In
such a run, a proper noun, then a lowercase noun of a craft's or a mission's class (lexicon ``HEAD_CLASSES``) that
is a compound of the name after it, the body is that noun's compound (as in "the NASA InSight mission"), and the
name takes the place in the clause that the parser gave the body.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES

#: Kinds of thing a body's craft noun names ("rover", "probe", "mission", "satellite").
_CRAFT = (C.Spacecraft, C.Mission)


def agency_before_craft(parse: Parse) -> Parse:
    """``parse`` with each such run read as one phrase headed by the name; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("NASA", "PROPN", "nsubj", 1), ("rover", "NOUN", "compound", 2), ("Tarvos", "PROPN", "nsubj", 3),
    ...          ("landed", "VERB", "ROOT", 3)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in agency_before_craft(Parse(toks, (), (), "")).tokens][:3]
    [('NASA', 'compound', 1), ('rover', 'compound', 2), ('Tarvos', 'nsubj', 3)]
    """
    toks = parse.tokens
    tokens = None
    for body in toks[:-2]:
        noun, name = toks[body.i + 1], toks[body.i + 2]
        if body.pos != "PROPN" or not body.text[:1].isupper() or body.dep in ("compound", "nmod") \
                or noun.pos != "NOUN" or not noun.text.islower() or noun.dep != "compound" or noun.head != name.i \
                or name.pos != "PROPN" or not name.text[:1].isupper() or not body.whitespace:
            continue
        cls = HEAD_CLASSES.get(noun.text)
        if cls is None or not any(c in ancestors(cls) for c in _CRAFT):
            continue
        tokens = tokens or list(toks)
        if name.dep == "appos" and name.head == body.i or name.dep in ("compound", "nmod"):
            tokens[name.i] = replace(name, dep=body.dep, head=name.i if body.head == body.i else body.head)
        tokens[body.i] = replace(body, dep="compound", head=noun.i)
        for k, t in enumerate(tokens):  # what hung on the body (its determiner) is the name's
            if t.head == body.i and k != noun.i and k != body.i:
                tokens[k] = replace(t, head=name.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
