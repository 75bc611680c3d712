"""What the knowledge base knows between two things a release names: "a seat on Artemis II" among "Artemis
missions", "the Mio orbiter" of a release on BepiColombo, "talks in Beijing" in a release that names China.

A release leaves out what its readers know: that Artemis II is a mission of the Artemis programme, that Beijing is
in China, that Ariane 5 lifts off from the Guiana Space Centre. Where the release names both ends of such a fact
of the knowledge base (with its sources), the fact joins what the release says, with the sentence that names both
(or the first that names the thing) as its evidence and a confidence below what a rule reads in the text. Only
the properties that state how things stand (a part, a place, a launch site, a destination), not who acts (an
operator, a provider, a country as a party: those the text says or leaves open); never where the text already
gives the thing a value of that property; never a destination on the home world (every Earth-observation
satellite "targets" Earth).

>>> sorted(str(p) for p in KNOWN)
['launchSite', 'locatedIn', 'partOf', 'target']
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule

#: The knowledge base's properties that join a release's graph when it names both ends.
KNOWN = frozenset({P.partOf, P.locatedIn, P.launchSite, P.target})

_HOME = WORD_CLASSES["HOME_WORLDS"]


@rule("kb:known-fact", stage=Stage.FINISH, produces=tuple(sorted(KNOWN)), confidence=0.55)
def known_facts(ctx: Context) -> None:
    """Each fact of :data:`KNOWN` the knowledge base holds between two named things of the release (see the
    module)."""
    named = {e.kb.iri: e for e in ctx.table.entities.values() if e.kb is not None and e.mentions}
    for e in list(named.values()):
        for p, o in e.kb.facts:
            w = named.get(o)
            if p not in KNOWN or w is None or ctx.objects(e, p) or p == P.target and w.label.lower() in _HOME:
                continue
            ctx.add(e, p, w, _evidence(ctx, e, w))


def _evidence(ctx: Context, e: Entity, w: Entity) -> int:
    """The first mention of ``e`` in a sentence that also names ``w``; else ``e``'s first mention."""
    t = ctx.tree
    told = {t.sentence_index(m.start) for m in w.mentions}
    return next((m.start for m in sorted(e.mentions, key=lambda m: m.start) if t.sentence_index(m.start) in told),
                min(m.start for m in e.mentions))
