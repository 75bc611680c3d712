"""An instrument said to be one of a craft's instruments: "The Ardo sounder is one of three instruments on
Kelva-3", "The Ardo sounder is an instrument of the Kelva-3 satellite", "The main instrument of the Kelva-3
satellite is the Ardo sounder", "Kelva-3's main instrument is the Ardo sounder".

A copula (or a linking verb, lexicon ``PART_LINK_VERBS``) sets a named instrument beside a noun of the class
Instrument that a craft has ("of", "on", "aboard", "on board" the craft, or the craft's possessive): the named
instrument is part of that craft. "one of N instruments" is read through "one". Only instruments are parts here;
a craft named as "one of the satellites of X" is read by rules/wholes.py.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

PART_LINK_VERBS = WORD_CLASSES["PART_LINK_VERBS"]
#: Prepositions that put an instrument on a craft.
_ON = ("of", "on", "aboard", "onboard")


@rule("dep:instrument-predicate", stage=Stage.PHRASES, triggers=("PART_LINK_VERBS",), produces=(P.partOf,),
      confidence=0.7)
def instrument_predicate(ctx: Context) -> None:
    """"X is one of three instruments on Y", "the main instrument of Y is X": X partOf Y."""
    t = ctx.tree
    for tok in t.tokens:
        cls = noun_class(t, tok.i) if tok.pos == "NOUN" else None
        if cls is None or C.Instrument not in ancestors(cls):
            continue
        crafts = [e for p in t.children(tok.i, "prep") if p.text.lower() in _ON
                  for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
        crafts += [e for p in t.children(tok.i, "prep") if p.text.lower() == "on"  # "on board X"
                   for o in t.children(p.i, "pobj") if t.lowers[o.i] == "board"
                   for q in t.children(o.i, "prep") for r in t.children(q.i, "pobj")
                   for e in things(ctx, r.i, create=False)]
        crafts += [e for c in t.children(tok.i, "poss") for e in things(ctx, c.i, create=False)]
        crafts = [e for e in crafts if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
        if len(crafts) != 1:
            continue
        parts = [e for j in _set_beside(ctx, tok.i) for e in things(ctx, j, create=False)
                 if e.named and isa(ctx, e, C.Instrument)]
        for part in parts:
            if part.key != crafts[0].key:
                ctx.add(part, P.partOf, crafts[0], tok.i)


def _set_beside(ctx: Context, i: int) -> list[int]:
    """The phrases a copula sets beside the noun at ``i``: its subject when the noun is the predicate ("X is an
    instrument", "X is one of the instruments", through "one"), its predicate when the noun is the subject."""
    t = ctx.tree
    tok = t[i]
    if tok.dep == "pobj" and t.lowers[tok.head] == "of" and t.lowers[t[tok.head].head] == "one":
        tok = t[t[tok.head].head]  # "one of three instruments"
    verb = tok.head
    link = " ".join([t.lemma(verb), *(c.text.lower() for c in t.children(verb, "prt"))])
    if link not in PART_LINK_VERBS or verb == tok.i:
        return []
    if tok.dep in ("attr", "oprd"):
        return [c.i for c in t.children(verb, "nsubj")]
    if tok.dep == "nsubj":
        return [c.i for c in t.children(verb, "attr")]
    return []
