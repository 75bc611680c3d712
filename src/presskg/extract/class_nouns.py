"""From a name's modified noun up to the noun that gives its class, past the words of a field: "the Kestrel Earth
observation satellite", "the X carrier rocket", "the Tianwen-2 asteroid sample-return probe", "the X radar satellite"
(read by head_nouns, referents and rules/field_names.py).
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .lexicon import HEAD_CLASSES
from .tree import Tree


def class_noun_above(tree: Tree, i: int) -> int:
    """"the X Earth observation satellite": from the noun a name modifies, up its compound nouns to the
    noun that gives a class (at most three steps); ``i`` itself when it gives one or modifies nothing.
    A noun that gives a class with the noun it modifies goes on to it ("the X carrier rocket"), and so does a world's
    or an instrument's noun before a craft's ("the Tianwen-2 asteroid sample-return probe": a probe to an asteroid;
    "the X radar satellite": a satellite that carries a radar)."""
    for _ in range(3):
        tok = tree[i]
        if tok.dep != "compound" or not _field_word(tree, i) or tok.head == i or (
                tok.pos == "NOUN" and noun_class(tree, i)  # "monitoring", "Earth" in a field give no class
                and f"{tree.lemma(i)} {tree.lemma(tok.head)}" not in HEAD_CLASSES  # "carrier rocket": one class
                and not _describes_craft(tree, i)):
            break
        i = tok.head
    return i


def _describes_craft(tree: Tree, i: int) -> bool:
    """The noun at ``i`` is a world's ("asteroid", "comet") or an instrument's ("radar", "lidar") in a run of
    compounds that ends in a craft's or a mission's noun: what the craft goes to or carries."""
    cls = noun_class(tree, i)
    if cls is None or not {C.CelestialBody, C.Instrument} & set(ancestors(cls)):
        return False
    for _ in range(3):
        if tree[i].dep != "compound" or tree[i].head == i:
            return False
        i = tree[i].head
        if (up := noun_class(tree, i)) is not None and {C.Spacecraft, C.Mission} & set(ancestors(up)):
            return True
    return False


def _field_word(tree: Tree, i: int) -> bool:
    """A word of a field between a name and its class noun: a common noun ("weather"), a gerund the parser
    calls a verb ("climate monitoring"), or a capitalized word heading into one ("Earth observation"),
    never a name before a class noun ("the NASA Vela mission": "Vela" is no field)."""
    tok = tree[i]
    if tok.pos == "NOUN" or (tok.pos == "VERB" and tok.text.endswith("ing")):
        return True
    if tok.pos != "PROPN" or i + 1 >= len(tree):
        return False
    nxt = tree[i + 1]  # "Earth observation": the parser hangs "Earth" on "observation" or on the class noun
    return (nxt.dep == "compound" and nxt.text.islower() and nxt.pos in ("NOUN", "VERB")
            and tok.head in (i + 1, nxt.head))
