"""The date of an agreement whose signing a later sentence dates.

Releases often name the agreement in one sentence and date its signing in another: "ESA and the Vela
Space Agency signed an agreement on Zephyr. The document was signed on 3 May in Paris", "It was
signed on 3 May", "The signing took place on 3 May". The signing clause names no agreement of its
own (a pronoun, "the document", or a signing event), so the agreement it dates is the latest one told
just before it that has no date yet; its signing event (``signedAt``) shares the date.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import SIGN_VERBS, WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

SIGNED_THING_NOUNS = WORD_CLASSES["SIGNED_THING_NOUNS"]
SIGNING_NOUNS = WORD_CLASSES["SIGNING_NOUNS"]
#: How far back (sentences) the agreement a signing clause dates may have been told.
REACH = 3


def _undated_agreement(ctx: Context, at: int, dated: set[str]) -> Entity | None:
    """The latest agreement told in the last few sentences before token ``at``, if it has no date yet."""
    agreements = ctx.recent(at, C.Agreement, sentences=REACH)
    if not agreements or agreements[0].key in dated:
        return None  # the latest agreement is dated: an earlier one is not what this clause speaks of
    return agreements[0]


def _date(ctx: Context, agreement: Entity, values: list[tuple[str, int]]) -> None:
    for value, tok in values:
        ctx.add_date(agreement, value, tok, "dates:signed-later")
        for signing in ctx.objects(agreement, P.signedAt):
            ctx.add_date(signing, value, tok, "dates:signed-later")


@rule("dates:signed-later", stage=Stage.FINISH, triggers=("SIGN_VERBS", "SIGNED_THING_NOUNS", "SIGNING_NOUNS"),
      produces=(), confidence=0.7, after=("dates:attached",))
def signed_later(ctx: Context) -> None:
    """"The document was signed on 3 May", "It was signed on 3 May", "The signing took place on 3 May":
    the latest undated agreement told just before takes the date of its signing."""
    t = ctx.tree
    dated = {k for k, _ in ctx.dates}
    for v, f in ctx.frames.items():
        values = ctx.date_at.get(v, [])
        if f.lemma not in SIGN_VERBS or not values or not f.obj:
            continue
        if any(t.sentence_index(tok) != t.sentence_index(v) for _, tok in values):
            continue
        if not all(t[i].pos == "PRON" or t.lemma(i) in SIGNED_THING_NOUNS for i in f.obj):
            continue
        named = [e for i in f.obj for e in things(ctx, i, create=False)]
        if any(isa(ctx, e, C.Agreement) and e.key in dated for e in named):
            continue  # the clause dates its own agreement (dates:attached did)
        if any(t[i].pos != "PRON" and t[i].tag != "DT" and not _definite(ctx, i) for i in f.obj):
            continue  # "an agreement was signed on 3 May" is a new one, not the one told before
        target = _undated_agreement(ctx, f.obj[0], dated)
        if target is not None:
            _date(ctx, target, values)
            dated.add(target.key)
    # an agreement signed at a dated signing ("they signed an agreement. The signing took place on 3 May")
    for ent in list(ctx.table.entities.values()):
        if ent.key in dated or not isa(ctx, ent, C.Agreement):
            continue
        for signing in ctx.objects(ent, P.signedAt):
            values = [(d.value, tok) for (k, _), d in ctx.dates.items() if k == signing.key
                      for tok in [signing.mentions[0].start if signing.mentions else 0]]
            for value, tok in values[:1]:
                ctx.add_date(ent, value, tok, "dates:signed-later")
                dated.add(ent.key)
    # "The signing took place on 3 May": a dated signing event tied to no agreement
    signed = {o.key for e in ctx.table.entities.values() for o in ctx.objects(e, P.signedAt)}
    for ent in list(ctx.table.entities.values()):
        if ent.named or ent.key in signed or not ent.mentions or not isa(ctx, ent, C.Event):
            continue
        # "signed ... The signing took place": the noun may only point back to the verb's event
        heads = [m.start for m in ent.mentions] + [i for i, k in ctx.described.items() if k == ent.key]
        if not any(t.lemma(h) in SIGNING_NOUNS or t[h].text.lower() in SIGNING_NOUNS for h in heads):
            continue
        last = max(heads)  # the agreement is told before the signing noun, maybe after the verb
        values = [(d.value, last) for (k, _), d in ctx.dates.items() if k == ent.key]
        if not values:
            continue
        target = _undated_agreement(ctx, last, dated)
        if target is not None:
            for value, tok in values:
                ctx.add_date(target, value, tok, "dates:signed-later")
            dated.add(target.key)


def _definite(ctx: Context, i: int) -> bool:
    """True when the noun at ``i`` is definite or demonstrative ("the document", "this agreement")."""
    return any(c.dep == "det" and c.text.lower() in ("the", "this", "that") for c in ctx.tree.children(i))
