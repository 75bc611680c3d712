"""A named "station" a craft docks with, or people live aboard, is a space station.

"Station" heads the names of ground stations as well as of space stations, and the head noun gives a name the
first class (``Facility``); what the text does with the name tells which: "the capsule docked with the Meridian
Station", "berthed to the Meridian Station's Harmony module", "six months aboard the Meridian Station" (a
``DOCK_VERBS`` verb with a ``DOCKING_PREPOSITIONS`` phrase, an ``ABOARD_MARKERS`` word, or a craft's
``STATION_ARRIVAL_VERBS`` verb with "at": "the cargo ship arrived at the Meridian Station"), or launches it ("the
Orla station was launched in 2024", lexicon ``LAUNCH_VERBS``). Its class is then the
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


def _second_craft_class(ent: Entity, noun: str = "") -> str | None:
    """The craft class a named place's head word may be too ("Meridian Station": SpaceStation), or the common noun
    it names (``noun``: "the Halcyon station", whose name is "Halcyon")."""
    if not ent.named or ent.kb is not None or ent.type_source in ("predicate", "context") \
            or not all(C.Facility in ancestors(k) for k in ent.classes):
        return None
    second = SECOND_CLASSES.get(ent.label.lower().split()[-1]) or SECOND_CLASSES.get(noun)
    return second if second is not None and C.Spacecraft in ancestors(second) else None


def _craft_arrives(ctx: Context, verb: int) -> bool:
    """"The cargo ship arrived at X", "three astronauts arrived at X aboard the capsule": a craft comes there."""
    t = ctx.tree
    if t[verb].pos != "VERB" or not in_class("STATION_ARRIVAL_VERBS", t.lemma(verb)):
        return False
    subj = [e for c in t.children(verb, "nsubj") if (e := ctx.ref(c.i)) is not None]
    # ("arrived at X on 2 December aboard Y": the parser may hang "aboard" on the date; it is the clause's still)
    return any(C.Spacecraft in ancestors(k) for e in subj for k in e.classes) or any(
        t[k].text.lower() in _ABOARD and _clause_verb(t, k) == verb for k in t.subtree(verb))


def _clause_verb(t, k: int) -> int:
    """The nearest verb above token ``k``."""
    return next((a.i for a in t.ancestors(k) if a.pos in ("VERB", "AUX")), k)


def _retype_station(ctx: Context, k: int) -> None:
    """The named station at ``k`` (or named by the compound word at ``k``) is a space station."""
    t = ctx.tree
    ent = ctx.table.at(k)
    noun = t.lemma(t[k].head) if t[k].dep == "compound" and t[t[k].head].pos == "NOUN" else ""
    cls = _second_craft_class(ent, noun) if ent is not None else None
    if cls is not None:
        _retype(ent, cls)


@rule("type:station-by-docking", stage=Stage.MENTIONS, triggers=("DOCK_VERBS", "DOCKING_PREPOSITIONS",
                                                                  "ABOARD_MARKERS", "STATION_ARRIVAL_VERBS",
                                                                  "LAUNCH_VERBS"),
      produces=(C.SpaceStation,), confidence=0.75)
def station_by_docking(ctx: Context) -> None:
    t = ctx.tree
    for v in t.tokens:  # "the Orla station was launched in 2024": a station put into orbit
        if v.pos == "VERB" and in_class("LAUNCH_VERBS", t.lemma(v.i)):
            for o in t.children(v.i, "nsubjpass", "dobj"):
                for k in [o.i, *(c.i for c in t.children(o.i, "compound"))]:
                    _retype_station(ctx, k)
    for p in t.tokens:
        word = p.text.lower()
        docking = word in _DOCKING and t[p.head].pos == "VERB" and in_class("DOCK_VERBS", t.lemma(p.head))
        if not (docking or word in _ABOARD or word == "at" and _craft_arrives(ctx, p.head)):
            continue
        for o in t.children(p.i, "pobj"):
            # the station itself, or the station whose module or port it is ("X's Harmony module", "the port of X")
            near = [o.i, *(c.i for c in t.children(o.i, "poss", "compound"))]
            of = [oo.i for q in t.children(o.i, "prep") if q.text.lower() == "of" for oo in t.children(q.i, "pobj")]
            near += of + [c.i for oo in of for c in t.children(oo, "compound")]  # ("the port of the Halcyon station")
            for k in near:
                _retype_station(ctx, k)
