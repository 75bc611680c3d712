"""Craft that come down inside another: "the Sisu lander touched down on Mars on 18 February, carrying the Talin
rover", "the capsule landed in the desert with the Kestrel probe's samples" (a craft only).

A carrying participle (:data:`CARRY_VERBS`) hung on a landing verb (:data:`LAND_VERBS`) names what landed with
the subject: the carried craft takes part in the landing the clause tells of and landed on the body the
carrier landed on (the carrier's ``landedOn``, found by frame:land-on). A launcher's cargo is frame:carry-payload's.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import in_class
from ..referents import isa, things
from ..registry import Stage, rule


@rule("frame:landed-carrying", stage=Stage.DISCOURSE, triggers=("CARRY_VERBS", "LAND_VERBS"),
      produces=(P.participant, P.landedOn), confidence=0.7)
def landed_carrying(ctx: Context) -> None:
    """"X touched down on Mars, carrying the Y rover": Y took part in the landing and landed on Mars too."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.passive or t[v].dep not in ("advcl", "xcomp", "conj") or not in_class("CARRY_VERBS", f.lemma, None):
            continue
        land = ctx.frames.get(t[v].head)
        if land is None or not in_class("LAND_VERBS", land.lemma, land.particle or None):
            continue
        carriers = [e for i in land.subj for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft)]
        craft = [e for i in f.obj for j in t.conjuncts(i) for e in things(ctx, j, create=False)
                 if isa(ctx, e, C.Spacecraft) and e not in carriers]
        if not carriers or not craft:
            continue
        event = ctx.described.get(land.verb)
        bodies = [b for c in carriers for b in ctx.objects(c, P.landedOn)]
        for c in craft:
            if event is not None and isa(ctx, ctx.table.entities[event], C.Landing):
                ctx.add(ctx.table.entities[event], P.participant, c, v)
            for b in dict.fromkeys(bodies):
                ctx.add(c, P.landedOn, b, v)
