"""Event nouns led by proper names are names: "the third France-Japan space dialogue", "the Vela Space Days".

A gathering named by the places or bodies that hold it is written with capitals before a common noun of events
(lexicon ``NAMED_EVENT_NOUNS``); the model leaves such names unmarked. Read by :mod:`~presskg.extract.mentions`.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .lexicon import HEAD_CLASSES, NAMED_EVENT_NOUNS
from .tree import Tree


def event_names(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """An event noun led by proper names is a name: "the third France-Japan space dialogue"."""
    out = []
    for t in tree.tokens:
        if t.pos != "NOUN" or tree.lemma(t.i) not in NAMED_EVENT_NOUNS:
            continue
        mods = [c for c in tree.children(t.i, "compound", "nmod", "amod") if c.i < t.i]
        names = [c for c in mods if c.text[:1].isupper() and c.pos in ("PROPN", "NOUN")]
        if not names:
            continue
        start = min(min(tree.subtree(c.i)) for c in names)
        while start < t.i and not tree[start].text[:1].isupper():
            start += 1
        cand = Candidate(start, t.i + 1, "pattern:event-name", hint=HEAD_CLASSES.get(tree.lemma(t.i), C.Event))
        if not any(c.start == cand.start and c.end == cand.end for c in taken):
            out.append(cand)
    return out
