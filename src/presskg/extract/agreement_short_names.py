"""An agreement named again by its class noun, capitalized: "the International Charter Space and Major Disasters
... The Charter was signed by X", "the Artemis Accords ... The Accords were signed by Y".

A named agreement is often called again by the class noun in its name, written with a capital as the name
writes it ("the Charter", "the Accords", "the Convention"). The tagger makes the word a proper noun and no name
finder reads a bare class noun as a name ("the Council" is a reference), so it denoted nothing and its clause
lost its agreement. The latest named agreement before it whose name holds the word (its singular or plural
form) is the one meant (:func:`agreement_named_again`); with none, the word stands for nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab import Class as C
from .lexicon import HEAD_CLASSES

if TYPE_CHECKING:
    from ..model import Entity
    from .context import Context


def agreement_named_again(ctx: Context, i: int) -> Entity | None:
    """The named agreement the capitalized bare class noun at ``i`` ("the Charter") names again, if any."""
    t = ctx.tree
    word = t[i].text
    kids = t.children(i)
    if not word[:1].isupper() or not any(c.dep == "det" and c.text.lower() == "the" for c in kids) or any(
            c.dep in ("compound", "amod", "nummod", "prep", "acl", "relcl") for c in kids):
        return None
    lower = word.lower()
    forms = {lower, lower.rstrip("s"), lower + "s"}
    if not any(HEAD_CLASSES.get(f) == C.Agreement for f in forms):
        return None
    for ent in ctx.before(i):
        if ent.named and C.Agreement in ent.classes and forms & set(ent.label.lower().split()):
            return ent
    return None
