"""Whose facility "its" names: a body's, not a craft's. "The Zeltan Meteorological Service will receive data from
Meteora-3 at its ground station in Brask": the station is the service's.

"its" is read as the latest thing named before it, and a craft named between the body and "its" took the
facility ("its ground station" was Meteora-3's, which no facility can be run by, so nothing was read). A
ground station, a control centre, headquarters or premises (a noun of the class Facility, or of the lexicon's
``SEAT_NOUNS``) belongs to an organization: among the candidates, the organizations come first
(:func:`owns_a_seat`).

A seat in a phrase of where the clause's action happens ("NASA will track the ESA probe from its station in
Goldstone", "Nordlink will support CNES satellites from its station in Svalbard") is the clause subject's,
the body that acts from it; the body named in the object was taken ("the station of ESA") (:func:`seat_actor`).
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


def seat_actor(tree: Tree, i: int) -> list[int]:
    """The subject tokens of the verb whose "from"/"at" phrase holds the seat "its" (``i``) owns, else []."""
    if not owns_a_seat(tree, i):
        return []
    owned = tree[i].head
    prep = tree[owned].head
    if tree[owned].dep != "pobj" or tree.lowers[prep] not in ("from", "at"):
        return []
    k = tree[prep].head  # the verb, or a noun of its object the parser hung the phrase on
    for _ in range(3):
        if tree[k].pos in ("VERB", "AUX") or tree[k].head == k:
            break
        k = tree[k].head
    if tree[k].pos not in ("VERB", "AUX"):
        return []
    subj = [c.i for c in tree.children(k, "nsubj") if tree[c.i].tag not in ("WDT", "WP", "PRP")]
    return [j for s in subj for j in tree.subtree(s) if j < i]
