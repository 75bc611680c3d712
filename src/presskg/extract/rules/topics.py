"""What an event or an agreement is about, when it is the subject of a verb of discussion."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import isa, things
from ..registry import Stage, rule
from .gatherings import topic_list


@rule("frame:covers-topic", scope="verb", stage=Stage.VERBS, triggers=("DISCUSS_VERBS",),
      produces=(P.topic,), confidence=0.75)
def covers(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The agreement covers X and Y", "the MoU concerns X", "X was discussed at the meeting", "... covered by it"."""
    holders = [e for i in f.subj for e in things(ctx, i) if isa(ctx, e, C.Event, C.Agreement)]
    if f.passive:
        holders += [e for i in f.prep("at", "during", "in") for e in things(ctx, i)
                    if isa(ctx, e, C.Event, C.Agreement)]
    if not holders:
        return
    args = f.obj + f.prep("on", "about", "over", "upon")
    topics = [x for i in args for x in topic_list(ctx, i) if x not in holders]
    for h in holders:
        for x in topics:
            ctx.add(h, P.topic, x, f.verb)
