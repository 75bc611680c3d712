"""Places on other worlds: the body a site is on, told by the phrases hung on the site ("Halden Crater on
Mars", "the south pole of the Moon", "the rim of Korolev Crater on Mars", "the lunar south pole": a body's
adjective, lexicon ``PLANET_ADJECTIVES``), and the bodies a phrase names
(:func:`bodies_in`: "from the far side of the Moon").

A reader who meets a landing or a sample at such a site knows which world it was on; the parser hangs "on
Mars" on "Crater" and "of the Moon" on "pole", so the body is one or two phrases down the site's. Earth is left
out: "in the desert of Utah on Earth" tells no more than a place. Read by ``rules/landing_sites`` and the
sample rules.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .classes import ancestors
from .context import Context
from .lexicon import HEAD_CLASSES, PLANET_ADJECTIVES, WORD_CLASSES
from .referents import isa, things


def site_bodies(ctx: Context, i: int, depth: int = 3) -> list[Entity]:
    """Bodies other than Earth named by "on"/"of" phrases hung below the site phrase headed by ``i``."""
    t = ctx.tree
    found: list[Entity] = []  # ("landed on its surface", "on Titan's surface": a body's part told by its owner)
    # "near the lunar south pole", "on the Martian surface"
    found += [b for c in t.children(i, "amod", "compound") if (b := adjective_body(ctx, c.i)) is not None]
    if t.lemma(i) in WORD_CLASSES["BODY_PART_NOUNS"]:
        found += [e for c in t.children(i, "poss") for e in things(ctx, c.i, create=False)
                  if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
    for p in t.children(i, "prep"):
        if p.text.lower() not in ("on", "of"):
            continue
        for o in t.children(p.i, "pobj"):
            found += [e for e in things(ctx, o.i, create=False)
                      if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
            if depth > 1:
                found += site_bodies(ctx, o.i, depth - 1)
    return list(dict.fromkeys(found))


def bodies_in(ctx: Context, i: int) -> list[Entity]:
    """Celestial bodies a phrase names, directly or through a part of one (lexicon ``BODY_PART_NOUNS``):
    "from the far side of the Moon", "from the south pole of Mars", "from the surface of Ryugu", "on its surface"."""
    t = ctx.tree
    found = [e for e in things(ctx, i, create=False) if ctx.table.is_a(e, C.CelestialBody)]
    if not found and i + 1 < len(t) and C.CelestialBody in ancestors(HEAD_CLASSES.get(t.lemma(i), "")) \
            and (named := ctx.table.at(i + 1)) is not None and ctx.table.is_a(named, C.CelestialBody):
        found = [named]  # "past the asteroid 2011 UW158 in 2028": the parser hung the designation on the verb
    if found or t.lemma(i) not in WORD_CLASSES["BODY_PART_NOUNS"]:
        return found
    owners = [o.i for p in t.children(i, "prep") if p.text.lower() in ("of", "on") for o in t.children(p.i, "pobj")]
    owners += [c.i for c in t.children(i, "poss")]  # "on its surface", "Titan's south pole"
    return [e for o in owners for e in things(ctx, o, create=False) if ctx.table.is_a(e, C.CelestialBody)]


def adjective_body(ctx: Context, j: int) -> Entity | None:
    """The body a planet's adjective names ("lunar", "Martian": PLANET_ADJECTIVES, data), but never Earth."""
    entries = ctx.gaz.lookup(PLANET_ADJECTIVES.get(ctx.tree[j].text.lower(), ""))
    return ctx.table.add_kb(entries[0]) if entries and entries[0].label != "Earth" else None


def bodies_aimed_at(ctx: Context, heads: list[int]) -> list[Entity]:
    """The bodies a verb of study aims at, in its phrases ``heads`` ("study the asteroid Didymos", "reached lunar
    orbit"): named ones first, then those an adjective says ("the Martian atmosphere"); the first two told and the
    rest of their lists ("the moons Ganymede, Callisto and Europa"), for a body deeper in a phrase is rarely the aim."""
    t = ctx.tree
    bodies, said = [], []
    lists: dict[str, int] = {}  # each body's list
    for i in heads:
        # "fly to the asteroid Apophis": the parser may hang the name off the verb, not the class noun
        after = [i + 1] if i + 1 < len(t) and t[i].pos == "NOUN" and ctx.ref(i) is None else []
        for j in (*t.subtree(i)[:40], *after):
            if t[j].pos not in ("NOUN", "PROPN") and t[j].text.lower() not in PLANET_ADJECTIVES:
                continue
            adjective = t[j].text.lower() in PLANET_ADJECTIVES  # "reached lunar orbit"
            # ("study the three moons": the worlds a counted plural takes back, Antecedents.counted)
            found = [adjective_body(ctx, j)] if adjective else ctx.refs(j) if t[j].tag == "NNS" else [ctx.ref(j)]
            for e in found:
                if e is not None and isa(ctx, e, C.CelestialBody) and e not in bodies + said:
                    (said if adjective else bodies).append(e)
                    lists[e.key] = t.conj_root(j)
    told = bodies + [e for e in said if e not in bodies]
    first = {lists[e.key] for e in told[:2]}
    return [e for k, e in enumerate(told) if k < 2 or lists[e.key] in first]
