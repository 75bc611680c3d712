"""A place's wider place, told after its comma: "Kourou, in French Guiana,", "Kourou, French Guiana, on 3 May"
(read by rules/relations.py, dep:place-in-place); "Paris, Toulouse and Lyon" is a list of places, none in another
(:func:`~presskg.extract.paired_places.country_list`)."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..paired_places import country_list

#: "in northern Norvadia", "in south-eastern Turkey": a part of a country or region (lexicon DIRECTION_ADJECTIVES).
DIRECTIONS = WORD_CLASSES["DIRECTION_ADJECTIVES"]


def apposed_in(ctx: Context, k: int) -> Entity | None:
    """"Kourou, in French Guiana,", "Tartu, in southern Estonia": after a place's comma, "in" and a region or
    a country (past "the" and an adjective of direction) that the phrase closes (a comma, a full stop)."""
    t = ctx.tree
    if k >= len(t) or t[k].text.lower() != "in":
        return None
    j = k + 1
    while j < len(t) and j <= k + 2 and (t[j].text.lower() == "the" or t[j].pos == "ADJ" and t[j].text.islower()):
        j += 1
    other = ctx.table.at(j) if j < len(t) else None
    if other is None or not (C.Country in other.classes or ctx.table.is_a(other, C.Place) and not (
            ctx.table.is_a(other, C.City) or ctx.table.is_a(other, C.Facility))):
        return None
    end = max((m.end for m in other.mentions if m.start <= j < m.end), default=j + 1)
    return other if end >= len(t) or t[end].text in (",", ".", ";", ")") else None


def wider_place(ctx: Context, other: Entity, at: int) -> bool:
    """After "Kourou, ": a country, or a region ("French Guiana") that does not open a list of places
    ("Paris, Toulouse and Lyon" is three cities, not Paris in Toulouse). A comma after the region closes the
    phrase unless another place follows it ("Kourou, French Guiana, on 3 May" is Kourou in French Guiana)."""
    if C.Country in other.classes:
        return not country_list(ctx.tree, ctx.table, other, at)
    if not ctx.table.is_a(other, C.Place) or ctx.table.is_a(other, C.City) or ctx.table.is_a(other, C.Facility):
        return False
    end = max(m.end for m in other.mentions if m.start == at) if any(m.start == at for m in other.mentions) else at + 1
    after = ctx.tree[end].text.lower() if end < len(ctx.tree) else ""
    if after == ",":
        listed = ctx.table.at(end + 1) if end + 1 < len(ctx.tree) else None
        return listed is None or not ctx.table.is_a(listed, C.Place)
    return after not in ("and", "or", "&")


def in_place(ctx: Context, k: int) -> tuple[Entity | None, bool]:
    """The place named after "in" at ``k`` (past "the"), and whether an adjective of direction came first.

    "Kiruna in northern Sweden", "Varnel in central Norvadia": the adjective says the name is a country or a
    region a town lies in, so the caller may take a region the knowledge base does not know for a wider place
    (a bare "Kvalsund in Norvadia" could be a street in a town); without one it gets the name as before.
    """
    t = ctx.tree
    if k >= len(t) or t[k].text.lower() != "in":
        return None, False
    j = k + 1
    if j < len(t) and t[j].text.lower() == "the":
        j += 1
    # "south-eastern" may be three tokens ("south", "-", "eastern")
    width = next((n for n in (3, 1) if j + n <= len(t)
                  and "".join(t[x].text for x in range(j, j + n)).lower() in DIRECTIONS), 0)
    directed = width > 0
    j += width
    other = ctx.table.at(j) if j < len(t) else None
    if other is None or directed and (ctx.table.is_a(other, C.City) or ctx.table.is_a(other, C.Facility)
                                      or not ctx.table.is_a(other, C.Place)):
        return None, False
    return other, directed
