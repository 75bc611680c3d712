"""A craft's launch or landing told by its noun alone, scheduled: "The Kestrel satellite was built by OHB. Launch
is planned for the second half of 2027", "Landing is expected in May".

A launch or landing noun (lexicon ``OCCURRENCE_NOUNS``) with no article, "of" phrase or owner, the subject of a verb
of scheduling (``SCHEDULE_VERBS``), is the launch or landing of the craft the text is speaking of: the one named
craft of this sentence or the one before; its launch told of before, when there is one; where the schedule puts it
("Touchdown is planned in Arcadia Planitia") is where it takes place. Two craft in view, or
none, leave the event to what else reads it.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import OCCURRENCE_NOUNS, PLACE_PREPOSITIONS, WORD_CLASSES
from ..referents import described, places_in
from ..registry import Stage, rule

SCHEDULE_VERBS = WORD_CLASSES["SCHEDULE_VERBS"]
_CRAFT_EVENTS = (C.Launch, C.Landing)


@rule("dep:bare-craft-event", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS", "SCHEDULE_VERBS"),
      produces=(P.participant, P.locatedIn, C.Launch, C.Landing), confidence=0.7)
def bare_craft_event(ctx: Context) -> None:
    """"Launch is planned for the second half of 2027": the launch of the craft in view."""
    t = ctx.tree
    for tok in t.tokens:
        cls = OCCURRENCE_NOUNS.get(t.lemma(tok.i))
        if cls not in _CRAFT_EVENTS or tok.dep not in ("nsubj", "nsubjpass") or t.lemma(tok.head) not in SCHEDULE_VERBS:
            continue
        if any(c.dep in ("poss", "compound", "nmod", "det") or c.dep == "prep" and t.lowers[c.i] == "of"
               for c in t.children(tok.i)):
            continue  # "the launch of X", "Kestrel's launch": read by dep:occurrence-noun; "the launch" by referents
        craft = [e for e in ctx.recent(tok.i, C.Spacecraft, sentences=1) if e.named]
        if len({e.key for e in craft}) != 1:
            continue
        # the craft's launch told of before is this one ("... the launch of BepiColombo. Launch is now set for")
        told = [e for e in ctx.recent(tok.i, cls, sentences=3) if craft[0] in ctx.objects(e, P.participant)]
        if told:
            ctx.described.setdefault(tok.i, told[0].key)
        ev = told[0] if told else described(ctx, tok.i, cls)
        if ev is None or not ctx.table.is_a(ev, cls):
            continue
        ctx.add(ev, P.participant, craft[0], tok.i)
        # where it is planned: "Touchdown is planned in Arcadia Planitia on 26 November"
        f = ctx.frames.get(tok.head)
        for pl in [pl for p, o in (f.preps if f else []) if p in PLACE_PREPOSITIONS for pl in places_in(ctx, o)]:
            ctx.add(ev, P.locatedIn, pl, tok.i)
