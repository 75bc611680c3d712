"""A body that admits members: "The Council welcomed Ana Lind as a new member", "the board admitted two new members,
Ana Lind and Jon Berg". A verb of admitting (lexicon ``ADMIT_VERBS``) whose subject is an organization makes its object
a member of it, when the object is said to be a member ("as a new member": lexicon ``MEMBERSHIP_NOUNS``) or is a
plural membership noun with the names it counts set beside it (``listed_names`` makes the first its apposition and
the others its conjuncts). The graph contract's ``pk:memberOf`` is a person's: a company admitted is read as nothing.
A state a governing body admits joins what the body governs. A country's accession by its own verb ("Poland joined
ESA") is :mod:`.memberships`'."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, things
from ..registry import Stage, rule
from .post_owners import governed

MEMBERSHIP_NOUNS = WORD_CLASSES["MEMBERSHIP_NOUNS"]


@rule("frame:admitted-member", scope="verb", stage=Stage.VERBS, triggers=("ADMIT_VERBS",),
      produces=(P.memberOf,), confidence=0.75)
def admitted_member(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X welcomed Y as a new member", "X admitted two new members, A and B": each is X's member."""
    t = ctx.tree
    bodies = [e for e in (subj if not f.passive else []) if ctx.table.is_a(e, C.Organization)]
    if not bodies:
        return
    # ("as a new member", on the verb or on the object, where the parser may hang it)
    said = any(t.lemma(i) in MEMBERSHIP_NOUNS for i in f.prep("as")) or any(
        t.lemma(o.i) in MEMBERSHIP_NOUNS for i in f.obj for p in t.children(i, "prep") if t.lowers[p.i] == "as"
        for o in t.children(p.i, "pobj"))
    members = []
    for i in f.obj:
        if said:
            members += things(ctx, i, create=False)
        elif t[i].tag == "NNS" and t.lemma(i) in MEMBERSHIP_NOUNS:  # ("two new members, A and B")
            members += [e for a in t.children(i, "appos") for k in t.conjuncts(a.i)
                        for e in things(ctx, k, create=False)]
    for m in dict.fromkeys(agents(members, ctx)):
        for b in bodies:
            # a state joins what a council governs ("the Council of X welcomed Iceland as an associate member": X's);
            # a person the council itself
            b = (governed(ctx, b, f.subj) or b) if C.Country in m.classes else b
            if m.key != b.key:
                ctx.add(m, P.memberOf, b, f.verb)
