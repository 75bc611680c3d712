"""A craft passing a body: "the probe flew past Venus on 10 March", "Kestrel swung by Earth", "will zoom past Io".

A flyby is no launch (a flying verb with a :data:`PASSING_WORDS` phrase), and it is news of its own: the craft
took part in an event there, and a body other than Earth it passes is one it studies (``target``), as
"a flyby of Ganymede" already says through :mod:`.aims`. The parser hangs "past" as an adverb with the body as
its object ("flew past Venus"), or "by" as a preposition: :func:`passed` reads both.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import described, flown_craft
from ..registry import Stage, rule
from ..worlds import bodies_in

PASSING_WORDS = WORD_CLASSES["PASSING_WORDS"]


def passed(ctx: Context, f: Frame) -> list[int]:
    """Heads of the phrases a verb passes by: "flew past Venus" (adverb with an object), "swung by Earth",
    "flew by Mars" (preposition), "will fly by it" (particle with the verb's object), "flew within 950 km of the
    nucleus of comet X" (the distance's "of" phrase); empty for no pass."""
    t = ctx.tree
    heads = [i for p, i in f.preps if p in PASSING_WORDS]
    # "flew within 950 kilometres of the nucleus of comet X": what is passed is the distance's "of" phrase
    heads += [o.i for p, i in f.preps if p == "within" for q in t.children(i, "prep") if t.lowers[q.i] == "of"
              for o in t.children(q.i, "pobj")]
    heads += [o.i for a in t.children(f.verb, "advmod") if a.text.lower() in PASSING_WORDS
              for o in t.children(a.i, "pobj")]
    if f.particle in PASSING_WORDS:
        heads += f.obj
    return heads


@rule("frame:pass-by", scope="verb", stage=Stage.VERBS, triggers=("PASS_VERBS",),
      produces=(P.target, P.participant, C.Event), confidence=0.75)
def pass_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Kestrel flew past Venus on 10 March": Kestrel targets Venus and took part in the flyby (an event when
    told as done or dated); "swung by Earth" makes the event but no target (craft come home to Earth)."""
    craft = [e for e in subj if flown_craft(ctx, e)]
    bodies = [b for i in passed(ctx, f) for b in bodies_in(ctx, i)]
    if not craft or not bodies:
        return
    for c in craft:
        for b in bodies[:2]:
            if b.label != "Earth":
                ctx.add(c, P.target, b, f.verb)
    if ctx.frame_date(f.verb) or ctx.tree[f.verb].tag == "VBD":
        ev = described(ctx, f.verb, C.Event)
        if ev is not None:
            for c in craft:
                ctx.add(ev, P.participant, c, f.verb)


#: Prepositions on a deed's noun whose phrase names the body where the deed is done: "a flyby of Venus", "its
#: closest approach to Jupiter", "its first drive on the surface of Mars", "a gravity assist at Mercury".
_DONE_AT = ("of", "at", "on", "to", "around", "past", "near")


@rule("frame:done-at-body", scope="verb", stage=Stage.VERBS, triggers=("EVENT_LIGHT_VERBS",),
      produces=(P.target,), confidence=0.7)
def done_at_body(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Ardent will perform flybys of Venus and Mercury", "Talvi completed its first drive on the surface of
    Mars", "the probe carried out a gravity assist at Mercury": a craft that does a deed at a body (a light verb,
    lexicon ``EVENT_LIGHT_VERBS``, whose object's phrase names the body) goes there, as "flew past Venus" says
    (frame:pass-by). Earth is no target (craft come home to it); a body in a phrase of the verb's own ("carried
    a camera to the Moon") is what the verb says, not this rule's."""
    craft = [e for e in subj if flown_craft(ctx, e)]
    if not craft:
        return
    t = ctx.tree
    # the noun's phrases, those of what is set beside it ("two flybys, one at Earth and one at Mercury"), and a
    # place phrase the parser hung on the verb ("carried out a gravity assist at Mercury")
    nouns = f.obj + [a.i for i in f.obj for a in t.children(i, "appos")]
    heads = [o.i for i in nouns for p in t.children(i, "prep") if p.text.lower() in _DONE_AT
             for o in t.children(p.i, "pobj")]
    heads += f.prep("at", "around", "past", "near") if f.obj else []
    bodies: list[Entity] = []
    for o in heads:
        for j in ctx.table.conjuncts(o):
            bodies += [b for b in bodies_in(ctx, j) if b.label != "Earth" and b not in bodies]
    for c in craft:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb)
