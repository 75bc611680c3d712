"""Crewed flight: who flies on a mission and who comes back aboard which craft.

- "X was assigned to Expedition 78", "the agency named Y to the crew of the Vela-2 mission", "Z has been
  selected as flight engineer on Kestrel-4": a :data:`CREW_VERBS` clause puts a person on a mission's crew,
  and a crew member takes part in running the mission (``pk:contributesTo``, as "Agent → Mission" reads);
- "X landed in Kazakhstan aboard Soyuz MS-27", "she returned to Earth on board the Dragon capsule", "the crew
  splashed down off Florida": a :data:`HOMECOMING_VERBS` clause whose subject is a person (or a crew noun) is a
  landing of the people and of the craft
  they are aboard, where and when the clause says (a craft's own landing is frame:occurrence's);
- the name a person rides aboard (:data:`RIDE_VERBS`, "flew aboard Soyuz MS-31") is a spacecraft when only
  the model's guess typed it (a designation such as "Soyuz MS-27" is often taken for a person's name).

The verbs and nouns are lexicon data (``crews.toml``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES, in_class
from ..referents import described, isa, places_in, things
from ..registry import Stage, rule
from .kinds import _retype, _weak

CREW_NOUNS = WORD_CLASSES["CREW_NOUNS"]
#: Nouns of people who fly ("the crew", "the three astronauts"), who come home as named people do.
_FLYERS = CREW_NOUNS | WORD_CLASSES["CREW_POSTS"] | WORD_CLASSES["RANK_TITLES"]
ABOARD_MARKERS = WORD_CLASSES["ABOARD_MARKERS"]
_SLOT_WORDS = ("to", "for", "on", "aboard", "as")
_OF = ("of", "on", "for", "aboard")


def _missions(ctx: Context, i: int) -> list[Entity]:
    """Missions a "to"/"for"/"on" phrase names: "to Expedition 78", "to the crew of Kestrel-4", "for the
    Kestrel-4 crew", "as flight engineer on Vela-2" (a crew noun leads to the mission it is of)."""
    t = ctx.tree
    found = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Mission)]
    if found or t.lemma(i) not in CREW_NOUNS:
        return found
    heads = [c.i for c in t.children(i, "compound", "nmod", "poss")]
    heads += [o.i for p in t.children(i, "prep") if p.text.lower() in ("of", "on", "for", "aboard")
              for o in t.children(p.i, "pobj")]
    return [e for h in heads for e in things(ctx, h, create=False) if isa(ctx, e, C.Mission)]


@rule("frame:crew-assigned", scope="verb", stage=Stage.VERBS, triggers=("CREW_VERBS",),
      produces=(P.contributesTo,), confidence=0.75)
def crew_assigned(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X was assigned to Expedition 78", "NSA named Y to the crew of Kestrel-4": the person flies on it."""
    people = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Person)]  # (also passive)
    if not people:
        return
    # "to Expedition 78", "to the crew of Kestrel-4", "as flight engineer on Vela-2" (the frame's chained
    # prepositions: whatever stands between the two is a crew noun)
    slots = [i for p, i in f.preps if p.split()[0] in _SLOT_WORDS
             and all(w in CREW_NOUNS for w in p.split()[1:-1]) and (len(p.split()) == 1 or p.split()[-1] in _OF)]
    t = ctx.tree  # "selected X for the Kestrel-4 crew": the parser may hang the phrase on the person
    slots += [o.i for i in f.obj for p in t.children(i, "prep") if p.text.lower() in _SLOT_WORDS[:3]
              for o in t.children(p.i, "pobj")]
    missions = [m for i in slots for m in _missions(ctx, i)]
    for person in people:
        for m in dict.fromkeys(missions):
            ctx.add(person, P.contributesTo, m, f.verb)


@rule("frame:crew-flight", scope="verb", stage=Stage.VERBS, triggers=("CREW_FLIGHT_VERBS",),
      produces=(P.contributesTo,), confidence=0.7)
