"""Parties of something called joint cooperate: "BRIN and the University of Tokyo agreed to establish a joint
research centre", "CNES and DLR set up a joint venture in 2020", "ESA and NASA operate a joint laboratory in
Houston", "NASA and ISRO are building the joint Vela mission".

An adjective of :data:`JOINT_ADJECTIVES` (data: joint, common, shared, bilateral...) on the object of a clause
whose subject is two organizations or countries or more (the subject the clause inherits too: "agreed to
establish") makes them partners. One subject does nothing jointly with itself ("ESA will lead the joint
mission" says not with whom), and a joint thing told of beside no clause of theirs ("the joint centre opened")
says nothing of who shares it. What the joint craft is to each is dep:joint-craft's (rules/stakes.py).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule
from .stakes import _clause_parties

JOINT_ADJECTIVES = WORD_CLASSES["JOINT_ADJECTIVES"]


@rule("dep:joint-partners", stage=Stage.PHRASES, triggers=("JOINT_ADJECTIVES",), produces=(P.partnerOf,),
      confidence=0.7)
def joint_partners(ctx: Context) -> None:
    """"A and B agreed to establish a joint research centre": A and B are partners."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "amod" or t.lemma(tok.i) not in JOINT_ADJECTIVES:
            continue
        # "Skylance, a joint venture between Orbitra and Kessler", "a joint laboratory of CNES and X": the
        # parties the noun's own "between"/"of" phrase names, wherever the noun stands
        parties = _owners(ctx, tok.head)
        if len(parties) < 2 and t[tok.head].dep in ("dobj", "obj"):
            parties = _clause_parties(ctx, tok.head)
        if len(parties) >= 2:
            ctx.add_partners(parties, tok.i, "dep:joint-partners", 0.7)


def _owners(ctx: Context, noun: int) -> list[Entity]:
    """Organizations and countries a joint noun's "between" or "of" phrase lists ("a joint venture between A
    and B"); fewer than two say nothing of a partnership."""
    t = ctx.tree
    out = [e for p in t.children(noun, "prep") if p.text.lower() in ("between", "of")
           for o in t.children(p.i, "pobj") for j in t.conjuncts(o.i) for e in ctx.refs(j)
           if isa(ctx, e, C.Organization, C.Country)]
    return list(dict.fromkeys(out))
