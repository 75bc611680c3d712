"""Who a noun of running names as running a site, craft or mission: "Andvik Space, the operator of the Brenna
Spaceport", "Andvik Space is the operator of the Brenna Spaceport", "the spaceport's operator, Andvik Space".

A verb of operating is read by frame:operator; the noun (lexicon ``OPERATOR_NOUNS``) set beside an agent (its
apposition, a copula, "as", as builders.py reads the builder nouns) says the same: the thing in its "of"/"for"
phrase or possessive is ``pk:operatedBy`` that agent (a facility, a craft or a mission only; a launcher's
"operator" names no ``operatedBy``, which does not take launchers).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from .builders import _builders

OPERATOR_NOUNS = frozenset(WORD_CLASSES["OPERATOR_NOUNS"])


@rule("dep:operator-noun", stage=Stage.PHRASES, triggers=("OPERATOR_NOUNS",), produces=(P.operatedBy,),
      confidence=0.75)
def operator_noun(ctx: Context) -> None:
    """"X, the operator of the Brenna Spaceport": the spaceport is operated by X."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in OPERATOR_NOUNS:
            continue
        run = [e for p in t.children(tok.i, "prep") if t.lowers[p.i] in ("of", "for")
               for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
        run += [e for c in t.children(tok.i, "poss") for e in things(ctx, c.i, create=False)
                if isa(ctx, e, C.Facility, C.Spacecraft, C.Mission)]
        run = [e for e in run if isa(ctx, e, C.Facility, C.Spacecraft, C.Mission) and not isa(ctx, e, C.Event)]
        if not run:
            continue
        for who in _builders(ctx, tok.i):
            for x in run:
                if x.key != who.key:
                    ctx.add(x, P.operatedBy, who, tok.i)
