"""A named occurrence called by its class noun: "the AquaVal campaign", "ESA carried out the SaltFlight campaign".

The noun of an event class ("campaign") heads a phrase whose proper-noun compound the mention finder has already
made a named event of that class (the noun after it typed it). Without this, the noun makes a described event of
its own beside the name, and what the clause tells (who carried it out, where, when) goes to that unnamed twin.
A name of another class ("the Sentinel-1 campaign", "an ESA campaign") is only what the event is about or whose
it is: the noun still makes an event of its own; but a programme's name ("NASA's Artemis campaign") is the
programme, which "campaign" names by another word.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .classes import ancestors
from .context import Context


def named_occurrence(ctx: Context, i: int, cls: str | None) -> Entity | None:
    """The named event of class ``cls`` that noun ``i`` (an event's class noun) is the class noun of."""
    if cls is None or ctx.tree[i].pos != "NOUN" or C.Event not in ancestors(cls):
        return None
    if cls == C.Campaign:  # "NASA's Artemis campaign": the programme by another word, no event of its own
        named = [e for c in ctx.tree.children(i, "compound") if (e := ctx.table.at(c.i)) is not None and e.named]
        if len(named) == 1 and _programme(named[0]):
            return named[0]
    ent = ctx.named_child(i)
    return ent if ent is not None and ent.named and cls in ent.classes else None


def _programme(ent: Entity) -> bool:
    """A mission that is no craft: a programme ("Artemis"), not a satellite ("the Sentinel-1 campaign")."""
    kinds = {k for c in ent.classes for k in ancestors(c)}
    return C.Mission in kinds and not kinds & {C.Spacecraft, C.Instrument, C.LaunchVehicle}
