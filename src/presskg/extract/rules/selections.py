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
    deals = [i for i in unders if t.lemma(i) in AWARDED_NOUNS] or _told_next(ctx, f.verb)
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
    # "selected X to develop a lunar lander. The contract ...": what X is chosen to build
    built += [o for x in t.children(f.verb, "xcomp") if (g := ctx.frames.get(x.i)) is not None for o in g.obj]
    for e in (e for i in built for e in things(ctx, i, create=False) if isa(ctx, e, *BUILT)):
        ctx.add(deal, P.topic, e, f.verb)


def _told_next(ctx: Context, v: int) -> list[int]:
    """"NASA has selected X to develop a lander. The contract is valued at $3.4 billion": a definite awarded noun
    that is the subject of the next sentence, naming no agreement told of before, is the contract of the choice."""
    t = ctx.tree
    here = t.sentence_index(v)
    if here + 1 >= len(t.parse.sentences) or t[v].dep not in ("ROOT", "conj"):
        return []
    s = t.parse.sentences[here + 1]
    return [k for k in range(s.start, s.end) if t.lemma(k) in AWARDED_NOUNS and t[k].dep in ("nsubj", "nsubjpass")
            and any(c.text.lower() in ("the", "this") for c in t.children(k, "det")) and ctx.table.at(k) is None
            and not any(ctx.table.is_a(e, C.Agreement) for e in ctx.before(s.start))][:1]
