"""A body joined to the people of another: "Representatives of Canada and the United States met in Ottawa".

The parser coordinates "the United States" with "Representatives", not with "Canada", so the meeting's parties were
the representatives (standing for Canada) and the United States as a second subject, and a rule that reads what a
group of people stands for saw only Canada on one side. A name the model marks as a country or a body, coordinated
with a plural noun of people whose "of"/"from" phrase names a name of the same kind, is that name's conjunct:
"Delegates of Japan and the United Kingdom", "officials from ESA and the German Aerospace Center" (the parser often
gets the second right). So is a list's middle name the parser took for the people's apposition ("the heads of A, B and
C"). People told apart stay apart: "Officials of ESA and Dr Anna Berg" (a person's name) is two subjects.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse

#: The model's labels of the names that may be joined (countries and bodies).
_BODIES = frozenset({"GPE", "ORG", "NORP"})


def joined_bodies(parse: Parse) -> Parse:
    """``parse`` with such names hung on the name of the people's phrase; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("Delegates", "NOUN", "NNS", "nsubj", 7, ""), ("of", "ADP", "IN", "prep", 0, ""),
    ...          ("Japan", "PROPN", "NNP", "pobj", 1, "GPE"), ("and", "CCONJ", "CC", "cc", 0, ""),
    ...          ("the", "DET", "DT", "det", 6, "GPE"), ("United", "PROPN", "NNP", "compound", 6, "GPE"),
    ...          ("Kingdom", "PROPN", "NNP", "conj", 0, "GPE"), ("signed", "VERB", "VBD", "ROOT", 7, "")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, ent, "O", " ")
    ...              for i, (w, pos, tag, dep, h, ent) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in joined_bodies(Parse(toks, (), (), "")).tokens][6]
    ('Kingdom', 'conj', 2)
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep not in ("conj", "appos") or y.pos != "PROPN" or y.ent_type not in _BODIES or y.head >= y.i:
            continue
        if y.dep == "appos" and not _listed_after_comma(toks, y.i):
            continue  # "the heads of ESA, the Kelmar Space Agency and ...": a list's item, not the heads' apposition
        people = toks[y.head]
        if people.pos != "NOUN" or people.tag != "NNS":
            continue
        # the people's own "of"/"from" phrase, before the name: its object is a name of the same kind
        named = [o for p in toks[people.i + 1:y.i] if p.head == people.i and p.dep == "prep"
                 and p.text.lower() in ("of", "from") for o in toks[p.i + 1:y.i]
                 if o.head == p.i and o.dep == "pobj" and o.pos == "PROPN" and o.ent_type in _BODIES]
        if len(named) != 1:
            continue
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=named[0].i, dep="conj")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _listed_after_comma(toks, y: int) -> bool:
    """The name at ``y`` opens (with its determiner and compound words) right after a comma and is itself followed by
    a conjunct: an item in the middle of a list ("of A, B and C"), which no apposition of people is."""
    k = y
    while k > 0 and toks[k - 1].head == y and toks[k - 1].dep in ("det", "compound", "amod"):
        k -= 1
    return k > 0 and toks[k - 1].text == "," and any(t.head == y and t.dep == "conj" for t in toks[y + 1:])
