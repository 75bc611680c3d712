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
from ..referents import described, isa
from ..registry import Stage, rule
from ..worlds import bodies_in

PASSING_WORDS = WORD_CLASSES["PASSING_WORDS"]


def passed(ctx: Context, f: Frame) -> list[int]:
    """Heads of the phrases a verb passes by: "flew past Venus" (adverb with an object), "swung by Earth",
    "flew by Mars" (preposition), "will fly by it" (particle with the verb's object); empty for no pass."""
    t = ctx.tree
    heads = [i for p, i in f.preps if p in PASSING_WORDS]
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
    craft = [e for e in subj if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)]
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
