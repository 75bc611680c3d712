"""A noun of a long compound the parser cut in two: "launched the Tianwen-2 asteroid sample-return probe", with
"asteroid" the verb's object and "probe" the object of "asteroid", which no noun takes. The noun right before the
object's phrase is one of its compounds, and the object takes the noun's place (:func:`cut_compounds`). (A verb the
tagger took for a plural noun with an object, "DLR funds the X probe", is :mod:`.verb_pairs`'s.)

A noun the parser took for the verb of the clause, its true verb a clause of the phrase after it: "The capsule of
the Orenda asteroid sample-return mission landed in X", with "asteroid" the root, "mission" its object and "landed"
a clause of "mission". The name before the noun, the noun and the phrase are one name's phrase, and the verb after it
is the clause's (:func:`noun_roots`).

A class noun the parser hung on the verb after an unknown name: "ESA will supply the Lumen orbiter.", with "Lumen"
the object and "orbiter" an adverb of "supply". The noun is the object, the name its compound
(:func:`stray_class_nouns`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import HEAD_CLASSES

#: What the parser makes of a class noun it did not take into the name's phrase before it.
_STRAY = frozenset({"advmod", "npadvmod", "dep"})


def cut_compounds(parse: Parse) -> Parse:
    """``parse`` with each singular noun whose direct object's phrase starts right after it made a compound of that
    object, the object taking the noun's place; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("launched", "VERB", "VBD", "ROOT", 0), ("the", "DET", "DT", "det", 2),
    ...          ("asteroid", "NOUN", "NN", "dobj", 0), ("probe", "NOUN", "NN", "dobj", 2)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in cut_compounds(Parse(toks, (), (), "")).tokens][2:]
    [('asteroid', 'compound', 3), ('probe', 'dobj', 0)]
    """
    toks = parse.tokens
    tokens = None
    for t in toks:
        if t.pos != "NOUN" or t.tag != "NN" or t.dep != "dobj" or t.head == t.i:
            continue
        obj = next((k for k in toks[t.i + 1:t.i + 6] if k.head == t.i and k.dep == "dobj" and k.pos == "NOUN"), None)
        # the object's phrase begins right after the noun: every word between hangs inside it
        if obj is None or any(not (t.i < k.head <= obj.i) for k in toks[t.i + 1:obj.i]):
            continue
        tokens = tokens or list(toks)
        tokens[obj.i] = replace(tokens[obj.i], dep=t.dep, head=t.head)
        tokens[t.i] = replace(tokens[t.i], dep="compound", head=obj.i)
        # the noun's determiner is the phrase's; what follows the phrase is the verb's ("launched the X probe on a Long
        # March 3B rocket from Y": the parser hung those phrases on the noun too)
        for k in toks:
            if k.head == t.i and k.dep == "det":
                tokens[k.i] = replace(tokens[k.i], head=obj.i)
            elif k.head == t.i and k.i > obj.i:
                tokens[k.i] = replace(tokens[k.i], head=t.head if toks[t.head].pos == "VERB" else obj.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def stray_class_nouns(parse: Parse) -> Parse:
    """``parse`` with each class noun (lexicon ``HEAD_CLASSES``) that hangs on a verb as an adverb right after a
    name of that verb's made the head of the name's phrase: the name its compound, its determiner the noun's.

    >>> from presskg.model import Token
    >>> words = [("ESA", "PROPN", "NNP", "nsubj", 1), ("supplies", "VERB", "VBZ", "ROOT", 1),
    ...          ("the", "DET", "DT", "det", 3), ("Lumen", "PROPN", "NNP", "dobj", 1),
    ...          ("orbiter", "NOUN", "NN", "advmod", 1)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in stray_class_nouns(Parse(toks, (), (), "")).tokens][2:]
    [('the', 'det', 4), ('Lumen', 'compound', 4), ('orbiter', 'dobj', 1)]
    """
    toks = parse.tokens
    tokens = None
    for t in toks[1:]:
        name = toks[t.i - 1]
        if (t.pos != "NOUN" or t.dep not in _STRAY or t.lemma.lower() not in HEAD_CLASSES or name.pos != "PROPN"
                or name.head != t.head or toks[t.head].pos not in ("VERB", "AUX") or name.dep in _STRAY
                or not any(k.head == name.i and k.dep in ("det", "poss") for k in toks[max(0, name.i - 3):name.i])):
            continue
        tokens = tokens or list(toks)
        tokens[t.i] = replace(tokens[t.i], dep=name.dep, head=name.head)
        tokens[name.i] = replace(tokens[name.i], dep="compound", head=t.i)
        for k in toks[:name.i]:  # the name's determiner and modifiers are the phrase's
            if k.head == name.i:
                tokens[k.i] = replace(tokens[k.i], head=t.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def noun_roots(parse: Parse) -> Parse:
    """``parse`` with each noun made the root of a clause, after a name that is an object and before its own object
    whose next word is a past-tense verb hung on it, put back: the verb is the root, the noun and the name compounds
    of the object, which takes the name's place (see the module).

    >>> from presskg.model import Token
    >>> words = [("capsule", "NOUN", "NN", "nsubj", 3), ("of", "ADP", "IN", "prep", 0), ("Orenda", "PROPN", "NNP",
    ...          "pobj", 1), ("asteroid", "NOUN", "NN", "ROOT", 3), ("mission", "NOUN", "NN", "dobj", 3),
    ...          ("landed", "VERB", "VBD", "acl", 4)]
    >>> toks = tuple(Token(i, w, 0, w, pos, tag, dep, h, "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in noun_roots(Parse(toks, (), (), "")).tokens]  # doctest: +NORMALIZE_WHITESPACE
    [('capsule', 'nsubj', 5), ('of', 'prep', 0), ('Orenda', 'compound', 4), ('asteroid', 'compound', 4),
     ('mission', 'pobj', 1), ('landed', 'ROOT', 5)]
    """
    toks = parse.tokens
    tokens = None
    for r in toks[1:]:
        name = toks[r.i - 1]
        if r.dep != "ROOT" or r.pos != "NOUN" or name.pos != "PROPN" or name.head >= name.i or name.dep != "pobj":
            continue
        obj = next((c for c in toks[r.i + 1:] if c.head == r.i and c.dep == "dobj" and c.pos == "NOUN"), None)
        verb = toks[obj.i + 1] if obj is not None and obj.i + 1 < len(toks) else None
        if verb is None or verb.head != obj.i or verb.dep != "acl" or verb.tag != "VBD" \
                or any(not r.i < k.head <= obj.i for k in toks[r.i + 1:obj.i]):
            continue
        tokens = tokens or list(toks)
        for k in toks:  # what hung on the noun (its subject, the full stop) is the verb's
            if k.head == r.i and k.i not in (obj.i, r.i):
                tokens[k.i] = replace(tokens[k.i], head=verb.i)
            elif k.head == name.i and k.i < name.i:  # the name's determiner is the phrase's
                tokens[k.i] = replace(tokens[k.i], head=obj.i)
        tokens[verb.i] = replace(tokens[verb.i], dep="ROOT", head=verb.i)
        tokens[obj.i] = replace(tokens[obj.i], dep=name.dep, head=name.head)
        tokens[name.i] = replace(tokens[name.i], dep="compound", head=obj.i)
        tokens[r.i] = replace(tokens[r.i], dep="compound", head=obj.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
