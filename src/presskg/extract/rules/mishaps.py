"""Mishaps a craft or a body undergoes: "the Kestrel spacecraft suffered an anomaly", "the Lyra probe experienced
a malfunction on 3 May", "the rocket encountered a failure".

A clause whose verb is in :data:`UNDERGO_VERBS` and whose object is a mishap noun (``MISHAP_NOUNS``, both data)
tells of an event (the object's), which its subject took part in: a craft, a mission or an agent. The date
comes from the clause (``dates:attached``). "Suffered delays" or "experienced growth" name no mishap noun.
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

MISHAP_NOUNS = WORD_CLASSES["MISHAP_NOUNS"]


@rule("frame:suffered-mishap", scope="verb", stage=Stage.VERBS, triggers=("UNDERGO_VERBS",),
      produces=(P.participant, C.Event), confidence=0.75)
def suffered_mishap(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X suffered an anomaly": the anomaly is an event X took part in."""
    takers = [e for e in subj if isa(ctx, e, C.Spacecraft, C.Mission, C.Agent) and not isa(ctx, e, C.Event)]
    if f.passive or not takers:
        return
    for i in f.obj:
        if ctx.tree.lemma(i) not in MISHAP_NOUNS:
            continue
        ev = described(ctx, i, C.Event)
        if ev is None:
            continue
        for e in takers:
            ctx.add(ev, P.participant, e, f.verb)
        ctx.date_links.append((ev.key, f"verb:{f.verb}"))
