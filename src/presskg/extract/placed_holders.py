"""What a relative clause or a participle set after "X in <place>," is said of: X, not the place.

"the Kessel ground station in Sweden, which is operated by Nordlink", "the Lenberg station in Norway, run by
Polarlink": the parser hangs the clause on the nearest noun, the place of the "in" phrase, and the place was
then what is operated. A country, a region or a town is not run by a company; the thing it locates is. When the
clause's noun is a place (and only a place) named in an "in"/"at"/"near" phrase on a noun, that noun is what the
clause speaks of (:func:`holder_of_place`).
"""

from __future__ import annotations

from ..vocab import Class as C
from .context import Context
from .referents import isa, things

_LOCATING = ("in", "at", "near")


def holder_of_place(ctx: Context, i: int) -> int | None:
    """The noun the place at ``i`` locates ("station" of "the ground station in Sweden"), else None."""
    t = ctx.tree
    tok = t[i]
    if tok.dep != "pobj" or t.lowers[tok.head] not in _LOCATING:
        return None
    named = things(ctx, i, create=False)
    if not named or not all(isa(ctx, e, C.Place) and not isa(ctx, e, C.Facility) for e in named):
        return None
    holder = t[tok.head].head
    return holder if holder != tok.head and t[holder].pos in ("NOUN", "PROPN") else None
