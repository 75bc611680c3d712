"""A facility named after its town is in that town: "the Lisbon Congress Centre", "the Toulouse Space Centre",
"the Kiruna Ground Station" (``locatedIn``).

The town is the first word or two of the facility's written name, a city the knowledge base knows; a name that
is the town alone, or a facility the knowledge base knows (whose place it says), reads nothing here.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule


@rule("name:town-in-name", stage=Stage.PHRASES, produces=(P.locatedIn,), confidence=0.75)
def towns_in_names(ctx: Context) -> None:
    """"the Lisbon Congress Centre": a facility whose name opens on a known city is in that city."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if ent.kb is not None or not ent.named or not isa(ctx, ent, C.Facility) or isa(ctx, ent, C.City):
            continue
        for m in ent.mentions:
            if m.source == "described" or m.end - m.start < 2:
                continue
            for width in (2, 1):
                if m.end - m.start <= width:
                    continue
                town = [e for e in ctx.gaz.lookup(t.span_text(m.start, m.start + width)) if C.City in e.classes]
                if town:
                    ctx.add(ent, P.locatedIn, ctx.table.add_kb(town[0]), m.start)
                    break
            else:
                continue
            break
