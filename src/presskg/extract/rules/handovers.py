"""A thing handed over, told by a noun: "the handover of Tessaro-A to EUMETSAT took place on 1 October", "the
Tessaro-A satellite's delivery to the operator", "the transfer of the Orto radiometer to JAXA".

A verb of handing over (lexicon ``DELIVER_VERBS``) gives the thing its recipient (rules/actions.py
frame:deliver); its noun (``HANDOVER_NOUNS``) was read only as an event with the thing and the recipient as
participants, and the delivery itself was lost. The thing of the noun's "of" phrase (or its possessor), a craft,
an instrument or a sample, is delivered to the agent of its "to" phrase. A name of a designation's shape so
handed over is a craft (doing.py).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

HANDOVER_NOUNS = WORD_CLASSES["HANDOVER_NOUNS"]
#: What may be handed over: the ontology's domain of deliveredTo.
HANDED = (C.Spacecraft, C.Instrument, C.Sample)


@rule("dep:handover-noun", stage=Stage.PHRASES, triggers=("HANDOVER_NOUNS",), produces=(P.deliveredTo,),
      confidence=0.75)
def handover_nouns(ctx: Context) -> None:
    """"the handover of X to Y", "X's delivery to Y": X deliveredTo Y."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in HANDOVER_NOUNS:
            continue
        preps: dict[str, list[int]] = {}
        for p in t.children(tok.i, "prep"):
            preps.setdefault(p.text.lower(), []).extend(o.i for o in t.children(p.i, "pobj"))
        # "the handover of the X satellite from ESA to Y": the parser may hang "to" on the "from" phrase or the thing
        for i in preps.get("of", []) + preps.get("from", []):
            for p in t.children(i, "prep"):
                if p.text.lower() == "to":
                    preps.setdefault("to", []).extend(o.i for o in t.children(p.i, "pobj"))
        handed = [e for i in preps.get("of", []) + [c.i for c in t.children(tok.i, "poss")]
                  for e in things(ctx, i, create=False) if isa(ctx, e, *HANDED)]
        recipients = [e for i in preps.get("to", []) for e in agents(things(ctx, i, create=False), ctx)]
        for thing in handed:
            for r in recipients:
                if r.key != thing.key:
                    ctx.add(thing, P.deliveredTo, r, tok.i)
