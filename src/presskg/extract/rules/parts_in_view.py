"""A part supplied for the one craft in view: "The Skarv satellite will map sea ice. Canada is contributing the
radar antenna" — the antenna is Skarv's, and Canada contributes to Skarv.

A :data:`SUPPLY_VERBS` clause (lexicon) whose object is a definite part ("the radar antenna": a described
instrument, or "the Lumen magnetometer": a named one; either new to the text; or a craft's module, "the
propulsion module", lexicon ``MODULE_NOUNS``) and which names no whole of
its own ("for X", "X's", "of X") supplies it for the craft or mission the text is speaking of — when exactly
one is named in its sentence or the two before (two in view say nothing). The supplier, an agent or a
country, contributes to that craft.
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

_WHOLES = (C.Spacecraft, C.Mission)
#: Nouns of a craft's part the class of a craft ("the propulsion module", "the service module").
_MODULES = frozenset(WORD_CLASSES["MODULE_NOUNS"])


def _fresh_part(ctx: Context, i: int) -> list[Entity]:
    """The part a definite object names when nothing in its phrase says whose it is: "the radar antenna",
    or a part named there for the first time, "the Lumen magnetometer" (not "the ESA camera": an owner)."""
    t = ctx.tree
    kids = t.children(i)
    if t[i].pos != "NOUN" or not any(c.dep == "det" and c.text.lower() == "the" for c in kids) or any(
            c.dep in ("prep", "poss", "nmod") for c in kids):
        return []
    names = [e for c in kids if c.dep == "compound" and (e := ctx.table.at(c.i)) is not None]
    if not all(isa(ctx, e, C.Instrument) for e in names):
        return []
    module = t.lemma(i) in _MODULES
    return [e for e in things(ctx, i) if (not e.named or e in names) and (
        isa(ctx, e, C.Instrument) or module and not e.named and isa(ctx, e, C.Spacecraft))
            and not ctx.objects(e, P.partOf) and e.mentions and min(t.subtree(i)) <= e.mentions[0].start <= i]


@rule("frame:part-in-view", scope="verb", stage=Stage.VERBS, triggers=("SUPPLY_VERBS", "MODULE_NOUNS"),
      produces=(P.partOf, P.contributesTo), confidence=0.7, after=("frame:supply",))
def part_in_view(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Canada is contributing the radar antenna", the Skarv satellite told of just before: the antenna is Skarv's."""
    if f.passive or f.prep("for", "to", "on", "aboard"):
        return
    givers = [e for e in subj if isa(ctx, e, C.Organization, C.Country)]
    parts = [e for i in f.obj for e in _fresh_part(ctx, i)]
    if not givers or not parts:
        return
    crafts = list(dict.fromkeys(e for cls in _WHOLES for e in ctx.recent(f.verb, cls, sentences=2)
                                if e.named and not isa(ctx, e, C.LaunchVehicle)))
    if len(crafts) != 1:
        return
    for part in parts:
        ctx.add(part, P.partOf, crafts[0], f.verb)
    for g in givers:
        ctx.add(g, P.contributesTo, crafts[0], f.verb)
