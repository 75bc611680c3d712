"""Facilities and who runs them, as a clause tells them: "built at the Toulouse Space Centre" (a facility is no
agent: its operator is), "the Guiana Space Centre in Kourou, which is operated by CNES" (a relative clause the
parser hangs on the town tells of the facility); a site told by its noun ("from the spaceport in Kourou"), or by the
spaceport it is of ("from the first launch pad of the X Space Centre").
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .candidates import noun_class
from .classes import ancestors
from .context import Context
from .frames import Frame
from .lexicon import WORD_CLASSES
from .referents import described, isa, things


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


def told_launch_site(ctx: Context, i: int) -> Entity | None:
    """"launched from the spaceport in Kourou", "from its launch pad at Halden": a launch site told by its noun, no
    name (a singular noun of a facility's class that says it is one, lexicon LAUNCH_SITE_WORDS), made a described
    facility; its place is read where the noun's phrase says (dep:place-in-place). None for any other noun ("from
    Germany", "from 30 sites", "flown from the operations centre": a craft is operated from there)."""
    t = ctx.tree
    cls = noun_class(t, i) if t[i].pos == "NOUN" and t[i].tag == "NN" and ctx.table.at(i) is None \
        and t.lemma(i) in _SITE_WORDS else None
    return described(ctx, i, cls) if cls is not None and C.Facility in ancestors(cls) else None


def port_of_pad(ctx: Context, i: int) -> list[Entity]:
    """"lifted off from the first launch pad of the Satish Dhawan Space Centre, Sriharikota": the spaceport a site
    told by its noun (lexicon LAUNCH_SITE_WORDS) is "of", which a reader lists as the launch site (the town set
    beside it is where the spaceport is, not the site); none for a named site, or one of no spaceport."""
    t = ctx.tree
    if t[i].pos != "NOUN" or ctx.table.at(i) is not None or t.lemma(i) not in _SITE_WORDS:
        return []
    return [e for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")
            for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Spaceport)]


#: Nouns of a place launchers leave from (lexicon LAUNCH_SITE_WORDS).
_SITE_WORDS = WORD_CLASSES["LAUNCH_SITE_WORDS"]
