"""What a craft's payload comprises is part of the craft: "The Kelva-3 payload comprises the Orto radiometer and
the Fenn altimeter", "The satellite's payload includes the Ardo sounder".

A payload noun (lexicon ``PAYLOAD_NOUNS``) owned by a craft (its possessive, a name before it, or "of" the
craft) and the subject of a listing verb (``LISTING_VERBS``: comprise, include): the instruments and craft the
verb lists are parts of that craft. (A payload named by itself is an instrument and takes its own parts.)
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

PAYLOAD_NOUNS = WORD_CLASSES["PAYLOAD_NOUNS"]


@rule("frame:payload-includes", scope="verb", stage=Stage.VERBS, triggers=("LISTING_VERBS",), produces=(P.partOf,),
      confidence=0.7)
def payload_includes(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Kelva-3 payload comprises A and B": A and B partOf Kelva-3."""
    t = ctx.tree
    if f.passive:
        return
    owners: list[Entity] = []
    for i in f.subj:
        if t.lemma(i) not in PAYLOAD_NOUNS:
            continue
        heads = [c.i for c in t.children(i, "poss", "compound")]
        heads += [o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        owners += [e for h in heads for e in things(ctx, h, create=False)
                   if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)]
    if len(owners) != 1:
        return
    for i in f.obj:
        for part in things(ctx, i, create=False):
            if isa(ctx, part, C.Instrument, C.Spacecraft) and part.key != owners[0].key:
                ctx.add(part, P.partOf, owners[0], f.verb)
