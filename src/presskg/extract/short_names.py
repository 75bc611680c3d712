"""A name, or its first word, used again alone where the tagger reads it as a common noun: "Stellion Imaging
won the contract. Stellion will deliver the camera", "Halcyon is a satellite. Halcyon was launched in 2012":
an unknown word is often tagged a noun ("Stellion", "Halcyon" NOUN), and so was no name, and the thing
lost what the sentence says of it.

Such a word is taken as a name (and then, as any short form, as the name told before it) when it is
capitalized, stands alone as a noun phrase, is a name or the first word of a name told before it in the
release, and is never written in lower case there: "Space" after "Space Norway" is no name where
"space" is written too, nor in "Space debris", where it modifies another word.
"""

from __future__ import annotations

from collections.abc import Iterable

from .candidates import Candidate
from .tree import Tree


def first_words(tree: Tree, cands: Iterable[Candidate]) -> dict[str, int]:
    """The first word of each name (a name of one word is its first word), with where its first such
    name ends."""
    out: dict[str, int] = {}
    for c in cands:
        if c.end > c.start and tree[c.start].text[:1].isupper():
            word = tree[c.start].text
            out[word] = min(out.get(word, c.end), c.end)
    return out


def short_form(tree: Tree, i: int, firsts: dict[str, int]) -> bool:
    """Whether token ``i`` is the first word of a longer name told before it, taken for a noun standing
    alone ("Stellion will deliver"; not "Space debris", a word that modifies another)."""
    t = tree[i]
    return (t.pos == "NOUN" and firsts.get(t.text, len(tree)) <= i and t.text.lower() not in tree.written_lower
            and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos")
            and not any(True for _ in tree.children(i, "compound", "amod", "det", "nummod")))
