"""Samples named by their matter: "the capsule returned 120 grams of material from asteroid Pelion", "the
rover collected lunar soil", "the probe brought back regolith from the Moon".

frame:bring-back reads sample nouns ("samples", "a sample"); releases as often name what was brought back by
what it is (SAMPLE_MATTER_NOUNS, data). Such a noun is a sample only as the object of a verb of collecting or
bringing back (RETURN_VERBS) whose subject is a craft: "dust" or "material" elsewhere is no sample.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import bodies_in, described, isa
from ..registry import Stage, rule
from .gatherings import CRAFT

MATTER = WORD_CLASSES["SAMPLE_MATTER_NOUNS"]
#: Verbs of RETURN_VERBS that bring the matter back (the others only collect it).
_BRINGING = ("bring", "bring back", "return", "retrieve", "recover")


@rule("frame:matter-return", scope="verb", stage=Stage.VERBS, triggers=("RETURN_VERBS", "SAMPLE_MATTER_NOUNS"),
      produces=(P.returned, P.sampleFrom, P.participant, C.Sample, C.SampleReturn), confidence=0.75)
def matter_return(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Tamarind capsule returned 120 grams of material from asteroid Pelion": a sample the craft brought
    back, from the body."""
    t = ctx.tree
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    if f.passive or not craft:
        return
    heads = list(f.obj)  # "120 grams of material": the matter is the quantity's "of"
    heads += [o.i for i in f.obj for p in t.children(i, "prep") if p.text.lower() == "of"
              for o in t.children(p.i, "pobj")]
    if any(noun_class(t, i) == C.Sample for i in heads):
        return  # a sample noun: frame:bring-back reads it
    matter = [i for i in heads if t[i].pos == "NOUN" and (t.lemma(i) in MATTER or t[i].text.lower() in MATTER)]
    samples = [s for i in matter if (s := described(ctx, i, C.Sample)) is not None]
    if not samples:
        return
    froms = f.prep("from") + [o.i for i in heads for p in t.children(i, "prep") if p.text.lower() == "from"
                              for o in t.children(p.i, "pobj")]
    for body in (b for i in froms for b in bodies_in(ctx, i)):
        for s in samples:
            ctx.add(s, P.sampleFrom, body, f.verb)
    if f.lemma not in _BRINGING:
        return
    for c in craft:
        for s in samples:
            ctx.add(c, P.returned, s, f.verb)
    if ctx.frame_date(f.verb):
        ev = described(ctx, f.verb, C.SampleReturn)
        if ev is not None:
            for c in craft:
                ctx.add(ev, P.participant, c, f.verb)
