"""Hearings told through their verb: "NASA Administrator Bill Nelson testified before the Senate Commerce Committee
on 4 May".

Who testifies before a body (lexicon ``TESTIFY_VERBS``) takes part in a hearing that body holds, the body too: the
hearing is made from the verb (labelled "hearing"), dated and placed as the clause says, unless the clause names the
hearing ("testified at a parliamentary hearing", read by the hearing's noun, lexicon HEAD_CLASSES) or told of it
in the two sentences before ("held a hearing on X ... testified before the committee"). A verb with no
body "before" it says nothing here ("the results testify to the quality of the work").
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, described, isa, things
from ..registry import Stage, rule

#: The nouns of a hearing told of before, which a testimony just after took place at.
_HEARINGS = ("hearing", "hearings")


@rule("frame:testify", scope="verb", stage=Stage.VERBS, triggers=("TESTIFY_VERBS",),
      produces=(P.participant, P.locatedIn, C.Meeting), confidence=0.75)
def testify(ctx: Context, f: Frame, subj: list) -> None:
    """"X testified before the Committee on Science": X and the committee take part in a hearing."""
    bodies = [e for i in f.prep("before") for e in agents(things(ctx, i, create=False), ctx)
              if isa(ctx, e, C.Organization)]
    named = [e for i in f.prep("at", "during", "in") for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if not bodies or named:
        return
    # "The committee held a hearing on X on 12 March. Y testified before the committee": the hearing told of
    told = [e for e in ctx.recent(f.verb, C.Meeting, sentences=2) if e.label.split()[-1].lower() in _HEARINGS][:1]
    ev = told[0] if told else described(ctx, f.verb, C.Meeting)
    if ev is None:
        return
    if not told:
        ctx.table.entities[ev.key].label = "hearing"
    for e in dict.fromkeys(agents(subj, ctx) + bodies):
        ctx.add(ev, P.participant, e, f.verb)
    for pl in [e for i in f.prep("in", "at") for e in things(ctx, i, create=False)
               if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]:
        ctx.add(ev, P.locatedIn, pl, f.verb)
