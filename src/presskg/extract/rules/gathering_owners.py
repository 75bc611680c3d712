"""The body a gathering is written as belonging to takes part in it: "at ESA's council meeting in Paris", "signed at
JAXA's annual conference". A gathering noun (lexicon HEAD_CLASSES: a Meeting or a Conference) owned by an
organization makes the organization a participant, as a body that holds a gathering is one (frame:hold-participant).
Only a gathering told of otherwise (where or when it was, what was signed at it) is read: none is made here.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..registry import Stage, rule


@rule("dep:gathering-owner", stage=Stage.DISCOURSE, triggers=("HEAD_CLASSES",), produces=(P.participant,),
      confidence=0.75)
def gathering_owners(ctx: Context) -> None:
    """"ESA's council meeting", "JAXA's annual conference": the owner of a gathering takes part in it."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "poss" or t[tok.head].pos not in ("NOUN", "PROPN"):
            continue
        owners = [e for e in ctx.refs(tok.i) if ctx.table.is_a(e, C.Organization)]
        if not owners:
            continue
        # ("ESA's Living Planet Symposium"; a gathering another rule read: none is made here, as "at the CCFI's
        # annual dinner" after "joined the CCFI for its yearly dinner" may be the one told of)
        made = ctx.described.get(tok.head)
        events = [e for e in ctx.refs(tok.head) + ([ctx.table.entities[made]] if made else []) if _gathering(ctx, e)]
        for ev in events:
            for owner in owners:
                ctx.add(ev, P.participant, owner, tok.i, "dep:gathering-owner", 0.75)


def _gathering(ctx: Context, e) -> bool:
    return ctx.table.is_a(e, C.Meeting) or ctx.table.is_a(e, C.Conference)
