"""Who came along: "X visited Kourou, accompanied by Y", "He was joined by the agency's chief executive, Y".

A verb of :data:`ACCOMPANY_VERBS` (data: accompany, join) with a "by" agent makes the agent a participant of
the event its clause hangs on (the visit the participle qualifies), or else of the event the one accompanied
took part in, told of in the sentence or the two before. The active voice ("Y joined ESA in 2009") is a
membership, not company: only the passive and its participle are read.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, isa, listed_people, things
from ..registry import Stage, rule


@rule("frame:accompanied-by", scope="verb", stage=Stage.VERBS, triggers=("ACCOMPANY_VERBS",),
      produces=(P.participant,), confidence=0.75)
def accompanied_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"visited Kourou, accompanied by Y", "He was joined by Y": Y took part in the event."""
    t = ctx.tree
    if not any(k.dep == "agent" for k in t.children(f.verb)):
        return
    companions = list(dict.fromkeys(agents(subj, ctx) + [e for i in f.subj for e in listed_people(ctx, i)]))
    if not companions:
        return
    head = t[f.verb].head
    events = [ctx.table.entities[ctx.described[head]]] if t[f.verb].dep in ("advcl", "acl", "conj") and \
        head in ctx.described else []
    events = [e for e in events if isa(ctx, e, C.Event)]
    if not events and f.obj:  # "He was joined by Y": the event he took part in
        who = {e.key for i in f.obj for e in things(ctx, i, create=False)}
        events = [e for e in ctx.recent(f.verb, C.Event, sentences=2)
                  if who & {p.key for p in ctx.objects(e, P.participant)}][:1]
    for ev in events:
        for c in companions:
            if c.key not in {p.key for p in ctx.objects(ev, P.participant)}:
                ctx.add(ev, P.participant, c, f.verb)
