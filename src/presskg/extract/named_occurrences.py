"""A named occurrence called by its class noun: "the AquaVal campaign", "ESA carried out the SaltFlight campaign".

The noun of an event class ("campaign") heads a phrase whose proper-noun compound the mention finder has already
made a named event of that class (the noun after it typed it). Without this, the noun makes a described event of
its own beside the name, and what the clause tells (who carried it out, where, when) goes to that unnamed twin.
A name of another class ("the Sentinel-1 campaign", "an ESA campaign") is only what the event is about or whose
it is: the noun still makes an event of its own.
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
    ent = ctx.named_child(i)
    return ent if ent is not None and ent.named and cls in ent.classes else None
