"""A list of fields after a preposition, which the parser breaks: "cooperation in lunar exploration, Earth observation
and space science", with "Earth observation and space science" hung as an apposition of a noun further back.

The topic rules read a field and its conjuncts; the fields after the first were then lost. After a field's noun
(lexicon ``FIELD_NOUNS``) that a preposition governs, items of one to three words, each ending in a field's noun and
set apart by commas and a last "and", are that field's conjuncts (:func:`listed_field_items`); the words before each
item's last are its modifiers.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from .lexicon import WORD_CLASSES

#: The nouns of fields of work (lexicon data).
_FIELDS = WORD_CLASSES["FIELD_NOUNS"]


def listed_field_items(parse: Parse) -> Parse:
    """``parse`` with the fields listed after a preposition's field hung as its conjuncts (see the module); the same
    object when there is none.

    >>> from presskg.model import Token
    >>> words = [("in", "ADP", "prep", 5), ("lunar", "ADJ", "amod", 2), ("exploration", "NOUN", "pobj", 0),
    ...          (",", "PUNCT", "punct", 5), ("Earth", "PROPN", "nmod", 5), ("observation", "NOUN", "appos", 9),
    ...          ("and", "CCONJ", "cc", 5), ("space", "NOUN", "conj", 5), ("science", "NOUN", "appos", 9),
    ...          ("agencies", "NOUN", "ROOT", 9)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in listed_field_items(Parse(toks, (), (), "")).tokens][4:9:2]
    [('Earth', 'compound', 5), ('and', 'cc', 2), ('science', 'conj', 2)]
    """
    toks = parse.tokens
    tokens = None
    for head in toks:
        if head.dep != "pobj" or head.lemma.lower() not in _FIELDS:
            continue
        items = _items(toks, head.i + 1)
        if items is None or all(toks[last].dep == "conj" and toks[last].head == head.i for _, last in items):
            continue
        tokens = tokens or list(toks)
        for first, last in items:
            tokens[last] = replace(tokens[last], dep="conj", head=head.i)
            for k in range(first, last):
                tokens[k] = replace(tokens[k], dep="amod" if toks[k].pos == "ADJ" else "compound", head=last)
        for k in range(head.i + 1, items[-1][0]):
            if toks[k].text in (",", "and", "&"):
                tokens[k] = replace(tokens[k], dep="punct" if toks[k].text == "," else "cc", head=head.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _items(toks: tuple[Token, ...], k: int) -> list[tuple[int, int]] | None:
    """The (first, last) tokens of the fields listed from ``k`` (", A B, C and D E"), or None when no list whose last
    item follows an "and" starts there."""
    items: list[tuple[int, int]] = []
    closed = False
    while k < len(toks) and toks[k].text in (",", "and", "&") and not closed:
        closed = toks[k].text != ","
        k += 1
        if k < len(toks) and toks[k].text in ("and", "&"):  # (a serial comma: ", and")
            closed, k = True, k + 1
        last = next((j for j in range(k, min(k + 3, len(toks))) if toks[j].lemma.lower() in _FIELDS
                     and toks[j].pos in ("NOUN", "PROPN")), None)
        if last is None or any(toks[j].pos not in ("NOUN", "PROPN", "ADJ") for j in range(k, last)):
            return None
        items.append((k, last))
        k = last + 1
    return items if items and closed else None