def crew_flight(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X will fly aboard Crew Dragon on the Ax-6 mission", "she launched on Kestrel-4": the person flies on it."""
    people = [e for e in subj if isa(ctx, e, C.Person)]
    if not people or f.passive or f.obj:
        return  # "ESA launched the Vela mission", "X flew the drone": no one's flight
    t = ctx.tree  # "on the Ax-6 mission", "aboard Kestrel-4", also hung on the craft: "aboard Crew Dragon on Ax-6"
    slots = [i for p, i in f.preps if p in ("on", "aboard", "on board") or p.endswith(" on")]
    slots += [o.i for i in f.aboard(ctx.tree) for p in t.children(i, "prep") if p.text.lower() == "on"
              for o in t.children(p.i, "pobj")]
    missions = [e for i in slots for e in things(ctx, i, create=False)
                if isa(ctx, e, C.Mission) and not isa(ctx, e, C.Spacecraft, C.LaunchVehicle)]
    for person in people:
        for m in dict.fromkeys(missions):
            ctx.add(person, P.contributesTo, m, f.verb)



@rule("frame:crew-landing", scope="verb", stage=Stage.VERBS, triggers=("HOMECOMING_VERBS",),
      produces=(P.participant, P.locatedIn, C.Landing), confidence=0.75)
def crew_landing(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X landed in Kazakhstan aboard Soyuz MS-27 on 3 April": a landing of X and of the craft."""
    people = [e for e in subj if isa(ctx, e, C.Person)]
    # "the crew returned to Earth", "the three astronauts landed": people told by a crew noun or a crew rank
    crew = any(ctx.tree[i].pos == "NOUN" and ctx.tree.lemma(i) in _FLYERS for i in f.subj)
    if not (people or crew) or f.passive or f.obj:
        return  # "the crew returned the samples", "X was returned": no homecoming
    # "... together with cosmonaut Y", "with Y": who came back with them
    people += [e for i in f.prep("with", "alongside") for e in things(ctx, i, create=False)
               if isa(ctx, e, C.Person) and e not in people]
    craft = [e for i in f.aboard(ctx.tree) for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft)]
    places = [e for p, i in f.preps if p.split()[0] in ("in", "near", "at", "off") for e in places_in(ctx, i)
              if isa(ctx, e, C.Place) and not isa(ctx, e, C.CelestialBody, C.Event)]
    home = any(e.label == "Earth" for i in f.prep("to") for e in things(ctx, i, create=False))
    returning = in_class("RETURN_VERBS", f.lemma, f.particle or None) or f.lemma == "come"
    if returning and not home and not craft:
        return  # "she returned to ESA", "he came back to Cologne": no flight
    if not (craft or places or home) or not (ctx.frame_date(f.verb) or craft or places):
        return
    ev = (_told_before(ctx, f.verb, people) if people else _same_sentence(ctx, f.verb)) \
        or described(ctx, f.verb, C.Landing)
    if ev is None:
        return
    for e in people + craft:
        ctx.add(ev, P.participant, e, f.verb)
    for pl in dict.fromkeys(places):
        ctx.add(ev, P.locatedIn, pl, f.verb)


def _same_sentence(ctx: Context, verb: int) -> Entity | None:
    """"The crew will return to Earth on 28 June, landing in Kazakhstan": one homecoming, told by two verbs of
    one sentence (the crew's, with no named people to tell two apart)."""
    if verb in ctx.described:
        return None
    for ev in ctx.recent(verb, C.Landing, sentences=0):
        if not ev.named:
            ctx.described[verb] = ev.key
            return ev
    return None


def _told_before(ctx: Context, verb: int, people: list[Entity]) -> Entity | None:
    """"X returned to Earth on 3 April. X landed in Kazakhstan aboard Y": one homecoming told twice, the landing
    of the last sentences that a person of this one took part in (a date of its own makes another)."""
    if verb in ctx.described or len(ctx.frame_date(verb)) > 0:
        return None
    keys = {e.key for e in people}
    for ev in ctx.recent(verb, C.Landing, sentences=2):
        if not ev.named and keys & {o.key for o in ctx.objects(ev, P.participant)}:
            ctx.described[verb] = ev.key
            return ev
    return None


@rule("type:ridden-craft", stage=Stage.MENTIONS, triggers=("RIDE_VERBS", "ABOARD_MARKERS", "CREW_NOUNS"),
      produces=(C.Spacecraft, C.Mission), confidence=0.7)
def ridden_craft(ctx: Context) -> None:
    """"X flew aboard Soyuz MS-31", "landed on board Shenzhou-20": what a clause's subject rides in is a craft;
    "the Kestrel-4 crew": a name whose crew the text speaks of is a mission."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos == "NOUN" and t.lemma(tok.i) == "crew":  # ("the crew of Kestrel-4" too)
            of = [o for p in t.children(tok.i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
            for c in [*t.children(tok.i, "compound", "nmod"), *of]:
                ent = ctx.table.at(c.i)
                if ent is not None and _weak(ent) and not isa(ctx, ent, C.Place):
                    _retype(ent, C.Mission)
        if tok.text.lower() not in ABOARD_MARKERS and not (tok.text.lower() == "board" and tok.i > 0
                                                          and t[tok.i - 1].text.lower() == "on"):
            continue
        verb = tok.head if tok.text.lower() != "board" else t[tok.head].head
        if t[verb].pos != "VERB" or not in_class("RIDE_VERBS", t.lemma(verb), _particle(ctx, verb)):
            continue
        for o in t.children(tok.i, "pobj"):
            ent = ctx.table.at(o.i)
            if ent is not None and _weak(ent) and not isa(ctx, ent, C.Place):
                _retype(ent, C.Spacecraft)


def _particle(ctx: Context, verb: int) -> str | None:
    prt = [c.text.lower() for c in ctx.tree.children(verb, "prt")]
    return prt[0] if prt else None


@rule("infer:station-of-module", stage=Stage.INFERENCE, triggers=("DOCK_VERBS",), produces=(P.participant,),
      confidence=0.7)
def station_of_module(ctx: Context) -> None:
    """"The Dragon spacecraft docked with the Harmony module of the ISS": the station whose module a docking or
    berthing names takes part in it too (a module is part of its station: dep:owned-part)."""
    for v, f in ctx.frames.items():
        key = ctx.described.get(v)
        if key is None or not in_class("DOCK_VERBS", f.lemma, f.particle or None):
            continue
        ev = ctx.table.entities[key]
        for craft in ctx.objects(ev, P.participant):
            for whole in ctx.objects(craft, P.partOf):
                if isa(ctx, whole, C.SpaceStation):
                    ctx.add(ev, P.participant, whole, v)

