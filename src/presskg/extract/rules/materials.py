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
from ..referents import bodies_in, described, isa, things
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


@rule("seq:returned-by", stage=Stage.PHRASES, triggers=("RETURN_VERBS",),
      produces=(P.returned, P.sampleFrom, C.Sample), confidence=0.75)
def returned_by(ctx: Context) -> None:
    """"Samples from asteroid Vesta returned by the Orpheus probe were ...", "the regolith brought back by Lyra":
    the craft after "by" returned the samples (or matter, from the body of its "from") before the participle,
    however the parser hung it (often as the main verb, with "by" a plain preposition)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.tag not in ("VBN", "VBD") or t.lemma(tok.i) not in _BRINGING:
            continue
        j = tok.i + 1 + (tok.i + 1 < len(t) and t.lowers[tok.i + 1] == "back")
        if j >= len(t) or t.lowers[j] != "by" or tok.i == 0:
            continue
        craft = [e for o in t.children(j, "pobj") for e in things(ctx, o.i, create=False) if isa(ctx, e, *CRAFT)]
        # the phrase before the participle: "samples from asteroid Vesta" ends in "Vesta"; its head is the sample
        head = next((a.i for a in (t[tok.i - 1], *t.ancestors(tok.i - 1)) if a.i < tok.i and a.pos == "NOUN"
                     and (noun_class(t, a.i) == C.Sample or t.lemma(a.i) in MATTER)), None)
        if not craft or head is None or t.sentence_index(head) != t.sentence_index(tok.i):
            continue
        sample = ctx.ref(head) or described(ctx, head, C.Sample)
        if sample is not None and isa(ctx, sample, C.Sample):
            for c in craft:
                ctx.add(c, P.returned, sample, tok.i)
            bodies = [b for p in t.children(head, "prep") if p.text.lower() == "from"  # "rocks from the Moon"
                      for o in t.children(p.i, "pobj") for b in bodies_in(ctx, o.i)]
            for b in bodies:
                ctx.add(sample, P.sampleFrom, b, tok.i)
