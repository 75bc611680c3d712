"""A signing told by its noun with the agreement it signs: "the signing of the agreement between A and B took place
in Paris on 5 March", "the leaders witnessed the signing of a letter of intent".

A signing noun (lexicon ``SIGNING_NOUNS``), the subject or object of its clause, whose "of" phrase names an
agreement (or a noun of one, made a described agreement here) is that agreement's signing: the agreement is signed
at it (``signedAt``), and shares its date once the dates are read (``dates:signing-of``). Who witnesses the signing
takes part in it (rules/onlookers.py, read after this rule so that the signing is the one its phrase tells of, not
a gathering told before). A signing in a phrase of another deed ("enshrined at the X Summit with the signature of
an agreement") is no event of its own.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule

SIGNING_NOUNS = frozenset(WORD_CLASSES["SIGNING_NOUNS"])
#: Where a signing noun is an event the clause tells of: its subject or object ("witnessed the signing of X", "the
#: signing of X took place"), not a phrase of manner or time on another deed.
_ROLES = ("nsubj", "nsubjpass", "dobj", "attr", "conj")


def _signings(ctx: Context, *, create: bool) -> list[tuple[int, list]]:
    """Each signing noun with the agreements its "of" phrase names (``create``: making a described one)."""
    t = ctx.tree
    out = []
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in SIGNING_NOUNS or tok.dep not in _ROLES:
            continue  # ("enshrined at the X Summit with the signature of an agreement": signed at the summit)
        deals = [e for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")
                 for e in things(ctx, o.i, create=create) if isa(ctx, e, C.Agreement)]
        if deals:
            out.append((tok.i, deals))
    return out


@rule("dep:signing-of", stage=Stage.EVENT_NOUNS, triggers=("SIGNING_NOUNS",), produces=(P.signedAt, C.Meeting),
      confidence=0.75)
def signing_of(ctx: Context) -> None:
    """"the signing of the agreement between A and B": the agreement is signed at that signing."""
    for i, deals in _signings(ctx, create=True):
        ev = described(ctx, i, C.Meeting)
        if ev is None or not isa(ctx, ev, C.Event):
            continue
        for deal in deals:
            ctx.add(deal, P.signedAt, ev, i)


@rule("dates:signing-of", stage=Stage.FINISH, triggers=("SIGNING_NOUNS",), produces=(), confidence=0.8,
      after=("dates:attached",))
def signing_of_dates(ctx: Context) -> None:
    """"The signing of the agreement took place on 5 March": the agreement signed at a dated signing has its date."""
    for i, deals in _signings(ctx, create=False):
        ev = ctx.ref(i)
        values = [d.value for (key, _), d in ctx.dates.items() if ev is not None and key == ev.key]
        for deal in deals:
            if not any(key == deal.key for key, _ in ctx.dates):
                for value in values:
                    ctx.add_date(deal, value, i, "dates:signing-of")
