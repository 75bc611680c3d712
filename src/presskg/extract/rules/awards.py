"""Contracts given and won: "ESA awarded OHB a contract to build the Vela satellite", "VSA awarded a
contract worth 45 million euros to Nordic Space for the construction of X", "Airbus has been awarded a
contract by ESA to develop Y", "Thales won a contract from CNES for Z", "CNES placed a contract with OHB"; and money
given for a craft ("The UK Space Agency awarded £5 million to Orbex to develop the Prime rocket").

A verb of :data:`AWARD_VERBS` (data) whose object is an agreement noun makes the agreement a node with
both parties as signatories: who gives it (the subject; "by" in the passive; "from" for a receiving
verb) and who gets it (the indirect object, "to", "with"; the subject of a receiving verb or of the
passive). What it is for ("for X", "for the construction of X", "to build X") is its topic. Only
organizations and countries sign; a person who "received a contract" is not read here.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, described, isa, organizations_of, things
from ..registry import Stage, rule
from .fields import topic_list

AWARD_VERBS = WORD_CLASSES["AWARD_VERBS"]
#: Verbs whose subject gets the agreement ("Airbus won a contract from ESA"): lexicon data.
RECEIVING = WORD_CLASSES["RECEIVE_VERBS"]
#: Nouns of what is awarded that make an agreement ("a contract", "an order"): lexicon data.
AWARDED_NOUNS = WORD_CLASSES["AWARDED_NOUNS"]
#: What a contract is for may be told through an activity noun: "for the construction of X" (lexicon data).
ACTIVITY_NOUNS = WORD_CLASSES["ACTIVITY_NOUNS"]
#: Nouns of money awarded (lexicon data); an amount the model tags as money is money too.
MONEY_NOUNS = WORD_CLASSES["MONEY_NOUNS"]


def _parties(ctx: Context, tokens: list[int]) -> list[Entity]:
    ents = agents([e for i in tokens for e in things(ctx, i, create=False)], ctx)
    return [e for e in organizations_of(ctx, ents) or ents if isa(ctx, e, C.Organization, C.Country)]


def _purpose(ctx: Context, tokens: list[int]) -> list[Entity]:
    """What "for X" / "for the construction of X" names, made things only."""
    t = ctx.tree
    out: list[Entity] = []
    for i in tokens:
        heads = [i] + [o.i for p in t.children(i, "prep") if p.text.lower() == "of" and t.lemma(i) in ACTIVITY_NOUNS
                       for o in t.children(p.i, "pobj")]
        out += [x for h in heads for x in topic_list(ctx, h)
                if isa(ctx, x, C.Mission, C.Spacecraft, C.Instrument, C.LaunchVehicle, C.Facility)]
    return out


@rule("frame:award", scope="verb", stage=Stage.VERBS, triggers=("AWARD_VERBS",),
      produces=(P.signatory, P.topic, C.Agreement), confidence=0.75)
def award(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"ESA awarded OHB a contract for X", "Airbus has been awarded a contract by ESA to build Y"."""
    t = ctx.tree
    deal_tokens = [i for i in f.obj if t.lemma(i) in AWARDED_NOUNS]
    if not deal_tokens:
        return
    deal = next((e for i in deal_tokens for e in [described(ctx, i, C.Agreement)] if e is not None), None)
    if deal is None or not isa(ctx, deal, C.Agreement):
        return
    others = [i for i in f.obj if i not in deal_tokens]

    def on_deal(*words: str) -> list[int]:  # "a contract (worth 45 million euros) to X for Y", "a contract by ESA"
        hosts = deal_tokens + [c.i for i in deal_tokens for c in t.children(i, "amod", "acl")]
        # ("a contract worth 85 million euros to X": the parser hangs "to X" on the amount)
        hosts += [k for h in hosts[len(deal_tokens):] for k in t.subtree(h) if k != h and t[k].pos in ("NOUN", "NUM")]
        return f.prep(*words) + [o.i for h in hosts for p in t.children(h, "prep") if p.text.lower() in words
                                 for o in t.children(p.i, "pobj")]

    givers, takers = _sides(ctx, f, on_deal, others)
    parties = _parties(ctx, givers) + _parties(ctx, takers)
    if len(parties) < 2:
        return  # a contract awarded by someone to someone: one side alone may be a prize or a grant
    for p in dict.fromkeys(parties):
        ctx.add(deal, P.signatory, p, f.verb)
    for x in dict.fromkeys(_purpose(ctx, on_deal("for"))):
        ctx.add(deal, P.topic, x, f.verb)


def _sides(ctx: Context, f: Frame, on: Callable[..., list[int]], others: list[int]) -> tuple[list[int], list[int]]:
    """Who gives what is awarded and who gets it, as tokens: the subject gives, the dative or "to"/"with" gets; a
    receiving verb's subject gets it "from" someone; a passive's subject gets it "by" someone. ``on(*words)``:
    the objects of those prepositions on the verb or on what is awarded."""
    t = ctx.tree
    # the dative is the receiver ("awarded OHB a contract") or its "to" ("awarded a contract to OHB")
    dative = [o for d in f.dative for o in ([c.i for c in t.children(d, "pobj")] if t[d].pos == "ADP" else [d])]
    if f.lemma in RECEIVING:
        return on("from", "with", "by"), f.subj
    if f.passive:  # "Airbus has been awarded a contract by ESA": the subject of the passive receives it
        return f.subj + on("by"), others + on("to") + dative  # ("the contract was awarded to X": a dative "to")
    return f.subj, dative + on("to", "with")


@rule("frame:money-award", scope="verb", stage=Stage.VERBS, triggers=("AWARD_VERBS",), produces=(P.contributesTo,),
      confidence=0.7)
def money_award(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The UK Space Agency awarded £5 million to Orbex to develop the Prime rocket", "Orbex received a grant from
    the agency for the Prime rocket": who gives money for a craft contributes to it (the one who gets it and builds
    the craft is read by the verbs of making)."""
    t = ctx.tree
    money = [i for i in f.obj if t[i].ent_type == "MONEY" or t.lemma(i) in MONEY_NOUNS]
    if not money or any(t.lemma(i) in AWARDED_NOUNS for i in f.obj):
        return  # (a contract is an agreement: frame:award)

    def on(*words: str) -> list[int]:
        return f.prep(*words) + [o.i for i in money for p in t.children(i, "prep") if t.lowers[p.i] in words
                                 for o in t.children(p.i, "pobj")]

    givers, _ = _sides(ctx, f, on, [i for i in f.obj if i not in money])
    aims = on("for") + [o for c in t.children(f.verb, "advcl", "xcomp") for o in ctx.frames[c.i].obj
                        if c.i in ctx.frames and any(k.dep == "aux" and t.lowers[k.i] == "to" for k in t.children(c.i))]
    crafts = [x for x in _purpose(ctx, aims) if isa(ctx, x, C.Mission, C.Spacecraft, C.LaunchVehicle)]
    for g in _parties(ctx, givers):
        for x in dict.fromkeys(crafts):
            ctx.add(g, P.contributesTo, x, f.verb)
