"""Samples named by their matter: "the capsule returned 120 grams of material from asteroid Pelion", "the
rover collected lunar soil", "the probe brought back regolith from the Moon", "drilled its first rock core on
Mars"; and a sample of matter a world's adjective says the source of ("a sample of Martian soil").

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
from ..lexicon import PLANET_ADJECTIVES, WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..worlds import adjective_body, bodies_in
from .gatherings import CRAFT
from .suppliers import shared_objects

MATTER = WORD_CLASSES["SAMPLE_MATTER_NOUNS"]
#: Verbs of RETURN_VERBS that bring the matter back (the others only collect it).
_BRINGING = ("bring", "bring back", "return", "retrieve", "recover")


@rule("frame:matter-return", scope="verb", stage=Stage.VERBS,
      triggers=("RETURN_VERBS", "CONTAIN_VERBS", "SAMPLE_MATTER_NOUNS"),
      produces=(P.returned, P.sampleFrom, P.participant, C.Sample, C.SampleReturn), confidence=0.75)
def matter_return(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Tamarind capsule returned 120 grams of material from asteroid Pelion": a sample the craft brought
    back, from the body; "the canister held 120 grams of material from Pelion" (lexicon ``CONTAIN_VERBS``): a sample
    from the body, which the craft holds."""
    t = ctx.tree
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    if not craft and not f.passive:  # "The capsule returned ...": a craft the text does not name
        craft = [e for i in f.subj if t[i].pos == "NOUN" for e in things(ctx, i) if isa(ctx, e, *CRAFT)]
    if f.passive or not craft:
        return
    heads = list(f.obj) or shared_objects(ctx, f.verb)  # ("drilled and sealed a rock core": the one they share)
    # "120 grams of material": the matter is the quantity's "of"
    heads += [o.i for i in f.obj for p in t.children(i, "prep") if p.text.lower() == "of"
              for o in t.children(p.i, "pobj")]
    if any(noun_class(t, i) == C.Sample for i in heads):
        return  # a sample noun: frame:bring-back reads it
    matter = [i for i in heads if t[i].pos == "NOUN" and (t.lemma(i) in MATTER or t[i].text.lower() in MATTER)]
    # "from asteroid Pelion"; "drilled a rock core on Mars": where it is taken, a world (or a site's) is its source
    # ("grams of material gathered from Ryugu": on the participle that describes the matter)
    held = heads + [c.i for i in heads for c in t.children(i, "acl") if t[c.i].tag == "VBN"]
    froms = f.prep("from", "on") + [o.i for i in held for p in t.children(i, "prep") if p.text.lower() in (
        "from", "on") for o in t.children(p.i, "pobj")]
    bodies = [b for i in froms for b in bodies_in(ctx, i)]
    samples = [s for i in matter if (s := described(ctx, i, C.Sample)) is not None]
    for body in bodies:
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
    "material returned from asteroid Pelion by the Orpheus spacecraft": the craft after "by" returned the samples
    (or matter, from the body of a "from") before the participle, however the parser hung it (often as the main
    verb, with "by" a plain preposition)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.tag not in ("VBN", "VBD") or t.lemma(tok.i) not in _BRINGING:
            continue
        j = tok.i + 1 + (tok.i + 1 < len(t) and t.lowers[tok.i + 1] == "back")
        source = j if j < len(t) and t.lowers[j] == "from" else None  # "returned from asteroid Pelion by X"
        if source is not None:
            j = max(t.subtree(source)) + 1
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
            froms = [p.i for p in t.children(head, "prep") if p.text.lower() == "from"]
            froms += [source] if source is not None else []
            bodies = [b for p in froms for o in t.children(p, "pobj") for b in bodies_in(ctx, o.i)]  # "from the Moon"
            for b in bodies:
                ctx.add(sample, P.sampleFrom, b, tok.i)


@rule("dep:sample-of-world", stage=Stage.PHRASES, triggers=("PLANET_ADJECTIVES",), produces=(P.sampleFrom,),
      confidence=0.75)
def sample_of_world(ctx: Context) -> None:
    """"a sample of Martian soil", "samples of lunar regolith": a sample noun whose "of" phrase names matter with a
    world's adjective (lexicon PLANET_ADJECTIVES, never Earth) is a sample from that world (an adjective on the
    sample noun itself, "the lunar samples", is read by rules/relations.py)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or noun_class(t, tok.i) != C.Sample:
            continue
        matter = [o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        bodies = [b for k in matter for c in t.children(k, "amod") if t.lowers[c.i] in PLANET_ADJECTIVES
                  and (b := adjective_body(ctx, c.i)) is not None]
        sample = (ctx.ref(tok.i) or described(ctx, tok.i, C.Sample)) if bodies else None
        for b in bodies if sample is not None and isa(ctx, sample, C.Sample) else ():
            ctx.add(sample, P.sampleFrom, b, tok.i)
