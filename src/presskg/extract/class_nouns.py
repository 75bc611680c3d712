"""From a name's modified noun up to the noun that gives its class, past the words of a field: "the Kestrel Earth
observation satellite", "the X carrier rocket", "the Tianwen-2 asteroid sample-return probe", "the X radar satellite"
(read by head_nouns, referents and rules/field_names.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..vocab import Class as C
from .candidates import Candidate, noun_class
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


def craft_before_world(tree: Tree, start: int, end: int, known: Iterable[Candidate]) -> tuple[int, str] | None:
    """A run of proper nouns ``[start, end)`` that ends in a known world's name (one of ``known``) which modifies a
    craft's or a mission's noun: "the Tianwen-3 Mars orbiter", "its Chang'e-7 Moon lander", "the Kestrel Mars
    sample-return probe". The words before the world's name are the craft's: where they end, and the class of
    the noun (the world is what it goes to). None elsewhere: a world's name alone ("the Mars orbiter"), one
    that heads the run ("Mars Express"), or a run the world's name does not end.

    >>> from presskg.model import KBEntry, Parse, Sentence, Token
    >>> words = [("the", "DET", "det", 3), ("Kestrel", "PROPN", "compound", 2), ("Mars", "PROPN", "compound", 3),
    ...          ("orbiter", "NOUN", "ROOT", 3)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), p, "NN", d, h, "", "O", " ") for i, (w, p, d, h) in enumerate(words))
    >>> text = "the Kestrel Mars orbiter"
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 4, 0, len(text), text),)), text)
    >>> mars = Candidate(2, 3, "kb", (KBEntry("mars", "Mars", frozenset({C.Planet})),))
    >>> end, cls = craft_before_world(tree, 1, 3, [mars])
    >>> end, str(cls)
    (2, 'Probe')
    >>> craft_before_world(tree, 2, 3, [mars]) is None
    True
    """
    for world in known:
        if world.end != end or world.start <= start or not world.kb or not all(
                C.CelestialBody in ancestors(k) for e in world.kb for k in e.classes):
            continue
        w = tree.span_head(world.start, world.end)
        if tree[w].dep != "compound" or tree[w].head == w or tree[world.start - 1].text in ("'s", "’s", "-"):
            continue
        noun = class_noun_above(tree, tree[w].head)
        cls = noun_class(tree, noun) if tree[noun].pos == "NOUN" else None
        if cls is not None and {C.Spacecraft, C.Mission} & set(ancestors(cls)) and any(
                tree[k].pos == "PROPN" for k in range(start, world.start)):
            return world.start, cls
    return None
