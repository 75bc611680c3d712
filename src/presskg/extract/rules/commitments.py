"""A pledge told with its day is an event: "In 2019 Canada became the first partner to pledge itself to the Orsa
station", "Norway committed in March 2024 to the Kestrel mission", "the agency vowed in May to support X".

A verb of committing (lexicon ``COMMIT_VERBS``) whose clause, or the clause it is set on ("became the first partner
to pledge ..."), gives a date makes a commitment: its subject's bodies and states take part, and the named missions,
craft, facilities and agreements its "to" phrase (or its infinitive, "to support X") speaks of are its topics. An
undated pledge is news of a stance, not an event, and makes none (the money pledged to a mission is
:mod:`.programmes`').
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import described, isa, things
from ..registry import Stage, rule

#: What a commitment may be about.
_ABOUT = (C.Mission, C.Spacecraft, C.Facility, C.Agreement, C.LaunchVehicle, C.Instrument)


@rule("frame:commitment", scope="verb", stage=Stage.VERBS, triggers=("COMMIT_VERBS",),
      produces=(C.Event, P.participant, P.topic), confidence=0.7)
def commitment(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"In 2019 Canada pledged itself to the Orsa station": a dated commitment, Canada's, about the station."""
    t = ctx.tree
    up = t[f.verb].head if t[f.verb].dep in ("relcl", "acl", "xcomp") else f.verb
    up = t[up].head if t[up].dep in ("attr", "dobj") else up  # ("became the first partner to pledge": "became")
    if not subj and t[t[f.verb].head].dep == "attr":  # "Canada became the first partner to pledge": Canada pledges
        subj = [e for c in t.children(up, "nsubj") for e in things(ctx, c.i, create=False)]
    who = [e for e in subj if isa(ctx, e, C.Organization, C.Country)]
    if not who or f.passive or not (ctx.frame_date(f.verb) or ctx.frame_date(up)):
        return
    # what it is to: "to X", "itself to (moving) X", "to support X"
    heads = [i for p, i in f.preps if p == "to"] + [c.i for c in t.children(f.verb, "xcomp")]
    about = [e for h in heads for k in t.subtree(h)[:12] for e in things(ctx, k, create=False)
             if isa(ctx, e, *_ABOUT) and not isa(ctx, e, C.Event)]
    ev = described(ctx, f.verb, C.Event)
    if ev is None:
        return
    if not ctx.frame_date(f.verb):
        ctx.date_links.append((ev.key, f"verb:{up}"))
    for e in dict.fromkeys(who):
        ctx.add(ev, P.participant, e, f.verb)
    for x in dict.fromkeys(about):
        ctx.add(ev, P.topic, x, f.verb)
