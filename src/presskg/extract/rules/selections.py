"""A contract that seals a choice: "X has been selected by ESA as the builder of Y, under a contract with a
value of N", "CNES chose X under a contract for Z".

A verb of :data:`SELECT_VERBS` (lexicon data) with an "under" phrase whose noun is an awarded agreement
(:data:`AWARDED_NOUNS`: contract, order, deal) makes the agreement a node signed by the chooser (the
subject, "by" in the passive) and the chosen (the object, the subject of the passive). Only
organizations and countries sign; one side alone makes nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule
from .awards import _parties

AWARDED_NOUNS = WORD_CLASSES["AWARDED_NOUNS"]
BUILDER_NOUNS = WORD_CLASSES["BUILDER_NOUNS"]
#: What a builder is chosen to build: a craft, a mission, an instrument, a rocket.
BUILT = (C.Spacecraft, C.Mission, C.Instrument, C.LaunchVehicle)


@rule("frame:selected-under-contract", scope="verb", stage=Stage.VERBS, triggers=("SELECT_VERBS",),
      produces=(P.signatory, P.topic, C.Agreement), confidence=0.75)
def selected_under_contract(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X has been selected by ESA ..., under a contract worth N", "ESA selected X to build Y under a contract":
    ESA and X sign the contract; "as the builder of Y" (a :data:`BUILDER_NOUNS` word) says what the contract is
    for."""
    t = ctx.tree
    # ("selected X to deliver three instruments under a contract": the phrase on the verb of what X is chosen for)
    unders = f.prep("under") + [i for x in t.children(f.verb, "xcomp") if (g := ctx.frames.get(x.i)) is not None
                                for i in g.prep("under")]
    deals = [i for i in unders if t.lemma(i) in AWARDED_NOUNS]
    if not deals:
        return
    deal = described(ctx, deals[0], C.Agreement)
    if deal is None or not isa(ctx, deal, C.Agreement):
        return
    parties = list(dict.fromkeys(_parties(ctx, f.subj) + _parties(ctx, f.obj)))
    if len(parties) < 2:
        return
    for p in parties:
        ctx.add(deal, P.signatory, p, f.verb)
    t = ctx.tree
    built = [o.i for i in f.prep("as") if t.lemma(i) in BUILDER_NOUNS for p in t.children(i, "prep")
             if p.text.lower() in ("of", "for") for o in t.children(p.i, "pobj")]
    for e in (e for i in built for e in things(ctx, i, create=False) if isa(ctx, e, *BUILT)):
        ctx.add(deal, P.topic, e, f.verb)
