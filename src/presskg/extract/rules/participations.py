"""Nouns of taking part and of working together: "the participation of X in Y", "cooperation between X and Y"
(split out of ``events``, registered just before it, as it ran there).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import COOPERATION_NOUNS, PARTICIPATION_NOUNS
from ..referents import agents, organizations_of, things
from ..registry import Stage, rule


@rule("dep:participation", stage=Stage.DISCOURSE, triggers=("PARTICIPATION_NOUNS", "COOPERATION_NOUNS"),
      produces=(P.participant, P.contributesTo, P.partnerOf), confidence=0.8)
def participation_nouns(ctx: Context) -> None:
    """"the participation of X in Y", "cooperation between X and Y", "partnership with X"."""
    t = ctx.tree
    for tok in t.tokens:
        lemma = t.lemma(tok.i)
        if lemma not in PARTICIPATION_NOUNS and lemma not in COOPERATION_NOUNS:
            continue
        preps = {p.text.lower(): [o.i for o in t.children(p.i, "pobj")] for p in t.children(tok.i, "prep")}
        if lemma in PARTICIPATION_NOUNS:
            if "in" not in preps and t[tok.head].pos == "VERB":  # "hailed the participation of X in Y"
                preps["in"] = [o.i for p in t.children(tok.head, "prep") if p.text.lower() == "in"
                               for o in t.children(p.i, "pobj")]
            who = [e for i in preps.get("of", []) for e in things(ctx, i, create=False)]
            where = [e for i in preps.get("in", []) + preps.get("to", []) for e in things(ctx, i, create=False)]
            for w in where:
                for x in who:
                    if ctx.table.is_a(w, C.Event):
                        ctx.add(w, P.participant, x, tok.i, "dep:participation-of-in", 0.8)
                    elif lemma != "participation" and ctx.table.is_a(w, C.Mission) and ctx.table.is_a(x, C.Agent):
                        ctx.add(x, P.contributesTo, w, tok.i, "dep:contribution-of-to", 0.75)
        if lemma in COOPERATION_NOUNS:
            parties = [e for i in preps.get("between", []) for e in things(ctx, i, create=False)]
            orgs = [e for e in organizations_of(ctx, agents(parties, ctx))]
            ctx.add_partners(orgs, tok.i, "dep:cooperation-between", 0.8)
            # "the Nova mission is a collaboration between A and B", "Kestrel-5, a cooperation between A and B", "Orla,
            # a mission of international collaboration between A and B": both contribute to it
            craft = [e for c in _described_by(t, tok.i) for e in things(ctx, c, create=False)
                     if ctx.table.is_a(e, C.Mission) or ctx.table.is_a(e, C.Spacecraft)]
            for m in craft:
                for o in orgs:
                    ctx.add(o, P.contributesTo, m, tok.i, "dep:cooperation-between-on", 0.75)


def _described_by(t, k: int) -> list[int]:
    """What the noun at ``k`` describes: a copula's subject ("X is a cooperation between ..."), the name it is set
    beside ("X, a cooperation between ..."), or, when it is the "of" of another noun, what that noun describes ("X,
    a mission of collaboration between ...")."""
    if t[k].dep == "pobj" and t.lowers[t[k].head] == "of" and t[t[k].head].head != t[k].head:
        k = t[t[k].head].head  # ("a mission of collaboration": the mission)
    if t[k].dep == "attr":
        return [c.i for c in t.children(t[k].head, "nsubj")]
    return [t[k].head] if t[k].dep == "appos" and t[k].head < k else []
