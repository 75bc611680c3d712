"""A sample return told with no craft: "The samples were delivered to Earth in December 2020".

``frame:bring-back`` (rules/actions.py) makes a sample return of a dated clause whose craft brings samples back.
A passive with no agent tells the same event: the samples came back, on that date. The event is made with its
date (``dates:attached`` gives it); no craft is guessed for it. And "will collect samples from X and return them to
Earth in 2027": the pronoun a returning verb takes is the samples its sentence told of before it
(:func:`samples_taken_back`). "The samples were collected by the X spacecraft and returned to Earth in 2025": a
returning verb joined to a passive whose agent is a craft and whose patients are samples tells of that craft
bringing them back (:func:`returned_by_collector`; "built by A and launched" shares no agent: only a return does).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..frames import Frame
from ..referents import described, isa, things

#: Verbs of a sample's return (the lemma of the frame, idioms read as "return": "delivered to Earth").
RETURNING = frozenset({"bring", "return", "retrieve", "recover"})


def agentless_return(ctx: Context, f: Frame, samples: list[Entity]) -> None:
    """The sample return of a dated passive clause with no agent whose patients are ``samples``."""
    if not f.passive or f.lemma not in RETURNING or f.prep("by") or not ctx.frame_date(f.verb):
        return
    if samples:
        described(ctx, f.verb, C.SampleReturn)


def samples_taken_back(ctx: Context, f: Frame) -> list[Entity]:
    """The samples a returning verb's pronoun object ("return them", "bring it back") stands for: those its
    sentence told of before the verb."""
    t = ctx.tree
    if f.lemma not in RETURNING or not any(t[i].pos == "PRON" for i in f.obj):
        return []
    here = t.sentence_of(f.verb)
    return list(dict.fromkeys(e for k in range(here.start, f.verb) if t.lemma(k) == "sample"
                              and (e := ctx.table.at(k) or ctx.ref(k)) is not None and C.Sample in e.classes))


def returned_by_collector(ctx: Context, f: Frame, craft: list[Entity], samples: list[Entity],
                          ) -> tuple[list[Entity], list[Entity]]:
    """The craft and the samples of a returning verb with no craft of its own, joined to the passive before it
    ("were collected by the X spacecraft and returned to Earth"): that passive's agents that are craft and its
    patients that are samples; else ``craft`` and ``samples`` as they were."""
    t = ctx.tree
    g = ctx.frames.get(t[f.verb].head) if t[f.verb].dep == "conj" and f.lemma in RETURNING and not craft else None
    if g is None or not g.passive or any(c.dep in ("nsubj", "nsubjpass") for c in t.children(f.verb)):
        return craft, samples
    found = [e for i in g.subj for e in things(ctx, i, create=False)
             if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
    taken = [e for i in g.obj for e in things(ctx, i) if isa(ctx, e, C.Sample)]
    return (found, taken) if found and taken else (craft, samples)
