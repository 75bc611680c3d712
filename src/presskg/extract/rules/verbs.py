"""The verb rules' dispatcher: each clause's frame goes to the rules its verb's word classes trigger."""

from __future__ import annotations

from ..context import Context
from ..referents import things
from ..registry import Stage, rule, verb_dispatch


@rule("frame:verbs", stage=Stage.VERBS, produces=(), confidence=0.0)
def verb_frames(ctx: Context) -> None:
    """Every clause's verb, in text order, through the verb rules whose triggers hold its lemma."""
    fire = verb_dispatch()
    for f in ctx.frames.values():
        subj = [e for s in f.subj for e in things(ctx, s, create=False)]
        ctx.note_group(f.verb, subj)
        for r in fire(f.lemma, f.particle):
            with ctx.running(r):
                r.fn(ctx, f, subj)
        for g in f.gaps:  # "..., and DLR the spectrometer": the verb's rules on each gapped clause
            gsubj = [e for s in g.subj for e in things(ctx, s, create=False)]
            for r in fire(g.lemma, g.particle):
                with ctx.running(r):
                    r.fn(ctx, g, gsubj)
