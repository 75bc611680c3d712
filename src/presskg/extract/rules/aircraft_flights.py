"""Flights of craft that fly in an atmosphere: "the Kesko helicopter made its first flight on 30 July", "Kesko
flew for 40 seconds on 30 July", "the rotorcraft's second flight took place on 4 May".

A helicopter, drone or aircraft (lexicon ``AIRCRAFT_NOUNS``) sent to another world flies many times after it is
landed: its flights are no launches (frame:launched-from skips them, :func:`aircraft`), but each, dated or told as
done, is an event the craft takes part in. The craft is told an aircraft by the noun it is named with ("the Kesko
helicopter"), set beside ("Kesko, a small rotorcraft") or referred back by ("the helicopter").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule

AIRCRAFT_NOUNS = frozenset(WORD_CLASSES["AIRCRAFT_NOUNS"])
LIGHT_VERBS = frozenset(WORD_CLASSES["EVENT_LIGHT_VERBS"])
_FLIGHTS = frozenset(WORD_CLASSES["LAUNCH_FLIGHT_NOUNS"]) - {"debut"}


def aircraft(ctx: Context, e: Entity, i: int | None = None) -> bool:
    """The craft ``e`` (named at token ``i``, if given) is one that flies in an atmosphere: the noun at ``i`` is an
    aircraft noun, or a mention of ``e`` has one as its last word or just after it ("the Kesko helicopter"), or as
    the head of a phrase set beside it ("Kesko, a small rotorcraft")."""
    t = ctx.tree
    if not isa(ctx, e, C.Spacecraft) or isa(ctx, e, C.LaunchVehicle):
        return False
    spots = [i] if i is not None else []
    for m in e.mentions:
        spots += [k for k in (m.end - 1, m.end) if k < len(t)]
        spots += [a.i for k in range(m.start, min(m.end, len(t))) for a in t.children(k, "appos")]
    return any(t.lemma(k) in AIRCRAFT_NOUNS or t.lowers[k] in AIRCRAFT_NOUNS for k in spots)


def aircraft_flight(ctx: Context, f: Frame) -> bool:
    """The flying verb of ``f`` tells an aircraft's flight, no launch: its subject is an aircraft ("Kesko flew",
    "the helicopter took off"); "launch" is said of a launch whatever is launched."""
    # ("A helicopter flew the capsule to the clean room": an aircraft told by its noun alone, no thing of its own)
    return f.lemma != "launch" and any(ctx.tree.lemma(i) in AIRCRAFT_NOUNS or any(
        aircraft(ctx, e, i) for e in things(ctx, i, create=False)) for i in f.subj)


def _done(ctx: Context, verb: int) -> bool:
    """The clause of ``verb`` is dated, or tells a deed done ("flew", "has made")."""
    t = ctx.tree
    return bool(ctx.frame_date(verb)) or t[verb].tag == "VBD" or (
        t[verb].tag == "VBN" and any(t.lemma(c.i) == "have" for c in t.children(verb, "aux")))


@rule("frame:aircraft-flies", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS",),
      produces=(P.participant, C.Event), confidence=0.7)
def aircraft_flies(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Kesko flew for 40 seconds on 30 July", "the helicopter took off on 19 April": a flight, no launch."""
    if f.passive or not aircraft_flight(ctx, f) or not _done(ctx, f.verb):
        return
    craft = [e for i in f.subj for e in things(ctx, i, create=False) if aircraft(ctx, e, i)]
    if not craft:
        return
    ev = described(ctx, f.verb, C.Event)
    for c in craft if ev is not None else ():
        ctx.add(ev, P.participant, c, f.verb)


@rule("dep:aircraft-flight-noun", stage=Stage.PHRASES, triggers=("LAUNCH_FLIGHT_NOUNS",),
      produces=(P.participant, C.Event), confidence=0.7)
def aircraft_flight_noun(ctx: Context) -> None:
    """"The Kesko helicopter made its first flight on 30 July", "the rotorcraft's second flight took place on 4 May",
    "the fifth flight of Kesko": a flight noun whose owner (its possessor, its "of" phrase, or the subject of the
    light verb it is the object of) is an aircraft is an event of that aircraft, dated by its clause."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in _FLIGHTS or tok.tag == "NNS":
            continue
        owners = [c.i for c in t.children(tok.i, "poss")]
        owners += [o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        verb = tok.head if tok.dep in ("dobj", "nsubj", "nsubjpass") else None
        if verb is not None and tok.dep == "dobj" and t.lemma(verb) in LIGHT_VERBS:
            owners += [c.i for c in t.children(verb, "nsubj")]
        craft = [e for j in owners for e in ctx.refs(j) if aircraft(ctx, e, j)]
        if not craft or not (ctx.frame_date(tok.i) or verb is not None and _done(ctx, verb)):
            continue
        if verb is not None and not ctx.date_at.get(tok.i):
            ctx.date_at[tok.i] = list(ctx.date_at.get(verb, []))  # the clause's date is the flight's
        ev = described(ctx, tok.i, C.Event)
        for c in craft if ev is not None else ():
            ctx.add(ev, P.participant, c, tok.i)
