"""What a craft saw, told by what it took or sent: "the Zephyr probe took images of Europa", "Vela returned the
first close-up pictures of Callisto", "the probe's Corax spectrometer made measurements of Titan".

A verb of :data:`CAPTURE_VERBS` whose object is a :data:`SENT_DOWN_NOUNS` noun with an "of" phrase naming a
body says the craft (or the craft an instrument is part of) studies that body: its ``target``, as "imaged
Europa" says through ``frame:target``. Earth is left out, as in :mod:`.aims`.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule
from ..worlds import bodies_in

SENT_DOWN = WORD_CLASSES["SENT_DOWN_NOUNS"]


def _craft(ctx: Context, subj: list[Entity]) -> list[Entity]:
    """The crafts of a clause's subject: a craft itself, or the craft a named instrument is part of."""
    out = [e for e in subj if isa(ctx, e, C.Mission, C.Spacecraft)
           and not isa(ctx, e, C.Instrument, C.LaunchVehicle)]
    out += [w for e in subj if isa(ctx, e, C.Instrument) for w in ctx.objects(e, P.partOf)
            if isa(ctx, w, C.Mission, C.Spacecraft)]
    return list(dict.fromkeys(out))


@rule("frame:observed-of", scope="verb", stage=Stage.VERBS, triggers=("CAPTURE_VERBS", "SENT_DOWN_NOUNS"),
      produces=(P.target,), confidence=0.7)
def observed_of(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Zephyr probe took images of Europa": Zephyr targets Europa."""
    if f.passive:
        return
    craft = _craft(ctx, subj)
    if not craft:
        return
    t = ctx.tree
    seen = [i for i in f.obj if t.lemma(i) in SENT_DOWN or t[i].text.lower() in SENT_DOWN]
    bodies = [b for i in seen for p in t.children(i, "prep") if p.text.lower() == "of"
              for o in t.children(p.i, "pobj") for b in bodies_in(ctx, o.i) if b.label != "Earth"]
    for c in craft:
        for b in list(dict.fromkeys(bodies))[:2]:
            ctx.add(c, P.target, b, f.verb)
