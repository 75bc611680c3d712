"""One opening told twice: "the NSA opened a test centre in Brevik on 10 May. The centre was inaugurated
by the Minister of Research" (the minister takes part in the opening already read).

An opening verb (``OPEN_VERBS``, data: open, inaugurate, unveil, dedicate) whose clause gives no date or
place of its own makes no event (``frame:occurrence``); when its patient is a definite noun ("the
centre") that an opening verb of the last two sentences had as its object ("a new test centre"), it is
that opening, and the new clause's agents and places are added to it.

A dated passive opening with no one said to open it ("A new antenna was inaugurated on 4 November 2026 at the
Cebreros ground station", "the Helion Control Centre was opened on 4 May") is an event of its own, which
``frame:occurrence`` (it wants a participant) did not make: located at the facility opened, or at the place of
its "at"/"in" phrase when a thing of ``OPENED_THING_NOUNS`` is opened there; its guests "in the presence of"
are read on it by dep:witnesses. "The market was opened to competitors in 2020" opens no site.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..lexicon import PLACE_PREPOSITIONS, WORD_CLASSES, in_class
from ..referents import agents, described, isa, places_in, things
from ..registry import Stage, rule
from .happenings import with_appositions

_BACK = 2  # sentences
#: Nouns of what is opened at a site: "a new antenna was inaugurated at X" (lexicon data).
OPENED_THING_NOUNS = WORD_CLASSES["OPENED_THING_NOUNS"]


def _earlier_opening(ctx: Context, f: Frame, noun: int) -> Entity | None:
    """The event of an opening verb of the last sentences whose object has the lemma of ``noun``, or is what
    ``noun`` stands for, or a thing of a class ``noun`` names more broadly ("opened a new centre ... The
    facility was inaugurated by Y": a centre is a facility)."""
    t = ctx.tree
    lemma, here, broad = t.lemma(noun), t.sentence_index(f.verb), noun_class(t, noun)
    same = ctx.ref(noun)
    for v in sorted((v for v in ctx.frames if v < f.verb and here - t.sentence_index(v) <= _BACK), reverse=True):
        g = ctx.frames[v]
        if v not in ctx.described or not in_class("OPEN_VERBS", g.lemma, g.particle or None):
            continue
        if any(t.lemma(o) == lemma or same is not None and ctx.ref(o) is same
               or broad is not None and (k := noun_class(t, o)) is not None and broad in ancestors(k) for o in g.obj):
            ev = ctx.table.entities.get(ctx.described[v])
            return ev if ev is not None and isa(ctx, ev, C.Event) else None
    return None


@rule("frame:same-opening", scope="verb", stage=Stage.VERBS, triggers=("OPEN_VERBS",),
      produces=(P.participant, P.locatedIn), confidence=0.75, after=("frame:occurrence",))
def same_opening(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X opened a test centre in Brevik. The centre was inaugurated by Y": Y takes part in X's opening."""
    t = ctx.tree
    if f.verb in ctx.described:
        return  # its own clause made it an event
    nouns = [i for i in (f.obj if f.passive else f.obj + f.subj) if t[i].pos == "NOUN"
             and any(c.dep == "det" and c.text.lower() in ("the", "this") for c in t.children(i))]
    for noun in nouns:
        ev = _earlier_opening(ctx, f, noun)
        if ev is None:
            continue
        ctx.described[f.verb] = ev.key
        # "by the CNES President, Paul Durand": the person set beside the title, not only the body
        for e in dict.fromkeys(agents(subj + with_appositions(ctx, f.subj), ctx)):
            ctx.add(ev, P.participant, e, f.verb)
        for pl in (e for p in PLACE_PREPOSITIONS for i in f.prep(p) for e in places_in(ctx, i)):
            ctx.add(ev, P.locatedIn, pl, f.verb)
        for e in (e for i in f.prep("with") for e in agents(things(ctx, i, create=False), ctx)):
            ctx.add(ev, P.participant, e, f.verb)
        return


@rule("frame:opened-on", scope="verb", stage=Stage.VERBS, triggers=("OPEN_VERBS",), produces=(C.Event, P.locatedIn),
      confidence=0.7, after=("frame:same-opening",))
def opened_on(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A new antenna was inaugurated on 4 November 2026 at the Cebreros ground station": an event there."""
    t = ctx.tree
    if not f.passive or f.subj or f.verb in ctx.described or not ctx.frame_date(f.verb) or t[f.verb].pos != "VERB":
        return
    opened = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Facility)]
    equipment = [i for i in f.obj if t.lemma(i) in OPENED_THING_NOUNS]
    places = [e for p in ("at", "in") for i in f.prep(p) for e in places_in(ctx, i)]
    if not opened and not (equipment and places):
        return
    ev = described(ctx, f.verb, C.Event)
    if ev is None:
        return
    for pl in dict.fromkeys((opened or places)[:1] + [p for p in places if p not in opened][:1]):
        if pl.key != ev.key:
            ctx.add(ev, P.locatedIn, pl, f.verb)
