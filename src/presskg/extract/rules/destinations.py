"""Where a craft is going (``pk:target``), read from arrivals and headings: "the Vela lander will land on
Mars", "Zephyr arrives at the asteroid Lyra in 2026", "the Mars-bound Kestrel orbiter", "a probe bound for
Jupiter", "has begun its journey to Jupiter".

A landing or arrival still to come is no ``landedOn`` (the gold leaves future landings optional), but a
plan stated firmly names the craft's target. Verbs are :data:`LAND_VERBS` and :data:`ARRIVAL_VERBS` words,
headings :data:`HEADING_WORDS`, ways :data:`JOURNEY_NOUNS` (data). Earth is never a target: craft "land on
Earth" when they come home.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import LAND_VERBS, WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule
from ..worlds import adjective_body

ARRIVAL_VERBS = WORD_CLASSES["ARRIVAL_VERBS"]
HEADING_WORDS = WORD_CLASSES["HEADING_WORDS"]
JOURNEY_NOUNS = WORD_CLASSES["JOURNEY_NOUNS"]
ORBIT_CHANGE_VERBS = WORD_CLASSES["ORBIT_CHANGE_VERBS"]
_CRAFT = (C.Mission, C.Spacecraft)
_ON = ("on", "onto", "upon", "at", "to", "toward", "towards")


def _body(ctx: Context, e: Entity | None) -> bool:
    return e is not None and isa(ctx, e, C.CelestialBody) and e.label != "Earth"


def _craft(ctx: Context, e: Entity | None) -> bool:
    return e is not None and isa(ctx, e, *_CRAFT) and not isa(ctx, e, C.LaunchVehicle)


@rule("frame:arrive-target", scope="verb", stage=Stage.VERBS, triggers=("LAND_VERBS", "ARRIVAL_VERBS"),
      produces=(P.target,), confidence=0.75)
def arrive_target(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vela lander will land on Mars", "Zephyr arrives at the asteroid Lyra", "touched down on Titan"."""
    lemma = f"{f.lemma} {f.particle}".strip()
    if lemma not in LAND_VERBS and f.lemma not in LAND_VERBS and f.lemma not in ARRIVAL_VERBS:
        return
    crafts = [e for e in subj if _craft(ctx, e)]
    bodies = [e for i in f.prep(*_ON) for j in ctx.tree.conjuncts(i) for e in [ctx.ref(j)] if _body(ctx, e)]
    for c in crafts:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb)


@rule("seq:bound-for", stage=Stage.PHRASES, triggers=("HEADING_WORDS",), produces=(P.target,), confidence=0.7)
def bound_for(ctx: Context) -> None:
    """"the Mars-bound Kestrel orbiter" (body, hyphen, heading word, then the craft), "the Zephyr probe, bound
    for Jupiter" / "headed for the Moon" (the craft named last before the heading word, then the body)."""
    t = ctx.tree
    n = len(t)
    for tok in t.tokens:
        word = tok.text.lower()
        if word not in HEADING_WORDS:
            continue
        if tok.i >= 2 and t[tok.i - 1].text == "-":  # "Mars-bound"
            body = ctx.table.at(tok.i - 2)
            craft = next((e for k in range(tok.i + 1, min(tok.i + 5, n)) for e in [ctx.table.at(k)]
                          if e is not None), None)
            if _body(ctx, body) and _craft(ctx, craft):
                ctx.add(craft, P.target, body, tok.i)
            continue
        if tok.i + 1 >= n or t[tok.i + 1].text.lower() not in ("for", "to", "toward", "towards"):
            continue
        j = tok.i + 2
        while j < n and t[j].text in ("the", "planet", "asteroid", "comet", "dwarf"):  # "bound for the asteroid X"
            j += 1
        body = ctx.table.at(j) if j < n else None
        sent = t.sentence_of(tok.i)
        craft = next((e for k in range(tok.i - 1, max(sent.start, tok.i - 8) - 1, -1)
                      for e in [ctx.table.at(k)] if e is not None), None)
        if _body(ctx, body) and _craft(ctx, craft):
            ctx.add(craft, P.target, body, tok.i)



