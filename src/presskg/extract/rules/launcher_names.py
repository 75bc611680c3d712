"""A name written both before "flight" and before a launcher's noun is a launcher: "the loss of the second Orsa
flight ... the Orsa rocket has flown five times", "the Orsa launcher".

"Flight" names a mission (lexicon HEAD_CLASSES): the first mention types an unknown name, and "the Orsa flight"
makes Orsa a mission. A launcher flies flights too, and the release that says "the Orsa rocket" (or launcher,
launch vehicle, booster: a head noun of class LaunchVehicle) anywhere, and never writes the name before a craft's
noun, tells what Orsa is. Only a name typed as a mission by such a noun is retyped; a knowledge-base name or one
typed by a copula keeps its class.
"""

from __future__ import annotations

from ...vocab import Class as C
from ..candidates import noun_class
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule
from .kinds import _retype

_FLIGHTS = frozenset(WORD_CLASSES["LAUNCH_FLIGHT_NOUNS"])


@rule("type:launcher-by-noun", stage=Stage.MENTIONS, triggers=("HEAD_CLASSES",), produces=(C.LaunchVehicle,),
      confidence=0.8)
def launcher_by_noun(ctx: Context) -> None:
    """A name typed a mission by "flight" that a launcher's noun also follows is a launcher."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if not ent.named or ent.kb is not None or ent.classes != {C.Mission} or ent.type_source in ("predicate",
                                                                                                  "context"):
            continue
        nouns = [_noun_after(ctx, m.end) for m in ent.mentions]
        classes = [noun_class(t, i) for i in nouns if i is not None]
        flights = [i for i in nouns if i is not None and t.lemma(i) in _FLIGHTS]
        if flights and C.LaunchVehicle in classes and all(c in (None, C.LaunchVehicle, C.Mission) for c in classes):
            _retype(ent, C.LaunchVehicle)


def _noun_after(ctx: Context, end: int) -> int | None:
    """The common noun right after a name ("Orsa flight", "Orsa rocket", "Orsa launch vehicle": the head)."""
    t = ctx.tree
    if end >= len(t) or t[end].pos != "NOUN":
        return None
    j = end
    while j + 1 < len(t) and t[j + 1].pos == "NOUN" and t[j].dep == "compound":
        j += 1
    return j
