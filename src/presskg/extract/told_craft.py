"""A craft told of by its noun alone: "its sample container was opened", "the recovery of the capsule", "will fly
on the Korean lunar lander". Such a noun (of a class under Spacecraft, lexicon ``HEAD_CLASSES``), singular and no
part of a name, with no name in its phrase, makes a described craft the rules can relate; a plural ("the Vela-1
and -2 satellites") or a named phrase is the names', and "each satellite" is none in particular. Read by
rules/occurrences.py (what is handled) and rules/payloads.py (what parts sit on).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .context import Context
from .referents import described

#: Determiners of one craft told by its noun: "the lander", "a NASA satellite", "its rover".
_ONE = frozenset({"the", "a", "an", "this", "its", "their"})


def craft_by_noun(ctx: Context, i: int, *, determined: bool = False) -> Entity | None:
    """The craft the noun at ``i`` tells of, made once, or None; ``determined``: only with a determiner of one craft
    (not "each satellite")."""
    t = ctx.tree
    if t[i].tag != "NN" or ctx.table.at(i) is not None or any(ctx.table.at(k) for k in t.subtree(i)):
        return None
    k = noun_class(t, i)
    if k is None or C.Spacecraft not in ancestors(k):
        return None
    if determined and not any(t.lowers[c.i] in _ONE for c in t.children(i, "det", "poss")):
        return None
    return described(ctx, i, k)
