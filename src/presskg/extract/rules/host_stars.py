"""A planet named after its star orbits it: "Kalvo-12b" is the second body found around "Kalvo-12", as planets
of other stars are named (the star's name and a small letter from b on). A reader who meets both names in a
release knows which star the planet circles, though no verb says so ("the team found Kalvo-12b ... the red
dwarf Kalvo-12"). The letter and the star's class make the rule: :func:`~presskg.extract.series.host_star`,
which also types such a name a planet where the series of its star's name would make it another star.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule
from ..series import host_star


@rule("infer:planet-of-star", stage=Stage.INFERENCE, produces=(P.orbits,), confidence=0.75)
def planet_of_star(ctx: Context) -> None:
    """"Kalvo-12b" and the star "Kalvo-12" in one release: the planet orbits the star."""
    ents = list(ctx.table.entities.values())
    stars = {e.label: e for e in ents if e.named and isa(ctx, e, C.Star)}
    typed = {label: C.Star for label in stars}
    for planet in ents:
        if not planet.named or not planet.mentions or not isa(ctx, planet, C.Planet):
            continue
        star = host_star(planet.label, typed)
        if star is not None:
            ctx.add(planet, P.orbits, stars[star], planet.mentions[0].start)
