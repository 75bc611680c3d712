"""The name inside a class noun's phrase: "its Hayabusa2 mission", "the MASCOT lander", "asteroid Ryugu", "the
campaign, called ArcticIce" (a mixin of :class:`~presskg.extract.context.Context`, which reads the table and tree).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .classes import craft_or_mission, same_root
from .entities import compatible
from .lexicon import SECOND_CLASSES, WORD_CLASSES
from .mentions import noun_class
from .series import ranked_with_name

if TYPE_CHECKING:
    from ..model import Entity
    from .entities import EntityTable
    from .tree import Tree

#: Nouns of what a launch carries, an instrument or a whole craft (lexicon data).
CARGO_NOUNS = WORD_CLASSES["CARGO_NOUNS"]


class NamedChildren:
    """Finds the name a class noun's phrase holds."""

    tree: Tree
    table: EntityTable

    def named_child(self, i: int) -> Entity | None:
        """"its Hayabusa2 mission", "the MASCOT lander", "asteroid Ryugu": the name in the phrase."""
        cls = noun_class(self.tree, i)
        # ("the Orla station", Orla a space station: the noun's second class, lexicon SECOND_CLASSES)
        kinds = [k for k in (cls, SECOND_CLASSES.get(self.tree.lemma(i))) if k is not None]
        kids = self.tree.children(i, "compound", "nmod", "appos", "npadvmod", "amod", "dobj", "oprd",
                                  "nummod")  # (misparses: "the Ax-6 mission" with "Ax-6" a number)
        # "the Tessa Earth observation satellite", "the Aurora X-ray observatory": the name hangs on a compound, or
        # on a compound's ("the [Kelvo] Earth observation satellite"); all before an apposition ("..., the ninth
        # Earth Explorer mission": what the thing is one of, not its name)
        inner = [g for c in kids if c.dep == "compound" for g in self.tree.children(c.i, "compound", "nmod")]
        if inner:
            inner += [g for c in inner for g in self.tree.children(c.i, "compound", "nmod")]
            kids = [*(c for c in kids if c.dep != "appos"), *inner, *(c for c in kids if c.dep == "appos")]
        else:
            kids = list(kids)
        if ranked_with_name(self.tree, i) is not None:  # "the second X imaging satellite, MTG-I2": the one named beside
            kids = [*(c for c in kids if c.dep == "appos" and c.i > i), *(c for c in kids if c.dep != "appos")]
        # "the campaign, called ArcticIce": the name a naming participle gives the noun
        kids += [o for a in self.tree.children(i, "acl") if self.tree.lemma(a.i) in WORD_CLASSES["NAMING_VERBS"]
                 for o in self.tree.children(a.i, "oprd", "dobj", "attr", "xcomp")]
        for c in kids:
            ent = self.table.at(c.i)
            if ent is None and c.dep == "appos" and c.i > i and c.pos == "NOUN":
                ent = self.named_child(c.i)  # "a single instrument, the ALADIN wind lidar": the apposition's name
            if ent is None or (c.dep == "appos" and c.i < i):
                continue
            if c.dep in ("amod", "nummod") and not c.text[:1].isupper():
                continue
            if cls is None or any(compatible(c2, k) or same_root(c2, k) for c2 in kinds for k in ent.classes) or (
                    craft_or_mission(cls) or self.tree.lemma(i) in CARGO_NOUNS) and any(
                    craft_or_mission(k) for k in ent.classes):
                # "the Japanese GOSAT-1 and GOSAT-2 satellites" has two names: not one entity
                if any(not any(m.start <= k.i < m.end for m in ent.mentions) for k in self.tree.children(c.i, "conj")):
                    return None  # (a conjunct inside the name is the name's: "the company Airbus Defence and Space")
                if cls is not None and ent.kb is None and ent.named and craft_or_mission(cls):
                    ent.classes.add(cls)  # "the VENµS mission" and "the VENµS satellite": both
                return ent
        # "from the asteroid Ryugu", "arrived at asteroid Apophis": the parser may hang the name right after the
        # noun on the noun's own head, or on the verb its preposition hangs on
        t, k = self.tree, i + 1
        ent = self.table.at(k) if cls and k < len(t) and t[k].head in (t[i].head, t[t[i].head].head) and \
            t[i].head != i and t[k].dep in ("npadvmod", "appos", "dep", "dobj") else None
        named = ent is not None and ent.named and any(m.start == k for m in ent.mentions)
        return ent if named and self.table.is_a(ent, cls) else None
