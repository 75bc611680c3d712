"""A region named before its class noun lies in the country the noun is "of" or "in": "the Serrano province of
Chile", "the Attica region of Greece", "the Varnel district in Moldavia", "Chile's Serrano province"
(``locatedIn``).

Disaster and field-campaign releases place what happens by its province, region or district, and write the
name before the noun more often than after it ("the province of Serrano" is read by head_nouns.place_of). The
region noun is a lowercase place noun of lexicon PLACE_OF_NOUNS whose class is Place (not a town's noun: "the
Lyon city of France" is not English); the wider place is a country, or a region that is no town or facility.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import PLACE_OF_NOUNS
from ..referents import isa
from ..registry import Stage, rule


def _region_name(ctx: Context, noun: int) -> Entity | None:
    """The place named by a region noun's proper-noun compound ("Serrano" in "the Serrano province")."""
    for c in ctx.tree.children(noun, "compound"):
        e = ctx.table.at(c.i)
        if c.pos == "PROPN" and e is not None and isa(ctx, e, C.Place) \
                and not (isa(ctx, e, C.Country) or isa(ctx, e, C.City) or isa(ctx, e, C.Facility)):
            return e
    return None


def _wider(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, C.Country) or isa(ctx, e, C.Place) and not (isa(ctx, e, C.City) or isa(ctx, e, C.Facility))


@rule("dep:region-noun-of", stage=Stage.PHRASES, triggers=("PLACE_OF_NOUNS",), produces=(P.locatedIn,),
      confidence=0.75)
def regions_of_countries(ctx: Context) -> None:
    """"the Serrano province of Chile", "the Varnel district in Moldavia", "Chile's Serrano province"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or PLACE_OF_NOUNS.get(t.lemma(tok.i)) != C.Place or not tok.text.islower():
            continue
        region = _region_name(ctx, tok.i)
        if region is None:
            continue
        wider = [o for p in t.children(tok.i, "prep") if p.text.lower() in ("of", "in")
                 for pobj in t.children(p.i, "pobj") for o in ctx.refs(pobj.i)]
        wider += [o for c in t.children(tok.i, "poss") for o in ctx.refs(c.i)]
        for o in wider:
            if o.key != region.key and _wider(ctx, o):
                ctx.add(region, P.locatedIn, o, tok.i)
