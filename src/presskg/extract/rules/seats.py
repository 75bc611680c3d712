"""Where a place or an event is, from the participles that place it: locatedIn.

- "ESOC, located in Darmstadt", "the observatory, situated at Paranal", "a centre based in Toulouse": a
  :data:`LOCATED_PARTICIPLES` participle on a place or an event, with an "in"/"at" phrase;
- "the Toulouse-based facility": a place hyphened to such a participle, on a place's noun;
- "Nubiacom, a telecommunications provider in Kenya", "Orbix is a start-up in Portugal": a body's class noun
  set beside an organization, with "in" a country, gives the organization that country.

An organization is no place (the ontology's ``locatedIn`` is of places and events), so "CNES, based in
Paris" gives nothing; its facilities do. A country named where it is based is its country ("Vela
Systems, based in Turin, Italy", "the Luxembourg-based firm Orbix"); a city alone says nothing of it.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, places_in, things
from ..registry import Stage, rule

LOCATED_PARTICIPLES = WORD_CLASSES["LOCATED_PARTICIPLES"]


def _named_of(ctx: Context, i: int) -> int:
    """"located on the island of Andøy": the name of a common noun's "of" phrase, the place meant; else ``i``."""
    t = ctx.tree
    if t[i].pos != "NOUN" or ctx.table.at(i) is not None:
        return i
    named = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")
             if ctx.table.at(o.i) is not None]
    return named[0] if named else i


@rule("dep:located-in", stage=Stage.PHRASES, triggers=("LOCATED_PARTICIPLES",), produces=(P.locatedIn, P.country),
      confidence=0.8)
def located_in(ctx: Context) -> None:
    """"ESOC, located in Darmstadt, Germany", "a telescope situated at Paranal", "the Toulouse-based centre"."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in LOCATED_PARTICIPLES or tok.tag != "VBN":
            continue
        passive = [c.i for c in t.children(tok.i, "nsubjpass")]
        if tok.head == tok.i and not passive:
            continue
        heads = ctx.refs(tok.head) if tok.head != tok.i else []
        if passive and t.lowers[passive[0]] not in ("which", "that"):  # "The X Test Stand is located in Mojave"
            heads = [e for j in t.conjuncts(passive[0]) for e in ctx.refs(j)]
        k = min(t.subtree(tok.i)) - 1
        if tok.dep in ("acl", "advcl") and k >= 1 and t[k].text == ",":
            # "stored at X, situated in Y": the name before the comma, wherever the parser hung the participle
            heads = [e for e in [ctx.table.at(k - 1)] if e is not None] or heads
        things_here = [e for e in heads if isa(ctx, e, C.Place, C.Event) and not isa(ctx, e, C.Country)]
        if tok.dep in ("acl", "advcl") or passive:  # "X, located in Y", "X is located in Y", "which is based in Y"
            places = [pl for p in t.children(tok.i, "prep") if p.text.lower() in ("in", "at", "near", "on")
                      for o in t.children(p.i, "pobj") for pl in places_in(ctx, _named_of(ctx, o.i))]
            # "Vela Systems, based in Turin, Italy": the country named is the organization's
            countries = [c for c in places + [e for p in t.children(tok.i, "prep") for o in t.children(p.i, "pobj")
                                              for a in t.children(o.i, "appos") for e in [ctx.table.at(a.i)] if e]
                         if isa(ctx, c, C.Country)]
            for x in dict.fromkeys(e for e in heads if isa(ctx, e, C.Organization)):
                for pl in dict.fromkeys(countries):
                    if pl.key != x.key:
                        ctx.add(x, P.country, pl, tok.i)
        elif tok.dep == "amod" and tok.i >= 2 and t[tok.i - 1].text in ("-", "‐", "–"):  # "Toulouse-based X"
            places = [e for e in [ctx.table.at(tok.i - 2)] if e is not None and isa(ctx, e, C.Place)]
            # "the Luxembourg-based firm Orbix": an organization has a country, not a place
            named = [e for e in heads + [a for c in t.children(tok.head, "appos") for a in [ctx.table.at(c.i)] if a]
                     if isa(ctx, e, C.Organization)]
            for x in dict.fromkeys(named):
                for pl in places:
                    if isa(ctx, pl, C.Country):
                        ctx.add(x, P.country, pl, tok.i)
        else:
            continue
        for x in things_here:
            for pl in places:
                if pl.key != x.key and not isa(ctx, pl, C.Event):
                    ctx.add(x, P.locatedIn, pl, tok.i)


@rule("dep:body-noun-in-country", stage=Stage.PHRASES, produces=(P.country,), confidence=0.75)
def body_noun_in_country(ctx: Context) -> None:
    """"Nubiacom, a telecommunications provider in Kenya", "Orbix is a start-up in Portugal": what the noun of a
    body (its class an organization's) set beside a name says of where it is, said of the name: a country "in"
    it is the organization's. "ESA, a partner in the mission" names no country; "a leader in Europe" no state."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep not in ("appos", "attr"):
            continue
        cls = noun_class(t, tok.i)
        if cls is None or C.Organization not in ancestors(cls):
            continue
        said_of = [tok.head] if tok.dep == "appos" else [c.i for c in t.children(tok.head, "nsubj")]
        # (the name itself, not its conjuncts: "Nubiacom, an operator in Kenya, and Selcom, a company in Ghana")
        bodies = [e for i in said_of for e in [ctx.ref(i)] if e is not None and isa(ctx, e, C.Organization)
                  and not isa(ctx, e, C.Country)]
        countries = [e for p in t.children(tok.i, "prep") if p.text.lower() == "in" for o in t.children(p.i, "pobj")
                     for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Country)]
        for b in bodies:
            for c in countries[:1]:
                ctx.add(b, P.country, c, tok.i)
