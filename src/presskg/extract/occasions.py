"""A moment of an event told as the preposition's object: "Speaking at the opening of the conference in Dubai on 3 May,
A announced ...", "on the eve of the summit", "at the close of the meeting".

The parser makes the moment's noun ("opening") the object of "at" and the event its "of" phrase, so every rule that
reads "at <a gathering>" (who takes part, where and when it is) saw a noun of no class there. The reader takes the
event as the object of the preposition, the moment's noun a modifier of it (lexicon ``OCCASION_NOUNS``), and the
phrases after the event that the parser hung on the moment ("in Dubai", "on 3 May") as the event's. The edge of
an event ("on the sidelines of X", lexicon ``SIDELINE_NOUNS``) is read by its own rules and left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import WORD_CLASSES

_OCCASIONS = frozenset(WORD_CLASSES["OCCASION_NOUNS"])
#: Prepositions that set a clause at a moment of an event.
_AT = frozenset({"at", "on", "during", "before", "after", "following", "ahead"})


def occasion_objects(parse: Parse) -> Parse:
    """``parse`` with each such event hung on the preposition, the moment's noun on the event; the same object when
    there is none.

    >>> from presskg.model import Token
    >>> words = [("spoke", "VERB", "ROOT", 0), ("at", "ADP", "prep", 0), ("the", "DET", "det", 3),
    ...          ("opening", "NOUN", "pobj", 1), ("of", "ADP", "prep", 3), ("the", "DET", "det", 6),
    ...          ("congress", "NOUN", "pobj", 4)]
    >>> toks = tuple(Token(i, w, 0, w, pos, "", dep, h, "", "O", " ") for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in occasion_objects(Parse(toks, (), (), "")).tokens][3:]
    [('opening', 'nmod', 6), ('of', 'prep', 3), ('the', 'det', 6), ('congress', 'pobj', 1)]
    """
    toks = parse.tokens
    tokens = None
    for o in toks:
        if o.dep != "pobj" or o.lemma.lower() not in _OCCASIONS or toks[o.head].text.lower() not in _AT:
            continue
        of = [p for p in toks[o.i + 1:] if p.head == o.i and p.dep == "prep" and p.text.lower() == "of"]
        event = [e for p in of[:1] for e in toks[p.i + 1:] if e.head == p.i and e.dep == "pobj"
                 and e.pos in ("NOUN", "PROPN")]
        if not event:
            continue
        tokens = tokens or list(toks)
        e = event[0].i
        tokens[e] = replace(tokens[e], head=o.head, dep="pobj")
        tokens[o.i] = replace(tokens[o.i], head=e, dep="nmod")
        for p in toks[e + 1:]:  # ("at the opening of the congress in Dubai on 3 May": the congress's place and day)
            if p.head == o.i and p.dep == "prep":
                tokens[p.i] = replace(tokens[p.i], head=e)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
