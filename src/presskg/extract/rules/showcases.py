"""A thing shown to people is what the showing is about: "NASA unveiled the Bennu sample at the Johnson Space
Center", "the Kelmar Space Agency presented the Tarsa rover to the press on 11 October", "the agency showed the
sample to the public for the first time".

A verb of showing (lexicon ``SHOWCASE_VERBS``) whose clause the other rules read as an event (dated, placed, or an
unveiling), or whose thing is shown to an audience (lexicon ``AUDIENCE_NOUNS``: "to the public", "to the press")
or "for the first time", is an event: its subject's bodies and people take part, and the named or described things
it shows (a craft, an instrument, a sample) are its topics. "The data show that ..." shows no one anything.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, places_in, things
from ..registry import Stage, rule

_AUDIENCE = frozenset(WORD_CLASSES["AUDIENCE_NOUNS"])
#: What may be shown.
_SHOWN = (C.Spacecraft, C.Instrument, C.Sample, C.Mission, C.LaunchVehicle)


@rule("frame:showcase", scope="verb", stage=Stage.VERBS, triggers=("SHOWCASE_VERBS",),
      produces=(C.Event, P.participant, P.topic, P.locatedIn), confidence=0.7)
def showcase(ctx: Context, f: Frame, subj: list) -> None:
    """"NASA showed the Bennu sample to the public for the first time at the Johnson Space Center": an event about
    the sample."""
    t = ctx.tree
    shown = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, *_SHOWN)]
    if not shown or f.passive and not subj:
        return
    audience = any(t.lemma(i) in _AUDIENCE for i in f.prep("to")) or any(
        t.lowers[k] == "first" and t.lowers[k + 1] == "time" for k in t.subtree(f.verb) if k + 1 < len(t))
    places = [e for i in f.prep("at", "in") for e in places_in(ctx, i)]
    told = f.verb in ctx.described
    if not (told or audience or ctx.frame_date(f.verb) or places):
        return
    ev = described(ctx, f.verb, C.Event)
    if ev is None:
        return
    for e in dict.fromkeys(subj):
        if isa(ctx, e, C.Agent, C.Country):
            ctx.add(ev, P.participant, e, f.verb)
    for x in dict.fromkeys(shown):
        ctx.add(ev, P.topic, x, f.verb)
    for p in dict.fromkeys(places):
        ctx.add(ev, P.locatedIn, p, f.verb)
