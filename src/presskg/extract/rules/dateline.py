"""The dateline's date for what the lead reports, when the lead's own phrase made no entity.

"CITY, COUNTRY, OCT 3 — An agreement under which A and B will ... has been signed by the two
agencies": a dateline dates the report of the sentence it opens (``dates:dateline`` gives its date to
the main verb). When the parser folds the reported noun into the dateline ("agreement" read as an
apposition of the city), the verb's date does not reach it: the lead's first agreement or event noun
takes the dateline's date itself. When that noun made no entity at all, the thing is met again later
as a definite description ("put their signatures to the agreement"): the first later undated, unnamed
thing of the same class is the one the lead reported. Its signing (``signedAt``) shares the date.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..datelines import dateline_dash
from ..entities import ancestors
from ..lexicon import HEAD_CLASSES, OCCURRENCE_NOUNS
from ..referents import isa
from ..registry import Stage, rule

#: The classes a lead's reported noun may have: what a dateline dates.
REPORTED = (C.Agreement, C.Event)


def _reported_class(ctx: Context, i: int) -> str | None:
    lemma = ctx.tree.lemma(i)
    cls = OCCURRENCE_NOUNS.get(lemma) or HEAD_CLASSES.get(lemma)
    if cls is None or not any(r in ancestors(cls) for r in REPORTED):
        return None
    return cls


@rule("dates:dateline-lead", stage=Stage.FINISH, triggers=("HEAD_CLASSES", "OCCURRENCE_NOUNS"), produces=(),
      confidence=0.7, after=("dates:sentence",))
def dateline_lead(ctx: Context) -> None:
    """"CITY, OCT 3 — An agreement ... has been signed": the lead's agreement, met again later as "the
    agreement", takes the dateline's date when the lead's phrase itself made no entity."""
    t = ctx.tree
    for s in t.parse.sentences[:3]:
        dash = dateline_dash(t, s)
        if dash is None:
            continue
        values = sorted({value for vs in ctx.date_at.values() for value, tok in vs if s.start <= tok < dash})
        if len(values) != 1:
            return
        reported = [(i, cls) for i in range(dash + 1, s.end) if t[i].pos == "NOUN"
                    and (cls := _reported_class(ctx, i))]
        if not reported:
            return
        i, cls = reported[0]
        dated = {k for k, _ in ctx.dates}
        here = ctx.table.entities[ctx.described[i]] if i in ctx.described else ctx.table.at(i)
        if here is None:  # the phrase made no entity: the first later one of its class is the one reported
            later = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions
                            and e.mentions[0].start >= s.end and isa(ctx, e, cls)),
                           key=lambda e: e.mentions[0].start)
            here = later[0] if later else None
        if here is None or here.named or here.key in dated or not isa(ctx, here, cls):
            return
        ctx.add_date(here, values[0], i, "dates:dateline-lead")
        for signing in ctx.objects(here, P.signedAt):
            if signing.key not in dated:
                ctx.add_date(signing, values[0], i, "dates:dateline-lead")
        return
