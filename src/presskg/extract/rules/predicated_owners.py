"""Whose mission a predicate noun says: "Vela is a mission of ESA", "Kestrel is ESA's first mission to study the
solar wind", "the Lumen telescope is a satellite of the Norvik Space Agency". The "of" phrase (or the owner) of a
craft or mission noun after "is" names who runs what the subject names, as "a mission of ESA" does on a name
(``dep:mission-of-org``) and "Vela, a mission of ESA," does through an apposition. A company is a maker more
often than an operator, and is left alone.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..referents import isa, things
from ..registry import Stage, rule


@rule("dep:predicated-operator", stage=Stage.PHRASES, produces=(P.operatedBy,), confidence=0.7)
def predicated_operator(ctx: Context) -> None:
    """"Vela is a mission of ESA", "Vela is ESA's mission": Vela operatedBy ESA (a craft or mission noun after
    "is", its "of" or possessive agency)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep != "attr" or t.lemma(tok.head) != "be" or ctx.table.at(tok.i) is not None:
            continue
        cls = noun_class(t, tok.i)  # a mission noun may describe a craft ("the Vela telescope is a mission")
        if cls is None or not ({C.Mission, C.Spacecraft} & set(ancestors(cls))):
            continue
        subjects = [e for c in t.children(tok.head, "nsubj") for e in ctx.refs(c.i)
                    if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.Agent, C.Instrument, C.LaunchVehicle)]
        if not subjects:
            continue
        # "a mission of ESA", "ESA's new mission" (not "its mission": the subject's own)
        of = [o.i for p in t.children(tok.i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        owners = [e for o in of + [c.i for c in t.children(tok.i, "poss") if c.pos != "PRON"]
                  for e in things(ctx, o, create=False) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Company)]
        for s in subjects:
            for o in owners:
                ctx.add(s, P.operatedBy, o, tok.i)
