"""Flights that are launches.

"Flight" names a mission by default (lexicon HEAD_CLASSES): "the flight of astronaut
Lena Berg to the station". A launcher's flight is a launch, though, and so is a first
flight told with a word that is only said of a vehicle's first launch: "the maiden
flight of the Zephra-1 rocket took place from Andoya", "Zephra-1's fifth flight",
"the inaugural flight is planned for September from Kourou". The words are lexicon
data (``LAUNCH_FLIGHT_NOUNS``, ``MAIDEN_FLIGHT_WORDS``); the rules that read event
nouns ask :func:`occurrence_class` where they asked ``OCCURRENCE_NOUNS`` alone.
"""

from __future__ import annotations

from ..vocab import Class as C
from .context import Context
from .lexicon import OCCURRENCE_NOUNS, WORD_CLASSES

_FLIGHTS = frozenset(WORD_CLASSES["LAUNCH_FLIGHT_NOUNS"])
_MAIDEN = frozenset(WORD_CLASSES["MAIDEN_FLIGHT_WORDS"])


def occurrence_class(ctx: Context, i: int) -> str | None:
    """The event class of the noun at ``i``: its ``OCCURRENCE_NOUNS`` class, or Launch for a launch flight."""
    t = ctx.tree
    cls = OCCURRENCE_NOUNS.get(t.lemma(i)) or OCCURRENCE_NOUNS.get(t.lowers[i])
    if cls is None and t.lemma(i) in _FLIGHTS and (maiden(ctx, i) or flight_rockets(ctx, i)):
        return C.Launch
    return cls


def maiden(ctx: Context, i: int) -> bool:
    """The flight noun at ``i`` is a vehicle's first launch by its modifier ("maiden flight")."""
    return any(ctx.tree.lemma(c.i).lower() in _MAIDEN for c in ctx.tree.children(i, "amod", "compound"))


def flight_rockets(ctx: Context, i: int) -> list:
    """The launchers whose flight (or launch) the noun at ``i`` is: its "of" phrase, its possessor or the name
    before it ("the maiden flight of Zephra-1", "Zephra-1's fifth flight", "the Zephra-1 launch"), or the subject
    of a light verb that has it as object ("Zephra-1 made its maiden flight")."""
    t = ctx.tree
    heads = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    heads += [c.i for c in t.children(i, "poss", "compound", "nmod")]
    if t[i].dep in ("dobj", "obj") and t.lemma(t[i].head) in WORD_CLASSES["EVENT_LIGHT_VERBS"]:
        heads += [c.i for c in t.children(t[i].head, "nsubj")]
    return [e for h in heads for j in ctx.table.conjuncts(h) for e in ctx.refs(j)
            if ctx.table.is_a(e, C.LaunchVehicle)]
