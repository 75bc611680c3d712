"""A name apposed to the last of two coordinated nouns, which the parser hangs on the first: "the ministry and the
French space agency CNES signed".

The parser makes "CNES" an apposition of "the ministry", the first conjunct, so "the ministry" reads as CNES and
the ministry signs nothing. A name right after a common noun that is a conjunct of the apposition's head names that
noun, the nearest one: "ESA and the US agency NASA", "the institute and the company Orbitara".

A description hung on a noun from across its verb is the name's right before its comma: "The contract was signed by
ZKRA, the Zephyr Space Research Agency, in June" (the parser hangs the agency on "contract", which then read as the
agency, an agreement): :func:`far_appositions`.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .heads import under


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


def apposed_conjuncts(parse: Parse) -> Parse:
    """A name with its own article joined to a name apposed to a class noun is the noun's conjunct, not the
    apposition's: "built by the French company Optix and the University of Lyon" (the parser joins the university
    to Optix, and it read as a French company that built nothing). Without an article the name shares the noun
    ("the companies Optix and Vexel"); the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("company", "NOUN", "pobj", 5), ("Optix", "PROPN", "appos", 0), ("and", "CCONJ", "cc", 1),
    ...          ("the", "DET", "det", 4), ("University", "PROPN", "conj", 1), ("built", "VERB", "ROOT", 5)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "NN" if w == "company" else "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in apposed_conjuncts(Parse(toks, (), (), "")).tokens][4]
    ('University', 'conj', 0)
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep != "conj" or y.pos != "PROPN" or y.head >= y.i:
            continue
        a = toks[y.head]
        if a.dep != "appos" or a.pos != "PROPN" or a.head >= a.i or toks[a.head].tag != "NN":
            continue  # (a plural noun's appositions are its members: "four instruments: a camera and a telescope")
        if any(toks[k].head != a.i or toks[k].dep != "compound" for k in range(a.head + 1, a.i)):
            continue  # the name right after its noun: "the company Optix", "the company Bioflux Labs"
        if not any(t.head == y.i and t.dep == "det" and t.i < y.i for t in toks[max(0, y.i - 6):y.i]):
            continue
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=a.head)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def far_appositions(parse: Parse) -> Parse:
    """``parse`` with such appositions hung on the name before their comma; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("contract", "NOUN", "nsubjpass", 1), ("signed", "VERB", "ROOT", 1), ("by", "ADP", "agent", 1),
    ...          ("ZKRA", "PROPN", "pobj", 2), (",", "PUNCT", "punct", 1), ("the", "DET", "det", 6),
    ...          ("Agency", "PROPN", "appos", 0)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in far_appositions(Parse(toks, (), (), "")).tokens][6]
    ('Agency', 'appos', 3)
    """
    toks = parse.tokens
    tokens = None
    for a in toks:
        if a.dep != "appos" or a.head >= a.i:
            continue
        first = a.i  # the apposition's own first word ("the Zephyr Space Research Agency")
        while first > 0 and toks[first - 1].dep in ("det", "compound", "amod") and under(toks, first - 1, a.i):
            first -= 1
        k = first - 2
        if k <= a.head or toks[first - 1].text != "," or toks[k].pos not in ("PROPN", "NOUN") \
                or under(toks, k, a.head) or toks[first].dep != "det":
            continue  # (not "the satellite, the first of its kind,": the name before the comma is the noun's own;
            # nor a bare name, "the Chair of the X Agency, Anke Lind,": a post's holder, read by title_slots)
        while toks[k].dep == "compound" and toks[k].head > k:  # the name's head word
            k = toks[k].head
        tokens = tokens or list(toks)
        tokens[a.i] = replace(tokens[a.i], head=k)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))

