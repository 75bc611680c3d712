"""A name apposed to the last of two coordinated nouns, which the parser hangs on the first: "the ministry and the
French space agency CNES signed".

The parser makes "CNES" an apposition of "the ministry", the first conjunct, so "the ministry" reads as CNES and
the ministry signs nothing. A name right after a common noun that is a conjunct of the apposition's head names that
noun, the nearest one: "ESA and the US agency NASA", "the institute and the company Orbitara".
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


def conjunct_appositions(parse: Parse) -> Parse:
    """``parse`` with such names hung on the conjunct right before them; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("ministry", "NOUN", "nsubj", 4), ("and", "CCONJ", "cc", 0), ("agency", "NOUN", "conj", 0),
    ...          ("CNES", "PROPN", "appos", 0), ("signed", "VERB", "ROOT", 4)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in conjunct_appositions(Parse(toks, (), (), "")).tokens][3]
    ('CNES', 'appos', 2)
    """
    toks = parse.tokens
    tokens = None
    for a in toks:
        if a.dep != "appos" or a.pos != "PROPN" or a.i == 0 or a.head >= a.i - 1:
            continue
        # the name's own words before it ("the agency Kelmar Space"): back to the first of them
        first = min([a.i, *(j for j in range(max(0, a.i - 4), a.i) if toks[j].head == a.i
                              and toks[j].dep == "compound")])
        k = first - 1
        noun = toks[k]
        if noun.pos != "NOUN" or noun.dep != "conj" or noun.head != a.head or toks[a.head].pos != "NOUN":
            continue
        tokens = tokens or list(toks)
        tokens[a.i] = replace(tokens[a.i], head=k)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
