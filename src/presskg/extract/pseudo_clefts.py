"""Pseudo-clefts: "What the CSA is providing is a two-in-one instrument", "What DLR will supply is a spectrometer".

The thing supplied is the copula's attribute, and the supplier the clause's subject; the parser reads the "what"
clause as the copula's subject and often takes the supplier for the verb's object ("What [DLR] will supply": "What"
its determiner). :func:`cleft_arguments` gives a verb's subject and object as a reader would, for the frames.
"""

from __future__ import annotations

from .tree import Tree


def cleft_arguments(tree: Tree, v: int) -> tuple[list[int], list[int]] | None:
    """(subject, objects) of verb ``v`` when it is the "what" clause of a pseudo-cleft, else None.

    "What CNES contributes is the star tracker": (CNES, tracker); "What DLR will supply is a spectrometer" (the
    parser's "What DLR" an object with a determiner): (DLR, spectrometer)."""
    tok = tree[v]
    if tok.dep not in ("csubj", "nsubj") or tree.lemma(tok.head) != "be" or tok.head == v:
        return None
    kids = tree.children(v)
    what = [c.i for c in kids if c.dep in ("dobj", "obj") and tree.lowers[c.i] == "what"]
    taken = [c.i for c in kids if c.dep in ("dobj", "obj") and any(
        d.dep == "det" and tree.lowers[d.i] == "what" for d in tree.children(c.i))]
    if not what and not taken:
        return None
    attrs = [c.i for c in tree.children(tok.head, "attr")]
    attrs += [k.i for a in attrs for k in tree.children(a, "conj")]
    if not attrs:
        return None
    subj = [c.i for c in kids if c.dep == "nsubj"] or taken
    return subj, attrs
