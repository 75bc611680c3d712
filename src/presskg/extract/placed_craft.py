"""A place the parser hangs on a definite craft or mission noun: "HPA and MBRSC signed an agreement on the mission in
Dubai", "the rover in Ostrava Crater".

A modifier of a definite noun most often makes it a new thing ("the launch of BepiColombo", "the radar satellite"),
so Context.definite leaves such a noun unresolved. A place phrase ("in Dubai", "at Kourou") on a craft or a mission
says where the clause happened or where the craft is, not which craft it is: the mission told of before is meant
(:func:`place_phrases`, the modifiers Context.definite keeps).
"""

from __future__ import annotations

from ..vocab import Class as C
from .classes import ancestors
from .entities import EntityTable
from .tree import Tree

#: Prepositions of where a thing is or a clause happens.
_WHERE = ("in", "at", "near")


def place_phrases(tree: Tree, table: EntityTable, i: int, cls: str | None) -> frozenset[int]:
    """The "in"/"at"/"near" phrases on the craft or mission noun ``i`` (its class ``cls``) whose object is a named
    place: they tell where, not which craft."""
    if cls is None or not (C.Spacecraft in ancestors(cls) or cls == C.Mission):
        return frozenset()
    return frozenset(c.i for c in tree.children(i, "prep") if tree.lowers[c.i] in _WHERE and any(
        (e := table.at(o.i)) is not None and table.is_a(e, C.Place) for o in tree.children(c.i, "pobj")))
