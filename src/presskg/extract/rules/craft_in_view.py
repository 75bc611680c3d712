"""A craft's launch or landing told by a bare definite noun in a text about one craft: "SLIM carries a camera.
Following the lunar landing, the camera scanned the rocks", "After the launch on 3 May, the satellite unfolded
its solar arrays".

"The landing" names no craft, but a reader of a release that has told of a single craft knows whose it is. The
noun (lexicon ``OCCURRENCE_NOUNS`` of a launch or a landing) must be definite and narrowed by nothing but
adjectives ("the lunar landing", "the successful launch"): no owner, no "of" phrase, no compound (those name the
craft themselves, rules/occurrences.py), and not another one ("the next landing", lexicon OTHER_EVENT_WORDS). The
craft is the one named craft (a spacecraft or mission, not a launcher, station or instrument) the release has
named before the noun; with two or more, or none, nothing is made. A planet's adjective on a landing ("the lunar
landing") says where the craft landed.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..flights import occurrence_class
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..same_events import CRAFT_EVENTS, same_event
from ..worlds import adjective_body

OTHER_EVENT_WORDS = WORD_CLASSES["OTHER_EVENT_WORDS"]


def _bare(ctx: Context, i: int) -> bool:
    """"the lunar landing", "the successful launch on 3 May": a definite noun with adjectives only (a phrase of
    time or place may follow; "of" and "by" would name the craft or the agent)."""
    t = ctx.tree
    kids = [c for c in t.children(i) if c.dep != "punct"]
    if not any(c.dep == "det" and t.lowers[c.i] == "the" for c in kids):
        return False
    return all(c.dep == "prep" and t.lowers[c.i] not in ("of", "by") or c.dep in ("det", "amod", "advmod")
               and t.lowers[c.i] not in OTHER_EVENT_WORDS for c in kids)


def _craft_before(ctx: Context, i: int) -> list[Entity]:
    """The named craft the release has named before token ``i``."""
    return [e for e in ctx.table.entities.values() if e.named and any(m.start < i for m in e.mentions)
            and isa(ctx, e, C.Spacecraft, C.Mission)
            and not isa(ctx, e, C.LaunchVehicle, C.SpaceStation, C.Instrument)]


@rule("dep:craft-event-in-view", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS",),
      produces=(P.participant, P.landedOn, C.Launch, C.Landing), confidence=0.65, after=("dep:occurrence-noun",))
def craft_event_in_view(ctx: Context) -> None:
    """"Following the lunar landing, ...": the landing of the one craft told of (see the module)."""
    t = ctx.tree
    for tok in t.tokens:
        made = ctx.table.at(tok.i)  # (an event a rule made with no craft: "The launch is scheduled for 3 May")
        if tok.pos != "NOUN" or made is not None and (made.named or ctx.objects(made, P.participant)) \
                or not _bare(ctx, tok.i):
            continue
        cls = occurrence_class(ctx, tok.i)
        if cls not in CRAFT_EVENTS:
            continue
        craft = _craft_before(ctx, tok.i)
        if len(craft) != 1:
            continue
        ev = same_event(ctx, tok.i, cls, craft) or described(ctx, tok.i, cls)
        if ev is None:
            continue
        ctx.add(ev, P.participant, craft[0], tok.i)
        if cls == C.Landing:  # "the lunar landing": on the Moon
            for c in t.children(tok.i, "amod"):
                ctx.add(craft[0], P.landedOn, adjective_body(ctx, c.i), tok.i)


@rule("dep:aboard-in-view", stage=Stage.DISCOURSE, produces=(P.partOf,), confidence=0.65)
def aboard_in_view(ctx: Context) -> None:
    """"Chang'e-7 will explore the south pole. Instruments from Egypt and Italy are on board": "on board" (or
    "aboard", "onboard") with no craft after it is aboard the one craft the release has named before (none with two
    or more); what is said to be there, an instrument or a craft's part, is part of it."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lowers[tok.i] == "board" and tok.dep == "pobj" and t.lowers[tok.head] == "on":
            where, bare = tok.head, not t.children(tok.i, "prep")
        elif t.lowers[tok.i] in ("aboard", "onboard") and tok.dep in ("advmod", "prep"):
            where, bare = tok.i, not t.children(tok.i, "pobj")
        else:
            continue
        head = t[where].head
        if not bare or head == where:
            continue
        # the subject of "are on board", or the noun the phrase is on ("the instruments on board")
        said = [c.i for c in t.children(head, "nsubj")] if t[head].pos in ("AUX", "VERB") else [head]
        parts = [e for i in said for e in things(ctx, i) if isa(ctx, e, C.Instrument)]
        craft = _craft_before(ctx, tok.i) if parts else []
        for part in parts if len(craft) == 1 else ():
            ctx.add(part, P.partOf, craft[0], tok.i)
