"""Where a named agent comes from, said by the noun set beside its name: "Tartu Robotics, a start-up from
Estonia", "Clara Benedek, a test pilot from Hungary".

An apposition of a company, a person or any agent, whose own "from" phrase names a country, gives that country
to the agent (``pk:country``): a reader takes "a firm from Estonia" for an Estonian firm. A city ("a start-up
from Tartu") says nothing of the country, nor does a "from" hung on a verb ("X came from Estonia").
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule


@rule("dep:apposed-origin", stage=Stage.PHRASES, triggers=("HEAD_CLASSES",), produces=(P.country,), confidence=0.75)
def apposed_origin(ctx: Context) -> None:
    """"X, a start-up from Estonia": X's country is Estonia."""
    t = ctx.tree
    for p in t.tokens:
        if p.text.lower() != "from" or p.dep != "prep" or t[p.head].pos != "NOUN" or ctx.table.at(p.head):
            continue
        noun = t[p.head]
        countries = [e for o in t.children(p.i, "pobj") for k in ctx.table.conjuncts(o.i)[:1]
                     if (e := ctx.table.at(k)) is not None and C.Country in e.classes]
        if not countries:
            continue
        named = [noun.head] if noun.dep == "appos" else []  # "X, a firm from Y"
        named += [c.i for c in t.children(noun.i, "appos")]  # "a firm from Y, X"
        agents = [e for i in named if (e := ctx.table.at(i)) is not None and isa(ctx, e, C.Organization, C.Person)]
        for a in agents:
            for c in countries:
                ctx.add(a, P.country, c, p.i)
