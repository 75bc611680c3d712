"""Craft that come down inside another: "the Sisu lander touched down on Mars on 18 February, carrying the Talin
rover", "the capsule landed in the desert with the Kestrel probe's samples" (a craft only); and samples a craft
comes down with: "the capsule landed in South Australia carrying ten grams of soil from Phobos".

A carrying participle (:data:`CARRY_VERBS`) hung on a landing verb (:data:`LAND_VERBS`) names what landed with
the subject: the carried craft takes part in the landing the clause tells of and landed on the body the
carrier landed on (the carrier's ``landedOn``, found by frame:land-on); carried samples, or matter
(lexicon ``SAMPLE_MATTER_NOUNS``), the carrier brought back. A launcher's cargo is frame:carry-payload's.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..lexicon import WORD_CLASSES, in_class
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..tree import Tree
from ..worlds import bodies_in

_MATTER = WORD_CLASSES["SAMPLE_MATTER_NOUNS"]


@rule("frame:landed-carrying", stage=Stage.DISCOURSE, triggers=("CARRY_VERBS", "LAND_VERBS", "SAMPLE_MATTER_NOUNS"),
      produces=(P.participant, P.landedOn, P.returned, P.sampleFrom, C.Sample), confidence=0.7)
def landed_carrying(ctx: Context) -> None:
    """"X touched down on Mars, carrying the Y rover": Y took part in the landing and landed on Mars too. "The
    capsule landed carrying ten grams of soil": the capsule returned the soil, a sample."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.passive or not in_class("CARRY_VERBS", f.lemma, None):
            continue
        land = ctx.frames.get(_told_of(t, v))
        if land is None or not in_class("LAND_VERBS", land.lemma, land.particle or None):
            continue
        carriers = [e for i in land.subj for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft)]
        carried = [j for i in f.obj for j in t.conjuncts(i)]
        # "ten grams of soil": the matter is the quantity's "of"
        carried += [o.i for i in carried for p in t.children(i, "prep") if t.lowers[p.i] == "of"
                    for o in t.children(p.i, "pobj")]
        samples = [s for j in carried if carriers and t[j].pos == "NOUN" and (
            noun_class(t, j) == C.Sample or t.lemma(j) in _MATTER) and (
            s := ctx.ref(j) or described(ctx, j, C.Sample)) is not None and isa(ctx, s, C.Sample)]
        for c in carriers:
            for s in samples:
                ctx.add(c, P.returned, s, v)
        # "carrying lunar rock from the Moon", "soil from Phobos": where it was taken
        froms = [o.i for k in (v, *carried) for p in t.children(k, "prep") if t.lowers[p.i] == "from"
                 for o in t.children(p.i, "pobj")]
        for b in [b for i in froms for b in bodies_in(ctx, i)] if samples else ():
            for s in samples:
                ctx.add(s, P.sampleFrom, b, v)
        craft = [e for j in carried for e in things(ctx, j, create=False)
                 if isa(ctx, e, C.Spacecraft) and e not in carriers]
        if not carriers or not craft:
            continue
        event = ctx.described.get(land.verb)
        bodies = [b for c in carriers for b in ctx.objects(c, P.landedOn)]
        for c in craft:
            if event is not None and isa(ctx, ctx.table.entities[event], C.Landing):
                ctx.add(ctx.table.entities[event], P.participant, c, v)
            for b in dict.fromkeys(bodies):
                ctx.add(c, P.landedOn, b, v)


def _told_of(t: Tree, v: int) -> int:
    """The verb a carrying participle at ``v`` tells of: its head ("touched down on Mars, carrying"), or the verb
    of the place phrase the parser hung it on ("landed in the Gobi desert carrying lunar rock": no comma); -1 else."""
    head = t[v].head
    if t[v].dep in ("advcl", "xcomp", "conj"):
        return head
    if t[v].dep == "acl" and t[head].dep == "pobj" and t[t[head].head].dep == "prep":
        return t[t[head].head].head
    return -1
