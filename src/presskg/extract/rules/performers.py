"""Who carries out or backs an occurrence: "the recovery of the capsule was carried out by the Army", "the
transport was organised by X", "Y supported the recovery"; and where an occurrence a ceremony marked took
place ("the handover was marked at a ceremony in Darmstadt").

A verb of :data:`PERFORM_VERBS` (lexicon: carry out, conduct, perform, support, organise, ...) whose object
(the subject of the passive) is an occurrence noun of class Event or Meeting makes its agents (the
subject, the "by" of the passive, a person set beside a title) participants of that occurrence. A bare
definite noun ("the recovery") is the occurrence a verb of the last two sentences told of
(:data:`OCCURRENCE_NOUN_VERBS`: "KASA recovered the capsule ... The recovery was supported by X"), else
one of its own. Only craft take part in launches and landings: a body that carries out one told of contributes
to it ("The launch was carried out by Arianespace").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..lexicon import EVENT_ANAPHORS, HEAD_CLASSES, OCCURRENCE_NOUNS
from ..referents import agents, clause_locatives, described, isa, places_in, things
from ..registry import Stage, rule
from ..told_events import event_told_by_verb
from .happenings import with_appositions


def _occurrence(ctx: Context, i: int, *, craft_events: bool = False) -> Entity | None:
    """The occurrence the noun at ``i`` names; a launch or a landing only if ``craft_events`` (one told of already:
    "The launch was carried out by X" after the launch's verb), whose doers run it rather than take part."""
    named = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if named:
        ev = named[0]
    else:
        # an occurrence, or a gathering or a campaign its class noun names ("the observation campaign was
        # coordinated by X", "the workshop was organised by Y"): launches and landings are craft's, not made here
        lemma = ctx.tree.lemma(i)
        cls = OCCURRENCE_NOUNS.get(lemma) or HEAD_CLASSES.get(lemma)
        if cls is None or C.Event not in ancestors(cls) or ctx.tree[i].pos != "NOUN":
            return None
        if cls in (C.Launch, C.Landing):
            return event_told_by_verb(ctx, i) if craft_events else None
        ev = event_told_by_verb(ctx, i) or described(ctx, i, cls)
        if ev is not None:
            ctx.described.setdefault(i, ev.key)
    if craft_events and ev is not None and not any(m.start < i for m in ev.mentions):
        return None  # "CNES supported the launch.": a launch never told of names none
    return None if ev is None or isa(ctx, ev, C.Launch, C.Landing) != craft_events else ev


@rule("frame:done-by", scope="verb", stage=Stage.VERBS, triggers=("PERFORM_VERBS",),
      produces=(P.participant, P.locatedIn, P.contributesTo), confidence=0.75)
def done_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The recovery of the capsule was carried out by the Australian Army", "X supported the transport",
    "JAXA conducted the test at the Tanegashima Space Center, jointly with MHI": its place and partners too."""
    t = ctx.tree
    own = not f.passive or any(c.dep == "agent" for c in t.children(f.verb))  # a passive's inherited subject is none
    who = agents(list(dict.fromkeys(subj + with_appositions(ctx, f.subj))), ctx) if own else []
    who += [e for e in agents([e for i in f.withs(t, f.obj) for e in things(ctx, i, create=False)], ctx)
            if e not in who]  # "carried out jointly with MHI"
    if not who:
        return
    places = [pl for i in clause_locatives(ctx, f.verb) for pl in places_in(ctx, i)]
    for i in f.obj:
        run = _occurrence(ctx, i, craft_events=True)  # "The launch was carried out by Arianespace": a body that runs
        for e in who if run is not None else ():  # a craft's launch contributes to it
            if isa(ctx, e, C.Organization):
                ctx.add(e, P.contributesTo, run, f.verb)
        ev = _occurrence(ctx, i)
        if ev is None:
            continue
        for e in who:
            ctx.add(ev, P.participant, e, f.verb)
        for pl in places if not ctx.objects(ev, P.locatedIn) else ():
            ctx.add(ev, P.locatedIn, pl, f.verb)


@rule("frame:marked-occurrence", scope="verb", stage=Stage.VERBS, triggers=("CELEBRATE_VERBS",),
      produces=(P.locatedIn, C.Event, C.Meeting), confidence=0.75, after=("frame:occurrence", "frame:done-by"))
def marked(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The handover was marked at a ceremony in Darmstadt", "the opening was celebrated in Kiruna on 4 May":
    the occurrence (the one a verb told of, else the noun's own) took place where the clause says; those who
    attended take part in it (:func:`~presskg.extract.rules.happenings.witnesses`). A ceremony, a place or
    a date tells that it took place; "the satellite was marked with a logo" has no occurrence noun."""
    t = ctx.tree
    if not f.passive:
        return
    places = [pl for i in clause_locatives(ctx, f.verb) for pl in places_in(ctx, i)]
    ceremony = any(t.lemma(o) in EVENT_ANAPHORS for _, o in f.preps)
    if not (places or ceremony or ctx.frame_date(f.verb)):
        return
    for i in f.obj:
        ev = _occurrence(ctx, i)
        for pl in places if ev is not None and not ctx.objects(ev, P.locatedIn) else ():
            ctx.add(ev, P.locatedIn, pl, f.verb)
