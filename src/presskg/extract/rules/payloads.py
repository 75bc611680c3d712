"""Parts a craft carries: "the orbiter carries a magnetometer", "X was mounted on the Y satellite",
"Z will fly aboard the probe". The verb is a :data:`CARRY_VERBS` word and the preposition an
:data:`ABOARD_PREPOSITIONS` word (data), so a new wording of either joins without code."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import ABOARD_PREPOSITIONS
from ..referents import isa, things
from ..registry import Stage, rule

PARTS = (C.Instrument, C.Spacecraft)
WHOLES = (C.Spacecraft, C.Mission)


def _whole(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, *WHOLES) and not isa(ctx, e, C.LaunchVehicle)


@rule("frame:carried", scope="verb", stage=Stage.VERBS, triggers=("CARRY_VERBS",), produces=(P.partOf,),
      confidence=0.75)
def carried(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"InSight, which carries HP3": the object is part of the carrying craft; "mounted on X",
    "aboard X": the thing moved is part of the craft the preposition names."""
    objs = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, *PARTS)]
    aboard = [e for p, i in f.preps if p in ABOARD_PREPOSITIONS or p.startswith("on board")
              for e in things(ctx, i, create=False) if _whole(ctx, e)]
    if aboard:
        parts = objs or [e for i in f.subj for e in things(ctx, i) if isa(ctx, e, *PARTS)]
        wholes = aboard
    elif not f.passive and f.lemma in ("carry", "house", "accommodate", "host"):
        parts, wholes = objs, [e for e in subj if _whole(ctx, e)]
    else:
        return
    for part in parts:
        for whole in wholes:
            if part.key != whole.key and not (isa(ctx, part, C.Spacecraft) and isa(ctx, whole, C.Instrument)):
                ctx.add(part, P.partOf, whole, f.verb)
