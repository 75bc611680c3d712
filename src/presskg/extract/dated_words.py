"""What a date dates: the word outside the date's phrase that the phrase hangs on ("launched on 3 May": the
launch; "a meeting held on 4 February": the meeting's verb), past the naming participles the parser hangs dates on
("will launch a new mission called Tessaly in 2029": the launch). Read by the rules that locate dates.
"""

from __future__ import annotations

from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES, NAMING_VERBS, WORD_CLASSES
from .schedules import due_adjective
from .tree import Tree

#: Nouns of a cooperation (lexicon ``COOPERATION_NOUNS``): in a verb's phrase, no dated thing of their own.
_COOPERATION = frozenset(WORD_CLASSES["COOPERATION_NOUNS"])
#: Prepositions of a destination.
_TOWARDS = ("to", "toward", "towards")
#: Prepositions of a vehicle or a place left: a name after one is no dated thing of its own ("will launch on an
#: Ariane 6 in 2031", "lifted off from Kourou on 3 May": the launch's date, wherever the parser hangs it).
_ON_OR_FROM = ("on", "aboard", "atop", "from")
#: Nouns of an event, which has a day of its own ("travel to the conference in May": the conference's).
_GATHERINGS = frozenset(k for k, v in HEAD_CLASSES.items() if C.Event in ancestors(v))


def attachment(t: Tree, i: int, span: set[int]) -> int:
    """The word outside ``span`` (a date's tokens) that the phrase at ``i`` hangs on: what the date dates."""
    j = i
    for _ in range(6):
        tok = t[j]
        if tok.head == j:
            return j
        h = t[tok.head]
        if h.i in span:
            j = h.i
            continue
        if h.dep == "prep" or h.pos == "ADP":
            j = h.i
            continue
        if (h.pos == "PROPN" or h.pos == "NOUN" and t.lemma(h.i) not in _GATHERINGS) and h.dep == "pobj" \
                and t.lowers[h.head] in _TOWARDS and t[t[h.head].head].pos == "VERB":
            return t[h.head].head  # "delivered to the Gateway (to the lunar outpost) in 2026": the going has the date
        if h.pos == "PROPN" and h.dep == "pobj" and t.lowers[h.head] in _ON_OR_FROM and t[t[h.head].head].pos == "VERB":
            return t[h.head].head  # "and will launch on an Ariane 6 in 2031": the launch's
        if h.pos == "NOUN" and h.dep == "pobj" and t.lemma(h.i) in _COOPERATION and t[t[h.head].head].pos == "VERB":
            return t[h.head].head  # "concluded an arrangement concerning cooperation on X on 7 March": the deed's
        if h.pos in ("VERB", "AUX", "NOUN", "PROPN"):
            return _named_by(t, h.i)
        if due_adjective(t, h.i):  # "KPLO-2, due for launch in 2030": the event its frame tells of
            return h.i
        j = h.i
    return j


def _named_by(t: Tree, v: int) -> int:
    """"will launch a new mission called Tessaly in 2029": a naming participle dates nothing (the parser hangs
    the date on it); the date is the deed's the named noun takes part in, the verb above the noun."""
    if t[v].dep != "acl" or t.lemma(v) not in NAMING_VERBS:
        return v
    noun = t[v].head
    return t[noun].head if t[noun].dep in ("dobj", "nsubj", "nsubjpass") and t[t[noun].head].pos == "VERB" else v
