"""Gatherings told through their talk: a meeting told "during" a gathering told before is that gathering, and
parties who talk ("NASA and ESA discussed X") met. Helpers of ``frame:meet`` and ``frame:topic`` (``gatherings``;
the wordings the discussion verbs miss are read by ``talks``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, clause_locatives, described, isa, things


def during(ctx: Context, f: Frame) -> list[Entity]:
    """The gathering told of before that a clause's "during" phrase takes back ("During the visit, he toured the
    centre and met X": the clause's, or its first verb's in a list of verbs)."""
    t = ctx.tree
    heads = [f.verb] + ([t[f.verb].head] if t[f.verb].dep == "conj" else [])
    found = [e for v in heads for p in t.children(v, "prep") if p.text.lower() == "during"
             for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
    return [e for e in found if isa(ctx, e, C.Meeting) and not e.named][:1]


def talk(ctx: Context, f: Frame, subj: list[Entity]) -> Entity | None:
    """"NASA and ESA discussed lunar exploration", "X discussed Y with Z": two parties or more who talk, in a
    release that told of no meeting before, met; the meeting is made, with them as its participants."""
    parties = list(dict.fromkeys(agents(subj, ctx) + agents(  # "discussed X with Y"
        [e for i in f.withs(ctx.tree, f.obj) for e in things(ctx, i, create=False)], ctx)))
    if len(parties) < 2 or ctx.recent(f.verb, C.Meeting, sentences=len(ctx.tree.parse.sentences)):
        return None
    ev = described(ctx, f.verb, C.Meeting)
    for p in parties if ev is not None else ():
        ctx.add(ev, P.participant, p, f.verb, "frame:talk-participant", 0.7)
    # where: a locative anywhere in the clause ("discussed exploration in Paris")
    places = [e for i in clause_locatives(ctx, f.verb) for e in things(ctx, i, create=False)]
    for pl in [e for e in places if isa(ctx, e, C.City, C.Country)]:
        ctx.add(ev, P.locatedIn, pl, f.verb, "frame:talk-in", 0.7)
    return ev
