"""Who leads a group that does something takes part in it: "A delegation from BRIN, led by its Chairman Laksana
Prawira, visited the Tsukuba Space Center" (Prawira took part in the visit), "a team of engineers headed by Ana
Ruiz attended the workshop".

The subject of a clause that made an event (a visit, a meeting, a workshop attended) is a group noun (lexicon
``WORKER_NOUNS``: delegation, team, group) with a participle of lexicon ``HEAD_VERBS`` (led, headed, chaired) whose
agent is a person: that person is a participant of the event, beside what the group stands for (its body, read
by the rule that made the event). A group led by no one named, or a leader of a group that does no event ("a
team led by X built the camera"), adds nothing here.

A group told of by its noun alone that took part in an event, whatever made it ("The delegation, led by PhilSA
Director General X, held talks with Y": the talks, a noun), takes part through the person said to lead it; a delegation
(lexicon ``DELEGATION_NOUNS``) standing for no body of its own, through the body that person heads or works for too
(as "a delegation from PhilSA" would; a research team led by a professor of X is no delegation of X).
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
#: Groups that stand for a body (lexicon DELEGATION_NOUNS): a delegation led by a body's head is that body's.
_DELEGATIONS = frozenset(WORD_CLASSES["DELEGATION_NOUNS"])


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
    for s, p, o in list(ctx.relations):
        group = ctx.table.entities[o]
        if p != P.participant or group.named or not isa(ctx, group, C.Organization):
            continue
        ev, at = ctx.table.entities[s], group.mentions[0].start if group.mentions else 0
        stands_for = [b for (g, q, b) in ctx.relations if g == o and q in (P.memberOf, P.partOf)]
        for lead in [ctx.table.entities[x] for (x, q, g) in list(ctx.relations) if q == P.headOf and g == o]:
            if C.Person not in lead.classes:
                continue
            ctx.add(ev, P.participant, lead, at)
            if stands_for or not any(ctx.tree.lemma(m.end - 1) in _DELEGATIONS for m in group.mentions):
                continue  # (a research team led by a professor of X is no delegation of X)
            for body in [b for (x, q, b) in list(ctx.relations) if x == lead.key and q in (P.headOf, P.memberOf)
                         and b != o and ctx.table.entities[b].named]:
                ctx.add(ev, P.participant, ctx.table.entities[body], at)
