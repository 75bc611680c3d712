"""Who joins an agreement is a party to it: "The Kelmar Space Agency joined the International Charter Space and
Major Disasters in 2024", "X acceded to the Accords", "X became the 18th member of the Charter", "X is a
signatory to the Accords", "JAXA and NASA are among the Charter's 17 members", "Its members include ESA, NASA and
JAXA" (a plural party noun listing them, lexicon ``LISTING_VERBS``), "The parties to the agreement are A, B and C".

An agreement open to new parties (a charter, accords, a convention) is joined, acceded or adhered to rather than
signed (lexicon ``ACCESSION_VERBS``), or its parties are said to be its members or signatories (a noun of
``AGREEMENT_PARTY_NOUNS`` after a verb of being, ``PART_LINK_VERBS``). Each says the subject is a party, as
signing would: the agreement's signatory. So are its founders (``AGREEMENT_FOUNDING_VERBS``: "the Charter was
founded by ESA and CNES in 2000"). No signing event is told of (joining may take no ceremony). A body
joined ("Poland joined ESA") is a membership, read by rules/memberships.py, not here.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

ACCESSION_VERBS = WORD_CLASSES["ACCESSION_VERBS"]
PARTY_NOUNS = WORD_CLASSES["AGREEMENT_PARTY_NOUNS"]
FOUNDING_VERBS = WORD_CLASSES["AGREEMENT_FOUNDING_VERBS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]


@rule("frame:joined-agreement", scope="verb", stage=Stage.VERBS,
      triggers=("ACCESSION_VERBS", "PART_LINK_VERBS", "AGREEMENT_FOUNDING_VERBS", "LISTING_VERBS"),
      produces=(P.signatory,),
      confidence=0.75)
def joined_agreement(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X joined the Charter", "X acceded to the Accords", "X became a signatory of the Accords", "the Charter was
    founded by X" (lexicon AGREEMENT_FOUNDING_VERBS: its founders are its first parties): X signed it."""
    t = ctx.tree
    key = f"{f.lemma} {f.particle}" if f.particle else f.lemma
    if key in FOUNDING_VERBS:
        heads = list(f.obj)  # the passive's subject too ("was founded by"), or the noun a participle is set beside
    elif f.passive:
        return
    elif f.lemma in LISTING_VERBS:  # "Its members include ESA, NASA and JAXA": the members listed are its parties
        nouns = [i for i in f.subj if t.lemma(i) in PARTY_NOUNS]
        heads = [o.i for i in nouns for p in t.children(i, "prep") if p.text.lower() == "of"
                 for o in t.children(p.i, "pobj")] + [c.i for i in nouns for c in t.children(i, "poss")]
        subj = [e for i in (f.obj if heads else []) for e in things(ctx, i, create=False)]
    elif f.lemma in ACCESSION_VERBS:
        heads = f.obj + f.prep("to")
    else:  # "became the 18th member of the Charter", "is a party to the Accords", "are among the Charter's members"
        nouns = [i for i in f.obj + f.prep("among") if t.lemma(i) in PARTY_NOUNS]
        if not nouns:  # "The parties to the agreement are ESA, CNES and DLR": the names after the verb
            nouns = [i for i in f.subj if t.lemma(i) in PARTY_NOUNS]
            subj = [e for i in (f.obj if nouns else []) for j in t.conjuncts(i) for e in things(ctx, j, create=False)]
        heads = [o.i for i in nouns for p in t.children(i, "prep") if p.text.lower() in ("of", "to")
                 for o in t.children(p.i, "pobj")] + [c.i for i in nouns for c in t.children(i, "poss")]
    deals = [e for i in heads for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    for deal in deals:
        for party in agents(subj, ctx):
            if isa(ctx, party, C.Organization, C.Country):
                ctx.add(deal, P.signatory, party, f.verb)
