"""A modifier, a class noun and a name written as one phrase: "NASA rover Tarvos collected a sample", "built by
Portuguese company Tekever and Italian firm Argotec", "Portuguese company Tekever will build".

The small model often splits such a phrase: the body before the noun becomes the clause's subject and the name its
apposition ("[NASA] rover [Tarvos] collected"), or the noun is the subject and the name a second one ("[company]
[Tekever] will build"), or the second of two such phrases hangs as an adverb ("and Italian firm [Argotec]"). The
name then does nothing, or the body does what the named thing did. In a run of a proper noun (a body) or a
capitalized adjective (a nationality), a lowercase noun of a class of craft, mission or body (lexicon
``HEAD_CLASSES``), and a name (capitalized proper nouns), the name heads the phrase and takes the place the parser
gave the phrase (its subject's, its object's, its conjunct's), the noun is its compound and the modifier the
noun's, as in "the NASA InSight mission". A run the parser already reads so is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES

#: Kinds of thing such a noun names ("rover", "probe", "mission", "company", "firm").
_KINDS = (C.Spacecraft, C.Mission, C.Organization)
#: The places in a clause a phrase may hold, in the order one is taken when the parser gave several.
_PLACES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "dative", "appos")


def class_noun_names(parse: Parse) -> Parse:
    """``parse`` with each such run read as one phrase headed by the name; the same object when there is none.

    >>> words = [("NASA", "PROPN", "nsubj", 1), ("rover", "NOUN", "compound", 2), ("Tarvos", "PROPN", "nsubj", 3),
    ...          ("landed", "VERB", "ROOT", 3)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in class_noun_names(Parse(toks, (), (), "")).tokens][:3]
    [('NASA', 'compound', 1), ('rover', 'compound', 2), ('Tarvos', 'nsubj', 3)]
    """
    toks = parse.tokens
    runs = [r for i in range(len(toks) - 2) if toks[i + 1].pos == "NOUN" and toks[i + 2].pos == "PROPN"
            and (r := _run(toks, i)) is not None]
    if not runs:
        return parse
    tokens = list(toks)
    heads: dict[int, int] = {}  # each run's words → the name that heads it
    for start, _noun, name in runs:
        heads.update({k: name for k in range(start, name + 1)})
    for start, noun, name in runs:
        span = range(start, name + 1)
        outside = [toks[k] for k in span if toks[k].head not in span or toks[k].head == k]
        top = min(outside, key=lambda t: (_PLACES.index(t.dep) if t.dep in _PLACES else len(_PLACES), t.i))
        head = name if top.head == top.i else heads.get(top.head, top.head)
        tokens[name] = replace(tokens[name], dep=top.dep, head=head)
        tokens[noun] = replace(tokens[noun], dep="compound", head=name)
        for k in range(start, noun):  # the determiner the name's; the body or the nationality the noun's
            dep = "det" if toks[k].pos == "DET" else "amod" if toks[k].pos == "ADJ" else "compound"
            tokens[k] = replace(tokens[k], dep=dep, head=name if dep == "det" else noun)
        for k, t in enumerate(tokens):  # what hung on a word of the run hangs on its name
            if k not in span and t.head in span and t.head != name:
                if tokens[name].head == k:  # the name's own verb, hung on the run ("[startup] ... will supply", the
                    up = toks[t.head]  # name its subject): the verb takes the run's place, as the run's top word had it
                    while up.head != up.i and up.head in span:
                        up = toks[up.head]
                    tokens[k] = replace(t, dep=up.dep, head=k if up.head == up.i else up.head)
                else:
                    tokens[k] = replace(t, head=name)
    return replace(parse, tokens=tuple(tokens))


def _run(toks: tuple[Token, ...], i: int) -> tuple[int, int, int] | None:
    """``(start, noun, name)`` of a run whose modifier is at ``i`` (its determiner before it), parsed wrongly;
    else None."""
    mod, noun = toks[i], toks[i + 1]
    if not mod.text[:1].isupper() or mod.pos not in ("PROPN", "ADJ") or not mod.whitespace \
            or noun.pos != "NOUN" or not noun.text.islower() or (cls := HEAD_CLASSES.get(noun.text)) is None \
            or not any(c in ancestors(cls) for c in _KINDS):
        return None
    name = i + 2
    if name >= len(toks) or toks[name].pos != "PROPN" or not toks[name].text[:1].isupper():
        return None
    while name + 1 < len(toks) and toks[name + 1].pos == "PROPN" and toks[name + 1].text[:1].isupper():
        name += 1
    if name + 2 < len(toks) and toks[name + 1].text == "and" and toks[name + 2].pos == "PROPN":
        return None  # "company Airbus Defence and Space": a name with "and" in it, not read here
    start = i - 1 if i > 0 and toks[i - 1].pos == "DET" else i
    if noun.dep == "compound" and noun.head == name and mod.head in (noun.i, name) \
            and mod.dep in ("compound", "amod", "nmod") and toks[name].head not in range(start, name):
        return None  # read as one phrase already
    return start, noun.i, name
