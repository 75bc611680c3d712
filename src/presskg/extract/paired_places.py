"""Places listed in pairs, each with its own place: "New Norcia in Australia and Malargue in Argentina",
"Kiruna in Sweden, Cebreros in Spain and Malargue in Argentina".

The parser often coordinates the second name with the first one's place ("Malargue" a conjunct of
"Australia") and hangs the second "in Argentina" on the first name, so that New Norcia seemed to be in
Australia, in Malargue and in Argentina. A conjunct of a place preposition's object whose phrase ends right
before another place preposition of the same noun is a thing of its own, located by that later phrase; the
noun keeps only its first place. Read by rules/relations.py (dep:noun-prep) and trade_names.py (listed_like).
Nor is a country after a comma a wider place when it opens a list of countries ("in Europe, Japan and the United
States": :func:`country_list`). A name listed with a place the model saw, after a preposition of place, is a place
too ("tested in Halden and Morvik": :func:`listed_place`). A name set after a town by commas is its region, a place,
not an item of a list that follows ("Lunar Outpost of Golden, Colorado, and X": :func:`region_after_town`, read by
trade_names.listed_like).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .tree import Tree

#: Prepositions that set a thing in a place ("New Norcia in Australia", "a station at Kiruna").
PLACE_PREPS = ("in", "at")


def paired(tree: Tree, noun: int) -> list[tuple[int, int, int]]:
    """(conjunct, later preposition, its object) for the pairs listed on ``noun``'s place phrases."""
    preps = [p.i for p in tree.children(noun, "prep") if tree.lowers[p.i] in PLACE_PREPS]
    out = []
    for p in preps:
        for o in tree.children(p, "pobj"):
            for c in tree.conjuncts(o.i):
                if c == o.i:
                    continue
                nxt = max(tree.subtree(c)) + 1
                if nxt in preps and nxt > p:
                    out += [(c, nxt, q.i) for q in tree.children(nxt, "pobj")]
    return out


def stray(tree: Tree, noun: int) -> tuple[set[int], set[int]]:
    """The conjuncts and the later prepositions of ``paired``: neither is the noun's place."""
    pairs = paired(tree, noun)
    return {c for c, _, _ in pairs}, {p for _, p, _ in pairs}


def country_list(t: Tree, table, country: Entity, at: int) -> bool:
    """"in Europe, Japan and the United States", "from Toulouse, Japan and Canada": the country after the comma
    opens a list whose last item, after "and" / "or", is a country too (not "Paris, France and Tokyo, Japan",
    where a town and its country follow). ``table`` is the release's entity table."""
    end = max((m.end for m in country.mentions if m.start == at), default=at + 1)
    k = end + 1 if end < len(t) and t[end].text == "," else end
    if k >= len(t) or t.lowers[k] not in ("and", "or"):
        return False
    k += 1 + (k + 1 < len(t) and t.lowers[k + 1] == "the")
    last = table.at(k) if k < len(t) else None
    return last is not None and C.Country in last.classes


#: Prepositions whose object a listed name shares the place's kind with ("travel to Halden and Morvik").
_LIST_PLACE_PREPS = frozenset({"in", "at", "to", "near", "from"})


def listed_place(tree: Tree, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is listed after a place the model saw (a GPE or LOC) in the object of a
    preposition of place: "tested in Halden and Morvik", "will travel to Selden, Varvik and Orsa"."""
    h = tree.span_head(start, end)
    if tree[h].dep != "conj":
        return False
    first = tree.conj_root(h)
    return first != h and tree[first].ent_type in ("GPE", "LOC") and tree[first].dep == "pobj" \
        and tree.lowers[tree[first].head] in _LIST_PLACE_PREPS \
        and all(tree[k].pos == "PROPN" for k in range(start, end))


def region_after_town(tree: Tree, start: int, end: int) -> bool:
    """The name ``[start, end)`` is set by commas after a place the model saw, as its apposition: "Lunar Outpost of
    Golden, Colorado, and Intuitive Machines" (Colorado is Golden's region, no company of the list)."""
    h = tree.span_head(start, end)
    gov = tree[tree[h].head]
    return tree[h].dep == "appos" and gov.i < start and gov.ent_type in ("GPE", "LOC") and start > 0 \
        and tree[start - 1].text == "," and (end == len(tree) or tree[end].text in (",", ".", ";", ")"))
