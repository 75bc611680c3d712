"""People named after their group and its body: "Two astronauts from the Orvik Space Agency, Lena Varga and Ivo Sarr,
have been selected", "three engineers of the Vela Institute, Ana Ruiz, Marta Kell and Ivo Sarr, built it".

The parser coordinates the first person with the body ("Agency and Varga"), so the people read as a second body
and the group noun stands for no one. A run of people's names (the model's PERSON) set off by a comma right after
the "of"/"from"/"at" phrase of a plural noun of people (lexicon ``WORKER_NOUNS``), hung on that phrase's object,
names the people the noun counts: the first becomes the noun's apposition and the others its conjuncts, as the parser
reads "The two astronauts, A and B, were selected" (groups.listed_members then reads them).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import WORD_CLASSES

_PEOPLE_NOUNS = frozenset(WORD_CLASSES["WORKER_NOUNS"])


def group_people(parse: Parse) -> Parse:
    """``parse`` with such names hung on the plural noun; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("astronauts", "NOUN", "NNS", "nsubj", 8, ""), ("from", "ADP", "IN", "prep", 0, ""),
    ...          ("ESA", "PROPN", "NNP", "pobj", 1, "ORG"), (",", "PUNCT", ",", "punct", 2, ""),
    ...          ("Ana", "PROPN", "NNP", "compound", 5, "PERSON"), ("Ruiz", "PROPN", "NNP", "conj", 2, "PERSON"),
    ...          ("and", "CCONJ", "CC", "cc", 5, ""), ("Ivo", "PROPN", "NNP", "conj", 5, "PERSON"),
    ...          ("flew", "VERB", "VBD", "ROOT", 8, "")]
    >>> toks = tuple(Token(i, w, 0, w.lower().removesuffix("s"), pos, tag, dep, h, ent, "O", " ")
    ...              for i, (w, pos, tag, dep, h, ent) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in group_people(Parse(toks, (), (), "")).tokens][5:8]
    [('Ruiz', 'appos', 0), ('and', 'cc', 5), ('Ivo', 'conj', 5)]
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep not in ("conj", "appos") or y.ent_type != "PERSON" or y.head >= y.i:
            continue
        body = toks[y.head]
        of = toks[body.head]
        group = toks[of.head]
        if body.dep != "pobj" or of.dep != "prep" or of.text.lower() not in ("of", "from", "at") \
                or group.tag != "NNS" or group.lemma.lower() not in _PEOPLE_NOUNS:
            continue
        first = min(k.i for k in toks[body.i + 1:y.i + 1] if k.head == y.i or k.i == y.i)  # (its first name)
        if first == 0 or toks[first - 1].text != ",":
            continue  # set off by a comma: "astronauts from ESA, A and B", not "astronauts from ESA and A"
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=group.i, dep="appos")
        for k in toks[y.i + 1:]:
            if k.head == y.i and k.dep == "conj" and k.ent_type == "PERSON":
                tokens[k.i] = replace(tokens[k.i], head=y.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
