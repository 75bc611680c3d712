"""What a craft works with is on board: "the Dhruva probe mapped the asteroid with the Taara imaging camera",
"Kelva measured the ozone layer using the Sarn spectrometer", "Using the Halcyon camera, the Vela probe imaged
the comet".

A craft that observes, studies or takes images (lexicon ``STUDY_VERBS``, ``SIGHTING_VERBS``, ``CAPTURE_VERBS``)
"with" or "using" an instrument carries it: the instrument is ``partOf`` the craft, as "its Taara camera"
already says through ``dep:possessive-part``. People or teams who work with an instrument say nothing of where
it is; the craft is the clause's subject (or the passive's agent).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import isa, things
from ..registry import Stage, rule

_USE = ("use", "employ")


def _tools(ctx: Context, f: Frame) -> list[int]:
    """Heads of what a clause works with: its "with" phrases, and the object of a "using" clause on its verb."""
    t = ctx.tree
    heads = [i for p, i in f.preps if p == "with"]
    # the parser hangs "using X" on the verb, or on its object ("measured the ozone layer using X")
    users = [c.i for c in t.children(f.verb, "advcl", "xcomp", "acl", "ccomp")] + [
        c.i for o in f.obj for c in t.children(o, "acl")]
    heads += [o.i for c in users if t.lemma(c) in _USE for o in t.children(c, "dobj")]
    return heads


@rule("frame:worked-with-instrument", scope="verb", stage=Stage.VERBS,
      triggers=("STUDY_VERBS", "SIGHTING_VERBS", "CAPTURE_VERBS"), produces=(P.partOf,), confidence=0.7)
def worked_with_instrument(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Dhruva probe mapped the asteroid with the Taara camera": Taara is part of Dhruva."""
    craft = [e for e in subj if isa(ctx, e, C.Mission, C.Spacecraft)
             and not isa(ctx, e, C.Instrument, C.LaunchVehicle, C.Agent)]
    if not craft:
        return
    for i in _tools(ctx, f):
        for inst in things(ctx, i, create=False):
            if isa(ctx, inst, C.Instrument) and not isa(ctx, inst, C.Spacecraft):
                for c in craft[:1]:
                    if c.key != inst.key:
                        ctx.add(inst, P.partOf, c, f.verb)


#: Of OPERATE_VERBS, those that say who leads an instrument's making: its principal institute.
_LEAD = ("lead", "head", "spearhead")


@rule("frame:instrument-led-by", scope="verb", stage=Stage.VERBS, triggers=("OPERATE_VERBS",),
      produces=(P.providedBy,), confidence=0.7)
def instrument_led_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vela telescope's NIRCam instrument, led by the University of Arizona", "the Kelmar Institute leads the
    Corax spectrometer": the body that leads an instrument (its principal institute) develops it. A person who
    leads it (a principal investigator) is no provider; a craft or mission led by a body is frame:operator's."""
    if f.lemma not in _LEAD:
        return
    orgs = [e for e in subj if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Person)]
    for i in f.obj:
        for inst in things(ctx, i, create=False):
            if isa(ctx, inst, C.Instrument) and not isa(ctx, inst, C.Spacecraft, C.Mission):
                for org in orgs:
                    ctx.add(inst, P.providedBy, org, f.verb)
