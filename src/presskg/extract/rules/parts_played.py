"""The part a body plays in a mission: "EUMETSAT will play a key role in the Copernicus programme", "CNES's role in
the Tessaly mission", "the role of DLR in X", "the role EUMETSAT is to play during the Copernicus programme's next
phase": the body contributes to the mission.

A noun of :data:`ROLE_NOUNS` (lexicon: role, part) has its player in its possessive, its "of" phrase, the subject
of a verb of :data:`ROLE_VERBS` whose object it is ("plays a role") or of the relative clause on it ("the role X
plays"); what it is played in is an "in", "during" or "within" phrase on the noun or those verbs (a phase or stage
of a mission stands for the mission). Only organizations and states, and only missions and craft: a person's role
in a discovery, a body's role in a meeting, are left to other rules.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

ROLE_NOUNS = frozenset(WORD_CLASSES["ROLE_NOUNS"])
ROLE_VERBS = frozenset(WORD_CLASSES["ROLE_VERBS"])
_IN = ("in", "during", "within")


@rule("dep:role-in", stage=Stage.DISCOURSE, triggers=("ROLE_NOUNS", "ROLE_VERBS"), produces=(P.contributesTo,),
      confidence=0.7)
def parts_played(ctx: Context) -> None:
    """"X plays a key role in Y", "X's role in Y": X contributes to Y."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in ROLE_NOUNS:
            continue
        players = [c.i for c in t.children(tok.i, "poss")] + [
            o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        hosts = [tok.i]
        if tok.dep in ("dobj", "obj") and t.lemma(tok.head) in ROLE_VERBS:  # "X plays a role in Y"
            players += [c.i for c in t.children(tok.head, "nsubj")]
            hosts.append(tok.head)
        clauses = [r.i for r in t.children(tok.i, "relcl")]
        k = tok.i + 1  # ("the role X is to play": a clause right after the noun the parser hung elsewhere)
        if k < len(t) and t[k].dep == "nsubj" and t[k].head > k and not t.children(t[k].head, "dobj"):
            clauses.append(t[k].head)
        for r in clauses:  # "the role X is to play during Y": the clause on the noun
            chain = [r] + [c.i for c in t.children(r, "xcomp") if t.lemma(c.i) in ROLE_VERBS]
            if any(t.lemma(v) in ROLE_VERBS for v in chain):
                players += [c.i for c in t.children(r, "nsubj")]
                hosts += chain
        where = [o.i for h in hosts for p in t.children(h, "prep") if t.lowers[p.i] in _IN
                 for o in t.children(p.i, "pobj")]
        bodies = [e for e in agents([e for i in players for e in things(ctx, i, create=False)], ctx)
                  if isa(ctx, e, C.Organization, C.Country)]
        for m in [m for i in where for m in _mission_of(ctx, i)]:
            for b in bodies:
                ctx.add(b, P.contributesTo, m, tok.i)


def _mission_of(ctx, i: int) -> list:
    """The missions or craft a phrase names, itself or through its owner ("the Copernicus programme's next
    phase", "the second phase of the Tessaly mission")."""
    t = ctx.tree
    found = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)]
    if found:
        return found
    owners = [c.i for c in t.children(i, "poss")] + [
        o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    return [e for k in owners for e in things(ctx, k, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)]
