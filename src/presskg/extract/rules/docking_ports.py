"""A craft docked at another's port: the craft whose port it is takes part in the docking.

"The Vigil capsule docked with the forward port of the Harmony module", "berthed to the nadir port of X": the
docking phrase (lexicon ``DOCKING_PREPOSITIONS``) names a part (``PORT_NOUNS``), not a craft, and the craft is
the part's "of" phrase or its possessor ("the station's forward port"). That craft takes part in the docking of
the ``DOCK_VERBS`` verb, and so does the space station it is a module of (as ``infer:station-of-module`` reads
for a module named directly).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES, in_class
from ..referents import isa
from ..registry import Stage, rule

_DOCKING = frozenset(WORD_CLASSES["DOCKING_PREPOSITIONS"])
_PORTS = frozenset(WORD_CLASSES["PORT_NOUNS"])


@rule("infer:craft-of-port", stage=Stage.INFERENCE, triggers=("DOCK_VERBS", "DOCKING_PREPOSITIONS", "PORT_NOUNS"),
      produces=(P.participant,), confidence=0.7)
def craft_of_port(ctx: Context) -> None:
    t = ctx.tree
    for v, f in ctx.frames.items():
        key = ctx.described.get(v)
        if key is None or not in_class("DOCK_VERBS", f.lemma, f.particle or None):
            continue
        ev = ctx.table.entities[key]
        for word, o in f.preps:
            if word not in _DOCKING or t.lemma(o) not in _PORTS:
                continue
            owners = [c.i for c in t.children(o, "poss")]
            owners += [oo.i for q in t.children(o, "prep") if q.text.lower() == "of" for oo in t.children(q.i, "pobj")]
            for k in owners:
                craft = ctx.ref(k)
                if craft is None or not isa(ctx, craft, C.Spacecraft):
                    continue
                ctx.add(ev, P.participant, craft, v)
                for whole in ctx.objects(craft, P.partOf):
                    if isa(ctx, whole, C.SpaceStation):
                        ctx.add(ev, P.participant, whole, v)
