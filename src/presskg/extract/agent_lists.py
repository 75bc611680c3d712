"""Agents of a passive verb that the parser hangs on the verb itself.

"The agreement was signed by Estonia's minister, Marten Kask, and NSA Director General Ines Valbert": after
an apposition set off by commas, the parser often reads the last agent as a conjunct of the verb ("signed"
... "and" ... "Valbert") rather than of the first agent. A noun conjoined to a passive verb that has a "by"
agent, written after that agent and with no clause of its own (no subject, no auxiliary), is one more agent.
"""

from __future__ import annotations

from .tree import Tree

#: Dependents that make a conjunct a clause of its own ("..., and the station opened"), not a listed name.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop", "dobj", "expl"})


def agents_hung_on_verb(tree: Tree, v: int) -> list[int]:
    """Nouns conjoined to the passive verb ``v`` after its "by" agent: agents the parser took for clauses."""
    by = [k.i for k in tree.children(v, "agent")]
    if not by:
        return []
    return [c.i for c in tree.children(v, "conj") if c.pos in ("PROPN", "NOUN") and c.i > by[0]
            and not any(k.dep in _CLAUSE_DEPS for k in tree.children(c.i))]
