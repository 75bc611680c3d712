"""A class noun ending a noun phrase that the tagger reads as an adjective: "the Nubis cloud imager".

The tagger takes some class nouns after a noun for adjectives ("imager" in "the Nubis cloud imager", "the Fenn
imager"), and the parser then breaks the phrase: "cloud" becomes the subject of "imager", itself a clausal
complement of the verb, so the instrument was lost ("Velka-2 carries the Nubis cloud imager" gave nothing) or
another noun took its place ("A second instrument, the Nubis cloud imager, was provided by X" named "second
instrument"). A word the lexicon gives a class as a noun (``HEAD_CLASSES``), read as an adjective right after a
noun and before no other noun, heads its phrase (:func:`adjective_head`): the words before it back to the
determiner are its compounds, and it takes the phrase's place in the clause (a verb's object when the parser
made it a clause). So does a class noun the parser made a clause of its own, with the name before it its subject
("carries the Vela infrared imager"), and one after an adjective of light the tagger took for a verb ("fly the IRIS
infrared[VBD] imager[JJ]": lexicon ``SPECTRAL_ADJECTIVES``), whose place the verb held: the phrase is then the
object of the verb right before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Token
from .lexicon import HEAD_CLASSES, WORD_CLASSES

#: Adjectives of light the tagger may take for verbs (lexicon data).
_SPECTRAL = frozenset(WORD_CLASSES["SPECTRAL_ADJECTIVES"])
#: Dependencies the parser gives such a head in place of the phrase's own: a clause, read as the verb's object.
_CLAUSAL = ("ccomp", "xcomp", "dep", "oprd")


def adjective_head(tokens: Sequence[Token], h: int) -> list[Token] | None:
    """The repaired tokens of the phrase ``h`` heads (see the module), or None when ``h`` is no such word."""
    t = tokens[h]
    taken = h > 0 and _taken_for_verb(tokens[h - 1])
    if (t.tag not in ("JJ", "JJR") and not (t.pos == "NOUN" and t.dep in _CLAUSAL)) \
            or t.text.lower() not in HEAD_CLASSES or h < 2 \
            or tokens[h - 1].pos not in ("NOUN", "PROPN") and not taken \
            or t.dep not in (*_CLAUSAL, "appos", "dobj", "pobj") \
            or h + 1 < len(tokens) and tokens[h + 1].pos in ("NOUN", "PROPN"):
        return None
    start = h - 1
    while start > 0 and (tokens[start - 1].pos in ("NOUN", "PROPN", "ADJ") or _taken_for_verb(tokens[start - 1])) \
            and tokens[start - 1].text not in ",;":
        start -= 1
    if start > 0 and tokens[start - 1].pos == "DET":
        start -= 1
    if tokens[start].pos != "DET":
        return None  # ("a phrase with its determiner only: "Velka-2 carries the Nubis cloud imager")
    # "the IRIS infrared[VBD] imager": the word taken for a verb held the phrase's place in the clause
    role_of = tokens[t.head] if start <= t.head < h else t
    # (the sentence's root taken for a verb: the phrase is the root then)
    dep, gov = role_of.dep, h if role_of is not t and role_of.head == role_of.i else role_of.head
    if role_of is not t and start > 0 and tokens[start - 1].pos == "VERB" and not any(
            k.head == start - 1 and k.dep == "dobj" and not start <= k.i <= h for k in tokens):
        dep, gov = "dobj", start - 1  # ("agreed to fly the IRIS infrared imager": the verb right before it)
    elif dep in _CLAUSAL and tokens[gov].pos in ("VERB", "AUX"):
        dep = "dobj"
    if dep in _CLAUSAL or role_of is not t and dep == "conj":
        return None
    out = list(tokens)
    out[h] = replace(t, pos="NOUN", tag="NN", dep=dep, head=gov)
    for k in range(start, h):
        adjective = tokens[k].pos == "ADJ" or _taken_for_verb(tokens[k])
        role = "det" if tokens[k].pos == "DET" else "amod" if adjective else "compound"
        out[k] = replace(tokens[k], head=h, dep=role, **({"pos": "ADJ", "tag": "JJ"} if adjective else {}))
    for k in range(h + 1, len(tokens)):  # ("... infrared imager on the X satellite": the verb's phrase)
        if start <= tokens[k].head < h:
            out[k] = replace(out[k], head=gov if role_of is not t else h)
    return out


def _taken_for_verb(tok: Token) -> bool:
    """An adjective of light the tagger took for a verb ("infrared"[VBD]: lexicon ``SPECTRAL_ADJECTIVES``)."""
    return tok.pos == "VERB" and tok.text.lower() in _SPECTRAL
