"""What an agreement or a gathering is about (``pk:topic``): "the Hera agreement", "an agreement on X", "a framework
agreement covering exploration", "talks about the rover", "a workshop dedicated to X", and what an agreement is for the
work on ("an arrangement for the joint development of a small lunar lander": the lander, told of by its noun).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import isa, things
from ..registry import Stage, rule
from .fields import topic_list

#: Nouns of the work on a thing: "for the development of X" (lexicon ACTIVITY_NOUNS).
_ACTIVITIES = frozenset(WORD_CLASSES["ACTIVITY_NOUNS"])

#: Participles that say what an event or agreement is about (lexicon TOPIC_PARTICIPLES).
_TOPIC_PARTICIPLES = frozenset(WORD_CLASSES["TOPIC_PARTICIPLES"])


@rule("dep:about", stage=Stage.DISCOURSE, triggers=("TOPIC_PARTICIPLES",), produces=(P.topic,), confidence=0.75)
def described_topics(ctx: Context) -> None:
    """What an agreement or a meeting is about: "the Hera agreement", "an agreement on X",
    "a framework agreement covering exploration", "talks about the rover"."""
    t = ctx.tree
    for i, key in list(ctx.described.items()):
        ent = ctx.table.entities[key]
        if t[i].pos != "NOUN" or not any(ctx.table.is_a(ent, k) for k in (C.Agreement, C.Meeting, C.Conference)):
            continue
        for c in t.children(i, "compound"):
            x = ctx.table.at(c.i)
            if x is not None and any(ctx.table.is_a(x, k) for k in (C.Mission, C.Spacecraft, C.Instrument, C.Topic)):
                ctx.add(ent, P.topic, x, i, "dep:named-subject", 0.75)
        heads = [i, *(o.i for p in t.children(i, "prep") if p.text.lower() == "of"  # "a letter of intent on X"
                      for o in t.children(p.i, "pobj") if t[o.i].pos == "NOUN" and ctx.table.at(o.i) is None)]
        args = [o.i for h in heads for p in t.children(h, "prep")
                if p.text.lower() in ("on", "about", "concerning", "regarding") for o in t.children(p.i, "pobj")
                if t.lemma(o.i) not in WORD_CLASSES["SIDELINE_NOUNS"]]  # ("on the sidelines of X": when, not what)
        # ("regarding X", a participle the parser gave a pobj; "a workshop dedicated to X", "talks focused on X")
        args += [o.i for v in t.children(i, "acl") if t.lemma(v.i) in _TOPIC_PARTICIPLES
                 for o in [*t.children(v.i, "dobj", "pobj"), *(q for p in t.children(v.i, "prep")
                                                              if t.lowers[p.i] in ("to", "on", "around")
                                                              for q in t.children(p.i, "pobj"))]]
        for a in args:
            for x in topic_list(ctx, a):
                ctx.add(ent, P.topic, x, i, "dep:about", 0.7)
        if ctx.table.is_a(ent, C.Agreement):  # "an arrangement for the joint development of a small lunar lander"
            for x in _worked_on(ctx, i):
                ctx.add(ent, P.topic, x, i, "dep:about", 0.7)


def _worked_on(ctx: Context, i: int) -> list[Entity]:
    """What an agreement at ``i`` is for the work on: its "for the (joint) development of X" (lexicon ACTIVITY_NOUNS),
    a thing named or a craft or an instrument told of by its noun ("of a small lunar lander")."""
    t = ctx.tree
    out = []
    for o in (o for p in t.children(i, "prep") if t.lowers[p.i] == "for" for o in t.children(p.i, "pobj")
              if t.lemma(o.i) in _ACTIVITIES):
        for x in (x for q in t.children(o.i, "prep") if t.lowers[q.i] == "of" for x in t.children(q.i, "pobj")):
            cls = noun_class(t, x.i)
            made = cls is not None and any(k in ancestors(cls) for k in (C.Spacecraft, C.Instrument, C.Mission))
            out += [e for e in things(ctx, x.i, create=made) if isa(ctx, e, C.Spacecraft, C.Instrument, C.Mission)]
    return out
