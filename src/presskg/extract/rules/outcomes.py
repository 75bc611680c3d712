"""A meeting's outcome tells what it was about: "CNES President X met ISRO Chairman Y in Bengaluru. The two sides
agreed to strengthen cooperation in Earth observation", "the two agencies agreed to set up a working group on
lunar exploration".

An :data:`OUTCOME_VERBS` verb (data: agree, decide, pledge, resolve) whose subject is the parties of a meeting in
view (``gatherings.meeting_in_view``: the latest meeting of its subject, or one of the last sentences) gives that
meeting as topics the fields and craft the agreed clause names: the objects of its open complement ("to
strengthen cooperation in X", "to study the Vela mission") and their "on"/"in" phrases, read by
``fields.topic_list``. A clause that agrees to nothing ("the two sides agreed") and one whose subject took part
in no meeting give nothing; a body or a place is no topic.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, isa
from ..registry import Stage, rule
from .fields import topic_list
from .gatherings import meeting_in_view

#: What an agreed clause may be about: fields and craft, not the bodies or places it names.
_ABOUT = (C.Topic, C.Mission, C.Spacecraft, C.LaunchVehicle, C.Instrument, C.CelestialBody)


@rule("frame:meeting-outcome", scope="verb", stage=Stage.DISCOURSE, triggers=("OUTCOME_VERBS",),
      produces=(P.topic,), confidence=0.65)
def meeting_outcome(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The two sides agreed to strengthen cooperation in Earth observation": the meeting was on Earth
    observation."""
    if f.passive or not agents(subj, ctx):
        return
    t = ctx.tree
    done = [c.i for c in t.children(f.verb, "xcomp")]
    if not done:
        return
    event = meeting_in_view(ctx, f.verb, subj)
    if event is None or not isa(ctx, event, C.Meeting, C.Conference) or not event.mentions \
            or t.sentence_index(f.verb) - t.sentence_index(event.mentions[0].start) > 2:
        return
    args = [c.i for v in done for c in t.children(v, "dobj", "obj")]
    args += [o.i for v in done for p in t.children(v, "prep") if t.lowers[p.i] in ("on", "in")
             for o in t.children(p.i, "pobj")]
    for i in args:
        for x in topic_list(ctx, i):
            if isa(ctx, x, *_ABOUT) and x.key != event.key:
                ctx.add(event, P.topic, x, f.verb)
