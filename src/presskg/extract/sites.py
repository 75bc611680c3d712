"""Facilities and who runs them, as a clause tells them: "built at the Toulouse Space Centre" (a facility is no
agent: its operator is), "the Guiana Space Centre in Kourou, which is operated by CNES" (a relative clause the
parser hangs on the town tells of the facility).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .context import Context
from .frames import Frame
from .referents import isa, things


def site_operators(ctx: Context, fac: Entity) -> list[Entity]:
    """Who runs a facility, when the release names it: read in the text ("ESOC, operated by ESA") or known to
    the knowledge base (``pk:operatedBy``). A thing made at a facility is provided by them (the ontology's
    providers are agents, never places)."""
    if not isa(ctx, fac, C.Facility):
        return []
    said = ctx.objects(fac, P.operatedBy)
    known = [ctx.table.entities[k] for p, iri in (fac.kb.facts if fac.kb else ()) if p == P.operatedBy
             and (k := "kb:" + iri) in ctx.table.entities]
    return [o for o in dict.fromkeys(said + known) if isa(ctx, o, C.Organization)]


def site_of_town(ctx: Context, f: Frame, i: int) -> list[Entity]:
    """"the Guiana Space Centre in Kourou, French Guiana, which is operated by CNES": a relative clause the parser
    hangs on the town (or region) a facility is said to be in tells of the facility (no town is operated)."""
    t = ctx.tree
    if t[f.verb].dep != "relcl" or t[f.verb].head != i or not any(
            isa(ctx, e, C.Place) and not isa(ctx, e, C.Facility) for e in things(ctx, i, create=False)):
        return []
    j = i
    for _ in range(4):  # up the place chain: "in Kourou, French Guiana"
        if t[j].dep in ("appos", "conj") and t[j].head != j:
            j = t[j].head
        elif t[j].dep == "pobj" and t.lowers[t[j].head] in ("in", "near", "at"):
            j = t[t[j].head].head
            return [e for e in things(ctx, j, create=False) if isa(ctx, e, C.Facility)]
        else:
            break
    return []
