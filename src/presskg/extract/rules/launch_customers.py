"""The customer a craft is launched for runs it: "Halvik Launch Systems will launch the Lumo-2 satellite for ESA",
"Falkor-9 placed Sentra-7 into a geostationary transfer orbit for Helion Communications", "the rocket launched the
Lumo-2 satellite on behalf of EUMETSAT".

A launch provider (the clause's subject) sells the launch; the body it launches a craft "for" (or "on behalf
of") is the craft's owner, whose satellite it is (``pk:operatedBy``). Only an organization: "for the first time",
"for the Copernicus programme" name none. The verbs are lexicon data (``LAUNCH_VERBS``, ``LIFT_VERBS``; a lifting
verb only with a launcher subject or an orbit phrase, as frame:carry-payload reads it).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES, in_class
from ..placing import into_orbit
from ..referents import agents, isa, things
from ..registry import Stage, rule

_BEHALF = WORD_CLASSES["BEHALF_PHRASES"]


@rule("frame:launched-for", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS", "LIFT_VERBS"),
      produces=(P.operatedBy,), confidence=0.7)
def launched_for(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """A craft launched "for" an organization is run by it."""
    t = ctx.tree
    launching = in_class("LAUNCH_VERBS", f.lemma, f.particle or None)
    if not launching and not (into_orbit(t, f.verb) or any(isa(ctx, e, C.LaunchVehicle) for e in subj)):
        return
    craft = [e for i in f.obj for e in things(ctx, i, create=False)
             if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
    if not craft:
        return
    heads = f.prep("for") + [o for p, o in f.preps if p in _BEHALF or p.endswith("behalf of")]
    # "the X satellite for Y", "into a transfer orbit for Y": the parser may hang "for" on the object or the orbit
    hangers = list(f.obj) + [o for p, o in f.preps if p in ("into", "to") and t.lemma(o) == "orbit"]
    heads += [o.i for i in hangers for p in t.children(i, "prep") if t.lowers[p.i] == "for"
              for o in t.children(p.i, "pobj")]
    customers = [e for i in heads for e in agents(things(ctx, i, create=False), ctx)
                 if isa(ctx, e, C.Organization) and e not in subj]
    for c in craft:
        for org in dict.fromkeys(customers):
            ctx.add(c, P.operatedBy, org, f.verb)
