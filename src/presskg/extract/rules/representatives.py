"""Who stood for a body at a gathering: "The conference opened in Lisbon on 20 September. NASA was represented by
Associate Administrator Daniel Ortega", "ESA was represented at the signing by its Director General, X".

The passive of a :data:`REPRESENT_VERBS` verb (data: represent) with a person as its agent: the person and the
body both took part in the gathering the clause names ("at the signing") or else the one the last two sentences
told of (a launch or a landing is watched, not attended by a delegation: left out). The active ("the agency
represents Norway in ESA") is a membership (rules/memberships.py); "represented in ESA by X", a body's seat in
another, tells of no gathering.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

REPRESENT_VERBS = WORD_CLASSES["REPRESENT_VERBS"]
#: Events no delegation attends: a body is not "represented" at a launch or a landing as at a meeting.
_UNATTENDED = (C.Launch, C.Landing, C.SampleReturn, C.Campaign)


@rule("frame:represented-by", scope="verb", stage=Stage.DISCOURSE, triggers=("REPRESENT_VERBS",),
      produces=(P.participant,), confidence=0.7)
def represented_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"NASA was represented by Associate Administrator Daniel Ortega": Ortega and NASA took part in the gathering
    the clause names ("at the ceremony") or the one just told of."""
    if not f.passive or f.prep("in", "within", "on"):
        return  # "Norway is represented in ESA by X": a seat, no gathering
    people = [e for e in agents(subj, ctx) if isa(ctx, e, C.Person)]
    bodies = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization, C.Country)]
    if not people or not bodies:
        return
    t = ctx.tree  # "represented by X at the conference": the parser may hang "at" on the agent
    at = f.prep("at", "during") + [o.i for i in f.subj for p in t.children(i, "prep")
                                   if p.text.lower() in ("at", "during") for o in t.children(p.i, "pobj")]
    events = [e for i in at for e in things(ctx, i, create=False)
              if isa(ctx, e, C.Event) and not isa(ctx, e, *_UNATTENDED)]
    if not events:
        events = [e for e in ctx.recent(f.verb, C.Event, sentences=2) if not isa(ctx, e, *_UNATTENDED)][:1]
    for ev in events:
        for e in people + bodies:
            ctx.add(ev, P.participant, e, f.verb)
