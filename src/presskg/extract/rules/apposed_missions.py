"""Who runs a craft, from a description set beside it: "The Tarsier orbiter, a JAXA mission, ...",
"the Corvid probe, a mission of the Japan Aerospace Exploration Agency".

``dep:operator-modifier`` reads the agency written in front of a craft's own noun; here the noun is an
apposition ("a mission", "a satellite") of the craft's phrase, and the agency is in front of it or in
its "of" phrase. The craft is the name of the phrase the description is set beside, even when the
parser hangs the description on the phrase's class noun ("orbiter") rather than on the name.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..lexicon import OPERATOR_CLASSES
from ..referents import isa
from ..registry import Stage, rule

_CRAFT = (C.Mission, C.Spacecraft)


@rule("dep:apposed-operator", stage=Stage.PHRASES, triggers=("OPERATOR_CLASSES",), produces=(P.operatedBy,),
      confidence=0.75, after=("dep:operator-modifier",))
def apposed_operator(ctx: Context) -> None:
    """"X, a JAXA mission", "X, a mission of JAXA": the agency runs X (only appositions are looked at)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "appos" or tok.pos != "NOUN" or ctx.table.at(tok.i) is not None:
            continue
        cls = noun_class(t, tok.i)
        if cls is None or not any(c in ancestors(cls) for c in _CRAFT):
            continue
        head = tok.head
        crafts = list(dict.fromkeys(e for e in [ctx.table.at(head), ctx.named_child(head)] + [
            ctx.table.at(c.i) for c in t.children(head, "compound")] if e is not None and isa(ctx, e, *_CRAFT)))
        if len(crafts) != 1:
            continue
        orgs = [ctx.table.at(c.i) for c in t.children(tok.i, "compound", "nmod")]
        orgs += [ctx.table.at(o.i) for p in t.children(tok.i, "prep") if p.text.lower() == "of"
                 for o in t.children(p.i, "pobj")]
        for org in orgs:
            if org is not None and org.key != crafts[0].key and any(ctx.table.is_a(org, c) for c in OPERATOR_CLASSES):
                ctx.add(crafts[0], P.operatedBy, org, tok.i)
