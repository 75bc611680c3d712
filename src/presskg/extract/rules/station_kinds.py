"""A named "station" a craft docks with, or people live aboard, is a space station.

"Station" heads the names of ground stations as well as of space stations, and the head noun gives a name the
first class (``Facility``); what the text does with the name tells which: "the capsule docked with the Meridian
Station", "berthed to the Meridian Station's Harmony module", "six months aboard the Meridian Station" (a
``DOCK_VERBS`` verb with a ``DOCKING_PREPOSITIONS`` phrase, or an ``ABOARD_MARKERS`` word). Its class is then the
head noun's second class of the lexicon (``SECOND_CLASSES``: "station" is a ``SpaceStation``). A name the
knowledge base knows, or one typed by a copula or by this context already, keeps its class.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..classes import ancestors
from ..context import Context
from ..lexicon import SECOND_CLASSES, WORD_CLASSES, in_class
from ..registry import Stage, rule
from .kinds import _retype

_DOCKING = frozenset(WORD_CLASSES["DOCKING_PREPOSITIONS"])
_ABOARD = frozenset(WORD_CLASSES["ABOARD_MARKERS"])


def _second_craft_class(ent: Entity) -> str | None:
    """The craft class a named place's head word may be too ("Meridian Station": SpaceStation)."""
    if not ent.named or ent.kb is not None or ent.type_source in ("predicate", "context") \
            or not all(C.Facility in ancestors(k) for k in ent.classes):
        return None
    second = SECOND_CLASSES.get(ent.label.lower().split()[-1])
    return second if second is not None and C.Spacecraft in ancestors(second) else None


@rule("type:station-by-docking", stage=Stage.MENTIONS, triggers=("DOCK_VERBS", "DOCKING_PREPOSITIONS",
                                                                  "ABOARD_MARKERS"),
      produces=(C.SpaceStation,), confidence=0.75)
def station_by_docking(ctx: Context) -> None:
    t = ctx.tree
    for p in t.tokens:
        word = p.text.lower()
        docking = word in _DOCKING and t[p.head].pos == "VERB" and in_class("DOCK_VERBS", t.lemma(p.head))
        if not (docking or word in _ABOARD):
            continue
        for o in t.children(p.i, "pobj"):
            # the station itself, or the station whose module or port it is ("X's Harmony module", "the port of X")
            near = [o.i, *(c.i for c in t.children(o.i, "poss", "compound"))]
            near += [oo.i for q in t.children(o.i, "prep") if q.text.lower() == "of" for oo in t.children(q.i, "pobj")]
            for k in near:
                ent = ctx.table.at(k)
                cls = _second_craft_class(ent) if ent is not None else None
                if cls is not None:
                    _retype(ent, cls)
