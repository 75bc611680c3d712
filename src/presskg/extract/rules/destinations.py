"""Where a craft is going (``pk:target``), read from arrivals and headings: "the Vela lander will land on
Mars", "Zephyr arrives at the asteroid Lyra in 2026", "the Mars-bound Kestrel orbiter", "a probe bound for
Jupiter".

A landing or arrival still to come is no ``landedOn`` (the gold leaves future landings optional), but a
plan stated firmly names the craft's target. Verbs are :data:`LAND_VERBS` and :data:`ARRIVAL_VERBS` words,
headings :data:`HEADING_WORDS` (data). Earth is never a target: craft "land on Earth" when they come home.
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

ARRIVAL_VERBS = WORD_CLASSES["ARRIVAL_VERBS"]
HEADING_WORDS = WORD_CLASSES["HEADING_WORDS"]
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
