"""Training courses as events: "X will begin training at the European Astronaut Centre in Cologne in April",
"the candidates completed their basic training at Y in 2025".

A :data:`TRAINING_NOUNS` word that a :data:`COURSE_VERBS` verb begins, completes or undergoes (its object, or
the parser's open complement: "begin training") is an event its subject takes part in, where its "at"/"in"
phrases say (a facility, a city) and when the clause says (both data).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, described, places_in
from ..registry import Stage, rule

TRAINING_NOUNS = WORD_CLASSES["TRAINING_NOUNS"]


@rule("frame:training", scope="verb", stage=Stage.VERBS, triggers=("COURSE_VERBS",),
      produces=(P.participant, P.locatedIn, C.Event), confidence=0.7)
def training(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X began her training at Y in Cologne": the training is an event X took part in, at Y."""
    t = ctx.tree
    takers = agents(subj, ctx)
    if f.passive or not takers:
        return
    nouns = [i for i in f.obj + [c.i for c in t.children(f.verb, "xcomp")]
             if t[i].pos == "NOUN" and t[i].text.lower() in TRAINING_NOUNS]
    for i in nouns:
        ev = described(ctx, i, C.Event)
        if ev is None:
            continue
        for e in takers:
            ctx.add(ev, P.participant, e, f.verb)
        spots = [o.i for h in (i, f.verb) for p in t.children(h, "prep") if p.text.lower() in ("at", "in")
                 for o in t.children(p.i, "pobj")]
        for pl in dict.fromkeys(pl for o in spots for pl in places_in(ctx, o)):
            ctx.add(ev, P.locatedIn, pl, f.verb)
        ctx.date_links.append((ev.key, f"verb:{f.verb}"))
