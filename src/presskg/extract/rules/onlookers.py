"""Who watches an occurrence told of takes part in it: "The Vigil satellite lifted off on 4 March. Lena Orsi
watched the launch from the control room", "officials of X attended the landing" (WITNESS_VERBS, data).

rules/happenings.py reads onlookers of the clause's own event ("signed ..., with C looking on"); here the
watched event is the verb's object, a definite event noun that takes back the event told of before.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..referents import agents, isa, places_in, things
from ..registry import Stage, rule


@rule("frame:watched-event", scope="verb", stage=Stage.DISCOURSE, triggers=("WITNESS_VERBS",),
      produces=(P.participant, P.locatedIn), confidence=0.7, after=("dep:signing-of",))
def watched_event(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Lena Orsi watched the launch": she took part in the launch told of."""
    if f.passive:
        return
    watchers = agents(subj, ctx)
    t = ctx.tree
    events = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if not events:  # "the launch": the latest launch told of in the last two sentences
        for i in f.obj:
            cls = noun_class(t, i)
            if cls is not None and C.Event in ancestors(cls) and any(c.text.lower() == "the"
                                                                    for c in t.children(i, "det")):
                events += ctx.recent(f.verb, cls, sentences=2)[:1]
    # "witnessed the signing of X in Paris": where the watched event was (not "from the control room")
    places = [e for i in f.prep("in", "at") for e in places_in(ctx, i) if not isa(ctx, e, C.Event)]
    for ev in events:
        for w in watchers:
            ctx.add(ev, P.participant, w, f.verb)
        for pl in places if watchers else ():
            ctx.add(ev, P.locatedIn, pl, f.verb)
