"""An institute and the country after its name: "astronomers from the Kestrel Institute in Chile", "the
University of Tarsk in Poland". A country written right after a research body's name, with "in", is where the
body is: its nationality (``country``), as "the Chilean Kestrel Institute" would say. Only institutes
(universities, laboratories, observatories that are not also sites): an agency or a company "in" a country
is more often acting there ("Airbus in Germany will build") than from there; a site gets ``locatedIn``
instead (``pattern:place-comma-country``, ``dep:place-in-place``).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule


@rule("pattern:institute-in-country", stage=Stage.PHRASES, produces=(P.country,), confidence=0.75)
def institute_in_country(ctx: Context) -> None:
    """"the Kestrel Institute for Astrophysics in Chile": the institute's country is Chile."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if not ent.named or not isa(ctx, ent, C.ResearchInstitute) or isa(ctx, ent, C.Place, C.Person):
            continue
        for m in ent.mentions:
            k = m.end
            if k + 1 >= len(t) or t.lowers[k] != "in":
                continue
            at = k + 2 if t.lowers[k + 1] == "the" and k + 2 < len(t) else k + 1
            other = ctx.table.at(at)
            if other is not None and other.key != ent.key and C.Country in other.classes:
                ctx.add(ent, P.country, other, k)
