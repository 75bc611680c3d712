"""The rocket a craft is launched on (``pk:launchVehicle``)."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule


@rule("frame:launch-vehicle", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS",),
      produces=(P.launchVehicle,), confidence=0.8, after=("frame:launched-from",))
def launch_vehicle(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X was launched on an H-IIA", "lifted off aboard a Soyuz", "a Falcon 9 launched X": craft and rocket."""
    named = [e for i in f.obj for e in things(ctx, i, create=False)] or subj
    craft = [e for e in named if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
    preps = WORD_CLASSES["LAUNCH_VEHICLE_PREPOSITIONS"]
    rockets = [e for p, i in f.preps if p in preps for e in things(ctx, i, create=False)]
    rockets += subj if f.obj else []  # the active subject or the passive's agent: "a Vega launched X"
    rockets = [r for r in rockets if isa(ctx, r, C.LaunchVehicle)]
    launch = ctx.described.get(f.verb)  # the launch event, when the clause described one
    for r in rockets:
        for c in craft:
            ctx.add(c, P.launchVehicle, r, f.verb)
        if launch is not None:
            ctx.add(ctx.table.entities[launch], P.launchVehicle, r, f.verb)
