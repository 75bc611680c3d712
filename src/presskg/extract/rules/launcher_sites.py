"""Where a launcher is operated from is its launch site: "The Zephra-1 rocket is operated by Halvik Launch
Systems from the Brenna Spaceport", "Halvik operates the Zephra-1 rocket from the Brenna Spaceport".

A launcher is not something an organization runs in the graph's sense (``pk:operatedBy`` takes missions, craft
and facilities), so frame:operator reads nothing here; the "from" phrase of a verb of operating (lexicon
``OPERATE_VERBS``) whose object is a launcher names the site it flies from (``pk:launchSite``: a spaceport,
or a facility whose name says it is a pad or a launch complex, lexicon ``LAUNCH_SITE_WORDS``; not "from its
headquarters").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

#: Words of a facility's name that make it a place rockets leave from (lexicon LAUNCH_SITE_WORDS).
_SITE_WORDS = frozenset(WORD_CLASSES["LAUNCH_SITE_WORDS"])


@rule("frame:operated-from", scope="verb", stage=Stage.VERBS, triggers=("OPERATE_VERBS",),
      produces=(P.launchSite,), confidence=0.75)
def operated_from(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """A launcher operated from a facility is launched from it."""
    t = ctx.tree
    rockets = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.LaunchVehicle)]
    # the parser may hang "from" on the rocket, or on the passive's agent ("operated by X from Y")
    froms = f.prep("from") + [o.i for i in f.obj + (f.subj if f.passive else []) for p in t.children(i, "prep")
                              if t.lowers[p.i] == "from" for o in t.children(p.i, "pobj")]
    sites = [e for i in froms for e in things(ctx, i, create=False) if _launch_site(ctx, e)]
    for r in rockets:
        for s in sites:
            ctx.add(r, P.launchSite, s, f.verb)


def _launch_site(ctx: Context, e: Entity) -> bool:
    """A spaceport, or a facility named as a pad or a launch complex ("from Launch Complex 2"), not an office."""
    return isa(ctx, e, C.Spaceport) or isa(ctx, e, C.Facility) and e.named and any(
        ctx.tree.lemma(k).lower() in _SITE_WORDS for m in e.mentions for k in range(m.start, m.end))
