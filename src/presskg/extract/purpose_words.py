"""Words before a craft's noun that tell what it does, not which craft it is: "NASA and ISRO reviewed the Tarsa
satellite. The radar satellite carries ..." (lexicon ``CRAFT_PURPOSE_WORDS``): a definite noun with such a word
is the craft told of before (asked by :meth:`~presskg.extract.context.Context.definite`), unless the text told of
its noun before with another common word ("the optical satellite Ostra-2 ... The radar satellite": another one).
"""

from __future__ import annotations

from ..vocab import Class as C
from .classes import ancestors
from .lexicon import WORD_CLASSES
from .tree import Tree

_PURPOSE = frozenset(WORD_CLASSES["CRAFT_PURPOSE_WORDS"])
_BACK = frozenset(WORD_CLASSES["BACK_ADJECTIVES"])


def purpose_words(tree: Tree, i: int, cls: str | None) -> frozenset[int]:
    """The modifiers of noun ``i`` of ``CRAFT_PURPOSE_WORDS`` (a hyphened one by its last word: "Earth-observing"),
    with their words, when the noun is of class ``cls``, a craft's or an instrument's; none when the noun was told
    before with another common word before it."""
    if cls is None or not {C.Spacecraft, C.Instrument} & set(ancestors(cls)):
        return frozenset()
    words = frozenset(c.i for c in tree.children(i, "compound", "amod") if c.i < i and c.pos != "PROPN"
                      and tree.lowers[c.i] in _PURPOSE)
    said = {tree.lowers[k] for k in words}
    if not words or any(_told_otherwise(tree, j, said) for j in range(i) if tree.lemma(j) == tree.lemma(i)):
        return frozenset()
    return frozenset(k for w in words for k in tree.subtree(w))


def _told_otherwise(tree: Tree, j: int, words: set[str]) -> bool:
    """The noun at ``j`` has a common word before it that is none of ``words``: "the optical satellite"."""
    return any(c.i < j and c.pos in ("ADJ", "NOUN") and tree.lowers[c.i] not in words and tree.lowers[c.i] not in _BACK
               for c in tree.children(j, "compound", "amod"))
