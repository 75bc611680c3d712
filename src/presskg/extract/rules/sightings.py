"""What is seen through a craft: "the exoplanet Morra-3b was detected with the Vellum Space Telescope",
"astronomers discovered comet Tarsk using the Vellum Space Telescope", "using the Lumen satellite, the team
imaged the asteroid Korrin". The observers are people; the craft in the "with" or "using" phrase is what
looked at the body, and so targets it (as "the Vellum telescope observed Morra-3b" says through
``frame:target``). Verbs of seeing are lexicon ``SIGHTING_VERBS``; Earth is no target (craft look down on it
to study something else).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import isa, things
from ..registry import Stage, rule


def _means(ctx: Context, f: Frame) -> list[Entity]:
    """Craft a clause sees with: its "with" phrase, or the object of a "using" clause hung on the verb."""
    t = ctx.tree
    heads = f.withs(t, f.obj) + [o.i for c in t.children(f.verb, "advcl", "xcomp", "acl")
                                 if t.lemma(c.i) == "use" for o in t.children(c.i, "dobj")]
    return [e for i in heads for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft, C.Mission)
            and not isa(ctx, e, C.Agent, C.LaunchVehicle, C.Instrument)]


@rule("frame:seen-with", scope="verb", stage=Stage.VERBS, triggers=("SIGHTING_VERBS",), produces=(P.target,),
      confidence=0.7)
def seen_with(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X was detected with the Vellum telescope", "the team observed X using the Lumen satellite": the craft
    targets the body X (the verb's object; a passive's patient is its object too)."""
    bodies = [e for i in f.obj for e in things(ctx, i, create=False)
              if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
    if not bodies:
        return
    for craft in _means(ctx, f):
        for b in bodies:
            ctx.add(craft, P.target, b, f.verb)
