"""A craft's own instrument told with "its": "the probe switched on its Halcyon spectrometer and its Brisa
magnetometer", "Vela pointed its Corax radar at Titan"; or with the craft's name before the instrument's class
noun: "the Vela camera" when Vela is a craft the release names (dep:craft-named-part).

"its" is read back by salience (``antecedents``), which may land on the instrument named just before ("its
Brisa magnetometer" after "its Halcyon spectrometer") or on nothing. A reader takes "its" in a clause whose
subject is a craft as that craft: what the craft does with its own instrument says the instrument is part of it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..gazetteer import name_key
from ..lexicon import NEUTER
from ..referents import isa
from ..registry import Stage, rule


def _clause_craft(ctx: Context, i: int) -> list[Entity]:
    """The crafts that are the subject of the nearest verb above token ``i`` (the first verb's, through a list
    of verbs)."""
    t = ctx.tree
    verb = next((a.i for a in t.ancestors(i) if a.pos in ("VERB", "AUX")), None)
    if verb is None:
        return []
    subj = [c.i for c in t.children(verb, "nsubj")]
    if not subj and t[verb].dep == "conj":
        subj = [c.i for c in t.children(t.conj_root(verb), "nsubj")]
    return [e for s in subj for e in ctx.refs(s)
            if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.Instrument, C.LaunchVehicle)]


@rule("dep:own-instrument", stage=Stage.PHRASES, triggers=("NEUTER",), produces=(P.partOf,), confidence=0.75,
      after=("dep:possessive",))
def own_instrument(ctx: Context) -> None:
    """"Vela pointed its Corax radar at Titan": Corax is part of Vela (a named instrument only)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "poss" or tok.text.lower() not in NEUTER:
            continue
        owned = [e for e in ctx.refs(tok.head) if isa(ctx, e, C.Instrument) and not isa(ctx, e, C.Spacecraft)]
        if not owned:
            continue
        for craft in _clause_craft(ctx, tok.head)[:1]:
            for o in owned:
                ctx.add(o, P.partOf, craft, tok.i)


@rule("dep:craft-named-part", stage=Stage.INFERENCE, triggers=(), produces=(P.partOf,), confidence=0.7)
def craft_named_part(ctx: Context) -> None:
    """"The Vantor-1 altimeter, provided by X": an instrument described by a class noun after the name of a craft
    the release names elsewhere ("the Vantor-1 satellite") is that craft's part. A name that is only the
    instrument's own ("the Corax spectrometer") names no craft and gives nothing."""
    t = ctx.tree
    crafts: dict[str, Entity] = {}
    for e in ctx.table.entities.values():
        if e.named and isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.Instrument, C.LaunchVehicle):
            for n in (e.label, *e.aliases):
                crafts.setdefault(name_key(n), e)
    for ent in list(ctx.table.entities.values()):
        if ent.named or not isa(ctx, ent, C.Instrument):
            continue
        for m in ent.mentions:
            start = m.start + (t[m.start].pos == "DET")
            craft = crafts.get(name_key(t.span_text(start, m.end - 1))) if m.end - 1 > start else None
            if craft is not None and craft.key != ent.key:
                ctx.add(ent, P.partOf, craft, m.start)
                break
