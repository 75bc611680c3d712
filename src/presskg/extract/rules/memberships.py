"""States that are members of an organization, and partners said as such: memberOf, partnerOf.

- a membership noun (lexicon ``MEMBERSHIP_NOUNS``) said of a country: "Portugal is a member of
  EUMETSAT", "Luxembourg, a member state of ESA, ...", "X became the 23rd member state of Y";
- an accession verb (``ACCESSION_VERBS``) with a country as its subject and an organization as its
  object: "Poland joined ESA in 2012";
- coordinated agents said to be partners (``PARTNER_NOUNS``): "NASA and JAXA have been partners since
  1969" (one agent said to be "a partner of Y" is read by ``rules/partners.py``).

Only countries are members here: a person's membership comes with a title (``rules/titles.py``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import PARTNER_NOUNS, WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

MEMBERSHIP_NOUNS = WORD_CLASSES["MEMBERSHIP_NOUNS"]
ACCESSION_VERBS = WORD_CLASSES["ACCESSION_VERBS"]


def _membership_of(ctx: Context, noun: int) -> list[Entity]:
    """The organizations a membership noun is of: "a member (state) of Y", "Y's member", "its member"."""
    t = ctx.tree
    if t.lemma(noun) not in MEMBERSHIP_NOUNS and not any(
            f"{t.lemma(c.i)} {t.lemma(noun)}" in MEMBERSHIP_NOUNS for c in t.children(noun, "compound", "amod")):
        return []
    owners = [e for p in t.children(noun, "prep") if p.text.lower() in ("of", "in")
              for o in t.children(p.i, "pobj") for e in ctx.refs(o.i)]
    owners += [e for c in t.children(noun, "poss") for e in ctx.refs(c.i)]
    return [e for e in owners if isa(ctx, e, C.Organization)]


def _countries(ctx: Context, i: int) -> list[Entity]:
    return [e for e in ctx.refs(i) if C.Country in e.classes]


@rule("dep:member-state", stage=Stage.PHRASES, triggers=("MEMBERSHIP_NOUNS", "ACCESSION_VERBS", "PARTNER_NOUNS"),
      produces=(P.memberOf, P.partnerOf), confidence=0.8)
def member_states(ctx: Context) -> None:
    """"Portugal is a member of EUMETSAT", "Luxembourg, a member state of ESA", "Poland joined ESA",
    "NASA and JAXA have been partners"."""
    t = ctx.tree
    for tok in t.tokens:
        lemma = t.lemma(tok.i)
        if tok.pos == "NOUN" and tok.dep in ("attr", "appos"):
            head = tok.head
            subject = [c.i for c in t.children(head, "nsubj")] if tok.dep == "attr" else [head]
            for org in _membership_of(ctx, tok.i):
                for country in (c for i in subject for c in _countries(ctx, i)):
                    ctx.add(country, P.memberOf, org, tok.i)
            if tok.dep == "attr" and lemma in PARTNER_NOUNS and tok.tag == "NNS":  # "A and B are partners"
                agents = [e for i in subject for e in ctx.refs(i) if isa(ctx, e, C.Organization, C.Country)]
                ctx.add_partners(list(dict.fromkeys(agents)), tok.i, "dep:partners-copula", 0.75)
        elif tok.pos == "VERB" and lemma in ACCESSION_VERBS:
            orgs = [e for c in t.children(tok.i, "dobj") for e in ctx.refs(c.i) if isa(ctx, e, C.Organization)]
            orgs += [e for p in t.children(tok.i, "prep") if p.text.lower() == "to"
                     for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if isa(ctx, e, C.Organization)]
            for org in orgs:
                for country in (c for s in t.children(tok.i, "nsubj") for c in _countries(ctx, s.i)):
                    ctx.add(country, P.memberOf, org, tok.i)
