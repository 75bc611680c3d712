"""Fields of activity as topics: "an agreement covering aeronautics and exploration", "cooperation in
oceanography and astrophysics", "talks on space science".

A field is no name, so no mention makes it a node; where a topic is read (see :func:`topic_list`)
a phrase headed by a :data:`FIELD_NOUNS` word, or matching a :data:`FIELD_PHRASES` entry, becomes a
described Topic labelled with its modifiers ("Earth observation", "peaceful uses of space").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa

FIELD_NOUNS = WORD_CLASSES["FIELD_NOUNS"]
BROAD_FIELD_NOUNS = WORD_CLASSES["BROAD_FIELD_NOUNS"]
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
    while tok.dep == "nmod" and tok.head > i and start > 0 and t[start - 1].dep == "amod" \
            and t[start - 1].head == tok.head:  # "lunar exploration and climate research" read as "lunar (exploration
        start -= 1  # and climate) research": the adjective before the list's first field is that field's
    words = {t.lemma(i), tok.text.lower()}  # the lemmatizer is unsure of "aeronautics", "uses"
    if start == i and words & BROAD_FIELD_NOUNS and _narrowed(ctx, i):
        return None  # "research on space weather": the field its phrase names is the topic (topic_list reads it)
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



def _narrowed(ctx: Context, i: int) -> bool:
    """A broad field noun (lexicon ``BROAD_FIELD_NOUNS``) with an "on"/"in"/"into" phrase that names a thing or
    a narrower field: "research in space medicine", "training on the use of Copernicus data" (not "research in
    2024", nor "research in Toulouse": a date or a place is no field)."""
    t = ctx.tree
    for p in t.children(i, "prep"):
        if t.lowers[p.i] not in ("on", "in", "into"):
            continue
        for o in t.children(p.i, "pobj"):
            e = ctx.ref(o.i)
            if e is not None and not isa(ctx, e, C.Place, C.Agent) or e is None and t[o.i].pos == "NOUN" and (
                    t.lemma(o.i) in FIELD_NOUNS or o.text.lower() in FIELD_NOUNS
                    or any(t.span_text(min(t.subtree(o.i)), o.i + 1).lower().endswith(f) for f in FIELD_PHRASES)):
                return True
    return False


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


_TOPIC_PREPOSITIONS = ("of", "among", "including", "on", "in", "into", "for", "about", "regarding", "as", "like")
_SENT_DOWN = frozenset(WORD_CLASSES["SENT_DOWN_NOUNS"])  # "data", "images": what comes "from" a craft
#: Nouns of a body's surroundings or parts ("low Earth orbit", "the lunar surface"): their body is no topic.
_AROUND_BODY = frozenset(WORD_CLASSES["BODY_SPACE_NOUNS"]) | frozenset(WORD_CLASSES["BODY_PART_NOUNS"])


def topic_list(ctx: Context, i: int) -> list[Entity]:
    """Entities an object phrase is about: itself, its list members, its "of" complement.

    "the status of main projects underway, among them Callisto ... and MMX"
    gives Callisto and MMX; "the COVID-19 health situation" gives COVID-19.
    Deeper modifiers ("mission to Phobos") are descriptions, not topics.
    """
    t = ctx.tree
    out: list[Entity] = []
    todo = [i]
    seen, tails = set(), set()
    days = {d for ds in ctx.date_at.values() for _, d in ds}
    while todo:
        j = todo.pop(0)
        if j in seen or j in days:  # "an agreement on 3 March in Lima": a day names no topic, nor what hangs on it
            continue
        seen.add(j)
        for k in t.conjuncts(j):
            if k in tails:
                continue
            ent = ctx.ref(k) or field_topic(ctx, k)
            if ent is not None and t.lemma(k) in _AROUND_BODY and ctx.table.at(k) is None \
                    and isa(ctx, ent, C.CelestialBody):
                ent = None  # "the use of low Earth orbit": the region, no topic the body is
            if ent is None:  # "the Lyra-1 and Lyra-2 satellites": every name in front of the noun
                named = [e for c in t.children(k, "compound", "nmod", "amod") for m in t.conjuncts(c.i)
                         if (e := ctx.table.at(m)) is not None and not isa(ctx, e, C.Country, C.Agent)
                         and not (isa(ctx, e, C.CelestialBody) and t.lemma(k) in _AROUND_BODY)]  # ("Earth orbit")
                if named:
                    out.extend(named)
                    continue
            if ent is not None and isa(ctx, ent, C.Topic):
                listed = listed_fields(ctx, k)  # "remote sensing, hydrology and capacity building"
                todo.extend(listed)  # (whose last conjunct, "capacity", is a word of the last field: no field)
                tails.update(m for x in listed for m in t.conjuncts(x)[-1:] if m != x)
            if ent is not None and (isa(ctx, ent, C.Facility) or not isa(ctx, ent, C.Agent, C.Place)):  # a town: where
                out.append(ent)  # and the names a list parsed as appositions goes on with: "A mission, the B"
                todo.extend(c.i for c in t.children(k, "appos") if c.pos == "PROPN" or ctx.table.at(c.i) is not None
                            or isa(ctx, ent, C.Topic) and field_topic(ctx, c.i) is not None)  # ("A, B and C science")
                continue
            for p in t.children(k, "prep"):
                # ("views on X and on Y": the second "on" too; "the exchange of data from the X satellite": X)
                if p.text.lower() in _TOPIC_PREPOSITIONS or t.lowers[p.i] == "from" and t.lemma(k) in _SENT_DOWN:
                    todo.extend(o.i for q in (p, *t.children(p.i, "conj")) if t.lowers[q.i] == t.lowers[p.i]
                                for o in t.children(q.i, "pobj"))
            for c in t.children(k, "appos"):
                todo.append(c.i)
            for c in t.children(k, "advmod", "amod"):
                for p in t.children(c.i, "prep"):
                    todo.extend(o.i for o in t.children(p.i, "pobj"))
            for c in t.children(k, "acl"):  # "projects underway, among them ..."
                for p in t.children(c.i, "prep"):
                    todo.extend(o.i for o in t.children(p.i, "pobj"))
    return list(dict.fromkeys(out))
