"""Parts told by an "of" phrase: "the camera of the Vela orbiter", "the two satellites of the Arvelo mission", "the
lander of the Vela spacecraft" (read by rules/relations.py's noun phrases). A kin noun ("the successor of Vela") is
no part, nor is the one craft a mission is ("the spacecraft of the BepiColombo mission": the mission's craft itself).
And the craft a thing is supplied "for" (:func:`craft_above`, read by rules/actions.py).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .context import Context
from .lexicon import WORD_CLASSES
from .referents import described, isa

_CARRIED = frozenset(WORD_CLASSES["CARRIED_CRAFT_NOUNS"])
_KIN = frozenset(WORD_CLASSES["KIN_NOUNS"])


def part_of_phrase(ctx: Context, h: Entity, o: Entity, head: int) -> bool:
    """``h``, headed by the noun at ``head``, is part of ``o`` when an "of"/"for" phrase joins them: an instrument of
    a craft or a mission, craft (plural) of a mission, a carried craft of a craft."""
    isa = ctx.table.is_a
    if not (isa(o, C.Spacecraft) or isa(o, C.Mission)) or isa(o, C.LaunchVehicle) or isa(o, C.Instrument):
        return False
    if isa(h, C.Instrument):
        return True
    noun = ctx.tree.lemma(head)
    return isa(h, C.Spacecraft) and not isa(h, C.Mission) and noun not in _KIN and (
        noun in _CARRIED or isa(o, C.Mission) and ctx.tree[head].tag in ("NNS", "NNPS"))


def craft_above(ctx: Context, i: int) -> list[Entity]:
    """For a relative pronoun's antecedent that is not a craft, the nearest craft phrase above it; else the unnamed
    craft the noun itself describes ("a robotic arm for the Japanese pressurized rover")."""
    craft = (C.Mission, C.Spacecraft)
    for a in [ctx.tree[i], *ctx.tree.ancestors(i)][:6]:
        for e in ctx.refs(a.i):
            if isa(ctx, e, *craft):
                return [e]
        if a.dep == "appos" and (e := ctx.ref(a.head)) is not None and isa(ctx, e, *craft):
            return [e]
    cls = noun_class(ctx.tree, i) if ctx.tree[i].pos == "NOUN" and ctx.tree.children(i, "det") else None
    return [e for e in [described(ctx, i, cls)] if e is not None] if cls and C.Spacecraft in ancestors(cls) else []
