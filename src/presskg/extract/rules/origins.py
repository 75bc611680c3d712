"""Where a part comes from: "The camera comes from DLR", "a plasma probe, Skadi, comes from the University
of Bergen": the body it comes from is its provider, as "provided by" would say.

An ``ORIGIN_VERBS`` clause (lexicon) whose subject is a thing that is built (an instrument, a craft, a
launcher) and whose "from" phrase names an organization. A place or a country it comes from ("samples
that come from the Moon", "the rocket came from French Guiana") provides nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import isa, things
from ..registry import Stage, rule

_BUILT = (C.Instrument, C.Spacecraft, C.LaunchVehicle)


@rule("frame:comes-from", scope="verb", stage=Stage.VERBS, triggers=("ORIGIN_VERBS",),
      produces=(P.providedBy,), confidence=0.8)
def comes_from(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Lumen camera comes from DLR": DLR provides the camera."""
    parts = [e for e in subj if isa(ctx, e, *_BUILT)]
    if not parts:
        return
    sources = [e for i in f.prep("from") for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization)]
    for part in parts:
        for source in sources:
            ctx.add(part, P.providedBy, source, f.verb)
