"""A person set beside a country by "of" or "from" is of that country: "Luca Ferrante of Italy", "Hanna Lindqvist
of Sweden", "delegates elected Anna Berg from Norway" (``country``, as a delegate's or a minister's nationality
is written in council and delegation news). The country must be the phrase's own object ("of France's CNES" is
the agency's, dep:person-of-org's), and the phrase must hang on the person's name.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..registry import Stage, rule


@rule("dep:person-of-country", stage=Stage.PHRASES, produces=(P.country,), confidence=0.75)
def person_of_country(ctx: Context) -> None:
    """"Hanna Lindqvist of Sweden": the person's country."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            heads = [k for k in range(m.start, m.end) if not m.start <= t[k].head < m.end or t[k].head == k]
            for p in (p for h in heads for p in t.children(h, "prep") if p.text.lower() in ("of", "from")):
                for o in t.children(p.i, "pobj"):
                    country = ctx.table.at(o.i)
                    if country is not None and C.Country in country.classes \
                            and not t.children(o.i, "case") and o.i + 1 < len(t) and t[o.i + 1].tag != "POS":
                        ctx.add(ent, P.country, country, p.i)
