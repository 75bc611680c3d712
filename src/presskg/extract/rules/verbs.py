"""The verb rules' dispatcher: each clause's frame goes to the rules its verb's word classes trigger."""

from __future__ import annotations

from ...model import Entity
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import things
from ..registry import Stage, rule, verb_dispatch

#: Modals of a possibility (lexicon HEDGE_MODALS).
_HEDGES = frozenset(WORD_CLASSES["HEDGE_MODALS"])


@rule("frame:verbs", stage=Stage.VERBS, produces=(), confidence=0.0)
def verb_frames(ctx: Context) -> None:
    """Every clause's verb, in text order, through the verb rules whose triggers hold its lemma (none for a negated
    verb: "did not attend", "never landed", where "not only ... but also" is no negation; nor for a hedged one:
    "could provide", "may join", lexicon ``HEDGE_MODALS``)."""
    fire = verb_dispatch()
    for f in ctx.frames.values():
        if any(c.dep == "neg" or c.dep == "aux" and ctx.tree.lowers[c.i] in _HEDGES for c in ctx.tree.children(f.verb)):
            continue  # "NASA did not attend", "the lander never landed", "ESA could provide X": no fact
        subj = [e for s in f.subj for e in _lone(ctx, f, s) or things(ctx, s, create=False)]
        ctx.note_group(f.verb, subj)
        for r in fire(f.lemma, f.particle):
            with ctx.running(r):
                r.fn(ctx, f, subj)
        for g in f.gaps:  # "..., and DLR the spectrometer": the verb's rules on each gapped clause
            gsubj = [e for s in g.subj for e in things(ctx, s, create=False)]
            for r in fire(g.lemma, g.particle):
                with ctx.running(r):
                    r.fn(ctx, g, gsubj)


def _lone(ctx: Context, f: Frame, s: int) -> list[Entity]:
    """The one name a singular relative clause hung on a list's later name tells of ("engineers from JPL and the
    Canadian Space Agency (CSA), which supplied the altimeter": CSA alone), or nothing to read the usual way."""
    ent = ctx.table.at(s) if s == f.lone else None
    return [ent] if ent is not None else []
