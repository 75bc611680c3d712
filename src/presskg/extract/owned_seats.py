"""Whose facility "its" names: a body's, not a craft's. "The Zeltan Meteorological Service will receive data from
Meteora-3 at its ground station in Brask": the station is the service's.

"its" is read as the latest thing named before it, and a craft named between the body and "its" took the
facility ("its ground station" was Meteora-3's, which no facility can be run by, so nothing was read). A
ground station, a control centre, headquarters or premises (a noun of the class Facility, or of the lexicon's
``SEAT_NOUNS``) belongs to an organization: among the candidates, the organizations come first
(:func:`owns_a_seat`).
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import noun_class
from .lexicon import WORD_CLASSES
from .tree import Tree

_SEATS = WORD_CLASSES["SEAT_NOUNS"]


def owns_a_seat(tree: Tree, i: int) -> bool:
    """Whether the possessive ``i`` ("its") owns a facility or a seat: "its ground station", "its headquarters"."""
    if tree[i].dep != "poss":
        return False
    owned = tree[i].head
    return noun_class(tree, owned) == C.Facility or tree.lowers[owned] in _SEATS
