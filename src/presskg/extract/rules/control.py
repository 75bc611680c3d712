"""Who runs a craft from when control of it is taken or handed over, or who keeps or carries out its running:
"Kelsat took over control of Orbis-3", "Kelsat assumed control of the satellite", "control of Helion-25 was
handed over to DLR", "operations of the satellite were transferred to Nordsat", "JAXA will retain ownership of
the satellites", "Kestrel will run mission operations for the Hoshimi satellites".

A craft changes hands after launch and commissioning, and agency wording tells it through a noun of running
(lexicon ``CONTROL_NOUNS``: control, command, operations) rather than through a verb of operating: the body
that takes the noun (``TAKE_CONTROL_VERBS``) or to which it passes (``PASS_CONTROL_VERBS``, after "to") runs
the craft or mission named in the noun's "of"/"for" phrase, ``pk:operatedBy``. A facility that receives
control ("handed over to ESOC") stands for whoever runs it, as in rules/facilities.py infer:operated-from.
Control of something else ("took control of the market", "control of the budget") says nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES, in_class
from ..referents import clause_locatives, described, isa, places_in, things
from ..registry import Stage, rule
from ..sites import site_operators
from ..tense import done_once

CONTROL_NOUNS = WORD_CLASSES["CONTROL_NOUNS"]


def _is_control(ctx: Context, i: int) -> bool:
    return ctx.tree.lemma(i) in CONTROL_NOUNS or ctx.tree.lowers[i] in CONTROL_NOUNS


def _craft_at(ctx: Context, heads: list[int]) -> list[Entity]:
    """The craft and missions named at ``heads`` and their conjuncts."""
    return [e for o in heads for k in ctx.tree.conjuncts(o) for e in things(ctx, k, create=False)
            if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle, C.Event)]


def _of_objects(ctx: Context, nouns: list[int]) -> list[int]:
    """The objects of the "of"/"for" phrases of the nouns of running among ``nouns`` ("control of [Orbis-3]")."""
    t = ctx.tree
    return [o.i for i in nouns if _is_control(ctx, i) for p in t.children(i, "prep")
            if t.lowers[p.i] in ("of", "for") for o in t.children(p.i, "pobj")]


def _controlled(ctx: Context, nouns: list[int]) -> list[Entity]:
    """The craft and missions a noun of running is of: "control of Orbis-3", "operations for the satellite"."""
    return _craft_at(ctx, _of_objects(ctx, nouns))


def _runners(ctx: Context, heads: list[int]) -> list[Entity]:
    """The bodies named at ``heads``; a facility stands for whoever runs it."""
    found = [e for i in heads for k in ctx.tree.conjuncts(i) for e in things(ctx, k, create=False)]
    return [o for e in found for o in ([e] if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)
                                       else site_operators(ctx, e))]


@rule("frame:takes-control", scope="verb", stage=Stage.VERBS, triggers=("TAKE_CONTROL_VERBS", "PASS_CONTROL_VERBS"),
      produces=(P.operatedBy,), confidence=0.7)
def takes_control(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Kelsat took over control of Orbis-3": Orbis-3 operatedBy Kelsat; "control of Helion-25 was handed over
    to DLR": Helion-25 operatedBy DLR."""
    if not f.passive and in_class("TAKE_CONTROL_VERBS", f.lemma, f.particle or None):
        crafts = _controlled(ctx, f.obj)
        if not crafts and any(_is_control(ctx, i) for i in f.obj):  # "will run operations [for X]": the parser
            crafts = _craft_at(ctx, f.prep("for"))  # hangs the "for" phrase on the verb
        pairs = [(crafts, _runners(ctx, f.subj))]
    elif in_class("PASS_CONTROL_VERBS", f.lemma, f.particle or None):
        # "control of X was handed over to Y", "ESA handed control of X to Y" (a passive's patient is its
        # object); "control of X passed to Y" (the noun the subject)
        pairs = [(_controlled(ctx, f.obj + ([] if f.passive else f.subj)), _runners(ctx, f.prep("to")))]
    else:
        return
    for crafts, runners in pairs:
        for craft in crafts:
            for who in dict.fromkeys(runners):
                if who.key != craft.key:
                    ctx.add(craft, P.operatedBy, who, f.verb)


@rule("frame:handover", scope="verb", stage=Stage.VERBS, triggers=("HANDOVER_VERBS", "OPERATE_VERBS"),
      produces=(P.participant, P.locatedIn), confidence=0.7)
def handover(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Kelsat took over control of Orbis-3 from ESA on 3 May", "ESA handed control of Vela to DLR": control of a
    craft changing hands, told done or dated, is a handover (lexicon ``HANDOVER_VERBS``), an event labelled so (the
    noun that takes it back: "The handover took place at ESOC"), in which the craft and both bodies take part,
    where the clause says. ("took control of X" reads as "operated X": the verb said is the clause's word.)"""
    t = ctx.tree
    said = t.lemma(f.verb)
    held = [i for i in f.obj + f.subj if _is_control(ctx, i)]
    if not held or not in_class("HANDOVER_VERBS", said, f.particle or None) or not (
            ctx.frame_date(f.verb) or done_once(t, f.verb)):
        return
    crafts = _craft_at(ctx, [i for i in f.obj + f.subj if i not in held]) or _controlled(ctx, held)
    if in_class("PASS_CONTROL_VERBS", said, f.particle or None):  # (active: "control of X passed" has no giver)
        parties = _runners(ctx, f.prep("to")) + _runners(ctx, f.prep("by") if f.passive else f.subj)
    else:
        # "from ESA" on the verb, or on the craft's noun ("took over control of the X satellite from ESA")
        parties = _runners(ctx, f.subj) + _runners(ctx, f.prep("from") + [
            o.i for c in _of_objects(ctx, held) for p in t.children(c, "prep") if t.lowers[p.i] == "from"
            for o in t.children(p.i, "pobj")])
    if not crafts or not parties or (ev := described(ctx, f.verb, C.Event)) is None:
        return
    ctx.table.entities[ev.key].label = "handover"
    for e in dict.fromkeys(crafts + parties):
        ctx.add(ev, P.participant, e, f.verb)
    for pl in dict.fromkeys(pl for i in clause_locatives(ctx, f.verb) for pl in places_in(ctx, i)):
        ctx.add(ev, P.locatedIn, pl, f.verb)
