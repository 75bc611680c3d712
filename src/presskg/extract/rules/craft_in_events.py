"""Craft that take part in an event: "the Lumen probe joined the campaign", "the Kestrel orbiter took part in
the observation campaign", "two telescopes participated in the campaign".

``frame:contribute`` and ``frame:meet`` read the same verbs for agents only: an agency that joins a campaign
takes part as a party. A craft or a mission takes part too (the contract's ``participant`` reaches craft): an
observation campaign's members are the probes and telescopes that watched the target. The event is the verb's
object ("joined the campaign") or its "in" phrase ("took part in", "participated in"), as found or described.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..mentions import noun_class
from ..referents import described, isa, things
from ..registry import Stage, rule


def _events(ctx: Context, heads: list[int]) -> list[Entity]:
    """The events the noun phrases at ``heads`` name: a found one, or the thing their head noun describes."""
    t = ctx.tree
    out = [e for i in heads for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if not out:
        out = [e for i in heads if t[i].pos == "NOUN" and (cls := noun_class(t, i)) is not None
               and ctx.table.is_a_class(cls, C.Event) and (e := described(ctx, i, cls)) is not None]
    return out


@rule("frame:craft-takes-part", scope="verb", stage=Stage.VERBS, triggers=("CONTRIBUTE_VERBS",),
      produces=(P.participant,), confidence=0.75)
def craft_takes_part(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Lumen probe and the Aurora telescope joined the campaign", "Kestrel took part in the campaign": the
    craft (subject) take part in the event (object of "join", or what "take part in" / "participate in"
    names). Agents are left to ``frame:contribute``; a mission or craft joined is ``frame:joins-mission``'s."""
    craft = [e for e in subj if isa(ctx, e, C.Mission, C.Spacecraft)
             and not isa(ctx, e, C.Agent, C.LaunchVehicle, C.Instrument, C.Event)]
    if not craft or f.passive:
        return
    t = ctx.tree
    if f.lemma == "join":
        heads = list(f.obj)
    elif f.lemma == "participate":
        heads = f.prep("in")
    elif f.lemma == "take":
        heads = [o.i for i in f.obj if t.lemma(i) == "part" for p in t.children(i, "prep")
                 if p.text.lower() == "in" for o in t.children(p.i, "pobj")] + \
            (f.prep("in") if any(t.lemma(i) == "part" for i in f.obj) else [])
    else:
        return
    for ev in _events(ctx, heads):
        for c in craft:
            ctx.add(ev, P.participant, c, f.verb, "frame:craft-takes-part", 0.75)
