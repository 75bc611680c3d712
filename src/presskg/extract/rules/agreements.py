"""The parties an agreement's own phrase names: "Canada's agreement with ESA", "the ESA-JAXA accord",
"an arrangement between CNES and DLR". Each party is a signatory and the parties are partners.

A state's government stands for the state: "the Governments of Chile and of Peru" are Chile and
Peru (:data:`GOVERNMENT_NOUNS`), so a government's signature is its country's.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import GOVERNMENT_NOUNS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import described, isa, organizations_of, things
from ..registry import Stage, rule

PARTIES = (C.Organization, C.Country)


def parties_of(ctx: Context, i: int) -> list[Entity]:
    """Organizations and countries a phrase names; "the Governments of A and of B" are A and B."""
    t = ctx.tree
    out = [e for e in things(ctx, i, create=False) if isa(ctx, e, *PARTIES)]
    for j in t.conjuncts(i):
        if t.lemma(j) in GOVERNMENT_NOUNS and not ctx.table.at(j):
            # the countries of its "of" phrases, however "and of B" was attached
            for p in t.children(j, "prep"):
                if p.text.lower() == "of":
                    out += [e for k in t.subtree(p.i)[:16]
                            if (e := ctx.table.at(k)) is not None and C.Country in e.classes]
    return list(dict.fromkeys(out))


@rule("dep:agreement-parties", stage=Stage.PHRASES, produces=(P.signatory, P.partnerOf), confidence=0.75)
def agreement_parties(ctx: Context) -> None:
    """"Canada's agreement with ESA", "the ESA-JAXA agreement", "an accord between A and B"."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        named = ctx.table.at(i)
        if tok.pos != "NOUN" or (named is not None and named.named) or noun_class(t, i) != C.Agreement \
                or _said_of_a_mission(ctx, i):
            continue
        parties: list[Entity] = []
        for c in t.children(i, "poss"):
            parties += [e for e in [ctx.ref(c.i)] if isa(ctx, e, *PARTIES)]
        pair = list(dict.fromkeys(e for c in t.children(i, "compound") for k in t.subtree(c.i)
                                  if (e := ctx.table.at(k)) is not None and isa(ctx, e, *PARTIES)))
        if len(pair) >= 2:  # "the ESA-JAXA agreement": two parties joined before the noun
            parties += pair
        # "a contract signed with X": the participle's "with" too
        signed = [a.i for a in t.children(i, "acl") if t.lemma(a.i) in WORD_CLASSES["SIGN_VERBS"]]
        withs: list[Entity] = []
        # "a letter of intent between A and B", "a memorandum of understanding with X": the "of" noun's phrases too
        named_by = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        for p in [p for k in [i, *signed, *named_by] for p in t.children(k, "prep")]:
            if p.text.lower() in ("with", "between", "among"):
                found = [e for o in t.children(p.i, "pobj") for e in parties_of(ctx, o.i)]
                if p.text.lower() == "between":  # "between CNES President A and ISRO Chairman B": they and theirs
                    people = [e for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                              if isa(ctx, e, C.Person)]
                    found += people + organizations_of(ctx, people)
                parties += found
                withs += found if p.text.lower() == "with" else []
        if signed and parties:  # "built by Orvix under a contract signed with X": the maker is the other party
            parties = _under_it(ctx, i) + parties
        parties = list(dict.fromkeys(parties))
        if len(parties) < 2:
            continue
        deal = _signed_before(ctx, i, parties) or described(ctx, i, C.Agreement)
        if deal is None:
            continue
        for party in parties:
            ctx.add(deal, P.signatory, party, i)
        deal_partners(ctx, [p for p in parties if isa(ctx, p, *PARTIES)], withs, [deal], i, "dep:agreement-parties")


def _said_of_a_mission(ctx: Context, i: int) -> bool:
    """"The Orla mission is a partnership between A and B", "Orla, a partnership between A and B,": the noun says what
    a mission or craft is, a joint undertaking, not an agreement anyone signed (its parties contribute to it:
    dep:cooperation-between-on)."""
    t = ctx.tree
    tok = t[i]
    said_of = [c.i for c in t.children(tok.head, "nsubj")] if tok.dep == "attr" and t.lemma(tok.head) == "be" else (
        [tok.head] if tok.dep == "appos" else [])
    return any(isa(ctx, e, C.Mission, C.Spacecraft) for k in said_of for e in things(ctx, k, create=False))


def _signed_before(ctx: Context, i: int, parties: list[Entity]) -> Entity | None:
    """"ESA and NMI signed an agreement on 1 June. ... The agreement between ESA and NMI runs for five years": a
    definite agreement noun whose parties all signed an agreement told of before is that agreement, not a second
    one (the latest such, when several). "An agreement between ESA and NMI" is new; so is the definite noun when
    no earlier agreement has those signatories."""
    t = ctx.tree
    if i in ctx.described or not any(t.lowers[c.i] in ("the", "this", "that") for c in t.children(i, "det")):
        return None
    earlier = [e for e in ctx.table.entities.values() if isa(ctx, e, C.Agreement) and e.mentions
               and e.mentions[0].start < i and set(parties) <= set(ctx.objects(e, P.signatory))]
    if not earlier:
        return None
    deal = max(earlier, key=lambda e: e.mentions[0].start)
    ctx.described[i] = deal.key
    return deal


def signed_by(ctx: Context, deals: list[Entity], parties: list[Entity], verb: int) -> None:
    """Each of ``deals`` is signed by each of ``parties`` and dated as the verb that says so ("issued a joint
    statement", "the Council approved an agreement with X", "signed the Accords")."""
    for d in deals:
        for p in parties:
            ctx.add(d, P.signatory, p, verb)
        ctx.date_links.append((d.key, f"verb:{verb}"))


def deal_partners(ctx: Context, parties: list[Entity], withs: list[Entity], deals: list[Entity], at: int,
                  method: str) -> None:
    """The parties of ``deals`` are partners; but several deals "with" several parties are one with each
    ("signed contracts with Airbus and OHB", "ESA's agreements with Japan and India"): each of those is the
    other parties' partner, not the others' of its phrase."""
    if len(withs) >= 2 and all(ctx.tree[m.end - 1].tag == "NNS" for d in deals for m in d.mentions[:1]):
        for other in (o for o in dict.fromkeys(withs) if o in parties):
            ctx.add_partners([x for x in parties if x not in withs] + [other], at, method, 0.7)
    else:
        ctx.add_partners(parties, at, method, 0.7)


def _under_it(ctx: Context, i: int) -> list[Entity]:
    """The bodies that do the deed an agreement at ``i`` is "under": the agent of "built by Orvix under a
    contract", the subject of "Orvix built it under a contract"."""
    t = ctx.tree
    prep = t[t[i].head]
    if t[i].dep != "pobj" or prep.text.lower() != "under" or t[prep.head].pos != "VERB":
        return []
    verb = prep.head
    doers = [o.i for a in t.children(verb, "agent") for o in t.children(a.i, "pobj")] + [
        c.i for c in t.children(verb, "nsubj")]
    return [e for k in doers for e in parties_of(ctx, k)]


def signing_told_of(ctx: Context, deals: list[Entity], places: list[Entity]) -> list[Entity]:
    """The signing at which ``deals`` were already said to be signed, which a later clause about them places
    or peoples ("It was signed in Paris by A and B"), unless it was placed elsewhere (a second signing)."""
    for ev in (e for d in deals for e in ctx.objects(d, P.signedAt)):
        where = {x.key for x in ctx.objects(ev, P.locatedIn)}
        if not places or not where or where & {p.key for p in places}:
            return [ev]
    return []
