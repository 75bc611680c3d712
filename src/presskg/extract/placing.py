"""What an unknown name is when a clause puts something into orbit, or says it is there.

"Zephra-1 placed Lumo-2 and Lumo-3 into a sun-synchronous orbit", "the rocket
delivered Tessa-1 to orbit", "Lumo-2 was injected into orbit by Zephra-1": what is
put into orbit is a craft, and what puts it there, when its name has a
designation's shape, is a launcher (a bare word may be the company that sold the
launch: "Halvik placed two satellites into orbit"). Only with an orbit phrase:
"Halvik placed an order with X" or "delivered the camera to ESA" say nothing of
a launch. The verbs are lexicon data (``ORBIT_PLACING_VERBS``; a verb of taking up, ``LIFT_VERBS``, with a
launcher's noun as subject: "the Valkor-1 rocket will carry Kelpra-2 into orbit"); asked by
:func:`presskg.extract.doing.role_class` for a name nothing else types. A subject the clause says is in orbit
is a craft (:func:`in_orbit`): "Orveo has been in orbit since 2019", "completed its first year in orbit".
"""

from __future__ import annotations

from ..vocab import Class
from . import lexicon
from .tree import Tree

_PLACING = lexicon.WORD_CLASSES["ORBIT_PLACING_VERBS"]
#: Verbs of letting go, which a craft may do as well as a launcher ("the station deployed the cubesat into orbit").
_SEPARATE = lexicon.WORD_CLASSES["SEPARATE_VERBS"]
_ORBIT_PREPOSITIONS = ("into", "to", "in")
#: Verbs of taking up, which put a craft into orbit only when a launcher does it ("the Valkor-1 rocket will carry
#: Kelpra-2 into orbit"; a craft carries its camera into orbit too).
_LIFTING = lexicon.WORD_CLASSES["LIFT_VERBS"]
#: Spans of time spent in orbit ("its first year in orbit") and verbs of staying there ("has been in orbit").
_SPANS = frozenset(lexicon.WORD_CLASSES["SPAN_NOUNS"])
_STAYING = frozenset(lexicon.WORD_CLASSES["STAY_VERBS"])


def _rocket_subject(tree: Tree, verb: int) -> bool:
    """The subject of ``verb`` is a launcher's class noun: "the Valkor-1 rocket", "the launcher"."""
    return any(lexicon.HEAD_CLASSES.get(tree.lemma(c.i)) == Class.LaunchVehicle
               for c in tree.children(verb, "nsubj"))


def into_orbit(tree: Tree, verb: int) -> bool:
    """The verb at ``verb`` has an orbit phrase: "into orbit", "to a geostationary transfer orbit" (or "to
    orbit" that the parser took for an infinitive: "delivered the satellite to orbit on 4 May")."""
    # the parser may hang the phrase on the object's apposition: "delivered its payload, the X satellite, into orbit"
    heads = [verb, *(a.i for o in tree.children(verb, "dobj") for a in tree.children(o.i, "appos"))]
    return any(tree.lemma(o.i) == "orbit" for h in heads for p in tree.children(h, "prep")
               if p.text.lower() in _ORBIT_PREPOSITIONS for o in tree.children(p.i, "pobj")) or any(
        tree.lemma(x.i) == "orbit" and any(a.text.lower() == "to" for a in tree.children(x.i, "aux"))
        and not tree.children(x.i, "dobj") for x in tree.children(verb, "advcl", "xcomp"))


def placed_class(tree: Tree, h: int, designated: bool) -> Class | None:
    """The class of the name headed by ``h`` in an orbit-placing clause, or None."""
    while tree[h].dep == "conj" and tree[h].head != h:  # "placed Lumo-2 and Lumo-3": the list's first member
        h = tree[h].head
    t = tree[h]
    verb = t.head
    agent = t.dep == "pobj" and tree[verb].dep == "agent"  # "was placed into orbit by Zephra-1"
    if agent:
        verb = tree[verb].head
    if tree[verb].pos != "VERB" or not into_orbit(tree, verb):
        return None
    if tree.lemma(verb) not in _PLACING and not (tree.lemma(verb) in _LIFTING and _rocket_subject(tree, verb)):
        return None
    if t.dep in ("dobj", "nsubjpass"):
        return Class.Spacecraft
    if t.dep == "nsubj" or agent:
        return Class.LaunchVehicle if designated and tree.lemma(verb) not in _SEPARATE else None
    return None


def in_orbit(tree: Tree, verb: int) -> bool:
    """The clause says its subject is in orbit: "Orveo has been in orbit since 2019", "remains in orbit" (a verb
    of lexicon ``STAY_VERBS`` with no object), "Orveo completed its first year in orbit" (a span of lexicon
    ``SPAN_NOUNS``, not a person's); not what the subject has there ("Halvik has twenty satellites in orbit")."""
    objects = [o.i for o in tree.children(verb, "dobj", "obj", "attr")]
    spans = [o for o in objects if tree.lemma(o) in _SPANS
             and not any(tree.lowers[c.i] in ("his", "her", "their") for c in tree.children(o, "poss"))]
    # (the phrase on the span, or on the verb whose object is the span: "celebrated ten years in orbit")
    heads = spans + ([verb] if tree.lemma(verb) in _STAYING and not objects or spans and spans == objects else [])
    return any(tree.lowers[p.i] == "in" and tree.lemma(o.i) == "orbit"
               for h in heads for p in tree.children(h, "prep") for o in tree.children(p.i, "pobj"))
