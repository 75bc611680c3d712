"""A fronted adverbial set off by a comma is no modifier of the subject: "In parallel, ESA and the Norwegian
Space Agency signed an agreement".

After another sentence the parser sometimes reads "In parallel, ESA and X" as one prepositional phrase, "parallel"
an adjective on ESA and ESA the object of "In", so the clause's verb has no subject and no rule saw who signed. A
comma between the preposition's first words and its object, at the start of a sentence whose verb has no subject,
is where the adverbial ends: the words before the comma are the preposition's object, and the noun after it the
verb's subject ("In addition, CNES will...", "At the same time, the agency..."). A parse repair, as
joined_bodies is.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def fronted_phrases(parse: Parse) -> Parse:
    """``parse`` with such objects made the verb's subject; the same object when there is none.

    >>> words = [("In", "ADP", "IN", "prep", 4), ("parallel", "ADJ", "JJ", "amod", 3), (",", "PUNCT", ",", "punct", 3),
    ...          ("ESA", "PROPN", "NNP", "pobj", 0), ("signed", "VERB", "VBD", "ROOT", 4),
    ...          ("it", "PRON", "PRP", "dobj", 4)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h) for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> from presskg.model import Sentence
    >>> out = fronted_phrases(Parse(toks, (Sentence(0, 0, 6, 0, 0, ""),))).tokens
    >>> [(t.text, t.dep, t.head) for t in out[:4]]
    [('In', 'prep', 4), ('parallel', 'pobj', 0), (',', 'punct', 4), ('ESA', 'nsubj', 4)]
    """
    toks = parse.tokens
    tokens: list[Token] | None = None
    for s in parse.sentences:
        first = next((k for k in range(s.start, s.end) if toks[k].pos != "SPACE"), None)
        if first is None or toks[first].dep != "prep" or toks[first].pos != "ADP":
            continue
        verb = toks[first].head
        if toks[verb].pos not in ("VERB", "AUX") or any(
                t.head == verb and t.dep in _SUBJECTS for t in toks[s.start:s.end]):
            continue
        obj = next((t for t in toks[first + 1:s.end] if t.head == first and t.dep == "pobj"), None)
        comma = next((k for k in range(first + 2, obj.i) if toks[k].text == ","), None) if obj is not None else None
        if comma is None or obj.i > verb or not _within(toks, first + 1, comma, obj.i):
            continue
        tokens = tokens if tokens is not None else list(toks)
        last = comma - 1  # the adverbial's own last word is the preposition's object now
        tokens[last] = replace(toks[last], dep="pobj", head=first)
        for k in range(first + 1, last):
            if toks[k].head == obj.i:
                tokens[k] = replace(toks[k], head=last)
        tokens[comma] = replace(toks[comma], dep="punct", head=verb)
        tokens[obj.i] = replace(toks[obj.i], dep="nsubj", head=verb)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


#: Words the parser may take for a subordinator before a fronted event noun: "After talks in X, A and B signed".
_FRONTED_PREPOSITIONS = frozenset({"after", "before", "following", "during"})


def fronted_events(parse: Parse) -> Parse:
    """"After talks in New Delhi, ESA and ISRO signed an agreement": the parser reads "After" as the verb's
    subordinator, "talks" as its subject and the names after the comma as conjuncts of the place (or, "After their
    meeting in Oslo, the X Agency and Y agreed", the first name as the place's apposition); the fronted phrase ends
    at the comma, the first name after it is the verb's subject. The same object when there is none.

    >>> words = [("After", "SCONJ", "IN", "mark", 6), ("talks", "NOUN", "NNS", "nsubj", 6),
    ...          ("in", "ADP", "IN", "prep", 1), ("Oslo", "PROPN", "NNP", "pobj", 2), (",", "PUNCT", ",", "punct", 3),
    ...          ("ESA", "PROPN", "NNP", "conj", 3), ("signed", "VERB", "VBD", "ROOT", 6),
    ...          ("it", "PRON", "PRP", "dobj", 6)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h) for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> from presskg.model import Sentence
    >>> out = fronted_events(Parse(toks, (Sentence(0, 0, 8, 0, 0, ""),))).tokens
    >>> [(t.text, t.dep, t.head) for t in out[:6] if t.text != "in"]
    [('After', 'prep', 6), ('talks', 'pobj', 0), ('Oslo', 'pobj', 2), (',', 'punct', 6), ('ESA', 'nsubj', 6)]
    """
    toks = parse.tokens
    tokens: list[Token] | None = None
    for s in parse.sentences:
        first = next((k for k in range(s.start, s.end) if toks[k].pos != "SPACE"), None)
        if first is None or toks[first].text.lower() not in _FRONTED_PREPOSITIONS:
            continue
        verb = toks[first].head
        subj = [t for t in toks[s.start:s.end] if t.head == verb and t.dep in _SUBJECTS]
        # "After talks in X, A ...": its subject the noun after "After"; "After their meeting in X, the A and B
        # agreed": the names after the comma the place's apposition, and the verb without a subject
        marked = toks[first].dep == "mark" and len(subj) == 1 and subj[0].pos == "NOUN" and subj[0].i == first + 1
        if toks[verb].pos not in ("VERB", "AUX") or not (marked or toks[first].dep == "prep" and not subj):
            continue
        comma = next((k for k in range(first + 2, verb) if toks[k].text == ","), None)
        name = next((t for t in toks[comma + 1:verb] if t.dep in ("conj", "appos") and t.head < comma
                     and t.pos in ("PROPN", "NOUN")), None) if comma is not None else None
        if name is None or name.i != comma + 1 and any(toks[k].head != name.i for k in range(comma + 1, name.i)):
            continue
        tokens = tokens if tokens is not None else list(toks)
        if marked:
            tokens[first] = replace(toks[first], pos="ADP", dep="prep", head=verb)
            tokens[first + 1] = replace(toks[first + 1], dep="pobj", head=first)
        tokens[comma] = replace(toks[comma], dep="punct", head=verb)
        tokens[name.i] = replace(toks[name.i], dep="nsubj", head=verb)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _within(toks: tuple[Token, ...], start: int, comma: int, obj: int) -> bool:
    """The words before the comma hang on the object (the parser's merged phrase): adjectives, nouns, adverbs."""
    return all(toks[k].pos in ("ADJ", "ADV", "NOUN", "DET", "NUM") for k in range(start, comma)) and any(
        toks[k].head == obj for k in range(start, comma + 1))
