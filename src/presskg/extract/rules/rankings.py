"""Contributors ranked by their share: "Germany is the largest contributor to the Tavi mission, followed by
France and Italy", "Italy is the second largest contributor to the Nova programme, after Germany".

A contributor noun (lexicon ``CONTRIBUTOR_NOUNS``) with a mission, craft or event after "to" / "in" / "of"
names its subject as a contributor already (dep:partner-in); the others a ranking names beside it are
contributors too: the agent of a participle of ``RANKED_AFTER_VERBS`` ("followed by A and B") hung on the
noun or on its copula, or the object of a preposition of ``RANKED_AFTER_PREPOSITIONS`` ("after A", "behind A").
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa
from ..registry import Stage, rule

CONTRIBUTOR_NOUNS = WORD_CLASSES["CONTRIBUTOR_NOUNS"]
RANKED_AFTER_VERBS = WORD_CLASSES["RANKED_AFTER_VERBS"]
RANKED_AFTER_PREPOSITIONS = WORD_CLASSES["RANKED_AFTER_PREPOSITIONS"]


@rule("dep:ranked-contributors", stage=Stage.PHRASES,
      triggers=("CONTRIBUTOR_NOUNS", "RANKED_AFTER_VERBS", "RANKED_AFTER_PREPOSITIONS"),
      produces=(P.contributesTo,), confidence=0.7)
def ranked_contributors(ctx: Context) -> None:
    """"the largest contributor to M, followed by A and B", "the second largest contributor to M, after A"."""
    t = ctx.tree
    for tok in t.tokens:
        k = tok.i
        if tok.pos != "NOUN" or t.lemma(k) not in CONTRIBUTOR_NOUNS:
            continue
        goals = [e for p in t.children(k, "prep") if t.lowers[p.i] in ("to", "in", "of")
                 for o in t.children(p.i, "pobj") for e in ctx.refs(o.i)
                 if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle, C.Event)]
        if len(goals) != 1:
            continue
        hosts = [k] + ([tok.head] if tok.dep == "attr" else [])  # on the noun, or on its copula
        ranked = [o.i for h in hosts for v in t.children(h, "acl", "advcl") if t.lemma(v.i) in RANKED_AFTER_VERBS
                  for a in t.children(v.i, "agent") for o in t.children(a.i, "pobj")]
        ranked += [o.i for h in hosts for p in t.children(h, "prep") if t.lowers[p.i] in RANKED_AFTER_PREPOSITIONS
                   for o in t.children(p.i, "pobj")]
        for who in agents([e for i in ranked for j in t.conjuncts(i) for e in ctx.refs(j)], ctx):
            if isa(ctx, who, C.Organization, C.Country) and who.key != goals[0].key:
                ctx.add(who, P.contributesTo, goals[0], k)
