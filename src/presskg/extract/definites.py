"""What a definite noun takes back: "the agency", "the probe", "the radar satellite", "the Japanese agency" (the
latest thing of the noun's class told before it, narrowed by the words that do not make it new). A mixin of
:class:`~presskg.extract.context.Context` (split out of it), as :class:`~presskg.extract.antecedents.Antecedents`
is for pronouns: it reads the context's table, tree, relations and the things told before a token.
"""

from __future__ import annotations

from ..model import Entity, Relation, Release
from ..vocab import Class as C
from .classes import craft_or_mission
from .entities import EntityTable, ancestors, compatible, may_take_back
from .gazetteer import Gazetteer, name_key
from .lexicon import SECOND_CLASSES, WORD_CLASSES
from .mentions import noun_class
from .placed_craft import place_phrases
from .purpose_words import purpose_words
from .salience import as_said_before, most_salient, publisher_over_passing
from .sessions import session_named
from .taking_back import called_so
from .tree import Tree

#: Nouns of a programme or a series: "the programme" is one written with that noun (lexicon data).
PROGRAMME_NOUNS = WORD_CLASSES["PROGRAMME_NOUNS"]
_PLACING = frozenset(WORD_CLASSES["LOCATED_PARTICIPLES"])  # "the company, based in Gdansk,": told of before


class Definites:
    """Definite nouns' referents, for :class:`~presskg.extract.context.Context`."""

    tree: Tree
    table: EntityTable
    gaz: Gazetteer
    release: Release
    relations: dict[tuple[str, str, str], Relation]

    def definite(self, i: int, *, bare: bool = False) -> Entity | None:
        """"the agency", "the probe": the latest entity before ``i`` of the noun's class. ``bare``: the noun
        refers without "the" too (a capitalized class noun before a title: "Agency Head A")."""
        t = self.tree[i]
        dets = {c.text.lower() for c in self.tree.children(i, "det")}
        # ("Each satellite carries X" after "four Tessaly satellites": each of those told of)
        if not (bare or dets & {"the", "this", "that", "each"}) or t.tag in ("NNS", "NNPS"):
            return None
        # "the Japanese agency": a nationality narrows the reference to that country's (a fact read or known)
        nationals = {c.i: e for c in self.tree.children(i, "amod", "compound")  # ("the US agency": a compound)
                     if (e := self.gaz.country_of_word(c.text)) is not None}
        national = list(nationals.values())
        cls = noun_class(self.tree, i)
        # a clause set off by commas tells more of a thing told of before ("The probe, comprising an orbiter,");
        # "the team, led by X," is a group of its own, no agency told of before
        aside = cls is not None and C.Agent not in ancestors(cls)
        # ("the new 120-kg satellite", "the Japanese agency"; "the company, based in X,": told of before)
        kept = self.tree.recalling_words(i) | set(nationals) | purpose_words(self.tree, i, cls) \
            | place_phrases(self.tree, self.table, i, cls)  # ("an agreement on the mission in Dubai")
        if any(c.dep in ("prep", "acl", "relcl", "amod", "compound") for c in self.tree.children(i) if c.i not in kept
               and not ((aside or self.tree.lemma(c.i) in _PLACING) and self.tree.aside(c.i))):
            return None  # "the launch of BepiColombo" is new, not a reference
        if cls is None or C.Event in ancestors(cls) or cls in (C.Agreement, C.Sample):
            return None
        if not bare and i + 1 < len(self.tree) and self.tree[i + 1].text[:1].isupper() \
                and self.tree[i + 1].text.isalpha() and self.tree.sentence_index(i + 1) == self.tree.sentence_index(i):
            return None  # "of the operator Vyomsat": a name the noun sets beside it, however the tagger read it
        if (session := session_named(self.tree, self._before(i), i)) is not None:
            return session  # "the council" after "the ESA Council at Ministerial Level": the meeting (sessions.py)
        lemma = self.tree.lemma(i)  # "the agency" may be a space agency, "the station" a space station
        kinds = (cls, SECOND_CLASSES[lemma]) if lemma in SECOND_CLASSES else (cls,)
        craft_noun = C.Spacecraft in ancestors(cls)  # "the Halvard mission ... the spacecraft"; "the mission": a craft
        fits = [(e, at) for e, at in self._before(i) if may_take_back(e, lemma) and (any(
            compatible(c, k) or c == C.Mission and e.named and craft_or_mission(k) for c in kinds for k in e.classes)
            or craft_noun and self._mission_of_craft(e, cls))]
        if national:
            fits = [(e, at) for e, at in fits if national[0].iri in self._countries(e)]
        exact = [(e, at) for e, at in fits if any(c in ancestors(k) for c in kinds for k in e.classes)]
        if C.SpaceStation not in kinds:  # "the spacecraft" is the craft told of, not the station it goes to
            exact = [(e, at) for e, at in exact if C.SpaceStation not in e.classes] or exact
        if not exact and fits and self._mission_of_craft(fits[0][0], cls) and fits[0][0].kb is None:
            fits[0][0].classes.add(cls)  # "the Halvard mission" and "the spacecraft": both, as "the X satellite" says
        # "the programme", "the university", "the station", "the centre": one so named, if one is
        if lemma in PROGRAMME_NOUNS or cls == C.ResearchInstitute or C.Facility in ancestors(cls):
            exact = [(e, at) for e, at in exact or fits if any(m.end < len(self.tree) and self.tree.lemma(
                m.end) == lemma or self.tree.lemma(m.end - 1) == lemma for m in e.mentions)] or exact
        # "the team" after "a team led by X": the thing the same noun told of, not a named one of its class
        exact = [(e, at) for e, at in exact or fits if not e.named and any(
            self.tree.lemma(m.end - 1) == lemma for m in e.mentions)] or exact
        # "Sentinel-6B, the second satellite of the X mission ... The satellite": the one the text called so
        called = [(e, at) for e, at in exact or fits
                  if e.named and any(called_so(self.tree, m.end, lemma) for m in e.mentions)]
        exact = called if len(called) == 1 else exact
        best = most_salient(self.tree, exact or fits, i)  # "the rover": a rover told of before a mere spacecraft
        best = as_said_before(self.tree, exact or fits, i, best, self.definite)
        if bare and self.release.publisher:  # "Agency Head A": a release's own agency, written as its house does
            wanted = name_key(self.release.publisher)
            best = next((e for e, _ in exact or fits if name_key(e.label) == wanted or any(
                name_key(a) == wanted for a in e.aliases)), best)
        return publisher_over_passing(self.tree, exact or fits, i, best, self.release.publisher, name_key)

    def _countries(self, e: Entity) -> set[str]:
        """IRIs of the countries ``e`` is of: read in this release, or known to the knowledge base."""
        known = {o for p, o in e.kb.facts if p.endswith("country")} if e.kb is not None else set()
        read = (self.table.entities[o].kb for (s, p, o) in self.relations if s == e.key and p == "country")
        return known | {k.iri for k in read if k is not None}
