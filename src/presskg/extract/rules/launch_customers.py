"""The customer a craft is launched for runs it, and the company that launches it takes part in its launch:
"Halvik Launch Systems will launch the Lumo-2 satellite for ESA", "Falkor-9 placed Sentra-7 into a geostationary
transfer orbit for Helion Communications", "the rocket launched the Lumo-2 satellite on behalf of EUMETSAT".

A launch provider (the clause's subject) sells the launch, and takes part in the launch event the clause tells of
(``pk:contributesTo``); the body it launches a craft "for" (or "on behalf
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
    # "the X satellite for Y", "X and Z for Y", "into a transfer orbit for Y": the parser may hang "for" on an object
    # (the last of a list: it is the whole list's) or on the orbit
    hangers = [j for i in f.obj for j in t.conjuncts(i)] + [o for p, o in f.preps if p in ("into", "to")
                                                             and t.lemma(o) == "orbit"]
    own = {o: [b.i for p in t.children(o, "prep") if t.lowers[p.i] == "for" for b in t.children(p.i, "pobj")]
           for o in hangers}
    heads += [b for o in hangers for b in own[o]]
    # "carrying the X satellites for CNES and the Y satellite built for Z": a "for" phrase after a first object is
    # that object's, not a later one's; a craft with a "for" phrase of its own takes no other
    said = {c.key: [m.start for m in c.mentions if t.sentence_index(m.start) == t.sentence_index(f.verb)]
            for c in craft}
    first = min((k for ks in said.values() for k in ks), default=0)
    mine = {c.key: {b for o in hangers if ctx.table.at(o) is c or c in things(ctx, o, create=False) for b in own[o]}
            for c in craft}
    for i in dict.fromkeys(heads):
        q = t[i].head
        for c in [c for c in craft if not all(first < q < k for k in said[c.key] or [0])
                  and (not mine[c.key] or i in mine[c.key])]:
            for org in agents(things(ctx, i, create=False), ctx):
                if isa(ctx, org, C.Organization) and org not in subj:
                    ctx.add(c, P.operatedBy, org, f.verb)


@rule("frame:launch-provider", stage=Stage.PHRASES, triggers=("LAUNCH_VERBS",), produces=(P.contributesTo,),
      confidence=0.7)
def launch_provider(ctx: Context) -> None:
    """"Torvane Launch Services will launch the Kelpra-2 satellite on 3 May 2027", "ISRO launched Kestrel on 3 May":
    the organization that launches a craft takes part in the launch the clause tells of (``contributesTo`` the
    launch event, as one "responsible for the launch" does), not in the craft, which is its customer's; so does the
    organization of a passive's "by" ("the X satellite, launched by ISRO in 2019") and one that launches its own
    rocket ("ISRO launched PSLV-C62 carrying X": the launch told by the carrying participle after the verb, which is
    why this reads the clauses once every verb's rules have), whereas "Kelpra-2 was launched by a Valkor-1" names a
    rocket, no provider."""
    for f in ctx.frames.values():
        launch = ctx.described.get(f.verb)
        if launch is None or not in_class("LAUNCH_VERBS", f.lemma, f.particle or None):
            continue
        ev = ctx.table.entities[launch]
        if not isa(ctx, ev, C.Launch):
            continue
        for org in agents([e for i in f.subj for e in things(ctx, i, create=False)], ctx):
            if isa(ctx, org, C.Organization):
                ctx.add(org, P.contributesTo, ev, f.verb)
