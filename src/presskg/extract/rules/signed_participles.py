"""An agreement described by a bare participle of signing: "through a contract signed with Halvik Launch Systems
in 2022", "The contract, signed with Halvik Launch Systems in 2022, covers three launches".

frame:signatory reads the participle's agent ("signed by A with B"); with no agent it names no signer, and so
it does not read the "with" party either. That party signed all the same, and so did the body that acts
"through" or "under" the agreement in the clause the agreement noun is in ("ESA procured the Zephra-1
development through a contract signed with Halvik": ESA and Halvik signed it). The verbs are lexicon data
(``SIGN_VERBS``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..referents import agents, isa, things
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
