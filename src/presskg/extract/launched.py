"""What a launch verb launches when its clause does not say it where the parser looks: a craft told by its noun
("the satellites will be launched on a Vega-C rocket": a craft's class noun, :func:`craft_noun`), the craft whose
phrase holds a relative clause of launching the parser hung on a nearer noun (:func:`launched_above`), or the craft
whose destination a participle set off by a comma follows (:func:`before_destination`). Read by
``frame:launched-from`` (rules/actions.py).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .context import Context
from .frames import Frame
from .referents import isa, things


def launched_above(ctx: Context, f: Frame) -> list[Entity]:
    """"SMILE, a mission to study the solar wind and the magnetosphere, which will be launched in 2026": a relative
    clause of launching that the parser hung on a noun no craft is (the nearest) tells of the craft whose phrase
    holds it, the first up its heads."""
    t, k = ctx.tree, f.verb
    if t[k].dep != "relcl" or not f.passive:
        return []
    for _ in range(10):
        if t[k].head == k:
            break
        k = t[k].head
        if found := [e for e in things(ctx, k, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)]:
            return found
    return []


def before_destination(ctx: Context, f: Frame) -> list[Entity]:
    """"the Crew-13 mission to the International Space Station, scheduled to launch in 2027", "the Orla probe to Mars,
    launched in 2020": a participle set off by a comma after a craft's "to" phrase (its destination) tells of the
    craft, not of the destination the parser hangs it on (a station or a world does not launch there)."""
    t, k = ctx.tree, f.verb
    if t[k].dep == "xcomp" and t[k].head != k:  # ("scheduled to launch": the participle is the verb's head)
        k = t[k].head
    n = t[k].head
    if t[k].dep not in ("acl", "relcl") or n == k or k < 1 or t[k - 1].text != "," or t[n].dep != "pobj" \
            or t.lowers[t[n].head] != "to":
        return []
    owner = t[t[n].head].head
    return [e for e in things(ctx, owner, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)
            and not isa(ctx, e, C.SpaceStation)]


def craft_noun(ctx: Context, i: int) -> bool:
    """Whether ``i`` is a common noun of a craft's class ("satellites", "probe"): a described craft may be made."""
    cls = noun_class(ctx.tree, i) if ctx.tree[i].pos == "NOUN" else None
    return cls is not None and C.Spacecraft in ancestors(cls)
