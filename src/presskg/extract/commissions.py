"""Whose thing "its" is in a task one body gives another.

"Helion Communications selected Halvik Launch Systems to launch its Lumo-2 satellite", "EUMETSAT awarded
Halvik a contract to launch its Lumo-2 satellite", "Halvik was chosen by Helion to build its satellite": the
body that hands out the task is the one whose satellite it is; the contractor named just before "its" only
does the work. So "its" inside the infinitive that a commissioning verb (lexicon ``COMMISSION_VERBS``) gives
its object, or that the noun of its object carries ("a contract to launch its X"), means that verb's subject
(or passive agent), not the latest name. Read by the pronoun resolver (antecedents.py).
"""

from __future__ import annotations

from .lexicon import WORD_CLASSES
from .tree import Tree

_COMMISSION = frozenset(WORD_CLASSES["COMMISSION_VERBS"])


def commissioner(tree: Tree, i: int) -> list[int]:
    """The subject tokens (active subject, or passive agent) whose "its" the token at ``i`` is, or []."""
    if tree.lowers[i] != "its":
        return []
    h = tree[i].head
    for _ in range(3):  # from the owned noun up to the infinitive's verb: "its satellite", "of its satellite"
        if tree[h].pos in ("VERB", "AUX") or tree[h].head == h:
            break
        h = tree[h].head if tree[h].dep != "pobj" else tree[tree[h].head].head
    inf = tree[h]
    if inf.pos != "VERB" or not any(a.text.lower() == "to" for a in tree.children(h, "aux")):
        return []
    verb = inf.head
    if inf.dep == "acl" and tree[verb].pos == "NOUN" and tree[verb].dep in ("dobj", "nsubjpass", "dative"):
        verb = tree[verb].head  # "awarded Halvik a contract to launch its X": the noun's verb
    elif inf.dep not in ("xcomp", "advcl", "ccomp"):
        return []
    if tree[verb].pos != "VERB" or tree.lemma(verb) not in _COMMISSION or verb == h:
        return []
    if any(c.dep == "auxpass" for c in tree.children(verb)):  # "was selected by Helion to launch its X"
        return [o.i for a in tree.children(verb, "agent") for o in tree.children(a.i, "pobj")]
    if not tree.children(verb, "dobj", "dative"):  # "Helion chose to launch its X": no one else is tasked
        return []
    return [c.i for c in tree.children(verb, "nsubj")]
