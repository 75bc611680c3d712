"""A dated deed of a craft is an event: "was berthed to the ISS on September 18", "JAXA recovered it on June 14th"
(split out of ``events``, registered just before it, as it ran there).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, places_in, things
from ..registry import Stage, rule
from ..tense import from_onwards

ONGOING_VERBS = WORD_CLASSES["ONGOING_VERBS"]
#: "X, planned for 2027", "scheduled for May": a plan is no deed (lexicon SCHEDULE_VERBS).
_SCHEDULED = frozenset(WORD_CLASSES["SCHEDULE_VERBS"])


@rule("frame:dated-action", stage=Stage.DISCOURSE, produces=(P.participant, P.locatedIn), confidence=0.7,
      after=("dates:locate",))
def dated_actions(ctx: Context) -> None:
    """A dated deed of a spacecraft is an event: "was berthed to the ISS on September 18",
    "the two plunged into the atmosphere on June 13th", "JAXA recovered it on June 14th"."""
    for v, f in ctx.frames.items():
        if v in ctx.described or not ctx.frame_date(v) or ctx.tree[v].pos != "VERB" or f.lemma in ONGOING_VERBS \
                or f.lemma in _SCHEDULED \
                or from_onwards(ctx.tree, v, ctx.date_tokens(f)):
            continue  # "the orbiter will study Venus from 2031", "will deliver cargo from 2030": no event
        # "lost contact with X"; "undocked from the station" (DOCK_VERBS): the craft left takes part
        docks = f.lemma in WORD_CLASSES["DOCK_VERBS"]
        actors = [e for i in f.subj + f.obj + f.prep("to", "by", *("from",) * docks) + f.withs(ctx.tree, f.obj)
                  for e in things(ctx, i, create=False)]
        # "will fly to the station in February": where a craft or a person goes is no part of the trip (a station a
        # craft docks to is; a body something is handed "to" is), though it makes the trip a craft's deed
        gone_to = set() if docks else {e.key for i in f.prep("to") for e in things(ctx, i, create=False)
                                       if isa(ctx, e, C.Place, C.SpaceStation, C.CelestialBody)}
        craft = [e for e in actors if ctx.table.is_a(e, C.Spacecraft) or ctx.table.is_a(e, C.Mission)]
        if not craft or any(ctx.table.is_a(e, C.Event) for e in actors) or all(  # (a mission alone takes part in
                not ctx.table.is_a(e, C.Spacecraft) and not ctx.table.is_a(e, C.Agent) for e in actors):  # nothing)
            continue  # ("the Kestrel mission ended on 3 May": no event with no one in it)
        ev = described(ctx, v, C.Event)
        if ev is None:
            continue
        for a in actors:
            if a.key not in gone_to and (ctx.table.is_a(a, C.Spacecraft) or ctx.table.is_a(a, C.Mission)
                                         or ctx.table.is_a(a, C.Agent)):
                ctx.add(ev, P.participant, a, v, "frame:dated-action", 0.7)
        for pl in [pl for i in f.prep("in", "at") for pl in places_in(ctx, i)]:
            ctx.add(ev, P.locatedIn, pl, v, "frame:dated-action-place", 0.7)
