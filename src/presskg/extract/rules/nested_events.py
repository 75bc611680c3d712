"""Places of events told through a larger event they happen at.

"The two ministers met on the sidelines of the IAC in Milan", "signed during the Paris Air Show at Le
Bourget", "talked at the margins of the G20 summit in Rome": the meeting (or signing, visit) happens where
the named event it happens at is held. The larger event's place is read first (dep:event-held-in); this
rule gives it to the event of the clause that an "on the <edge noun> of" (lexicon ``SIDELINE_NOUNS``) or a
"during"/"at" phrase ties to it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

SIDELINE_NOUNS = WORD_CLASSES["SIDELINE_NOUNS"]
#: Prepositions that put a clause's event inside a larger one (with an edge noun, "on"/"at" too).
_DURING = ("during", "at", "on")


@rule("dep:nested-event-place", stage=Stage.DISCOURSE, triggers=("SIDELINE_NOUNS",), produces=(P.locatedIn,),
      confidence=0.7)
def nested_event_place(ctx: Context) -> None:
    """"X and Y met on the sidelines of the IAC in Milan", "... of the summit" (the one told of before): the
    meeting is located where the larger event is."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "pobj" or t[tok.head].text.lower() not in ("of", "during"):
            continue
        host = _host(ctx, tok.i)  # (the phrase's shape first: resolving every "of" object costs more)
        if host is None:
            continue
        big = ctx.ref(tok.i) or _named_before(ctx, tok.i)  # a name, or "the summit" that takes one back
        if big is None or not isa(ctx, big, C.Event):
            continue
        places = ctx.objects(big, P.locatedIn)
        if not places:
            continue
        ev = ctx.table.entities.get(ctx.described[host]) if host in ctx.described else None
        if ev is None or ev is big or ev.named or not isa(ctx, ev, C.Event) or ctx.objects(ev, P.locatedIn):
            continue
        for pl in places:
            ctx.add(ev, P.locatedIn, pl, tok.i)


def _host(ctx: Context, h: int) -> int | None:
    """The verb (or event noun) whose clause a named event at ``h`` frames: "met [on the sidelines of] X",
    "met during X", "the meeting at X"; ``None`` when ``h`` is no such phrase's object."""
    t = ctx.tree
    tok = t[h]
    if tok.dep != "pobj":
        return None
    prep = t[tok.head]
    word = prep.text.lower()
    above = t[prep.head]
    if word == "of" and t.lemma(above.i) in SIDELINE_NOUNS and above.dep == "pobj":
        prep = t[above.head]  # "on the sidelines of X": the edge noun's own preposition
        word = prep.text.lower()
        above = t[prep.head]
    elif word not in ("during",):
        return None  # a bare "at X" or "on X" may be a place or a topic: only "during" and an edge noun
    if word not in _DURING or prep.dep != "prep":
        return None
    return above.i if above.pos in ("VERB", "NOUN") else None


def _named_before(ctx: Context, i: int) -> Entity | None:
    """"the summit" after "the Global Space Summit in Geneva": the latest named event before ``i`` whose
    name ends in the definite noun at ``i``."""
    t = ctx.tree
    if t[i].pos != "NOUN" or not any(c.text.lower() == "the" for c in t.children(i, "det")):
        return None
    noun = t.lemma(i)
    return next((e for e in ctx.before(i) if e.named and isa(ctx, e, C.Event)
                 and e.label.split()[-1].lower().rstrip("s") == noun.rstrip("s")), None)
