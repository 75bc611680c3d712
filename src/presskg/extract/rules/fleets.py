"""The craft of a body's fleet are run by it: "Astrelis-4 joins Astrelis-2 and Astrelis-3 in the operator's
fleet", "Astrelis-4 will join the fleet of Astrelis SA", "Astrelis SA's fleet includes the Astrelis-2 and
Astrelis-3 satellites", "Astrelis SA operates a fleet of five satellites, including Astrelis-2 and Astrelis-3".

A fleet (lexicon ``FLEET_NOUNS``) is no programme with a name of its own (rules/wholes.py reads those): it is
what one operator runs, named by its possessive, its "of" phrase, a name before it, or the subject of a verb of
operating it (``OPERATE_VERBS``). Its craft are the subject and the objects of a joining verb
(``ENTER_WHOLE_VERBS``) it is the object of, or is "in"; the objects of a listing verb (``LISTING_VERBS``) it is
the subject of; or the names listed after it ("a fleet of five satellites, including A and B"). Each is
``pk:operatedBy`` the owner. "The operator's fleet" is the fleet of the body the text called an operator
before, not of the nearest body. A fleet with no owner said ("the fleet grew") gives nothing.

A body's craft told in the plural are a fleet too: "the agency's Earth observation satellites, including Lumen-1 and
Lumen-2", "Its satellites include Lumen-1 and Lumen-2" (a plural noun of a craft's or a mission's class, lexicon
``HEAD_CLASSES``, owned by one body, with the names it lists).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..enumerations import opens_list
from ..lexicon import OPERATE_VERBS, WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

FLEET_NOUNS = WORD_CLASSES["FLEET_NOUNS"]
ENTER_WHOLE_VERBS = WORD_CLASSES["ENTER_WHOLE_VERBS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]


def _called(ctx: Context, k: int) -> list[Entity]:
    """"the operator": the latest body the text called so before ("Satellite operator Astrelis SA", "Astrelis SA,
    the operator"); a definite noun's nearest body may be any other ("the Portuguese Space Agency")."""
    t = ctx.tree
    lemma = t.lemma(k)
    found = [(m.start, e) for e in ctx.table.entities.values() if isa(ctx, e, C.Organization)
             for m in e.mentions if m.start < k and (m.start > 0 and t.lemma(m.start - 1) == lemma or any(
                 t.lemma(a.i) == lemma for j in range(m.start, m.end) for a in t.children(j, "appos")))]
    return [max(found, key=lambda p: p[0])[1]] if found else []


def _owners(ctx: Context, i: int) -> list[Entity]:
    """"the operator's fleet", "the fleet of Astrelis SA", "the Astrelis SA fleet", "X operates a fleet"."""
    t = ctx.tree
    heads = [c.i for c in t.children(i, "poss", "compound")] + [
        o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    if t[i].dep == "dobj" and t.lemma(t[i].head) in OPERATE_VERBS:
        heads += [c.i for c in t.children(t[i].head, "nsubj")]
    return [e for k in heads for e in (_called(ctx, k) if t[k].pos == "NOUN" else things(ctx, k, create=False))
            if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]


def _members(ctx: Context, i: int) -> list[int]:
    """The tokens of the craft said to be in fleet ``i``."""
    t = ctx.tree
    tok = t[i]
    verb = tok.head if tok.dep in ("dobj", "nsubj") else (
        t[tok.head].head if tok.dep == "pobj" and t.lowers[tok.head] in ("in", "to", "into") else None)
    out: list[int] = []
    if verb is not None and t.lemma(verb) in ENTER_WHOLE_VERBS and tok.dep != "nsubj":
        out += [c.i for c in t.children(verb, "nsubj", "dobj")]  # "X joins Y and Z in the fleet"
    if verb is not None and t.lemma(verb) in LISTING_VERBS and tok.dep == "nsubj":
        out += [c.i for c in t.children(verb, "dobj")]  # "the fleet comprises X and Y"
    nouns = [i] + [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    out += [o.i for n in nouns for p in t.children(n, "prep") if opens_list(t, p.i)
            or t.lowers[p.i] == "as" and t.lowers[p.i - 1] == "such"  # ("such as X and Y")
            for o in t.children(p.i, "pobj")]  # "a fleet of five satellites, including X and Y"
    return [k for j in out for k in t.conjuncts(j)]


@rule("dep:fleet-owner", stage=Stage.PHRASES, triggers=("FLEET_NOUNS",), produces=(P.operatedBy,), confidence=0.7)
def fleet_owner(ctx: Context) -> None:
    """"Astrelis-4 joins Astrelis-2 in the operator's fleet": each craft is run by the operator."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in FLEET_NOUNS:
            continue
        owners = _owners(ctx, tok.i)
        if len(owners) != 1:
            continue
        for j in dict.fromkeys(_members(ctx, tok.i)):
            for craft in things(ctx, j, create=False):
                if craft.named and isa(ctx, craft, C.Spacecraft, C.Mission) and not isa(
                        ctx, craft, C.LaunchVehicle, C.Instrument, C.Event):
                    ctx.add(craft, P.operatedBy, owners[0], tok.i)


@rule("dep:owned-craft-list", stage=Stage.PHRASES, triggers=("HEAD_CLASSES", "ENUMERATORS", "LISTING_VERBS"),
      produces=(P.operatedBy,), confidence=0.7)
def owned_craft_list(ctx: Context) -> None:
    """"the agency's satellites, including A and B", "Its satellites include A and B": each is run by the owner."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.tag != "NNS" or (cls := noun_class(t, tok.i)) is None or not any(
                ctx.table.is_a_class(cls, k) for k in (C.Spacecraft, C.Mission)):
            continue
        owners = list(dict.fromkeys(e for c in t.children(tok.i, "poss") for e in (
            _called(ctx, c.i) or things(ctx, c.i, create=False) if c.pos == "NOUN" else things(ctx, c.i, create=False))
            if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)))
        if len(owners) != 1:
            continue
        for j in dict.fromkeys(_members(ctx, tok.i)):
            for craft in things(ctx, j, create=False):
                if craft.named and craft.key != owners[0].key and isa(ctx, craft, C.Spacecraft, C.Mission) \
                        and not isa(ctx, craft, C.LaunchVehicle, C.Instrument, C.Event):
                    ctx.add(craft, P.operatedBy, owners[0], tok.i)
