"""Crewed launches: "the crew will launch aboard a Zephyr capsule on a Helion 9 rocket from X on 3 May",
"the three astronauts lifted off aboard Soyuz MS-31 from Baikonur", "X launched aboard the Zephyr capsule".

When people launch, what is launched is the craft they ride: the "aboard"/"on board" phrase of a launch verb
(lexicon LAUNCH_VERBS) whose subject is a person or a crew (a crew noun or a crew rank, lexicon CREW_NOUNS,
CREW_POSTS, RANK_TITLES). That craft is the launch's participant, and so is each person named as the subject
(a launch told with no one aboard has craft only: :mod:`.occurrences`); the rocket of its "on" phrase is the
vehicle and the "from"/"at" place the site; the craft has that site too (not the vehicle: the ontology gives a
launch vehicle to a mission or a launch, not to a craft). The launch is an event when dated, or told in the
past from a site, as :func:`.actions.launch` reads an uncrewed one.

What the people do next they do in that craft: "The crew docked to the station three hours later" (:func:`crew_ride`,
read by :mod:`.occurrences`).
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
from ..tense import done_once

#: Nouns of people who fly: "the crew", "the three astronauts", "the cosmonauts" (lexicon data).
_FLYERS = WORD_CLASSES["CREW_NOUNS"] | WORD_CLASSES["CREW_POSTS"] | WORD_CLASSES["RANK_TITLES"]
_ON = ("on", "atop", "aboard", "on board")


def _crewed(ctx: Context, f: Frame, subj: list[Entity]) -> bool:
    """The clause's subject is people: a person named, or a crew noun ("the crew", "the astronauts")."""
    t = ctx.tree
    return any(isa(ctx, e, C.Person) for e in subj) or any(
        t[i].pos == "NOUN" and t.lemma(i) in _FLYERS for i in f.subj)


def _hung(ctx: Context, ids: list[int], words: tuple[str, ...]) -> list[int]:
    """Objects of the ``words`` prepositions the parser hangs on the tokens ``ids`` ("a capsule on a rocket")."""
    t = ctx.tree
    return [o.i for i in ids for p in t.children(i, "prep") if p.text.lower() in words for o in t.children(p.i, "pobj")]


@rule("frame:crewed-launch", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS", "CREW_NOUNS"),
      produces=(P.participant, P.launchVehicle, P.launchSite, P.locatedIn, C.Launch), confidence=0.75)
def crewed_launch(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The crew will launch aboard a Zephyr capsule on a Helion 9 rocket from X": the capsule is launched."""
    if f.passive or f.obj or not _crewed(ctx, f, subj):
        return  # "ESA launched the satellite", "X was launched": no one's ride
    t = ctx.tree
    aboard = f.aboard(t)
    craft = [e for i in aboard for e in things(ctx, i, create=False)
             if isa(ctx, e, C.Spacecraft) and not isa(ctx, e, C.Person, C.LaunchVehicle)]
    if not craft:
        return
    ons = [i for p, i in f.preps if p in _ON] + _hung(ctx, aboard, _ON)
    vehicles = [e for i in ons for e in things(ctx, i, create=False) if isa(ctx, e, C.LaunchVehicle)]
    froms = f.prep("from", "at") + _hung(ctx, aboard + ons, ("from",))
    sites = [e for i in froms for e in things(ctx, i, create=False) if isa(ctx, e, C.Place)]
    for c in dict.fromkeys(craft):  # (the rocket is the launch's: a capsule is no mission, launchVehicle's domain)
        for s in dict.fromkeys(sites):
            if isa(ctx, s, C.Facility):
                ctx.add(c, P.launchSite, s, f.verb)
    if not (ctx.frame_date(f.verb) or done_once(t, f.verb) and all(c.named for c in craft)):
        return
    ev = described(ctx, f.verb, C.Launch)
    if ev is None:
        return
    for c in dict.fromkeys(craft):
        ctx.add(ev, P.participant, c, f.verb)
    for p in dict.fromkeys(e for e in subj if isa(ctx, e, C.Person)):
        ctx.add(ev, P.participant, p, f.verb)  # the people who ride take part in their launch
    for v in dict.fromkeys(vehicles):
        ctx.add(ev, P.launchVehicle, v, f.verb)
    for s in dict.fromkeys(sites):
        ctx.add(ev, P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn, s, f.verb)


def crew_ride(ctx: Context, f: Frame) -> list[Entity]:
    """"The crew docked to the station", "the astronauts arrived at the station": the craft and the people of the
    crewed launch told of in this sentence or the two before, when the clause's subject is a crew noun or people
    who took part in it (and no craft)."""
    t = ctx.tree
    crew = any(t[i].pos == "NOUN" and t.lemma(i) in _FLYERS for i in f.subj)
    people = [e for i in f.subj for e in ctx.refs(i) if isa(ctx, e, C.Person)]
    if not crew and not people:
        return []
    for launch in ctx.recent(f.verb, C.Launch, sentences=2):
        parts = ctx.objects(launch, P.participant)
        riders = [p for p in parts if isa(ctx, p, C.Person)]
        if riders and all(p in riders for p in people):
            return [p for p in parts if isa(ctx, p, C.Spacecraft)] + riders
    return []
