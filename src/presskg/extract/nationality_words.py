"""Nationality adjectives next to a name, which are no word of it: "a Czech research institute" (no name at all),
"the Franco-Chinese CFOSAT satellite" (the name is "CFOSAT"), "the Pakistani CubeSat ICUBE-Q" (the name is
"ICUBE-Q"). Split out of mentions.py, which reads them."""

from __future__ import annotations

from .gazetteer import Gazetteer
from .head_nouns import camel_class_noun
from .tree import Tree


def nationality_before_noun(tree: Tree, gaz: Gazetteer, start: int, end: int) -> bool:
    """The one word ``[start, end)`` is a nationality adjective followed by a common word ("a Czech research
    institute", "Emirati engineers"): no name, whatever the tagger or the model made of it."""
    return end == start + 1 < len(tree) and bool(gaz.demonyms.get(tree.lowers[start])) and tree[end].text.islower()


def past_joint_nationality(tree: Tree, gaz: Gazetteer, start: int, end: int) -> int:
    """The start of a name past a joint nationality before it ("the Franco-Chinese CFOSAT satellite"), or past a
    nationality and a craft's class noun ("the Pakistani CubeSat ICUBE-Q")."""
    if end - start > 3 and tree[start + 1].text in ("-", "–") and tree.lowers[start + 2] in gaz.demonyms:
        return start + 3
    if tree.lowers[start] in gaz.demonyms and camel_class_noun(tree, start + 1, end):
        return start + 2
    return start
