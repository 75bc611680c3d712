"""Who gives a speech at a gathering takes part in it: "The keynote was delivered by Dr. Amina Okafor", "Josef
Aschbacher gave the opening speech", "the opening address was given by the Minister for Research, Anne Dupont".

A :data:`SPEECH_VERBS` verb (data: deliver, give, make) whose object (or passive subject) is a
:data:`SPEECH_NOUNS` noun (data: keynote, speech, address, lecture, presentation) makes its speaker (the
subject, or the "by" agent) a participant of the gathering the speech was given at: the event of its own
"at"/"during" phrase, else the latest conference or meeting named in the sentence or the four before (a
release about a symposium tells of its keynote after it). No gathering in view, no relation: "X gave a speech on
climate change" alone says where nothing is.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

SPEECH_NOUNS = WORD_CLASSES["SPEECH_NOUNS"]
#: Sentences back a speech looks for its gathering: a release about a symposium tells of it, of who organised it
#: and who took part, then of its keynote.
_REACH = 4


def _gathering(ctx: Context, f: Frame, speech: list[int]) -> Entity | None:
    """The gathering a speech was given at: its "at"/"during" phrase (on the verb or on the speech noun), or the
    latest conference or meeting in view."""
    t = ctx.tree
    spots = f.prep("at", "during") + [o.i for i in speech for p in t.children(i, "prep")
                                      if t.lowers[p.i] in ("at", "during") for o in t.children(p.i, "pobj")]
    named = [e for i in spots for e in things(ctx, i, create=False) if isa(ctx, e, C.Conference, C.Meeting)]
    if named or spots:
        return named[0] if named else None
    seen = ctx.recent(f.verb, C.Event, sentences=_REACH)
    # a conference before a meeting: a keynote is the symposium's, not the panel's told of just before it
    return next((e for e in seen if isa(ctx, e, C.Conference)), None) or next(
        (e for e in seen if isa(ctx, e, C.Meeting)), None)


@rule("frame:speech", scope="verb", stage=Stage.DISCOURSE, triggers=("SPEECH_VERBS",), produces=(P.participant,),
      confidence=0.7)
def speech(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The keynote was delivered by X": X takes part in the symposium told of."""
    t = ctx.tree
    speech_nouns = [i for i in f.obj for j in t.conjuncts(i) if t.lemma(j) in SPEECH_NOUNS]
    if not speech_nouns:
        return
    speakers = [e for e in agents(subj, ctx) if isa(ctx, e, C.Person, C.Organization)]
    if not speakers:
        return
    ev = _gathering(ctx, f, speech_nouns)
    if ev is None:
        return
    for e in speakers:
        ctx.add(ev, P.participant, e, f.verb)
