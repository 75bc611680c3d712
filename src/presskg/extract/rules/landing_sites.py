"""The body a craft landed on, told through the site: "landed in Halden Crater on Mars", "set down near the south
pole of the Moon", "touched down on the rim of Korolev Crater on Mars".

``frame:land-on`` reads the body from the verb's own "on" phrase; a reader also finds it one or two phrases
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


@rule("frame:land-site-body", scope="verb", stage=Stage.VERBS, triggers=("LAND_VERBS",),
      produces=(P.landedOn, P.participant, C.Landing), confidence=0.8, after=("frame:land-on",))
def land_site_body(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Tamarin rover landed in Halden Crater on Mars": Tamarin landed on Mars, and the landing is an event."""
    landers = [e for e in subj if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
    if not landers:
        return
    bodies = [b for i in f.prep(*_SITE_PREPS) for b in site_bodies(ctx, i)]
    if not bodies:
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
        bodies = [b for i in sites for b in site_bodies(ctx, i) + things(ctx, i, create=False)
                  if isa(ctx, b, C.CelestialBody) and b.label != "Earth"]
        for x in landers:
            for b in bodies[:1]:
                ctx.add(x, P.landedOn, b, tok.i)
