"""Companies in one consortium or group work together: "Kessler Aerospace is a member of the European Launcher
Consortium, together with Ventis Propulsion and Argos Space", "A and B are members of the X consortium", "A is
part of a consortium led by B", "A has joined the consortium led by B".

An organization is no member of another in the ontology (``memberOf`` is of people and countries), so what the
sentence says is that the fellow members are partners (``partnerOf``), as dep:consortium-members reads the
consortium's own clause (rules/consortia.py). The group is a consortium noun (lexicon ``CONSORTIUM_NOUNS``,
``COMPANY_GROUP_NOUNS``), written as a common noun or ending a name ("the European Launcher Consortium"); the
fellows are the clause's subjects (a member, part or partner "of" it; or who joins it), the "with" /
"together with" / "alongside" bodies beside them, and the consortium's leader ("led by B"). One body alone gives
nothing; a country joining ESA is rules/memberships.py's.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

#: Nouns of a group of companies (lexicon data): "consortium", "syndicate".
_GROUP_NOUNS = WORD_CLASSES["CONSORTIUM_NOUNS"] | WORD_CLASSES["COMPANY_GROUP_NOUNS"]
#: Nouns that say a body belongs to the group: "a member of", "part of", "a partner in".
_BELONG_NOUNS = frozenset({"member", "part", "partner"})


def _is_group(ctx: Context, i: int) -> bool:
    """The noun at ``i`` is a consortium: its lemma ("the consortium"), or the last word of a group's name."""
    return ctx.tree.lemma(i).lower() in _GROUP_NOUNS - {"team"}


def _bodies(ctx: Context, tokens: list[int]) -> list[Entity]:
    """Organizations (no countries, no people) the tokens and their conjuncts name."""
    t = ctx.tree
    return [e for i in tokens for j in t.conjuncts(i) for e in things(ctx, j, create=False)
            if isa(ctx, e, C.Organization) and C.Person not in e.classes and C.Country not in e.classes]


def _beside(ctx: Context, heads: list[int]) -> list[int]:
    """Objects of "with", "together with", "alongside" phrases on the words ``heads`` (or on "together")."""
    t = ctx.tree
    on = list(heads) + [c.i for h in heads for c in t.children(h, "advmod") if t.lowers[c.i] == "together"]
    return [o.i for h in on for p in t.children(h, "prep") if p.text.lower() in ("with", "alongside")
            for o in t.children(p.i, "pobj")]


def _leaders(ctx: Context, group: int) -> list[int]:
    """"a consortium led by B": the agent of a leading participle on the group noun."""
    t = ctx.tree
    return [o.i for v in t.children(group, "acl") if t.lemma(v.i) in WORD_CLASSES["OPERATE_VERBS"]
            for a in t.children(v.i, "agent") for o in t.children(a.i, "pobj")]


@rule("dep:fellow-members", stage=Stage.PHRASES, triggers=("CONSORTIUM_NOUNS", "COMPANY_GROUP_NOUNS"),
      produces=(P.partnerOf,), confidence=0.7)
def fellow_members(ctx: Context) -> None:
    """"A is a member of the X Consortium, together with B and C": A, B and C are partners."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos not in ("NOUN", "PROPN") or not _is_group(ctx, tok.i):
            continue
        verb, where = None, [tok.i]
        if tok.dep == "pobj" and t.lowers[tok.head] in ("of", "in") \
                and t.lemma(t[tok.head].head) in _BELONG_NOUNS and t[t[tok.head].head].dep == "attr":
            where.append(t[tok.head].head)  # "is a member of the consortium"
            verb = t[where[-1]].head
        elif tok.dep == "dobj" and t.lemma(tok.head) == "join":
            verb = tok.head  # "has joined the consortium"
        if verb is None:
            continue
        subjects = [c.i for c in t.children(verb, "nsubj")]
        fellows = _bodies(ctx, subjects + _beside(ctx, [verb, *where]) + _leaders(ctx, tok.i))
        group = ctx.table.at(tok.i)
        fellows = [e for e in dict.fromkeys(fellows) if e is not group]
        if len(fellows) >= 2:
            ctx.add_partners(fellows, tok.i, "dep:fellow-members", 0.7)
