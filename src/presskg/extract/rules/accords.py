"""Agreements a clause names as its means: "A and B formalised their partnership with a memorandum of
understanding", "A sealed its cooperation with B through a framework agreement", "A entered into an agreement
with B", "A and B enshrined their cooperation in a letter of intent" (what the verb works on is the parties'
cooperation, COOPERATION_NOUNS, or nothing). The clause's verb is not a signing verb, or its object is not the
agreement, so frame:signatory does not read it; the agreement is still one both parties signed
(ACCORD_MEANS_VERBS, data).
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
from .agreements import signed_by

COOPERATION = WORD_CLASSES["COOPERATION_NOUNS"]
#: The phrases that name the agreement a clause works through, or enters into.
_MEANS = ("with", "through", "by", "via", "into", "in")


@rule("frame:accord-as-means", scope="verb", stage=Stage.VERBS, triggers=("ACCORD_MEANS_VERBS",),
      produces=(P.signatory, P.partnerOf), confidence=0.75)
def accord_as_means(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A and B formalised their partnership with an MoU", "A entered into an agreement with B": A (and B)
    signed the agreement, and are partners."""
    t = ctx.tree
    # what the clause works on is the parties' cooperation ("formalised their partnership", COOPERATION_NOUNS),
    # or nothing ("entered into an agreement"): not "confirmed the launch date with a statement"
    if f.passive or not all(t.lemma(i) in COOPERATION or t[i].text.lower() in COOPERATION for i in f.obj):
        return
    heads = f.prep(*_MEANS)
    deals = [e for i in heads for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    if not deals:
        return
    # the other party: "with B" on the verb, the agreement ("an agreement with B") or the cooperation ("its
    # collaboration with B"), unless "with" named the agreement itself
    withs = [i for i in f.prep("with") if not any(isa(ctx, e, C.Agreement) for e in things(ctx, i, create=False))]
    withs += [o.i for h in heads + f.obj for p in t.children(h, "prep") if p.text.lower() == "with"
              for o in t.children(p.i, "pobj")]
    parties = [e for e in agents(subj, ctx) if isa(ctx, e, C.Organization, C.Country)]
    if not parties:
        return
    parties += [e for i in withs for e in agents(things(ctx, i, create=False), ctx)
                if isa(ctx, e, C.Organization, C.Country)]
    parties = list(dict.fromkeys(parties))
    signed_by(ctx, deals, parties, f.verb)
    ctx.add_partners(parties, f.verb, "frame:accord-as-means", 0.75)
