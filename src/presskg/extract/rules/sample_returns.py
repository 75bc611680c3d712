"""A sample return told with no craft: "The samples were delivered to Earth in December 2020".

``frame:bring-back`` (rules/actions.py) makes a sample return of a dated clause whose craft brings samples back.
A passive with no agent tells the same event: the samples came back, on that date. The event is made with its
date (``dates:attached`` gives it); no craft is guessed for it. And "will collect samples from X and return them to
Earth in 2027": the pronoun a returning verb takes is the samples its sentence told of before it
(:func:`samples_taken_back`).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..frames import Frame
from ..referents import described

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
