"""Sites a body has: "ESA has a technical centre in Noordwijk", "the agency maintains a ground station in
Kiruna", "the company has a production plant in Bremen and a test centre in Lampoldshausen".

A :data:`HAVE_SITE_VERBS` verb (data: have, maintain) whose subject is an organization and whose object is a
facility (a named one, or a noun whose class is a facility's: centre, station, plant) gives ``operatedBy``: the
site is the body's. "Have" says so of nothing else here: "NASA has a long history", "CNES has a new president",
"DLR has a share in the mission" name no site, and a person or a craft that "has" something runs no facility.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..mentions import noun_class
from ..referents import described, isa, things
from ..registry import Stage, rule


def _sites(ctx: Context, f: Frame) -> list[Entity]:
    """Facilities the verb's objects denote: a named facility, or a facility's noun made a described one."""
    t = ctx.tree
    out: list[Entity] = []
    for i in f.obj:
        for j in t.conjuncts(i):
            named = ctx.table.at(j)
            cls = noun_class(t, j) if t[j].pos == "NOUN" else None
            if named is None and (cls is None or C.Facility not in ancestors(cls) or t[j].tag == "NNS"):
                continue  # "a long history", "a new president": no site; "30 facilities": no one site
            found = things(ctx, j, create=False)
            if not found and named is None:  # ("centre" is no DESCRIBED_THINGS noun: its class makes it one)
                found = [e for e in [described(ctx, j, cls)] if e is not None]
            for e in found:
                if isa(ctx, e, C.Facility) and not isa(ctx, e, C.Organization) and e not in out:
                    out.append(e)
    return out


@rule("frame:has-site", scope="verb", stage=Stage.VERBS, triggers=("HAVE_SITE_VERBS",),
      produces=(P.operatedBy,), confidence=0.75)
def has_site(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"ESA has a technical centre in Noordwijk": the centre is operated by ESA."""
    if f.passive:
        return
    bodies = [e for e in subj if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Facility)]
    if not bodies:
        return
    for site in _sites(ctx, f):
        for b in bodies:
            ctx.add(site, P.operatedBy, b, f.verb)
