"""The parties an agreement's content names are its signatories: "NASA and CSA signed an agreement under which
the United States and Canada will work together on the Gateway", "an arrangement whereby Norway will provide
a robotic arm". The relative clause that is the agreement's content ("under which", "by which", "whereby":
:func:`~presskg.extract.rules.purposes._framing`) has the parties bound by it as its subject: countries and
public bodies (a company named there does work under it, as a contractor, and signs nothing).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa, things
from ..registry import Stage, rule
from .purposes import _framing


@rule("dep:content-parties", stage=Stage.DISCOURSE, produces=(P.signatory,), confidence=0.7)
def content_parties(ctx: Context) -> None:
    """"an agreement under which A and B will ...": A and B, countries or public bodies, signed it."""
    t = ctx.tree
    for i, key in list(ctx.described.items()) + [(m.end - 1, e.key) for e in ctx.table.entities.values()
                                                  if e.named and isa(ctx, e, C.Agreement) for m in e.mentions]:
        deal = ctx.table.entities.get(key)
        if deal is None or not isa(ctx, deal, C.Agreement):
            continue
        for v in t.children(i, "relcl", "acl"):
            if not _framing(ctx, v.i):
                continue
            subjects = [k for s in t.children(v.i, "nsubj", "nsubjpass") for k in t.conjuncts(s.i)]
            for k in subjects:
                for party in things(ctx, k, create=False):
                    if isa(ctx, party, C.Country, C.SpaceAgency, C.GovernmentBody):
                        ctx.add(deal, P.signatory, party, v.i)
