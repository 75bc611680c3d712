"""What a relative clause or a participle set after "X in <place>," is said of: X, not the place.

"the Kessel ground station in Sweden, which is operated by Nordlink", "the Lenberg station in Norway, run by
Polarlink": the parser hangs the clause on the nearest noun, the place of the "in" phrase, and the place was
then what is operated. A country, a region or a town is not run by a company; the thing it locates is. When the
clause's noun is a place (and only a place) named in an "in"/"at"/"near" phrase on a noun, that noun is what the
clause speaks of (:func:`holder_of_place`).

The other way round, a participle after "a mission at the X facility in Cologne," that the parser hangs on the
mission speaks of the facility, the noun nearest it that it may be said of (:func:`facility_between`).
"""

from __future__ import annotations

from ..vocab import Class as C
from .context import Context
from .mentions import noun_class
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


def facility_between(ctx: Context, i: int, verb: int) -> int | None:
    """The facility named in an "at"/"in" phrase of the noun at ``i`` that stands between it and the participle
    or relative clause ``verb`` set after a comma ("an analogue mission at the LUNA facility in Cologne,
    operated by ESA and DLR": the facility is what is operated), else None."""
    t = ctx.tree
    if verb < 1 or t[verb].head != i or t[verb].dep not in ("acl", "relcl") \
            or t.lowers[min(t.subtree(verb)) - 1] != ",":
        return None
    found = None
    for p in t.children(i, "prep"):
        if t.lowers[p.i] not in _LOCATING:
            continue
        for o in t.children(p.i, "pobj"):
            # (a facility told of by its noun is made later: its class noun, by now)
            cls = noun_class(t, o.i) if t[o.i].pos == "NOUN" else None
            named = things(ctx, o.i, create=False)
            if o.i < verb and (cls is not None and ctx.table.is_a_class(cls, C.Facility) or any(
                    isa(ctx, e, C.Facility) and not isa(ctx, e, C.Organization) for e in named)):
                found = o.i
    return found
