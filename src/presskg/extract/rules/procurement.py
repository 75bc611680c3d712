"""Things bought from a maker: "the Marlow Space Agency has ordered two Tavi satellites from Korrin Aerospace",
"EUMETSAT procured three satellites from Thales Alenia Space", "the antennas were purchased from X"; and work
handed down: "Korrin Aerospace has subcontracted the Tavi radar to Ostmark Systems" (lexicon
``SUBCONTRACT_VERBS``: the organization after "to" provides the thing).

A verb of ``PROCURE_VERBS`` (lexicon data: order, procure, purchase, buy) whose object (or passive subject)
is a made thing (an instrument, a craft, a launcher) and whose "from" phrase names an organization: the
organization provides the thing. The buyer is not its maker, and a thing bought "from" a place says nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, isa, things
from ..registry import Stage, rule
from .gatherings import BUILT


@rule("frame:bought-from", scope="verb", stage=Stage.VERBS, triggers=("PROCURE_VERBS",), produces=(P.providedBy,),
      confidence=0.75)
def bought_from(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X ordered two Tavi satellites from Korrin Aerospace": Tavi provided by Korrin Aerospace."""
    t = ctx.tree
    bought = f.obj  # (the frame's patient, also of a passive: "the satellites were purchased from X")
    makers = [e for i in f.prep("from") for j in t.conjuncts(i) for e in agents(things(ctx, j, create=False), ctx)
              if isa(ctx, e, C.Organization)]
    for i in bought:  # ("ordered two satellites from X": the unnamed craft made, since X makes them)
        for j in t.conjuncts(i):
            for thing in things(ctx, j, create=bool(makers)):
                if isa(ctx, thing, *BUILT):
                    for m in makers:
                        ctx.add(thing, P.providedBy, m, f.verb)


@rule("frame:subcontracted-to", scope="verb", stage=Stage.VERBS, triggers=("SUBCONTRACT_VERBS",),
      produces=(P.providedBy,), confidence=0.75)
def subcontracted_to(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X has subcontracted the Tavi radar to Ostmark Systems": the Tavi radar provided by Ostmark Systems."""
    t = ctx.tree
    to = f.prep("to") + [o.i for d in f.dative for o in t.children(d, "pobj")]
    makers = [e for i in to for j in t.conjuncts(i) for e in agents(things(ctx, j, create=False), ctx)
              if isa(ctx, e, C.Organization)]
    if not makers:
        return  # (no thing is made a node for nobody)
    for i in f.obj:
        for j in t.conjuncts(i):
            for thing in things(ctx, j):
                if isa(ctx, thing, *BUILT):
                    for m in makers:
                        ctx.add(thing, P.providedBy, m, f.verb)
