"""A name whose class noun stands past a field of activity: "the Kestrel Earth observation satellite was
launched", "ESA launched the Kestrel climate monitoring satellite".

The parser hangs the name on the field's first word, not on the class noun, so the clause's subject or
object ("satellite") has no name among its own children and the launch, the parts and the operator of the
craft are lost with it. The class noun is marked as standing for the name (as a description would be), so
every rule that reads the clause reaches the named craft. Only where the climb from the name to its class
noun passes through field words (:func:`~presskg.extract.class_nouns.class_noun_above`) and the name's class
agrees with the noun's: "the NASA Kestrel mission" is no such case.
"""

from __future__ import annotations

import re

from ..class_nouns import class_noun_above
from ..context import Context
from ..names import noun_class
from ..referents import isa
from ..registry import Stage, rule


@rule("dep:name-across-field", stage=Stage.MENTIONS, produces=(), confidence=0.8)
def name_across_field(ctx: Context) -> None:
    """"the Kestrel Earth observation satellite": the class noun past the field stands for the name."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "compound" or tok.pos != "PROPN":
            continue
        ent = ctx.table.at(tok.i)
        if ent is None or not ent.named or tok.head <= tok.i:
            continue
        if tok.i + 1 < len(t) and ctx.table.at(tok.i + 1) is ent:
            continue  # not the name's last word
        noun = class_noun_above(t, tok.head)
        if noun == tok.head or t[noun].pos != "NOUN" or noun in ctx.described or ctx.table.at(noun) is not None:
            continue
        if t[tok.head].pos == "NOUN" and noun_class(t, tok.head):
            continue  # the name's own class noun is the first one ("the Kestrel satellite programme")
        cls = noun_class(t, noun)
        if cls is not None and isa(ctx, ent, cls):
            ctx.described[noun] = ent.key


@rule("dep:name-class-word", stage=Stage.MENTIONS, produces=(), confidence=0.8, after=("dep:name-across-field",))
def name_class_word(ctx: Context) -> None:
    """"the Gateway station", "the Tiangong station": a noun after a known name that is the last word of the
    name's own class ("space station") stands for the name, though the noun alone would give another class
    (a "station" on the ground is a facility)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("compound", "nmod") or tok.head <= tok.i or t[tok.head].pos != "NOUN":
            continue
        ent = ctx.table.at(tok.i)
        noun = tok.head
        if ent is None or noun in ctx.described or ctx.table.at(noun) is not None or ctx.ref(noun) is not None:
            continue
        word = t.lemma(noun).lower()
        if any(_class_words(c)[-1:] == [word] and len(_class_words(c)) > 1 for c in ent.classes):
            ctx.described[noun] = ent.key


def _class_words(cls: str) -> list[str]:
    """"SpaceStation" -> ["space", "station"]: the words of a class's name."""
    return [w.lower() for w in re.findall(r"[A-Z][a-z]*", str(cls))]
