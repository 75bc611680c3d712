"""Nationality adjectives next to a name, which are no word of it: "a Czech research institute" (no name at all),
"the Franco-Chinese CFOSAT satellite" (the name is "CFOSAT"), "the Pakistani CubeSat ICUBE-Q" (the name is
"ICUBE-Q"). Split out of mentions.py, which reads them."""

from __future__ import annotations

from ..vocab import Class as C
from .classes import ancestors
from .gazetteer import Gazetteer
from .head_nouns import camel_class_noun
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .tree import Tree


def nationality_before_noun(tree: Tree, gaz: Gazetteer, start: int, end: int) -> bool:
    """The one word ``[start, end)`` is a nationality adjective followed by a common word ("a Czech research
    institute", "Emirati engineers"), or by a name and a thing's class noun ("the Emirati Rashid rover"): no name,
    whatever the tagger or the model made of it."""
    if end != start + 1 or end >= len(tree) or not gaz.demonyms.get(tree.lowers[start]):
        return False
    k = end  # ("the Emirati Rashid rover": the nationality of the name and the class noun after it)
    while k < len(tree) and k < end + 3 and tree[k].pos == "PROPN":
        k += 1
    return tree[end].text.islower() or k > end and k < len(tree) and _thing_noun(tree, k)


def past_joint_nationality(tree: Tree, gaz: Gazetteer, start: int, end: int) -> int:
    """The start of a name past a joint nationality before it ("the Franco-Chinese CFOSAT satellite"), past a
    nationality and a craft's class noun ("the Pakistani CubeSat ICUBE-Q"), or past a nationality before a name
    that a thing's class noun follows ("the Indian Tessa lander", which the tagger read as one name; not "the
    Indian Ocean"), as past a region's adjective there ("the European Argonaut lander")."""
    if end - start > 3 and tree[start + 1].text in ("-", "–") and tree.lowers[start + 2] in gaz.demonyms:
        return start + 3
    if tree.lowers[start] in gaz.demonyms and camel_class_noun(tree, start + 1, end):
        return start + 2
    if (tree.lowers[start] in gaz.demonyms or tree.lowers[start] in _REGIONS) and end - start >= 2 and end < len(tree) \
            and _thing_noun(tree, end):
        return start + 1  # ("the European Argonaut lander": a region's adjective, lexicon WORLD_REGION_ADJECTIVES)
    return start


def _thing_noun(tree: Tree, i: int) -> bool:
    """A common noun of a class of made things ("lander", "camera"; not "meeting": "the American Astronomical
    Society meeting" is a body's)."""
    cls = HEAD_CLASSES.get(tree.lowers[i])
    return tree[i].pos == "NOUN" and cls is not None and bool(_MADE & set(ancestors(cls)))


#: The classes of made things a nationality may be said of before their name.
_MADE = frozenset({C.Spacecraft, C.Mission, C.LaunchVehicle, C.Instrument})
#: Adjectives of the world's regions (lexicon WORLD_REGION_ADJECTIVES), read as a nationality is before a name.
_REGIONS = frozenset(WORD_CLASSES["WORLD_REGION_ADJECTIVES"])
