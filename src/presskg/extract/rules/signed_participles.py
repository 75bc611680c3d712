"""An agreement described by a bare participle of signing: "through a contract signed with Halvik Launch Systems
in 2022", "The contract, signed with Halvik Launch Systems in 2022, covers three launches".

frame:signatory reads the participle's agent ("signed by A with B"); with no agent it names no signer, and so
it does not read the "with" party either. That party signed all the same, and so did the body that acts
"through" or "under" the agreement in the clause the agreement noun is in ("ESA procured the Zephra-1
development through a contract signed with Halvik": ESA and Halvik signed it). The verbs are lexicon data
(``SIGN_VERBS``).

Without the participle the same holds: "Norvanta Systems will operate the station under a contract with ESA",
"Telespazio runs the Fucino centre under an agreement with the Italian Space Agency": the agreement a clause acts
under, with a "with" party, is signed by that party and the clause's subject (dep:under-agreement-with). So is it
by two or more bodies that are the clause's subject ("Under a new agreement, EUMETSAT and the Norvadian
Meteorological Institute will share data": data-sharing and data-access agreements are told so). An agreement
with no "with" party and one subject ("under a ten-year agreement") names one side only: nothing (a body that
acts under an agreement others signed, "Under the agreement, the X Facility will distribute the data", signed
nothing).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, described, isa, things
from ..registry import Stage, rule

#: Prepositions of a clause acting by means of an agreement: "procured X through/under/via a contract".
_MEANS = ("through", "under", "via")


@rule("frame:signed-with-participle", scope="verb", stage=Stage.VERBS, triggers=("SIGN_VERBS",),
      produces=(P.signatory, P.partnerOf), confidence=0.75, after=("frame:signatory",))
def signed_with_participle(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"a contract signed with B": B signed it, and so did whoever acts through it."""
    t = ctx.tree
    if t[f.verb].dep != "acl" or t[f.verb].tag != "VBN" or f.subj:
        return
    noun = t[f.verb].head
    deals = [e for e in things(ctx, noun, create=False) if isa(ctx, e, C.Agreement)]
    others = [e for i in f.prep("with") for e in agents(things(ctx, i, create=False), ctx)
              if isa(ctx, e, C.Organization, C.Country)]
    if not deals or not others:
        return
    parties = list(others)
    prep = t[noun].head
    if t[noun].dep == "pobj" and t.lowers[prep] in _MEANS and t[t[prep].head].pos == "VERB":
        verb = t[prep].head  # "ESA procured X through a contract signed with B": ESA is the other side
        parties += [e for c in t.children(verb, "nsubj") for e in agents(things(ctx, c.i, create=False), ctx)
                    if isa(ctx, e, C.Organization, C.Country) and e not in others]
    for d in deals:
        for p in parties:
            ctx.add(d, P.signatory, p, f.verb)
    ctx.add_partners([p for p in parties if isa(ctx, p, C.Organization)], f.verb, "frame:signed-with-participle",
                     0.7)


@rule("dep:under-agreement-with", stage=Stage.PHRASES, produces=(P.signatory, P.partnerOf, C.Agreement),
      confidence=0.7)
def under_agreement_with(ctx: Context) -> None:
    """"X will operate the station under a contract with ESA": X and ESA signed the contract."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep != "pobj" or t.lowers[tok.head] not in _MEANS or noun_class(
                t, tok.i) != C.Agreement:
            continue
        verb = t[tok.head].head
        if t[verb].pos != "VERB" or t.lemma(verb) in WORD_CLASSES["SIGN_VERBS"]:
            continue  # a signing verb's own rules read its parties
        others = [e for p in t.children(tok.i, "prep") if t.lowers[p.i] == "with" for o in t.children(p.i, "pobj")
                  for e in agents(things(ctx, o.i, create=False), ctx) if isa(ctx, e, C.Organization, C.Country)]
        f = ctx.frames.get(verb)
        subj = [e for i in (f.subj if f is not None and not f.passive else []) for e in
                agents(things(ctx, i, create=False), ctx) if isa(ctx, e, C.Organization) and e not in others]
        if not subj or not others and len(subj) < 2:
            continue  # one side only; but "Under a new agreement, A and B will share data": both are its sides
        deal = next((e for e in things(ctx, tok.i, create=False) if isa(ctx, e, C.Agreement)), None) or described(
            ctx, tok.i, C.Agreement)
        if deal is None or not others and any(o not in subj for o in ctx.objects(deal, P.signatory)):
            continue  # "NASA and ISRO signed an agreement. Under the agreement, A and B will ...": others' deal
        for p in subj + others:
            ctx.add(deal, P.signatory, p, tok.i)
        ctx.add_partners([p for p in subj + others if isa(ctx, p, C.Organization)], tok.i,
                         "dep:under-agreement-with", 0.7)