@rule("dep:journey-to", stage=Stage.PHRASES, triggers=("JOURNEY_NOUNS",), produces=(P.target,), confidence=0.7)
def journey_to(ctx: Context) -> None:
    """"The spacecraft has begun its journey to Jupiter", "Orla embarked on a cruise to Mars", "X started an extended
    mission to the asteroid Y": the craft whose way to the body it is (the noun's owner, or the subject of the
    clause the noun is the object of) targets the body."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in JOURNEY_NOUNS:
            continue
        verb = tok.head if tok.dep in ("dobj", "attr") else t[tok.head].head if tok.dep == "pobj" else None
        # ("began its journey | to Jupiter": the parser may hang the phrase right after the noun on the verb)
        bodies = [e for h in (tok.i, verb) if h is not None for p in t.children(h, "prep")
                  if t.lowers[p.i] in ("to", "toward", "towards") and (h == tok.i or p.i == max(t.subtree(tok.i)) + 1)
                  for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if _body(ctx, e)]
        if not bodies:
            continue
        crafts = [e for c in t.children(tok.i, "poss") for e in ctx.refs(c.i) if _craft(ctx, e)]
        f = ctx.frames.get(verb) if verb is not None and not crafts else None
        crafts += [e for i in (f.subj if f is not None and not f.passive else []) for e in ctx.refs(i)
                   if _craft(ctx, e)]
        for c in crafts:
            ctx.add(c, P.target, bodies[0], tok.i)


@rule("frame:orbiting-apposition", scope="verb", stage=Stage.VERBS, triggers=("ORBIT_VERBS",),
      produces=(P.orbits, P.target), confidence=0.7)
def orbiting_apposition(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Vela station, an outpost circling the Moon", "Zephyr, a probe orbiting Mars": the participle
    hangs on a described noun set beside the craft's name; the named craft orbits and targets the body."""
    t = ctx.tree
    noun = t[f.verb].head
    if t[f.verb].dep != "acl" or t[noun].dep != "appos" or ctx.refs(noun):
        return
    crafts = [e for e in ctx.refs(t[noun].head) if _craft(ctx, e)]
    bodies = [e for i in f.obj + f.prep("around") for e in ctx.refs(i) if _body(ctx, e)]
    for c in crafts:
        for b in bodies[:1]:
            ctx.add(c, P.orbits, b, f.verb)
            ctx.add(c, P.target, b, f.verb)


@rule("dep:orbit-around", stage=Stage.PHRASES, triggers=(), produces=(P.orbits, P.target), confidence=0.7)
def orbit_around(ctx: Context) -> None:
    """"Vela entered orbit around Venus", "Zephyr was placed in orbit around Mars", "the probe's orbit
    around Jupiter", "entered lunar orbit": the craft of the clause (its subject, or a passive's patient) orbits the
    body. "The impactor changed the orbit of the asteroid" (a verb of :data:`ORBIT_CHANGE_VERBS`) is the body's own
    orbit: the craft targets the body and orbits nothing."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) != "orbit":
            continue
        verb = tok.head if tok.dep in ("dobj", "attr") else t[tok.head].head if tok.dep == "pobj" else None
        # "orbit around Venus", or the parser's "entered [orbit] [around Venus]" (the phrase on the verb)
        heads = [tok.i] + ([verb] if verb is not None and t[verb].pos in ("VERB", "AUX") else [])
        bodies = [e for h in heads for p in t.children(h, "prep") if p.text.lower() in ("around", "about", "of")
                  and (h == tok.i or p.i == tok.i + 1) for o in t.children(p.i, "pobj")
                  for e in ctx.refs(o.i) if _body(ctx, e)]
        # "Danuri entered lunar orbit", "is now in Martian orbit": the body a planet's adjective names (not Earth)
        bodies = bodies or [e for c in t.children(tok.i, "amod", "compound") if (e := adjective_body(ctx, c.i))]
        if not bodies:
            continue
        crafts = [e for c in t.children(tok.i, "poss") for e in ctx.refs(c.i) if _craft(ctx, e)]
        f = ctx.frames.get(verb) if verb is not None else None
        if not crafts and f is not None:
            crafts = [e for i in (f.obj if f.passive else f.subj) for e in ctx.refs(i) if _craft(ctx, e)]
        own = verb is not None and t.lemma(verb) in ORBIT_CHANGE_VERBS and tok.dep == "dobj"
        for c in crafts:
            if not own:
                ctx.add(c, P.orbits, bodies[0], tok.i)
            ctx.add(c, P.target, bodies[0], tok.i)
