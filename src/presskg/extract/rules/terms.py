"""What an agreement's terms are about: "Under the agreement, the Vela probe will carry a camera
supplied by ESA", "Under this contract, OHB will build the Lyra satellite and its two instruments",
"The agreement provides that CSA will supply the X arm".

A clause framed by "under" an agreement (or contract, arrangement, memorandum: whatever the text has
made an agreement) tells what the agreement provides for; the craft, missions, instruments and rockets
that clause names (as subject or object, and the objects of verbs joined to it) are the agreement's
topics. Agencies and countries in it are its parties, not its topics: the bodies that act in the clause sign an
agreement no one is yet said to have signed; places and dates are neither. ``dep:agreement-purpose`` reads the
same wording when it is a relative clause
on the agreement noun ("an agreement under which ...").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import in_class
from ..mentions import noun_class
from ..referents import isa, things
from ..registry import Stage, rule
from ..told_events import pronoun_agreement
from .fields import field_topic

#: How far back (sentences) "the agreement" looks for the agreement it stands for.
REACH = 3
#: What the terms of an agreement are about: things made, flown or used.
MADE = (C.Mission, C.Spacecraft, C.Instrument, C.LaunchVehicle)


def _agreement(ctx: Context, i: int) -> Entity | None:
    """The agreement the phrase at ``i`` denotes: a name, a description, or the one in view ("the agreement")."""
    found = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Agreement)]
    found = found or [a for a in [pronoun_agreement(ctx, i)] if a is not None]  # "It provides that ..."
    if not found and i in ctx.described and isa(ctx, ctx.table.entities[ctx.described[i]], C.Agreement):
        found = [ctx.table.entities[ctx.described[i]]]
    t = ctx.tree
    if not found and noun_class(t, i) == C.Agreement and {c.text.lower() for c in t.children(i, "det")} & {
            "the", "this", "that"} and not t.children(i, "prep", "acl", "relcl", "compound", "amod"):
        found = ctx.recent(i, C.Agreement, sentences=REACH)[:1]  # "the agreement": the one in view
    return found[0] if found else None


@rule("dep:under-agreement", stage=Stage.DISCOURSE, produces=(P.topic, P.signatory), confidence=0.7)
def under_agreement(ctx: Context) -> None:
    """"Under the agreement, the Vela probe will carry a camera supplied by ESA": the craft and
    instruments the framed clause names are the agreement's topics. "X will launch Y for Z under a contract
    signed today": an agreement no one is yet said to have signed is signed by the bodies that act in the
    clause it frames, its subject and whom it is done "for"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "under" or tok.dep != "prep" or t[tok.head].pos not in ("VERB", "AUX"):
            continue
        deal = next((d for o in t.children(tok.i, "pobj") if (d := _agreement(ctx, o.i)) is not None), None)
        if deal is None:
            continue
        verbs = [tok.head, *(c.i for c in t.children(tok.head, "conj") if t[c.i].pos == "VERB")]
        framed = [ctx.frames[v] for v in verbs if v in ctx.frames]
        for x in dict.fromkeys(e for f in framed for i in f.subj + f.obj for e in things(ctx, i) if isa(ctx, e, *MADE)):
            if x.key != deal.key:
                ctx.add(deal, P.topic, x, tok.i)
        if ctx.objects(deal, P.signatory) or any(f.passive for f in framed):
            continue  # (signers said before stay the signers; a passive's subject is no one who acts)
        acting = [i for f in framed for i in f.subj + f.prep("for")]
        acting += [o.i for f in framed for i in f.obj for p in t.children(i, "prep") if t.lowers[p.i] == "for"
                   for o in t.children(p.i, "pobj")]  # ("launch X for Z": the parser hangs "for" on the object)
        for party in dict.fromkeys(e for i in acting for e in things(ctx, i, create=False)
                                   if isa(ctx, e, C.Organization)):
            ctx.add(deal, P.signatory, party, tok.i, "dep:under-agreement", 0.65)


@rule("dep:agreement-provides", stage=Stage.DISCOURSE, triggers=("PROVISION_VERBS",), produces=(P.topic,),
      confidence=0.7, after=("dep:under-agreement",))
def agreement_provides(ctx: Context) -> None:
    """"The agreement provides that CSA will supply the X arm", "the agreement gives NASA access to the data
    of the Y magnetometer": an agreement that is the subject of a verb of provision (lexicon
    ``PROVISION_VERBS``) is about the craft and instruments its complement names, and the fields it names."""
    t = ctx.tree
    for f in ctx.frames.values():
        if not in_class("PROVISION_VERBS", f.lemma, f.particle or None) or f.passive:
            continue  # ("sets out": a phrasal verb)
        deal = next((d for s in f.subj if (d := _agreement(ctx, s)) is not None), None)
        if deal is None or any(d.key != deal.key for s in f.subj for d in ctx.recent(s, C.Agreement, sentences=REACH)
                               if ctx.table.at(s) is None and s not in ctx.described):
            continue  # "the agreement" with two agreements in view: which one provides it is not said
        kids = [c.i for c in t.children(f.verb) if c.dep in ("ccomp", "xcomp", "dobj", "dative", "prep", "advcl")
                and c.i > f.verb]
        inside = [k for c in kids for k in t.subtree(c)]
        for x in dict.fromkeys(e for k in inside if (e := ctx.table.at(k)) is not None or (
                e := ctx.table.entities.get(ctx.described.get(k, ""))) is not None):
            if x.key != deal.key and isa(ctx, x, *MADE):
                ctx.add(deal, P.topic, x, f.verb)
        # "sets out a framework for joint work on space weather": the fields its terms are about
        for k in inside:
            if t[k].dep in ("pobj", "dobj", "conj") and (field := field_topic(ctx, k)) is not None:
                ctx.add(deal, P.topic, field, f.verb)
