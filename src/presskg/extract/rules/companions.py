"""Who came along: "X visited Kourou, accompanied by Y", "He was joined by the agency's chief executive, Y".

A verb of :data:`ACCOMPANY_VERBS` (data: accompany, join) with a "by" agent makes the agent a participant of
the event its clause hangs on (the visit the participle qualifies), or else of the event the one accompanied
took part in, told of in the sentence or the two before (or, for a crew member, of the mission the one accompanied
flies on: "A will fly aboard Artemis II. He will be joined by B and C"). The active voice ("Y joined ESA in 2009") is a
membership, not company: only the passive and its participle are read.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import OCCURRENCE_NOUNS
from ..referents import agents, described, isa, listed_people, places_in, things
from ..registry import Stage, rule


@rule("frame:accompanied-by", scope="verb", stage=Stage.VERBS, triggers=("ACCOMPANY_VERBS",),
      produces=(P.participant, P.locatedIn, P.contributesTo, C.Meeting), confidence=0.75)
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
    if not events and t[f.verb].dep == "acl" and t[head].dep in ("nsubj", "nsubjpass"):  # "X, accompanied by Y,
        events = [ctx.table.entities[ctx.described[o.i]] for o in t.children(t[head].head, "dobj")  # made a tour"
                  if o.i in ctx.described]
    events = [e for e in events if isa(ctx, e, C.Event)]
    if not events:  # "was joined by Y for a tour of X", "accompanied by Y on a visit to X": the clause's own
        events, places = _gathering_in_clause(ctx, f)
        guests = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Agent)]
        for ev in events:
            for e in guests:
                ctx.add(ev, P.participant, e, f.verb)
            for pl in places:
                ctx.add(ev, P.locatedIn, pl, f.verb)
    if not events and f.obj:  # "He was joined by Y": the event he took part in
        joined = [e for i in f.obj for e in things(ctx, i, create=False)]
        who = {e.key for e in joined}
        events = [e for e in ctx.recent(f.verb, C.Event, sentences=2)
                  if who & {p.key for p in ctx.objects(e, P.participant)}][:1]
        if not events:  # "A will fly aboard Artemis II. He will be joined by B and C": the crew of his mission
            for m in dict.fromkeys(m for e in joined if isa(ctx, e, C.Person) for m in ctx.objects(e, P.contributesTo)
                                   if isa(ctx, m, C.Mission)):
                for c in companions:
                    if isa(ctx, c, C.Person):
                        ctx.add(c, P.contributesTo, m, f.verb)
    for ev in events:
        for c in companions:
            if c.key not in {p.key for p in ctx.objects(ev, P.participant)}:
                ctx.add(ev, P.participant, c, f.verb)


#: Prepositions whose gathering noun is what one was accompanied for: "joined by Y for a tour", "on a visit".
_FOR_EVENT = ("for", "on", "during")


def _gathering_in_clause(ctx: Context, f: Frame) -> tuple[list[Entity], list[Entity]]:
    """"X was joined by Y for a tour of the Z Centre", "X was accompanied by Y on a visit to Kourou": the
    gathering noun (a visit, a tour: lexicon ``OCCURRENCE_NOUNS`` of class Meeting) the clause went along for,
    and the places its "of", "to" or "at" names (the place toured or visited)."""
    t = ctx.tree
    events: list[Entity] = []
    places: list[Entity] = []
    for o in f.prep(*_FOR_EVENT):
        if t[o].pos != "NOUN" or OCCURRENCE_NOUNS.get(t.lemma(o)) != C.Meeting:
            continue
        ev = described(ctx, o, C.Meeting)
        if ev is None or not isa(ctx, ev, C.Meeting):
            continue
        events.append(ev)
        places += [pl for p in t.children(o, "prep") if p.text.lower() in ("of", "to", "at")
                   for k in t.children(p.i, "pobj") for pl in places_in(ctx, k.i)]
    return events, places
