"""A name written with its class noun inside a list of names: "developed by DLR, the French company Optix and the
University of Bern".

The parser reads "the French company" as an apposition to DLR (DLR then reads as a French company) and hangs the
university on Optix, so only DLR develops anything. A common noun with an article, apposed to a name and itself
followed by another name apposed to it ("the company Optix"), in a list closed by "and", is the next member of
the list, not a description of the name before it: it becomes that name's conjunct, and so do the names joined to
the noun's name (the noun is singular: "the company Optix and Vexel" are two).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


def named_list_members(parse: Parse) -> Parse:
    """``parse`` with each such noun made the conjunct of the name before it; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP", "IN", "agent", 0), ("DLR", "PROPN", "NNP", "pobj", 0), (",", "PUNCT", ",", "punct", 1),
    ...          ("the", "DET", "DT", "det", 4), ("company", "NOUN", "NN", "appos", 1),
    ...          ("Optix", "PROPN", "NNP", "appos", 4), ("and", "CCONJ", "CC", "cc", 5),
    ...          ("Vexel", "PROPN", "NNP", "conj", 5)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in named_list_members(Parse(toks, (), (), "")).tokens][4]
    ('company', 'conj', 1)
    """
    toks = parse.tokens
    tokens = None
    for n in toks:
        if n.tag not in ("NN", "NNP") or n.pos == "PROPN" and not n.text.islower():
            continue  # a common noun ("the space astrophysics institute", which the tagger may call a name)
        first = _first_name(toks, n)
        if first is None or not any(t.head == n.i and t.dep == "det" for t in toks[first + 1:n.i]):
            continue
        name = toks[n.i + 1] if n.i + 1 < len(toks) else None
        if name is None or name.head != n.i or name.dep != "appos" or name.pos != "PROPN" \
                or name.text == toks[first].text:
            continue  # "DLR, the German space agency DLR": the same name
        # a list closed by "and": on the name ("Optix and the University") or on the noun
        if not any(t.dep == "cc" and t.text.lower() == "and" and t.head in (n.i, name.i)
                   for t in toks[name.i:min(len(toks), name.i + 8)]):
            continue
        tokens = tokens or list(toks)
        tokens[n.i] = replace(tokens[n.i], dep="conj", head=first)
        for t in toks[name.i + 1:min(len(toks), name.i + 12)]:  # "... IAS and Braunschweig University": the list's
            if t.head == name.i and t.dep == "conj":  # next member (a singular noun names one thing)
                tokens[t.i] = replace(tokens[t.i], head=first)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _first_name(toks, n) -> int | None:
    """The name before the comma that opens noun ``n``'s phrase: the name it is apposed to, or (the parser may hang
    the phrase on the verb: "by DLR, the institute IAS and ...") the name a preposition's phrase ends with."""
    if n.dep == "appos" and n.head < n.i and toks[n.head].pos == "PROPN":
        k = n.head
    elif n.dep in ("npadvmod", "dep") and n.head < n.i and toks[n.head].pos == "VERB":
        k = min([t.i for t in toks[max(0, n.i - 8):n.i] if t.head == n.i] + [n.i]) - 2  # before ", the ..."
        if k < 0 or toks[k].pos != "PROPN" or toks[k].dep != "pobj":
            return None
    else:
        return None
    return k if k + 1 < n.i and toks[k + 1].text == "," else None
