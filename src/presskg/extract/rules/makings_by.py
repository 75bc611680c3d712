"""Who makes a thing, told by the noun of its making: "the development of the Kestrel-X launcher by Orbitec",
"45 million euros for the construction of the Tarn-2 satellite by OHB".

A noun of making (lexicon ``MAKING_NOUNS``: development, construction, manufacture...) with an "of" phrase that
names a made thing (an instrument, a craft, a rocket) and a "by" phrase that names an agent says that the agent
provides the thing, as "developed by" does. The parser hangs the "by" phrase on the noun or on the thing ("the
development of the Tarn-2 satellite by OHB"): on the thing, it is the making's all the same (a satellite "by" a
company is no phrase of its own). A mission is run, not made: no provider. Sentences of the tests are invented.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

MAKING_NOUNS = frozenset(WORD_CLASSES["MAKING_NOUNS"])
_MADE = (C.Instrument, C.Spacecraft, C.LaunchVehicle)


@rule("dep:making-by", stage=Stage.PHRASES, triggers=("MAKING_NOUNS",), produces=(P.providedBy,), confidence=0.8)
def making_by(ctx: Context) -> None:
    """"the development of X by Y": Y provides X."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or (t.lemma(tok.i) not in MAKING_NOUNS and t.lowers[tok.i] not in MAKING_NOUNS):
            continue
        made = [o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        made += [c.i for o in list(made) for c in t.children(o, "conj")]  # "of X and Y"
        by = [o.i for h in [tok.i, *made] for p in t.children(h, "prep") if t.lowers[p.i] == "by"
              for o in t.children(p.i, "pobj")]
        things_made = [e for i in made for e in things(ctx, i, create=False)
                       if isa(ctx, e, *_MADE) and not isa(ctx, e, C.Mission)]
        makers = [e for i in by for e in agents(things(ctx, i, create=False), ctx)]
        for x in things_made:
            for who in makers:
                if who.key != x.key:
                    ctx.add(x, P.providedBy, who, tok.i)
