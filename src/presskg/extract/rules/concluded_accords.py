"""An agreement told by a noun and a participle of concluding, with no party: "the first outcome of the accord
concluded on 26 March, during the state visit the President made to China".

The accord is an agreement of the release, dated by the participle's date, and signed at the gathering a "during"
phrase of its sentence names after it ("during the state visit", "during the summit"). An agreement told of before
with another date is not it: "an agreement was signed on 2 August ... the first outcome of the accord concluded on
26 March" tells of two, and the March date is the accord's alone. The parser may hang the participle on the noun
before the agreement's "of" phrase, or read it as a past tense: the agreement noun (lexicon ``HEAD_CLASSES``) is
the word right before the participle (a verb of lexicon ``SIGN_VERBS``).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule

SIGN_VERBS = WORD_CLASSES["SIGN_VERBS"]


@rule("dep:concluded-accord", stage=Stage.FINISH, triggers=("SIGN_VERBS",), produces=(P.signedAt, C.Agreement),
      confidence=0.7, after=("dates:attached",))
def concluded_accord(ctx: Context) -> None:
    """"the accord concluded on 26 March, during the state visit ...": a dated agreement signed at that visit."""
    t = ctx.tree
    for v in t.tokens:
        if t.lemma(v.i) not in SIGN_VERBS or v.dep != "acl" or v.tag not in ("VBN", "VBD") or v.i == 0:
            continue
        noun = v.i - 1
        when = set(ctx.frame_date(v.i))
        if t[noun].pos != "NOUN" or noun_class(t, noun) != C.Agreement or not when:
            continue
        deal = described(ctx, noun, C.Agreement)
        if deal is None:
            continue
        here = t.sentence_index(v.i)
        if {d for (k, d) in ctx.dates if k == deal.key} - when:  # told of before with another date: another one
            ctx.dates = {(k, d): f for (k, d), f in ctx.dates.items()
                         if not (k == deal.key and d in when and f.evidence.sentence == here)}
            deal = ctx.table.add_described(f"d:{ctx.release.identifier}:{noun}", t.lemma(noun), C.Agreement, noun,
                                           noun + 1, "described")
            ctx.described[noun] = deal.key
        for value in sorted(when):
            ctx.add_date(deal, value, v.i, "dep:concluded-accord")
        for k in range(v.i + 1, t.sentence_of(v.i).end):
            for o in t.children(k, "pobj") if t.lowers[k] == "during" else ():
                for ev in things(ctx, o.i, create=False):
                    if isa(ctx, ev, C.Event):
                        ctx.add(deal, P.signedAt, ev, v.i)
