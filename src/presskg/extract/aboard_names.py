"""A name right after "on board" / "aboard" is a craft, whatever the model took it for: "the Corax instrument on
board Vela", "the experiment aboard Kelva". The model often reads an unknown name there as an organization (a
"board" of something), which then split the craft named before ("The Vela probe was launched ... on board Vela":
the probe became a described thing beside an organization Vela). After a verb of leaving the ground ("lifted off
aboard X", lexicon ``ROCKET_RIDE_VERBS``) the name is the rocket's, and is left to the launch rules.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .lexicon import WORD_CLASSES
from .tree import Tree

_ABOARD = tuple(WORD_CLASSES["ABOARD_MARKERS"])
_RIDES = frozenset(WORD_CLASSES["ROCKET_RIDE_VERBS"])


def aboard_crafts(tree: Tree, cands: list[Candidate]) -> None:
    """Type as a spacecraft each model name that follows an aboard marker and no launch verb (in place)."""
    for c in cands:
        if c.kb or c.source != "model" or c.hint not in (C.Organization, C.Person, C.Place, None) or c.start < 1:
            continue
        before = " ".join(tree.lowers[k] for k in range(max(0, c.start - 2), c.start))
        if not any(before == a or before.endswith(" " + a) for a in _ABOARD):
            continue
        marker = c.start - 1 if tree.lowers[c.start - 1] != "board" else c.start - 2
        verb = tree[marker].head
        if tree.lemma(verb) in _RIDES or tree.lemma(tree[verb].head) in _RIDES:
            continue  # "lifted off aboard Zephyr": a rocket
        c.hint = C.Spacecraft
