"""Who leads a group that does something takes part in it: "A delegation from BRIN, led by its Chairman Laksana
Prawira, visited the Tsukuba Space Center" (Prawira took part in the visit), "a team of engineers headed by Ana
Ruiz attended the workshop".

The subject of a clause that made an event (a visit, a meeting, a workshop attended) is a group noun (lexicon
``WORKER_NOUNS``: delegation, team, group) with a participle of lexicon ``HEAD_VERBS`` (led, headed, chaired) whose
agent is a person: that person is a participant of the event, beside what the group stands for (its body, read
by the rule that made the event). A group led by no one named, or a leader of a group that does no event ("a
team led by X built the camera"), adds nothing here.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..groups import group_leaders
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

WORKER_NOUNS = WORD_CLASSES["WORKER_NOUNS"]


@rule("dep:group-leader-takes-part", stage=Stage.DISCOURSE, triggers=("WORKER_NOUNS",), produces=(P.participant,),
      confidence=0.7)
def group_leader_takes_part(ctx: Context) -> None:
    """"A delegation from X, led by Y, visited Z": Y takes part in the visit."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        key = ctx.described.get(v)
        ev = ctx.table.entities.get(key) if key is not None else None
        if ev is None or not isa(ctx, ev, C.Event) or f.passive:
            continue
        for s in f.subj:
            if t[s].pos != "NOUN" or t.lemma(s) not in WORKER_NOUNS:
                continue
            for p in (e for e in group_leaders(ctx, s) if C.Person in e.classes):
                ctx.add(ev, P.participant, p, v)
