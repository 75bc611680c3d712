"""A sample return told with no craft: "The samples were delivered to Earth in December 2020".

``frame:bring-back`` (rules/actions.py) makes a sample return of a dated clause whose craft brings samples back.
A passive with no agent tells the same event: the samples came back, on that date. The event is made with its
date (``dates:attached`` gives it); no craft is guessed for it.
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
