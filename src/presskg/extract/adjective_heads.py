"""A class noun ending a noun phrase that the tagger reads as an adjective: "the Nubis cloud imager".

The tagger takes some class nouns after a noun for adjectives ("imager" in "the Nubis cloud imager", "the Fenn
imager"), and the parser then breaks the phrase: "cloud" becomes the subject of "imager", itself a clausal
complement of the verb, so the instrument was lost ("Velka-2 carries the Nubis cloud imager" gave nothing) or
another noun took its place ("A second instrument, the Nubis cloud imager, was provided by X" named "second
instrument"). A word the lexicon gives a class as a noun (``HEAD_CLASSES``), read as an adjective right after a
noun and before no other noun, heads its phrase (:func:`adjective_head`): the words before it back to the
determiner are its compounds, and it takes the phrase's place in the clause (a verb's object when the parser
made it a clause).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Token
from .lexicon import HEAD_CLASSES

#: Dependencies the parser gives such a head in place of the phrase's own: a clause, read as the verb's object.
_CLAUSAL = ("ccomp", "xcomp", "dep")


def adjective_head(tokens: Sequence[Token], h: int) -> list[Token] | None:
    """The repaired tokens of the phrase ``h`` heads (see the module), or None when ``h`` is no such word."""
    t = tokens[h]
    if t.tag not in ("JJ", "JJR") or t.text.lower() not in HEAD_CLASSES or h < 2 \
            or tokens[h - 1].pos not in ("NOUN", "PROPN") or t.dep not in (*_CLAUSAL, "appos", "dobj", "pobj") \
            or h + 1 < len(tokens) and tokens[h + 1].pos in ("NOUN", "PROPN"):
        return None
    start = h - 1
    while start > 0 and tokens[start - 1].pos in ("NOUN", "PROPN", "ADJ") and tokens[start - 1].text not in ",;":
        start -= 1
    if start > 0 and tokens[start - 1].pos == "DET":
        start -= 1
    if tokens[start].pos != "DET":
        return None  # ("a phrase with its determiner only: "Velka-2 carries the Nubis cloud imager")
    dep = "dobj" if t.dep in _CLAUSAL and tokens[t.head].pos in ("VERB", "AUX") else t.dep
    if dep in _CLAUSAL:
        return None
    out = list(tokens)
    out[h] = replace(t, pos="NOUN", tag="NN", dep=dep)
    for k in range(start, h):
        role = "det" if tokens[k].pos == "DET" else "amod" if tokens[k].pos == "ADJ" else "compound"
        out[k] = replace(tokens[k], head=h, dep=role)
    return out
