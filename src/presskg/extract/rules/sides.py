"""A gathering named by its sides after "of": "the meeting of the two agencies", "the talks of A and B".

Read at the clause that mentions the noun, so that the event an earlier clause told of (a meeting, a
visit, a signing) is there to be joined: a release that says "A and B signed an agreement in Rome. The
meeting of the two agencies also covered X" tells of one meeting, not two. When no such event is in
view, the noun is an event of its own with those sides. One side ("the meeting of the Council") is a
body's session, which other rules read.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..frames import Frame
from ..referents import agents, described, things
from ..registry import Stage, rule

#: How many sentences back an earlier telling of the same gathering is looked for.
_BACK = 3


def _told_before(ctx: Context, i: int, sides: list[Entity]) -> Entity | None:
    """The latest event before token ``i`` in which all ``sides`` took part, or whose signing they signed,
    or a meeting no one is known yet to have taken part in."""
    want = {e.key for e in sides}
    for ev in ctx.recent(i, C.Event, sentences=_BACK):
        if ctx.table.is_a(ev, C.Launch) or ctx.table.is_a(ev, C.Landing):
            continue
        took = {o.key for o in ctx.objects(ev, P.participant)}
        took |= {o for (s, p, o) in list(ctx.relations) if p == P.signatory
                 and (s, P.signedAt, ev.key) in ctx.relations}
        if want <= took or not took and ctx.table.is_a(ev, C.Meeting):
            return ev  # (a gathering whose sides a later phrase names, "talks between A and B", has none yet)
    return None


@rule("frame:event-of-sides", scope="verb", stage=Stage.VERBS, produces=(P.participant, C.Meeting),
      confidence=0.8)
def event_of_sides(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The meeting of the two agencies also covered X", "at the talks of A and B in Rome": two sides or
    more after "of" on a gathering noun of the clause take part in it (the event told of before, if any)."""
    t = ctx.tree
    for i in f.subj + f.obj + [o for _, o in f.preps]:
        if t[i].pos != "NOUN" or i in ctx.described or ctx.table.at(i) is not None:
            continue
        cls = noun_class(t, i)
        if cls is None or not ctx.table.is_a_class(cls, C.Meeting):
            continue
        sides = list(dict.fromkeys(e for p in t.children(i, "prep") if p.text.lower() == "of"
                                   for o in t.children(p.i, "pobj")
                                   for e in agents(things(ctx, o.i, create=False), ctx)))
        if len(sides) < 2:
            continue
        ev = _told_before(ctx, i, sides)
        if ev is not None:
            ctx.described[i] = ev.key  # the same gathering: the clause's other rules add to it
            continue
        ev = described(ctx, i, cls)
        if ev is None:
            continue
        for e in sides:
            ctx.add(ev, P.participant, e, i)
        ctx.note_group(i, sides)
        ctx.events_seen.append(ev.key)
