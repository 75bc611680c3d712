"""The body a craft landed on, told through the site: "landed in Halden Crater on Mars", "set down near the south
pole of the Moon", "touched down on the rim of Korolev Crater on Mars".

``frame:land-on`` reads the body from the verb's own "on" phrase (the craft is the subject, named or told of by its
noun: "the robotic lander touched down on Mars"); a reader also finds it one or two phrases
down the site's description: an "on" or "of" phrase hung on the place where the craft came down (the parser
hangs "on Mars" on "Crater", "of the Moon" on "pole"). Earth is left out: "landed in the desert of Utah on
Earth" tells no more than a place. A landing told by its noun says the same ("the landing of its Chandrayaan-4
lander near the lunar south pole": ``dep:landing-noun-site``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..flights import occurrence_class
from ..frames import Frame
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..worlds import site_bodies

#: Prepositions of where a craft came down (the body itself, "on Mars", is frame:land-on's).
_SITE_PREPS = ("in", "at", "near", "inside", "within", "on", "onto", "beside")


@rule("frame:land-on", scope="verb", stage=Stage.VERBS, triggers=("LAND_VERBS",),
      produces=(P.landedOn, P.participant, C.Landing), confidence=0.85)
def land(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"where the MASCOT lander set down in October 2019", "landed on Itokawa"."""
    bodies = [e for i in f.prep("on", "onto", "upon") for e in things(ctx, i, create=False)]
    if f.where is not None:
        bodies += ctx.refs(f.where)
    bodies = [b for b in bodies if isa(ctx, b, C.CelestialBody)]
    landers = _landers(ctx, f, subj, told=bool(bodies))
    for x in landers:
        for b in bodies:
            ctx.add(x, P.landedOn, b, f.verb, "frame:land-on", 0.85)
    if landers and (bodies or ctx.frame_date(f.verb)):
        ev = described(ctx, f.verb, C.Landing)
        if ev is not None:
            for x in landers:
                ctx.add(ev, P.participant, x, f.verb, "frame:landing-event", 0.8)


def _landers(ctx: Context, f: Frame, subj: list[Entity], *, told: bool) -> list[Entity]:
    """The craft that landed: the clause's subjects, or, when ``told`` where it landed, the craft its subject
    tells of by its noun alone ("ISRO's lunar lander touched down on the Moon"), made now."""
    found = subj or ([e for i in f.subj for e in things(ctx, i)] if told else [])
    return [e for e in found if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]


@rule("frame:land-site-body", scope="verb", stage=Stage.VERBS, triggers=("LAND_VERBS",),
      produces=(P.landedOn, P.participant, C.Landing), confidence=0.8, after=("frame:land-on",))
def land_site_body(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Tamarin rover landed in Halden Crater on Mars": Tamarin landed on Mars, and the landing is an event."""
    bodies = [b for i in f.prep(*_SITE_PREPS) for b in site_bodies(ctx, i)]
    if not bodies:
        return
    landers = _landers(ctx, f, subj, told=True)
    if not landers:
        return
    for x in landers:
        for b in bodies[:1]:
            ctx.add(x, P.landedOn, b, f.verb)
    ev = described(ctx, f.verb, C.Landing)
    if ev is not None:
        for x in landers:
            ctx.add(ev, P.participant, x, f.verb)


@rule("dep:landing-noun-site", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS",), produces=(P.landedOn,),
      confidence=0.75)
def landing_noun_site(ctx: Context) -> None:
    """"the landing of its Chandrayaan-4 lander near the lunar south pole": the lander landed on the Moon."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or occurrence_class(ctx, tok.i) != C.Landing:
            continue
        of = [q.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for q in t.children(p.i, "pobj")]
        landers = [e for i in of + [c.i for c in t.children(tok.i, "poss")] for e in things(ctx, i, create=False)
                   if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
        # (or hung on the verb above, after the noun: "congratulated X on the landing of Y near the lunar south pole")
        verb = next((a.i for a in t.ancestors(tok.i) if a.pos == "VERB"), None)
        sites = [q.i for h in [tok.i, *of] for p in t.children(h, "prep") if t.lowers[p.i] in _SITE_PREPS
                 for q in t.children(p.i, "pobj")] + [q.i for p in (t.children(verb, "prep") if verb else ())
                                                      if p.i > tok.i and t.lowers[p.i] in ("near", "at", "in")
                                                      for q in t.children(p.i, "pobj")]
        bodies = [b for i in sites for b in site_bodies(ctx, i) + things(ctx, i, create=False) + [  # "on the asteroid
            e for e in [ctx.table.at(i + 1)] if t[i].pos == "NOUN" and e is not None]  # Orvo" (the name, however hung)
                  if isa(ctx, b, C.CelestialBody) and b.label != "Earth"]
        for x in landers:
            for b in bodies[:1]:
                ctx.add(x, P.landedOn, b, tok.i)
