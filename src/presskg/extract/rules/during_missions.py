"""What is done during a mission tells of the mission: "During the Orla-4 mission, astronauts A and B drilled into the
surface of Mars", "measurements were made on Mars during the Orla-4 mission, when two astronauts, A and B, drilled
into the surface".

The clause a "during <mission>" phrase is set on, and a "when" clause set on the mission's noun, tell what happened in
the mission: the people and bodies who act in them (their subjects) contribute to it, and the world where it happened
(an "on"/"at" phrase, or the "of" owner of a surface: "the surface of Mars"; not Earth) is its target.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa, things
from ..registry import Stage, rule


@rule("dep:during-mission", stage=Stage.PHRASES, produces=(P.contributesTo, P.target), confidence=0.7)
def during_mission(ctx: Context) -> None:
    """"During the Orla-4 mission, astronauts A and B drilled into the surface of Mars": A and B contribute to
    Orla-4, which targets Mars."""
    t = ctx.tree
    for p in t.tokens:
        if t.lowers[p.i] != "during" or p.dep != "prep":
            continue
        for o in t.children(p.i, "pobj"):
            missions = [e for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Mission)
                        and not isa(ctx, e, C.Event)]
            if not missions:
                continue
            clauses = [p.head] if t[p.head].pos in ("VERB", "AUX") else []
            clauses += [c.i for c in t.children(o.i, "relcl", "acl") if any(  # "the mission, when A and B drilled"
                t.lowers[a.i] in ("when", "where", "while") for a in t.children(c.i, "advmod"))]
            for v in clauses:
                _tell(ctx, v, missions, [s.i for s in t.children(v, "nsubj")])
            for a in t.children(o.i, "appos"):  # ("the mission, when two astronauts, A and B, bored ...": the
                if any(t.lowers[w.i] == "when" for w in t.children(a.i, "advmod")):  # parser's "when" noun)
                    _tell(ctx, a.i, missions, [a.i])


def _tell(ctx: Context, v: int, missions: list[Entity], subjects: list[int]) -> None:
    t = ctx.tree
    subjects += [k for s in subjects for a in t.children(s, "appos") for k in t.conjuncts(a.i)]  # "astronauts A and B"
    actors = [e for s in subjects for e in things(ctx, s, create=False) if isa(ctx, e, C.Person, C.Organization)]
    places = [o.i for q in t.children(v, "prep") if t.lowers[q.i] in ("on", "at", "into")
              for o in t.children(q.i, "pobj")]
    places += [w.i for i in list(places) for q in t.children(i, "prep") if t.lowers[q.i] == "of"
               for w in t.children(q.i, "pobj")]  # "into the surface of Mars"
    worlds = [e for i in places for e in ctx.refs(i) if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
    for m in missions:
        for a in dict.fromkeys(actors):
            ctx.add(a, P.contributesTo, m, v)
        for w in dict.fromkeys(worlds):
            ctx.add(m, P.target, w, v)
