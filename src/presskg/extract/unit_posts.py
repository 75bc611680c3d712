"""A post in a part of a body, named by capitalized words after the title: "Head of Emergency Mapping at CNES".

A head's title whose "of" phrase names a unit or a field of work heads a part of a body, and the person is a
member of the body (rules/titles.py reads "head of the propulsion department at X" so). Written capitalized
("Head of Earth Observation Applications at CNES"), the field's words are proper nouns with no class noun of
their own: the title was read as heading the body after "at" ("headOf CNES"), or the words were made an
organization of their own and the body left out. :func:`body_after_unit` gives the body after "at" for such
a title; a named body in the "of" phrase ("Director of the Kelva Institute", one the knowledge base knows, or
one a class noun types) keeps the title its own.

Written before the title, a part of a body ends in its noun: "ESA Council Chair A", "NASA Science Division Director
B" hold a post in a part of ESA, of NASA (members, not heads); :func:`unit_before_title` finds it.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class
from .context import Context
from .lexicon import PART_BODY_NOUNS, WORD_CLASSES


def body_after_unit(ctx: Context, i: int) -> list[Entity]:
    """"Head of Emergency Mapping at CNES", "Head of Earth Observation Applications at CNES": a title "of" words
    that name no body by a class noun of their own (a field or a unit written capitalized), then "at" a body
    (hung on the title or on those words): the title holds a post in a part of that body, the body after
    "at", not the capitalized words (which name no organization) nor the body as a whole."""
    t = ctx.tree
    for p in t.children(i, "prep"):
        if p.text.lower() != "of":
            continue
        for o in t.children(p.i, "pobj"):
            named = ctx.ref(o.i)
            if named is not None and (named.kb or noun_class(t, o.i) is not None or not ctx.table.is_a(
                    named, C.Organization)) or t[o.i].pos not in ("NOUN", "PROPN"):
                return []
            at = [q.i for h in (i, o.i) for a in t.children(h, "prep") if a.text.lower() == "at"
                  for q in t.children(a.i, "pobj")]
            return [e for q in at if (e := ctx.ref(q)) is not None and ctx.table.is_a(e, C.Organization)]
    return []


#: Nouns of an administrative part of a body, which a capitalized name may end with ("the Education Office",
#: "the Human Spaceflight Department"): who holds a post there works for the body it is "at" (lexicon data).
_UNIT_WORDS = frozenset(WORD_CLASSES["ADMIN_UNIT_NOUNS"])


def body_of_named_unit(ctx: Context, i: int) -> list[Entity]:
    """"Lena Marsh, Head of the Education Office at ESA" (or "of ESA's Education Office"): a title "of" a unit
    named by capitalized words ending in a unit's noun, then "at" a body (hung on the title or on the unit) or the
    body's possessive: the unit keeps the title, and its holder is a member of the body too; a body ("the Kelva
    Institute at X") is no unit."""
    t = ctx.tree
    for p in t.children(i, "prep"):
        if p.text.lower() != "of":
            continue
        for o in t.children(p.i, "pobj"):
            if t.lowers[o.i] not in _UNIT_WORDS or not t[o.i].text[:1].isupper() or ctx.ref(o.i) is None:
                continue
            at = [q.i for h in (i, o.i) for a in t.children(h, "prep") if a.text.lower() == "at"
                  for q in t.children(a.i, "pobj")] + [c.i for c in t.children(o.i, "poss")]  # ("ESA's Office")
            return [e for q in at if (e := ctx.ref(q)) is not None and ctx.table.is_a(e, C.Organization)]
    return []


#: Of the parts of a body whose name may stand before a title (lexicon PART_BODY_NOUNS), the boards whose chair heads
#: the body ("DLR Executive Board Chair"): lexicon data.
_GOVERNING = frozenset(WORD_CLASSES["GOVERNING_BODY_NOUNS"])


def unit_before_title(ctx: Context, i: int) -> tuple[Entity | None, bool] | None:
    """The capitalized name of a part of a body written right before the title at ``i``: the organization named
    first (None if none is), and whether the title heads it (a board's chair does); None if the title follows no
    such part ("ESA Director General", "Centre Director A").

    The name is the part's noun and up to three capitalized words before it ("DLR Executive Board Chair"), the first
    of them the organization's name.
    """
    t = ctx.tree
    k = i - 1
    if k < 0 or t.lowers[k] not in PART_BODY_NOUNS or not t[k].text[:1].isupper() or t[k].pos not in ("NOUN", "PROPN"):
        return None
    j = k
    while j > 0 and k - j < 3 and t[j - 1].text[:1].isupper() and ctx.table.at(j - 1) is None:
        j -= 1
    org = ctx.table.at(j - 1) if j > 0 else None
    return (org if ctx.table.is_a(org, C.Organization) else None), t.lowers[k] in _GOVERNING
