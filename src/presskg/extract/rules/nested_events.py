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
        if big is None or not ctx.objects(big, P.locatedIn):
            big = _told_before(ctx, tok.i) or big  # "during her stay": the visit just told of
        if big is None or not isa(ctx, big, C.Event):
            continue
        places = ctx.objects(big, P.locatedIn)
        if not places:
            continue
        # "held talks during X": the event of the verb's object noun when the verb made none
        key = ctx.described.get(host) or next((ctx.described[o.i] for o in t.children(host, "dobj")
                                                if o.i in ctx.described), None)
        ev = ctx.table.entities.get(key) if key is not None else None
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


#: Nouns of a visit a definite or possessive phrase takes back: "during the visit", "during her stay".
VISIT_NOUNS = WORD_CLASSES["VISIT_NOUNS"]


def _told_before(ctx: Context, i: int) -> Entity | None:
    """"X visited the Y Centre on 8 May. During the visit (during her stay), she met Z": the latest visit (a
    meeting) told of in this or the last two sentences, unnamed; with a possessive, one its owner took part in."""
    t = ctx.tree
    if t.lemma(i) not in VISIT_NOUNS or t[i].pos != "NOUN" or t.children(i, "prep", "compound", "amod"):
        return None
    owners = [c.i for c in t.children(i, "poss")]
    if not owners and not any(c.text.lower() in ("the", "this") for c in t.children(i, "det")):
        return None
    own = ctx.described.get(i)  # "the visit", taken back by its noun already; "her trip", an event of its own
    if own is not None and ctx.objects(ctx.table.entities[own], P.locatedIn):
        ev = ctx.table.entities[own]
        return ev if isa(ctx, ev, C.Meeting) else None
    for ev in _recent_visits(ctx, i):
        if ev.key == own:
            continue
        who = {p.key for p in ctx.objects(ev, P.participant)}
        if not owners or who & {e.key for o in owners for e in ctx.refs(o)}:
            return ev
        return None
    return None


def _recent_visits(ctx: Context, i: int) -> list[Entity]:
    """Unnamed placed meetings told of, by a mention or by a relation ("The visit was hosted by X", "She was
    accompanied by Y"), in this or the last two sentences before ``i``: the latest told first."""
    t = ctx.tree
    here = t.sentence_index(i)
    told: dict[str, int] = {}
    for ev in ctx.table.entities.values():
        if ev.named or not ctx.table.is_a(ev, C.Meeting) or not ctx.objects(ev, P.locatedIn):
            continue
        at = [t.sentence_index(m.start) for m in ev.mentions if m.start < i]
        at += [r.evidence.sentence for r in ctx.relations.values() if ev.key in (r.subject, r.object)
               and r.evidence.sentence <= here]
        if at and here - max(at) <= 2:
            told[ev.key] = max(at)
    return [ctx.table.entities[k] for k in sorted(told, key=lambda k: -told[k])]
