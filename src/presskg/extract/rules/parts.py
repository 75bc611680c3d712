"""Parts of missions and craft: what is released from a craft, what a clause does "as part of" a mission."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

_CRAFT = (C.Mission, C.Spacecraft)
_PARTS = (C.Spacecraft, C.Instrument)


@rule("frame:separated-from", scope="verb", stage=Stage.VERBS, triggers=("SEPARATE_VERBS",),
      produces=(P.partOf,), confidence=0.75)
def separated_from(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The lander separated from the orbiter", "Huygens was released from Cassini": it was part of it (a craft
    that undocks from a station only visited it: DEPART_VERBS)."""
    if f.lemma in WORD_CLASSES["DEPART_VERBS"]:
        return
    parts = [e for e in (subj if not f.passive else [e for i in f.obj for e in things(ctx, i, create=False)])
             if isa(ctx, e, *_PARTS)]
    if not f.passive and f.obj:  # "the orbiter released the lander": the object left the subject
        carriers = [e for e in subj if isa(ctx, e, *_CRAFT)]
        parts = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, *_PARTS)]
    else:
        carriers = [e for i in f.prep("from") for e in things(ctx, i, create=False) if isa(ctx, e, *_CRAFT)]
    for p in parts:
        # (a satellite deployed from a station was its cargo, not a part of it: "deployed from the ISS")
        for c in (c for c in carriers if not isa(ctx, c, C.SpaceStation)):
            ctx.add(p, P.partOf, c, f.verb)


@rule("frame:as-part-of", scope="verb", stage=Stage.VERBS, triggers=(), produces=(P.partOf, P.contributesTo),
      confidence=0.75)
def as_part_of(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"As part of the X mission, the Y instrument will ..." (Y part of X), "... Canada will provide ..." (Canada
    contributes to X): what a clause does within a mission."""
    within = [e for p, i in f.preps if p in WORD_CLASSES["PART_PREPOSITIONS"]
              for e in things(ctx, i, create=False) if isa(ctx, e, *_CRAFT)]
    for m in within:
        for s in subj:
            if s.key == m.key:
                continue
            if isa(ctx, s, *_PARTS) and not isa(ctx, s, C.Mission):
                ctx.add(s, P.partOf, m, f.verb)
            elif s in agents([s], ctx):
                ctx.add(s, P.contributesTo, m, f.verb)
