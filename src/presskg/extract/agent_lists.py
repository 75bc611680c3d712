"""Agents of a passive verb that the parser hangs on the verb itself.

"The agreement was signed by Estonia's minister, Marten Kask, and NSA Director General Ines Valbert": after
an apposition set off by commas, the parser often reads the last agent as a conjunct of the verb ("signed"
... "and" ... "Valbert") rather than of the first agent. A noun conjoined to a passive verb that has a "by"
agent, written after that agent and with no clause of its own (no subject, no auxiliary), is one more agent.

Who acts beside a clause's subject, in a "with" that "together" or "along" opens or after "alongside" ("ESA took part
together with NASA", "NASA operates Orla together with ESA", "ESA, together with NASA, signed"): :func:`companions`,
read into every clause's frame (:mod:`.frames`).
"""

from __future__ import annotations

from .tree import Tree

#: Dependents that make a conjunct a clause of its own ("..., and the station opened"), not a listed name.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop", "dobj", "expl"})


def agents_hung_on_verb(tree: Tree, v: int) -> list[int]:
    """Nouns conjoined to the passive verb ``v`` after its "by" agent: agents the parser took for clauses, and the
    second "by" of "by A and on behalf of Y by B"."""
    by = [k.i for k in tree.children(v, "agent")]
    if not by:
        return []
    out = [c.i for c in tree.children(v, "conj") if c.pos in ("PROPN", "NOUN") and c.i > by[0]
           and not any(k.dep in _CLAUSE_DEPS for k in tree.children(c.i))]
    # "signed on behalf of ESA by A and on behalf of JAXA by B": the second "by" hangs on its "behalf"
    return out + [o.i for c in tree.children(by[0], "conj") for b in tree.children(c.i, "pobj")
                  if tree.lowers[b.i] == "behalf" for p in tree.children(b.i, "prep") if tree.lowers[p.i] == "by"
                  for o in tree.children(p.i, "pobj")]


def companions(tree: Tree, v: int, subjects: list[int]) -> list[int]:
    """The nouns that act beside the subject of the verb ``v``, in a "with" that "together" or "along" opens or after
    "alongside": on the verb ("Alongside NASA, CSA took part", "ESA took part together with NASA", "Along with CNES,
    DLR took part", where the parser makes "along" the preposition and "with" its own), or set off by commas on one
    of the ``subjects`` before the verb ("ESA, together with NASA, signed": the parser hangs it on the subject)."""
    out = [o.i for p in _companion_preps(tree, v) for o in tree.children(p, "pobj")]
    out += [o.i for s in subjects for p in _companion_preps(tree, s) if s < p < v and _after_comma(tree, p)
            for o in tree.children(p, "pobj")]
    return out


def _companion_preps(tree: Tree, h: int) -> list[int]:
    """The "with" or "alongside" of a companion phrase on ``h`` ("together with", "along with", "jointly with")."""
    t = tree
    preps = [p.i for p in t.children(h, "prep") if t.lowers[p.i] == "alongside" or t.lowers[p.i] == "with" and (any(
        t.lowers[a.i] in ("together", "along") for a in t.children(p.i, "advmod"))  # (or on the head, right before)
        or p.i > 0 and t.lowers[p.i - 1] in ("together", "jointly") and t[p.i - 1].head == h)]
    return preps + [w.i for p in t.children(h, "prep") if t.lowers[p.i] in ("together", "along")
                    for w in t.children(p.i, "prep") if t.lowers[w.i] == "with"]


def _after_comma(tree: Tree, i: int) -> bool:
    """The preposition ``i`` (or the "together"/"along" before it) opens a phrase after a comma."""
    return tree[i - 1].text == "," or i > 1 and tree.lowers[i - 1] in ("together", "along") and tree[i - 2].text == ","
