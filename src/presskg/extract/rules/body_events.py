"""A body's gathering told by its name in front of the gathering's noun: "ESA will present the images at the
European Astronomical Society meeting", "the Royal Astronomical Society conference", "the ESA Council meeting".

The body named in front of a meeting or conference noun (lexicon ``HEAD_CLASSES`` of the Meeting and Conference
kinds) holds the gathering: it takes part in it (``participant``), as "a meeting of the ESA Council" says through
``dep:event-between``. Who presents or speaks "at" it (the subject of the clause the phrase is on, or on that
clause's object: "presented the images at the X meeting") takes part too. Only organizations hold one; a person's
name in front ("the Anna Berg lecture") or a craft's ("the Vela meeting": a meeting about Vela) makes none.

A gathering noun in an "at" / "during" phrase with an "in" phrase of its own ("presented at a workshop in Paris")
is a gathering held there, whoever attends; who acts in the clause takes part (``dep:gathering-in-place``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, places_in, things
from ..registry import Stage, rule

VENUE_PREPOSITIONS = WORD_CLASSES["VENUE_PREPOSITIONS"]
_GATHERINGS = (C.Meeting, C.Conference)


@rule("dep:body-gathering", stage=Stage.DISCOURSE, triggers=("HEAD_CLASSES",), produces=(P.participant,),
      confidence=0.7)
def body_gathering(ctx: Context) -> None:
    """"at the European Astronomical Society meeting": the Society holds the meeting; ESA, which presents there,
    takes part in it."""
    t = ctx.tree
    for tok in t.tokens:
        cls = noun_class(t, tok.i) if tok.pos == "NOUN" else None
        if cls is None or not any(k in ancestors(cls) for k in _GATHERINGS) or not t.children(tok.i, "det"):
            continue  # ("data from ESA show that ...": a verb the tagger took for a noun, with no article)
        named = ctx.table.at(tok.i)  # "the Royal Astronomical Society conference": a gathering's name, the body in it
        if named is not None and not isa(ctx, named, C.Event):
            continue
        holders = [e for c in t.children(tok.i, "compound") if t[c.i].pos == "PROPN" for e in ctx.refs(c.i)
                   if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Person, C.Event)]
        if not holders:
            continue
        ev = named or described(ctx, tok.i, cls)
        if ev is None:
            continue
        for h in holders:
            ctx.add(ev, P.participant, h, tok.i)
        if tok.dep != "pobj" or t.lowers[tok.head] not in VENUE_PREPOSITIONS:
            continue
        for who in _actors(ctx, tok.head):  # who presents there takes part
            if who.key != ev.key and who not in holders:
                ctx.add(ev, P.participant, who, tok.head)


@rule("dep:gathering-in-place", stage=Stage.DISCOURSE, triggers=("VENUE_PREPOSITIONS",),
      produces=(P.locatedIn, P.participant),
      confidence=0.75)
def gathering_in_place(ctx: Context) -> None:
    """"The results were presented at a workshop in Paris", "the award was presented at a ceremony in London on 5
    May": a gathering noun in an "at" / "during" phrase, placed by its own "in" phrase, is a gathering that took
    place there, though no one in the clause is said to attend it; who acts in the clause ("CNES presented the
    satellite at an exhibition in Paris") takes part."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "pobj" or t.lowers[tok.head] not in VENUE_PREPOSITIONS or tok.pos != "NOUN":
            continue
        cls = noun_class(t, tok.i)
        if cls is None or not any(k in ancestors(cls) for k in _GATHERINGS):
            continue
        places = [pl for p in t.children(tok.i, "prep") if p.text.lower() in ("in", "at")
                  for o in t.children(p.i, "pobj") for pl in places_in(ctx, o.i)]
        if not places:
            continue
        named = [e for k in (tok.i, *(c.i for c in t.children(tok.i, "compound"))) for e in [ctx.table.at(k)]
                 if e is not None and isa(ctx, e, C.Event)]  # "at the Space Expo exhibition": the named one
        ev = named[0] if named else described(ctx, tok.i, cls)
        if ev is None:
            continue
        for pl in places[:1]:
            ctx.add(ev, P.locatedIn, pl, tok.i)
        if named:
            continue  # who acts at a named gathering is dep:at-gathering's
        for who in _actors(ctx, tok.head):
            if who.key != ev.key:
                ctx.add(ev, P.participant, who, tok.head)


def _actors(ctx: Context, prep: int) -> list[Entity]:
    """Bodies and people who act in the clause a venue phrase is on (its verb's subject), the phrase hung on the
    verb or on the verb's object ("presented the images at X")."""
    t = ctx.tree
    at = t[prep].head
    f = ctx.frames.get(at) or (ctx.frames.get(t[at].head) if t[at].dep in ("dobj", "obj") else None)
    if f is None:
        return []
    return [e for e in agents([e for s in f.subj for e in things(ctx, s, create=False)], ctx)
            if isa(ctx, e, C.Organization, C.Person, C.Country)]
