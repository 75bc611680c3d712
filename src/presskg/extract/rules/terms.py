"""What an agreement's terms are about: "Under the agreement, the Vela probe will carry a camera
supplied by ESA", "Under this contract, OHB will build the Lyra satellite and its two instruments".

A clause framed by "under" an agreement (or contract, arrangement, memorandum: whatever the text has
made an agreement) tells what the agreement provides for; the craft, missions, instruments and rockets
that clause names (as subject or object, and the objects of verbs joined to it) are the agreement's
topics. Agencies and countries in it are its parties, not its topics (other rules read those); places
and dates are neither. ``dep:agreement-purpose`` reads the same wording when it is a relative clause
on the agreement noun ("an agreement under which ...").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..mentions import noun_class
from ..referents import isa, things
from ..registry import Stage, rule

#: How far back (sentences) "the agreement" looks for the agreement it stands for.
REACH = 3
#: What the terms of an agreement are about: things made, flown or used.
MADE = (C.Mission, C.Spacecraft, C.Instrument, C.LaunchVehicle)


def _agreement(ctx: Context, i: int) -> Entity | None:
    """The agreement the phrase at ``i`` denotes: a name, a description, or the one in view ("the agreement")."""
    found = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Agreement)]
    if not found and i in ctx.described and isa(ctx, ctx.table.entities[ctx.described[i]], C.Agreement):
        found = [ctx.table.entities[ctx.described[i]]]
    t = ctx.tree
    if not found and noun_class(t, i) == C.Agreement and {c.text.lower() for c in t.children(i, "det")} & {
            "the", "this", "that"} and not t.children(i, "prep", "acl", "relcl", "compound", "amod"):
        found = ctx.recent(i, C.Agreement, sentences=REACH)[:1]  # "the agreement": the one in view
    return found[0] if found else None


@rule("dep:under-agreement", stage=Stage.DISCOURSE, produces=(P.topic,), confidence=0.7)
def under_agreement(ctx: Context) -> None:
    """"Under the agreement, the Vela probe will carry a camera supplied by ESA": the craft and
    instruments the framed clause names are the agreement's topics."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "under" or tok.dep != "prep" or t[tok.head].pos not in ("VERB", "AUX"):
            continue
        deal = next((d for o in t.children(tok.i, "pobj") if (d := _agreement(ctx, o.i)) is not None), None)
        if deal is None:
            continue
        verbs = [tok.head, *(c.i for c in t.children(tok.head, "conj") if t[c.i].pos == "VERB")]
        args = [i for v in verbs if v in ctx.frames for i in ctx.frames[v].subj + ctx.frames[v].obj]
        for x in dict.fromkeys(e for i in args for e in things(ctx, i) if isa(ctx, e, *MADE)):
            if x.key != deal.key:
                ctx.add(deal, P.topic, x, tok.i)
