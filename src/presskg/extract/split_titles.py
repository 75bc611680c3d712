"""A title the parser splits off the name it stands before: "DLR chair Anke Weiss welcomed the crew", "signed by DLR
Executive Board Chair Anke Lind and ..." (the name the participle's object: :func:`_agent_title`).

The small model sometimes reads "DLR chair" and "Anke Weiss" as two subjects of one verb (two ``nsubj``), so no
rule sees a title on the name. A lowercase title noun (lexicon HEAD_TITLES, MEMBER_TITLES, RANK_TITLES, one
word) right before a capitalized name, both subjects of the same verb, is the name's compound, as in "NASA chief
Bill Carver", which the parser reads whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Parse, Token
from .lexicon import WORD_CLASSES

_TITLES = frozenset(w for k in ("HEAD_TITLES", "MEMBER_TITLES", "RANK_TITLES") for w in WORD_CLASSES[k] if " " not in w)


def joined_titles(parse: Parse) -> Parse:
    """``parse`` with each split title made the compound of the name after it; the same object when none is.

    >>> from presskg.model import Token
    >>> toks = (Token(0, "DLR", 0, "dlr", "NOUN", "NN", "compound", 1, "", "O", " "),
    ...         Token(1, "chair", 4, "chair", "NOUN", "NN", "nsubj", 4, "", "O", " "),
    ...         Token(2, "Anke", 10, "Anke", "PROPN", "NNP", "compound", 3, "", "O", " "),
    ...         Token(3, "Weiss", 15, "Weiss", "PROPN", "NNP", "nsubj", 4, "", "O", " "),
    ...         Token(4, "spoke", 21, "speak", "VERB", "VBD", "ROOT", 4, "", "O", ""))
    >>> [(t.dep, t.head) for t in joined_titles(Parse(toks, (), (), "")).tokens][1]
    ('compound', 3)
    """
    toks = parse.tokens
    tokens = None
    for t in toks:
        if t.dep == "pobj" and t.lemma.lower() in _TITLES and (named := _agent_title(toks, t)) is not None:
            tokens = tokens or list(toks)
            tokens[named] = replace(tokens[named], dep=t.dep, head=t.head)
            tokens[t.i] = replace(t, dep="compound", head=named)
            continue
        if t.dep != "nsubj" or t.pos != "NOUN" or not t.text.islower() or t.lemma not in _TITLES:
            continue
        k = t.i + 1
        while k < len(toks) and toks[k].pos == "PROPN" and toks[k].text[:1].isupper() and toks[k].dep == "compound":
            k += 1
        name = toks[k] if k < len(toks) else None
        if name is None or name.pos != "PROPN" or name.dep != "nsubj" or name.head != t.head:
            continue
        tokens = tokens or list(toks)
        tokens[t.i] = replace(t, dep="compound", head=name.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _agent_title(toks: Sequence[Token], t: Token) -> int | None:
    """The name right after the title ``t`` that closes an "of"/"by" phrase ("signed by DLR Executive Board Chair
    | Anke Lind and ...", parsed with the name the participle's object): the head of its run of capitalized names,
    hung on the verb the title's phrase hangs on; else None."""
    prep = toks[t.head]
    k = t.i + 1
    if k >= len(toks) or toks[k].pos != "PROPN" or toks[k].ent_type != "PERSON":
        return None
    while toks[k].dep == "compound" and k < toks[k].head <= t.i + 6:  # (up to the name's head: "Anke Kaysser-Pyzalla")
        k = toks[k].head
    name = toks[k]
    if name.pos != "PROPN" or name.ent_type != "PERSON" or name.head != prep.head \
            or name.dep not in ("dobj", "npadvmod", "appos", "dep"):
        return None
    return k
