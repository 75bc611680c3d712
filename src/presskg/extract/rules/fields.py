"""Fields of activity as topics: "an agreement covering aeronautics and exploration", "cooperation in
oceanography and astrophysics", "talks on space science".

A field is no name, so no mention makes it a node; where a topic is read (see ``gatherings.topic_list``)
a phrase headed by a :data:`FIELD_NOUNS` word, or matching a :data:`FIELD_PHRASES` entry, becomes a
described Topic labelled with its modifiers ("Earth observation", "peaceful uses of space").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..lexicon import WORD_CLASSES

FIELD_NOUNS = WORD_CLASSES["FIELD_NOUNS"]
FIELD_PHRASES = WORD_CLASSES["FIELD_PHRASES"]

# modifiers that qualify the talk, not the field ("joint research", "future exploration")
_LOOSE = frozenset({"joint", "future", "further", "new", "current", "main", "key", "common", "mutual",
                    "bilateral", "international", "other", "such", "various", "many", "several", "closer"})


def field_topic(ctx: Context, i: int) -> Entity | None:
    """The Topic node of a field phrase headed at ``i`` ("space science", "the peaceful uses of space")."""
    t = ctx.tree
    tok = t[i]
    if tok.pos != "NOUN" or ctx.table.at(i) is not None:
        return None
    mods = [c for c in t.children(i, "compound", "amod", "nmod") if c.i < i and c.text.lower() not in _LOOSE]
    start = min([min(t.subtree(c.i)) for c in mods] + [i])  # "space traffic management": "space" is on "traffic"
    # "lunar exploration and space medicine" parsed as one phrase: the field is what follows the last "and"
    # (the fields before it are read by listed_fields)
    start = max([start] + [j + 1 for j in range(start, i) if t[j].pos == "CCONJ"])
    words = {t.lemma(i), tok.text.lower()}  # the lemmatizer is unsure of "aeronautics", "uses"
    phrase = " ".join(t[j].text.lower() for j in range(start, i + 1))
    if not words & FIELD_NOUNS and not any(phrase.endswith((p, p + "s")) for p in FIELD_PHRASES):
        return None
    if any((e := ctx.table.at(j)) is not None and not ctx.table.is_a(e, C.CelestialBody) for j in range(start, i)):
        return None  # "Vela science", "ESA exploration": a name's field describes the name (not "Earth science")
    end = i + 1
    for p in t.children(i, "prep"):  # "the peaceful uses of (outer) space"
        objs = t.children(p.i, "pobj")
        if p.text.lower() == "of" and objs and t.lemma(objs[0].i) == "space":
            end = objs[0].i + 1
    if i in ctx.described:
        return ctx.table.entities[ctx.described[i]]
    for name in (t.span_text(start, end), t.span_text(i, end)):  # a field the knowledge base knows
        known = [e for e in ctx.gaz.lookup(name) if C.Topic in e.classes]
        if known:
            return ctx.table.add_kb(known[0])
    ent = ctx.table.add_described(f"d:{ctx.release.identifier}:{i}", t.span_text(start, end), C.Topic,
                                  start, end, "described")
    ent.named = True  # a field is known by its words ("aeronautics"), the same in every release
    ctx.described[i] = ent.key
    return ent



def listed_fields(ctx: Context, i: int) -> list[int]:
    """"remote sensing, hydrology and capacity building": a list the parser took for modifiers of its last
    field's head (here "sensing", with "hydrology" and "capacity" as its conjuncts, hangs on "building"). The
    heads of the fields before the last one, for :func:`field_topic` to read; none for a phrase with no list."""
    t = ctx.tree
    out: list[int] = []
    for c in t.children(i, "nmod", "compound"):
        items = t.conjuncts(c.i)
        if c.i < i and len(items) > 1 and any(t[x].pos == "CCONJ" for x in t.subtree(c.i)):
            out += [m for m in items if m != items[-1]]  # the last one is a modifier of the last field
    return out
