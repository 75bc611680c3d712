"""Parts told by an "of" phrase: "the camera of the Vela orbiter", "the two satellites of the Arvelo mission", "the
lander of the Vela spacecraft" (read by rules/relations.py's noun phrases). A kin noun ("the successor of Vela") is
no part, nor is the one craft a mission is ("the spacecraft of the BepiColombo mission": the mission's craft itself).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .context import Context
from .lexicon import WORD_CLASSES

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
