"""Titles before a name: which capitalized words that open a person's name are a title and not the name.

Crew ranks and trades (RANK_TITLES) open a sentence capitalized ("Astronaut Lea Moreau will fly",
"Commander Ivo Stark landed the capsule") as often as they open a facility's name ("the Astronaut Training
Centre"), so they are titles only before a person.
"""

from __future__ import annotations

from .lexicon import HEAD_CLASSES, RANK_TITLES, TITLE_WORDS
from .tree import Tree


def is_title(tree: Tree, i: int, end: int) -> bool:
    """A title word at ``i`` before a name ending at ``end``: any of TITLE_WORDS; a rank or trade (RANK_TITLES)
    only before a person the model read, in a name that ends on no class noun (not "the Commander Training
    Centre")."""
    if tree.lemma(i) in TITLE_WORDS:
        return True
    return tree[i].text.lower() in RANK_TITLES and i + 1 < end and tree[i + 1].ent_type == "PERSON" \
        and tree[end - 1].text.lower() not in HEAD_CLASSES
