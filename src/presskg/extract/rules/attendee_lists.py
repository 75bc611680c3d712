"""Who a gathering's attendees were, listed after "including" or "such as": "The forum was attended by more than
500 participants, including representatives of ISRO and KASA", "More than 500 delegates attended, among them
officials from the Philippine Space Agency" (lexicon ``ENUMERATORS``).

The list may name the bodies themselves or people who stand for them ("representatives of X", "delegates from
Y", "a JAXA team": what the people act for, as ``groups.worker_org`` reads it). They took part in
the gathering attended: the passive's subject ("the forum was attended by ..."), the object ("attended the forum,
including ..."), or else the latest event told within two sentences ("The forum opened in Hanoi. More than 500
participants attended, including ..."). An attendance verb is lexicon ``ATTEND_VERBS`` (with "take" only in
"take part").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..enumerations import opens_list
from ..frames import Frame
from ..groups import worker_org
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

_ATTEND = frozenset(WORD_CLASSES["ATTEND_VERBS"])


@rule("dep:attendees-including", stage=Stage.INFERENCE, triggers=("ATTEND_VERBS", "ENUMERATORS", "WORKER_NOUNS"),
      produces=(P.participant,), confidence=0.7)
def attendees_including(ctx: Context) -> None:
    """"attended by 500 participants, including representatives of ISRO and KASA": ISRO and KASA took part."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.lemma not in _ATTEND or f.lemma == "take" and not any(t.lemma(o) == "part" for o in f.obj):
            continue
        listed = [e for k in (v, *f.subj, *f.obj) for j in _enumerated(ctx, k) for e in _bodies(ctx, j)]
        who = agents(list(dict.fromkeys(listed)), ctx)
        events = _attended(ctx, f) if who else []
        for ev in events:
            for e in who:
                ctx.add(ev, P.participant, e, v)


def _enumerated(ctx: Context, k: int) -> list[int]:
    """The words of an "including" (or "such as", "among them") list hung on the word at ``k``."""
    t = ctx.tree
    return [j for p in t.children(k, "prep") if opens_list(t, p.i)
            for o in t.children(p.i, "pobj") for j in t.conjuncts(o.i)]


def _bodies(ctx: Context, j: int) -> list[Entity]:
    """The bodies the listed word at ``j`` names: itself, or those the people it stands for act for
    ("representatives of ISRO and KASA", "delegates from X": :func:`~presskg.extract.groups.worker_org`)."""
    return worker_org(ctx, j) or things(ctx, j, create=False)


def _attended(ctx: Context, f: Frame) -> list[Entity]:
    """The gathering attended: the passive's subject or the object, if an event; else the latest event told within two
    sentences (a launch or a landing is watched, not attended: left out)."""
    named = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if named:
        return named[:1]
    recent = [e for e in ctx.recent(f.verb, C.Event, sentences=2) if not isa(ctx, e, C.Launch, C.Landing)]
    return recent[:1]
