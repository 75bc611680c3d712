"""Backing received: "the Vireo mission received funding from A", "the Orla Institute secured a grant from B
for the Vela satellite", "the Vela mission obtained 3 million euros in funding from C", "received a grant of 5
million euros from D".

Who gives the backing (the "from" phrase of a backing noun, lexicon ``BACKING_NOUNS``, that a receiving verb
takes, ``RECEIVE_VERBS``) contributes to what it is for: the craft, mission or event of its "for" phrase, else
the receiving subject when that is one. A body that receives backing for nothing named says nothing here.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from .roles import STAKES, _backers

BACKING_NOUNS = WORD_CLASSES["BACKING_NOUNS"]


def _backing(ctx: Context, f: Frame) -> list[int]:
    """The backing nouns the verb receives: its object, or the noun of an "in" phrase on it ("3 million euros
    in funding")."""
    t = ctx.tree
    out = []
    for o in f.obj:
        if t.lemma(o) in BACKING_NOUNS:
            out.append(o)
        out += [x.i for p in t.children(o, "prep") if p.text.lower() == "in" for x in t.children(p.i, "pobj")
                if t.lemma(x.i) in BACKING_NOUNS]
    return out


@rule("frame:received-backing", scope="verb", stage=Stage.VERBS, triggers=("RECEIVE_VERBS",),
      produces=(P.contributesTo,), confidence=0.75)
def received_backing(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Vireo mission received funding from A", "X secured a grant from B for the Vela satellite": who gives
    the backing contributes to what it is for."""
    if f.passive:
        return
    t = ctx.tree
    for n in _backing(ctx, f):
        heads = [n] + [h for h in (t[n].head,) if h != f.verb]  # "euros in funding from": on either noun
        # "a grant of 5 million euros from X": on the sum the noun is of
        heads += [o.i for p in t.children(n, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        givers = _backers(ctx, [e for h in heads for p in t.children(h, "prep") if p.text.lower() == "from"
                                for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)])
        if not givers:
            continue
        goals = [e for h in heads + [f.verb] for p in t.children(h, "prep") if p.text.lower() == "for"
                 for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False) if isa(ctx, e, *STAKES)]
        goals = goals or [e for e in subj if isa(ctx, e, *STAKES)]
        for g in goals:
            for b in givers:
                ctx.add(b, P.contributesTo, g, f.verb)
