"""Whose thing "its" names in a clause of giving: "ISRO will provide NOAA with data from its Oceansat-4 satellite".

A verb of giving or sharing (lexicon ``GIVER_OWNS_VERBS``) names a giver, its subject, and a receiver, its
object or the object of its "with"/"to"; what is given comes from the giver's own things. The latest body
named before "its" is the receiver, so "its" was read as the receiver's, and the giver's satellite became
the receiver's ("operatedBy NOAA"). An "its" in what is given, or in where it comes from, is the giver's.
A "for" phrase says whom the thing is for, and "its" there is the receiver's ("ESA will provide funding to
DLR for its Halden satellite"), as it is after a verb of any other kind ("CNES thanked DLR for its help").
"""

from __future__ import annotations

from .lexicon import WORD_CLASSES
from .tree import Tree

_GIVING = WORD_CLASSES["GIVER_OWNS_VERBS"]
#: Prepositions whose phrase says whom a thing is for, not what is given.
_FOR_WHOM = frozenset({"for", "behalf", "towards"})


def giver_subject(tree: Tree, i: int) -> list[int]:
    """The subject's tokens of the giving verb whose object holds the possessive ``i``, else none."""
    path = []
    k = i
    for _ in range(8):
        head = tree[k].head
        if head == k:
            return []
        k = head
        if tree[k].pos in ("VERB", "AUX"):
            break
        path.append(k)
    else:
        return []
    if tree.lemma(k) not in _GIVING or any(tree.lowers[p] in _FOR_WHOM for p in path):
        return []
    subj = [c.i for c in tree.children(k, "nsubj") if tree[c.i].tag not in ("WDT", "WP")]
    if not subj or any(s < i <= max(tree.subtree(s)) for s in subj):
        return []
    return [j for s in subj for j in tree.subtree(s)]
