"""Names listed right after a plural noun, set off by commas, which the parser hangs elsewhere: "launched two
satellites, Orsa-1 and Orsa-2, on 4 May", "released two small rovers, LEV-1 and LEV-2, developed with X"; or right
after a definite one with no comma: "will study the moons Ganymede, Callisto and Europa".

The small model reads a coded name ("Orsa-1") as a number hung on the verb, or makes the first name a conjunct of
the noun ("rovers and LEV-1"); either way the noun no longer stands for the names. A run of names written
right after a plural noun and a comma, joined by commas and a last "and", and closed by a comma or the sentence's
end, names what the noun counts: the first becomes the noun's apposition and the others its conjuncts, as the
parser reads "The two satellites, Varda-1 and Varda-2, were launched" (groups.listed_members then reads them).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token


def listed_names(parse: Parse) -> Parse:
    """``parse`` with such names hung on the plural noun; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("launched", "VERB", "VBD", "ROOT", 0), ("satellites", "NOUN", "NNS", "dobj", 0),
    ...          (",", "PUNCT", ",", "punct", 1), ("Orsa-1", "NUM", "CD", "npadvmod", 0),
    ...          ("and", "CCONJ", "CC", "cc", 3), ("Orsa-2", "NUM", "CD", "conj", 3), (",", "PUNCT", ",", "punct", 0)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in listed_names(Parse(toks, (), (), "")).tokens][3:6]
    [('Orsa-1', 'appos', 1), ('and', 'cc', 3), ('Orsa-2', 'conj', 3)]
    """
    toks = parse.tokens
    ends = {s.end for s in parse.sentences} | {len(toks)}
    tokens = None
    for n in toks:
        if n.tag != "NNS" or n.pos != "NOUN" or n.i + 4 >= len(toks):
            continue
        # "the moons Ganymede, Callisto and Europa": with no comma, a noun its article or possessor makes definite
        comma = toks[n.i + 1].text == ","
        if not comma and not any(k.head == n.i and k.dep in ("det", "poss") and k.i < n.i for k in toks[:n.i]):
            continue
        names = _run(toks, n.i + 2 if comma else n.i + 1, ends)
        if len(names) < 2 or all(toks[k].head == n.i and toks[k].dep == "appos" for k in names[:1]):
            continue
        tokens = tokens or list(toks)
        tokens[names[0]] = replace(tokens[names[0]], dep="appos", head=n.i)
        for k in names[1:]:
            tokens[k] = replace(tokens[k], dep="conj", head=names[0])
        for k in range(names[0] + 1, names[-1]):
            if toks[k].text in (",", "and"):
                tokens[k] = replace(tokens[k], head=names[0])
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _run(toks: tuple[Token, ...], k: int, ends: set[int]) -> list[int]:
    """The names from ``k`` (each one word, or words joined by hyphens, "Vela-A": its head word): "A and B",
    "A, B and C", closed by a comma or the end of the sentence; or nothing."""
    names: list[int] = []
    while k < len(toks) and (unit := _unit(toks, k)) is not None:
        head, k = unit
        names.append(head)
        nxt = toks[k].text.lower() if k < len(toks) else ""
        if nxt == "and" and k + 1 < len(toks) and (last := _unit(toks, k + 1)) is not None:
            names.append(last[0])
            end = last[1]
            closed = end in ends or end < len(toks) and toks[end].text in (",", ".", ";")
            return names if closed else []
        if nxt != ",":
            return []
        k += 1
    return []


def _unit(toks: tuple[Token, ...], k: int) -> tuple[int, int] | None:
    """The name at ``k`` as (its head word, the index after it): one word, or words joined by hyphens with no
    space ("Vela-A", which the tokenizer splits); None if no name starts there."""
    end = k + 1
    while end + 1 < len(toks) and not toks[end - 1].whitespace and toks[end].text in ("-", "–") \
            and not toks[end].whitespace and toks[end + 1].text[:1].isalnum():
        end += 2
    inside = range(k, end)
    head = next((j for j in inside if toks[j].head not in inside or toks[j].head == j), end - 1)
    return (head, end) if _word(toks[k]) and _name(toks[head]) else None


def _word(t: Token) -> bool:
    """A word of a name: capitalised, a proper noun or a coded name read as a number ("Orsa-1", "LEV-2")."""
    return t.text[:1].isupper() and (t.pos == "PROPN" or t.pos == "NUM" and any(c.isalpha() for c in t.text))


def _name(t: Token) -> bool:
    """A name's head word: no modifier of a noun after it ("the Vela satellite")."""
    return _word(t) and t.dep not in ("compound", "nmod", "poss")
