"""A launch pad of a spaceport: "lifted off from the First Launch Pad of the Satish Dhawan Space Centre".

A launch site that is a facility named with an "of" phrase naming a spaceport ("the X pad of Y", "Launch Complex
39A of the Kennedy Space Center") stands in that spaceport: the pad is located in it, and whatever left from the
pad left from the spaceport too (``launchSite``), which is what a reader lists as the launch's site.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa, things
from ..registry import Stage, rule


@rule("infer:pad-of-spaceport", stage=Stage.INFERENCE, produces=(P.launchSite, P.locatedIn), confidence=0.7,
      after=("infer:launch-site-shared",))
def pad_of_spaceport(ctx: Context) -> None:
    """Each launch site that is a pad "of" a spaceport: the pad in the spaceport, what left from it left from both."""
    t = ctx.tree
    for r in list(ctx.relations.values()):
        if r.predicate != P.launchSite:
            continue
        pad = ctx.table.entities[r.object]
        if isa(ctx, pad, C.Spaceport) or not isa(ctx, pad, C.Facility):
            continue
        heads = [t.span_head(m.start, m.end) for m in pad.mentions]
        ports = [e for h in heads for p in t.children(h, "prep") if t.lowers[p.i] == "of"
                 for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                 if e is not pad and isa(ctx, e, C.Spaceport)]
        for port in dict.fromkeys(ports):
            at = pad.mentions[0].start
            ctx.add(pad, P.locatedIn, port, at)
            ctx.add(ctx.table.entities[r.subject], P.launchSite, port, at)
