"""Whose thing "its" (or "his", "her") names, where the clause says it: the subject of the clause the possessive is
in, a subject told after a fronted phrase, the subject a means phrase acts for, a craft's owner; a part of
:class:`~presskg.extract.antecedents.Antecedents` (its base class), split out of antecedents.py.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class, span_head
from .classes import ancestors
from .lexicon import WORD_CLASSES

#: What "its" owns when it owns a launch or a landing ("its launch": lexicon OCCURRENCE_NOUNS): a craft.
_CRAFT = (C.Spacecraft, C.Mission, C.LaunchVehicle)
#: Parts of a craft that are no instruments (lexicon data): "its engines", "its mast".
_CRAFT_PARTS = frozenset(WORD_CLASSES["CRAFT_PART_NOUNS"]) | frozenset(WORD_CLASSES["MOUNTING_NOUNS"])
_MISSION_POSTS = frozenset(WORD_CLASSES["MISSION_ROLE_TITLES"])
_MEANS = WORD_CLASSES["MEANS_PREPOSITIONS"]
_TIME_UNITS = frozenset(WORD_CLASSES["TIME_UNIT_NOUNS"])
#: What :meth:`Possessors._own_subject` gives for a subject that is a name no entity was read from.
_UNREAD = Entity("", "", set())


class Possessors:
    """The owner of a possessive at a token, read from its clause (used by :meth:`Antecedents.antecedents`)."""

    def _means_owner(self, i: int) -> Entity | None:
        """"The servicer will approach Meteor-K3 with its lidar": "its" in the means a verb's subject acts with
        (a lexicon ``MEANS_PREPOSITIONS`` phrase on the verb) is the subject's, not the object's told just
        before; ``None`` when the subject is no one thing (a person owns no "its")."""
        t = self.tree
        if t[i].text.lower() != "its" or t[i].dep != "poss" or t[t[i].head].dep != "pobj":
            return None
        prep = t[i].head
        while t[prep].dep != "prep" and t[prep].head != prep:  # (the noun's preposition)
            prep = t[prep].head
        verb = t[prep].head
        if t.lowers[prep] not in _MEANS or t[verb].pos != "VERB":
            return None
        root = t.conj_root(verb) if t[verb].dep == "conj" else verb  # "will approach X ... and grab it with"
        ents = [e for c in t.children(root, "nsubj") if (e := self.ref(c.i)) is not None]
        return ents[0] if len(ents) == 1 and C.Person not in ents[0].classes else None

    def _listed_before(self, start: int, i: int) -> bool:
        """Whether the mention at ``start`` is one of two or more coordinated names ("to Halden Systems and
        Morrow Optics") all told before the singular "its" at ``i``, which is not itself in the list ("ESA and
        its partners"): one of a pair is no "it" ("awarded contracts to A and B for its programme" is the
        awarder's programme, not B's)."""
        t = self.tree
        ent = self.table.at(start)
        m = next((m for m in ent.mentions if m.start == start), None) if ent is not None else None
        if m is None or t.sentence_index(start) != t.sentence_index(i):
            return False
        head = span_head(t, m.start, m.end)
        conj = t.conjuncts(t.conj_root(head))
        if len(conj) < 2 or t[i].head in conj or max(conj) > i:
            return False
        named = [self.table.at(k) for k in conj]
        return all(e is not None and e.named for e in named)

    def _worlds(self, fits: list[tuple[Entity, int]]) -> list[tuple[Entity, int]]:
        """The celestial bodies among ``fits``, less those only named inside another's apposition ("through the
        atmosphere of Titan, the largest moon of Saturn, and came to rest on its surface": Titan's, not Saturn's)."""
        t = self.tree
        worlds = [p for p in fits if self.table.is_a(p[0], C.CelestialBody)]
        described = {k for e, _ in worlds for m in e.mentions for a in t.children(span_head(t, m.start, m.end), "appos")
                     for k in t.subtree(a.i)}
        return [p for p in worlds if not all(m.start in described for m in p[0].mentions)] or worlds

    def _own_subject(self, i: int, fits: list[tuple[Entity, int]]) -> Entity | None:
        """The named thing or body that is the subject of the clause whose object "its" at ``i`` owns in:
        "Aurelia-1 has passed its final tests", "the probe sent its first images", "the firm flew its first
        lander", a craft "for" which the clause's deed is done ("X signed a contract with Y for its Lumen-2
        satellite"; a body's "its" the rules of seats and givers have not read: "X selected Y to launch its
        satellite" is read before); :data:`_UNREAD` when that subject is a name nothing was read from ("its" is
        still that name's, not a thing told of before)."""
        t = self.tree
        k = t[i].head
        if t[k].dep == "pobj" and t.lowers[t[k].head] == "for" and self._owns_a_craft(i, k) \
                and not self._body_served(t[t[k].head].head, i):
            k = t[t[k].head].head  # "X signed a contract with Y for its Lumen-2 satellite": X's craft, not Y's
        elif t[k].dep == "pobj" and t[t[k].head].dep == "prep" \
                and t[v := self._timed(t[t[k].head].head)].pos == "VERB" \
                and not any(c.dep in ("nsubjpass", "auxpass", "dobj", "dative") for c in t.children(v)):
            k = v  # "X arrived at Y in Z, the Netherlands, for its test campaign": X's (with no object: "CNES thanked
            # DLR for its satellite" is DLR's); "X docked with Y on 9 May, a day after its launch": X's
        while t[k].dep in ("dobj", "compound") and t[k].head != k and t[k].pos != "VERB":
            k = t[k].head  # (the object only: "came to rest on its surface" is a world's surface, not the probe's)
        k = self._deal_signer_verb(k)  # "X signed an agreement with Y to launch its satellite": X's (Y serves)
        if t[k].pos not in ("VERB", "AUX"):
            return None
        for c in t.children(k, "nsubj"):
            e = self.table.at(c.i) or (self.definite(c.i) if c.pos == "NOUN" else None)  # ("the firm")
            if e is None and c.pos == "NOUN":  # "The Kelpra-2 cargo spacecraft arrived ... after its launch"
                e = next((n for d in t.children(c.i) if d.dep in ("compound", "nmod") and d.pos == "PROPN"
                          and (n := self.table.at(d.i)) is not None), None)
            if e is not None and any(e is f for f, _ in fits) and not self.table.is_a(e, C.Place):
                return e
            if e is None and c.pos == "PROPN" and c.text[:1].isupper():
                return _UNREAD  # a name nothing was read from: its, not something told of before
        return None

    def _deal_signer_verb(self, k: int) -> int:
        """The verb of signing a deal whose purpose infinitive (with no subject of its own) is at ``k``: "signed a
        contract with Y to build", "signed an agreement with Y to launch" (the infinitive hung on the deal noun or on
        the verb); else ``k``."""
        t = self.tree
        if t[k].pos != "VERB" or t.children(k, "nsubj") or not any(t.lowers[c.i] == "to" for c in t.children(k, "aux")):
            return k
        head = t[k].head
        deal = head if t[k].dep == "acl" else next((c.i for c in t.children(head, "dobj")), None) \
            if t[k].dep == "advcl" else None
        if deal is None or t[deal].pos != "NOUN" or C.Agreement not in ancestors(noun_class(t, deal) or C.Agent):
            return k
        return t[deal].head if deal == head else head

    def _timed(self, head: int) -> int:
        """The verb whose clause holds the distance in time at ``head`` ("on 9 May, [a day] after its launch": the
        parser hangs it on the date), else ``head``."""
        t, k = self.tree, head
        if t.lemma(k) not in _TIME_UNITS:
            return head
        for _ in range(4):
            if t[k].pos == "VERB" or t[k].head == k:
                break
            k = t[k].head
        return k if t[k].pos == "VERB" else head

    def _fronted_owner(self, i: int) -> Entity | None:
        """The owner a possessive at ``i`` takes forward, in a phrase set before its clause's subject: "Since its
        launch in 2015, Sentinel-2A has ...", "After her appointment in 2022, Dr X ..." (and the subject of a fronted
        clause, "Because it contributed X, Canada will ..."): the subject told after
        the phrase (English reads a fronted possessive forward, to that subject, not back to the sentence
        before). :data:`_UNREAD` when the subject is a name nothing was read from; ``None`` when the possessive
        is in no fronted phrase or the subject is a pronoun or names nothing."""
        t = self.tree
        if t[i].dep == "nsubj" and t[t[i].head].dep == "advcl" and any(
                c.dep == "mark" for c in t.children(t[i].head)):
            k = t[i].head  # "Because it contributed the altimeter, Canada will ...": the subject of a fronted clause
        elif t[i].dep != "poss":
            return None
        else:
            k = t[i].head
        for _ in range(5):  # up to the phrase hung on the clause's verb ("Since its launch", "After its arrival")
            if t[k].head == k or t[t[k].head].pos in ("VERB", "AUX") and t[k].dep in ("prep", "advcl", "npadvmod"):
                break  # ("Following its launch": the preposition a participle, its noun no phrase of its own)
            k = t[k].head
        verb = t[k].head
        if t[k].dep not in ("prep", "advcl", "npadvmod") or t[verb].pos not in ("VERB", "AUX") or verb < k:
            return None
        subjects = [c for c in t.children(verb, "nsubj", "nsubjpass") if c.i > max(t.subtree(k))]
        if len(subjects) != 1 or subjects[0].pos == "PRON":
            return None
        c = subjects[0]
        ent = self.table.at(c.i) or next((e for d in t.children(c.i, "compound") if (e := self.table.at(d.i))
                                          is not None and e.named), None)
        ent = ent or (self.definite(c.i) if c.pos == "NOUN" else None)
        if ent is None:
            return _UNREAD if c.pos == "PROPN" and c.text[:1].isupper() else None
        personal = t.lowers[i] not in ("its", "it")
        return ent if (C.Person in ent.classes) == personal else None

    def _body_served(self, head: int, i: int) -> bool:
        """A body the clause serves stands between its verb (or noun) ``head`` and "its" at ``i``: "thanked DLR
        for its satellite", "will provide funding to DLR for its satellite" (its is DLR's); one it only deals
        with does not ("signed a contract with Arianespace for its satellite")."""
        t = self.tree
        return any(self.table.at(k) is not None and t.lowers[t[k].head] != "with" and t[k].dep != "compound"
                   and self.table.is_a(self.table.at(k), C.Agent) for k in range(head + 1, i))

    def _names_a_crafts_part(self, own: int) -> bool:
        """"Its payload includes X", "its thrusters fired", "its main instrument, X, was developed by Y": a clause's
        subject that is an instrument or a part of a craft (lexicon CRAFT_PART_NOUNS, MOUNTING_NOUNS), or a post in a
        mission's team (MISSION_ROLE_TITLES), is a craft's, not a body's or a place's told nearer (no clause's subject
        binds such an "its" to a body)."""
        cls = noun_class(self.tree, own)
        if own > 0 and f"{self.tree.lowers[own - 1]} {self.tree.lowers[own]}" in _MISSION_POSTS:
            return True  # "Its principal investigator, X, leads ...": a mission's post (rules/mission_roles.py)
        return cls is not None and C.Instrument in ancestors(cls) or self.tree.lemma(own) in _CRAFT_PARTS

    def _owns_a_craft(self, i: int, own: int) -> bool:
        """"its" owns a craft ("its Nordlys-2 satellite", "its probe"): its owner runs craft, which a place does
        not; a craft's own name after "its" ("its Nordlys-2") is one too."""
        cls = noun_class(self.tree, own)
        if cls is not None and any(k in ancestors(cls) for k in _CRAFT):
            return True
        named = self.table.at(own)
        return named is not None and any(self.table.is_a(named, k) for k in _CRAFT)
