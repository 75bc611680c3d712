"""From name candidates to the entities of one release.

Mentions of one thing are merged: the same knowledge-base entry, the same name key, an acronym and its long form,
a surname after the full name, a company's name with and without its legal form. Each entity gets its classes
from the strongest evidence available (knowledge base, then head noun, then the language model, whichever
mention gives it) and a token map that the relation rules use to know what each word refers to."""

from __future__ import annotations

import re

from ..model import Entity, KBEntry, Mention
from ..vocab import Class as C
from . import body_names
from .candidates import GOVERNING, is_acronym, own_class_noun
from .classes import ancestors, category, compatible, root_of  # noqa: F401  (the class tree, also for the rules)
from .clauses import fronted_aboard
from .described_names import maker_agent
from .gazetteer import Gazetteer, choose_entry, name_key
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .mentions import Candidate
from .names import landform_name
from .taking_back import may_take_back  # noqa: F401  (a definite noun's antecedents: context, referents)
from .trade_names import legal_twin, trade_stems
from .tree import Tree

#: The twelve top classes the contract's typing is judged by.
ROOTS = frozenset({C.Agent, C.Place, C.Mission, C.Spacecraft, C.LaunchVehicle, C.Instrument, C.CelestialBody,
                   C.Event, C.Agreement, C.Sample, C.Topic, C.Release})


def entity_key(label: str) -> str:
    return "e:" + name_key(label)


class EntityTable:
    """The entities of one release and which tokens refer to which."""

    def __init__(self, tree: Tree, gaz: Gazetteer):
        self.tree, self.gaz = tree, gaz
        self.entities: dict[str, Entity] = {}
        self.token_entity: dict[int, str] = {}
        self._by_name: dict[str, str] = {}

    # --- building ---------------------------------------------------------
    def add_candidates(self, cands: list[Candidate]) -> None:
        kb_context = {e.iri for c in cands if len(c.kb) == 1 for e in c.kb}
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
            text = c.label or self.tree.span_text(c.start, c.end)
            hint = None if own_class_noun(self.tree, c) else c.hint  # "the Subaru Telescope": known, on the ground
            entry = choose_entry(c.kb, hint, kb_context, self.gaz) if c.kb else None
            defined = self._defined_here(text) if entry is not None else None
            if defined is not None:  # "the Korvan Space Agency (KSA) ... KSA will": the release's KSA
                self._add_mention(defined, c.start, c.end, c.source)
                continue
            if entry is None and c.kb == () and c.hint is None and not c.aliases:
                # a bare name is kept when it names a person known by surname or a thing named before
                # ("The Vela satellite lifted off. Vela carries ...")
                nk = name_key(clean_name(text))  # (or a company's name without its trade word: "Halden")
                named_before = self.tree[c.start].text[:1].isalnum() and (
                    nk in self._by_name or nk in trade_stems(self.entities.values(),
                                                             agencies=self.tree[c.start].pos != "ADJ"))
                if not self._person_like(c) and not named_before:
                    continue
            ent = self._entity_for(text, entry, c)
            if ent is None:
                continue
            self._add_mention(ent, c.start, c.end, c.source)
            for alias in c.aliases:
                self._add_alias(ent, alias)
            if (landform := landform_name(self.tree, c)) is not None:
                self._add_alias(ent, landform)  # "the Moon's Shackleton crater": its name with its noun too
        body_names.own_heads(self.tree, self.entities, self.token_entity)  # "Imperial College [London] signed"

    def _defined_here(self, text: str) -> Entity | None:
        """The thing the release gave ``text`` to as another name (an acronym it defined), if any."""
        key = self._by_name.get(name_key(text))
        ent = self.entities.get(key) if key else None
        return ent if ent is not None and name_key(text) in {name_key(a) for a in ent.aliases} else None

    def defined_name(self, text: str) -> Entity | None:
        """The thing the release defined ``text`` as a name of ("the Vela Space Agency (VSA)"): a word the
        candidates left out of a longer run ("VSA Director General A B") is a mention of it all the same."""
        return self._defined_here(text)

    def _person_like(self, c: Candidate) -> bool:
        """A bare proper-noun run with no type: keep it only if it names a known person's surname."""
        key = name_key(self.tree.span_text(c.start, c.end))
        return any(key == k for k in self._surname_keys())

    def _surname_keys(self) -> dict[str, str]:
        """Keys of the ends of earlier names: a person's surname, "Joint Statement" of "JAXA/ASI Joint Statement"."""
        out = {}
        for ent in self.entities.values():
            for name in (ent.label, *ent.aliases):
                words = name.replace("/", " ").split()
                least = 1 if C.Person in ent.classes else 2
                for n in range(1, len(words)):
                    if len(words) - n >= least and not body_names.governed_end(words, n):
                        out.setdefault(name_key(" ".join(words[n:])), ent.key)
        return out

    def _short_forms(self) -> dict[str, str]:
        """Keys of the head word of earlier organizations' names ("Council" of "EUMETSAT Council",
        "Board" of "Board of Directors of X"),
        when that word is a noun of an organization class and only one organization's name ends in it:
        a text names a body in full once, then calls it "the Council". Two agencies in view make
        "the Agency" ambiguous, and it stays apart."""
        out: dict[str, str | None] = {}
        for ent in self.entities.values():
            if not any(self.is_a_class(k, C.Organization) for k in ent.classes):
                continue
            for name in (ent.label, *ent.aliases):
                words = name.split(" of ")[0].split()  # "Board of Directors of X": its head is "Board"
                head = HEAD_CLASSES.get(words[-1].lower()) if len(name.split()) > 1 else None
                if head is None or not self.is_a_class(head, C.Organization):
                    continue
                parts = name.split(" of ")  # "Board of Directors of X" is "the Board of Directors" too
                for k in {name_key(words[-1]), *([name_key(" of ".join(parts[:-1]))] if len(parts) > 2 else [])}:
                    out[k] = ent.key if out.get(k, ent.key) == ent.key else None
        return {k: v for k, v in out.items() if v is not None}

    def _inner_kb(self, c: Candidate) -> Entity | None:
        inner = {self.token_entity[i] for i in range(c.start, c.end) if i in self.token_entity}
        if len(inner) != 1 or c.hint is None:
            return None
        ent = self.entities[next(iter(inner))]
        if ent.kb is None or not any(compatible(c.hint, k) for k in ent.classes):
            return None
        if any(C.Person in k or k in (C.Country, C.City) for k in ent.classes):
            return None
        return ent

    def _entity_for(self, text: str, entry: KBEntry | None, c: Candidate) -> Entity | None:
        if entry is not None:
            key = "kb:" + entry.iri
            if key not in self.entities:
                self.entities[key] = Entity(key, entry.label, set(entry.classes), kb=entry,
                                            type_source="kb")
                for n in (entry.label, *entry.aliases):
                    self._by_name.setdefault(name_key(n), key)
            ent = self.entities[key]
            if name_key(text) != name_key(entry.label):
                ent.aliases.add(clean_name(text))
            return ent
        name = clean_name(text)
        nk = name_key(name)
        if not nk or len(nk) < 2:
            return None
        # a pattern's longer name for a known one ("the Vela agency's ..."), never a body that governs it
        outer_alias_of = self._inner_kb(c) if c.source.startswith("pattern") and c.source != GOVERNING else None
        if outer_alias_of is not None:
            self._add_alias(outer_alias_of, name)
            return outer_alias_of
        if nk in self._by_name:
            return self._typed_again(self.entities[self._by_name[nk]], c)
        for alias in c.aliases:
            if name_key(alias) in self._by_name:
                ent = self.entities[self._by_name[name_key(alias)]]
                self._add_alias(ent, name)
                return ent
        if (twin := legal_twin(name, self.entities.values())) is not None:  # "Zenara Space" and "Zenara Space AS"
            self._add_alias(twin, name)
            return twin
        hint = c.hint
        earlier = self._surname_keys().get(nk)
        if earlier and (hint is None or any(compatible(hint, k) or root_of(hint) == root_of(k)
                                            for k in self.entities[earlier].classes)):
            ent = self.entities[earlier]
            self._add_alias(ent, name)
            return ent
        body = self._short_forms().get(nk) if hint is not None and (" " not in name or " of " in name) else None
        stem = trade_stems(self.entities.values()).get(nk) if " " not in name and (hint in (
            None, C.Organization, C.Company, C.Facility) or hint == C.Place and c.source == "model") else None
        if stem is not None:  # "Helvor Aerospace ... Helvor's site", "the Helvor teleport" (the company's site)
            body, hint = stem, None
        if body is not None and (hint is None or any(compatible(hint, k) for k in self.entities[body].classes)):
            ent = self.entities[body]  # "the EUMETSAT Council ... the Council": one body
            self._add_alias(ent, name)
            return ent
        if hint is None or (hint == C.Person and c.source != "model" and is_upper(name)):
            person = self._kb_person(name)
            if person is not None:
                return self._entity_for(text, person, c)
        if hint == C.Person:
            person = self._kb_person(name)
            if person is not None:
                return self._entity_for(text, person, c)
        if hint is None:
            return None
        key = entity_key(name)
        ent = Entity(key, name, {hint}, type_source=c.source)
        self.entities[key] = ent
        self._by_name[nk] = key
        return ent

    def _typed_again(self, ent: Entity, c: Candidate) -> Entity:
        """``ent`` named again by ``c``: "Halcyon Satellites orders two satellites ... The satellite operator
        Halcyon Satellites": the model's guess for the first mention (a place) gives way to the class the head
        noun of a later one states."""
        from .head_nouns import restated_class

        cls = restated_class(self.tree, c) if ent.kb is None and ent.type_source == "model" else None
        if cls is not None and not any(compatible(cls, k) or compatible(k, cls) for k in ent.classes):
            ent.classes, ent.type_source = {cls}, "pattern:head-noun"
        return ent

    def _kb_person(self, name: str) -> KBEntry | None:
        """A person of the knowledge base named in another order ("YAMAKAWA Hiroshi") or by surname."""
        words = name.split()
        if len(words) == 2:
            for e in self.gaz.lookup(f"{words[1]} {words[0]}"):
                if C.Person in e.classes:
                    return e
        if len(words) == 2 and is_upper(words[0]):
            surname = words[0]  # "YAMAKAWA Hiroshi"
        elif len(words) == 1:
            surname = words[0]  # "Dr Tachikawa"
        else:
            return None  # "Ravi Kumar" is not A. S. Kiran Kumar
        hits = self.gaz.people_by_surname.get(name_key(surname), ())
        return hits[0] if len(hits) == 1 else None

    def _add_alias(self, ent: Entity, alias: str) -> None:
        alias = clean_name(alias)
        nk = name_key(alias)
        if not nk or nk == name_key(ent.label):
            return
        other = self._by_name.get(nk)
        if other and other != ent.key:
            return
        ent.aliases.add(alias)
        self._by_name[nk] = ent.key

    def _add_mention(self, ent: Entity, start: int, end: int, source: str, *, head: int | None = None) -> None:
        t = self.tree
        # the model's entity ran over a line break ("... in the Vantor basin\n\n"): not the name's
        start, end = _without_white(t, start, end)
        s = t.sentence_of(start)
        ent.mentions.append(Mention(start, end, t[start].idx, t[end - 1].end,
                                    t.span_text(start, end), s.index, source))
        if head is not None:  # a description: its modifiers may be names of their own ("the [Hera] agreement")
            self.token_entity[head] = ent.key
            return
        for i in range(start, end):
            # inner names keep their own entity ("Embassy of [Italy]"): longer names come first
            self.token_entity[i] = ent.key
        if end + 2 < len(t) and t[end].text == "(" and t[end + 2].text == ")" and end + 1 not in self.token_entity \
                and is_acronym(t[end + 1].text):
            # "JAXA's Martian Moons eXploration (MMX) mission": the parser hangs the head noun's words on the
            # acronym the name defines (no candidate of its own: mentions.acronym_definitions), which is the name
            self.token_entity[end + 1] = ent.key

    def add_described(self, key: str, label: str, cls: str, start: int, end: int, source: str) -> Entity:
        """A thing the text describes without naming ("a spectrometer", the meeting)."""
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, label, {cls}, named=False, type_source=source)
            self.entities[key] = ent
        self._add_mention(ent, start, end, source, head=end - 1)
        return ent

    def add_reference(self, ent: Entity, start: int, end: int, source: str) -> None:
        """A description headed by token ``end - 1`` that stands for ``ent`` ("Italy's space agency")."""
        self._add_mention(ent, start, end, source, head=end - 1)

    def add_kb(self, entry: KBEntry) -> Entity:
        """The entity of a knowledge-base entry, created when a relation needs it."""
        key = "kb:" + entry.iri
        if key not in self.entities:
            self.entities[key] = Entity(key, entry.label, set(entry.classes), kb=entry, type_source="kb")
        return self.entities[key]

    def retype_by_predicates(self) -> None:
        """"LDO is a mission of KARI", "X, a French lander": a stated class beats a guessed one.

        Knowledge-base entities keep their classes; others take the class of
        their copula complement or apposition when it names one.
        """
        from .mentions import noun_class

        t = self.tree
        for tok in t.tokens:
            ent = self.at(tok.i)
            if ent is None or ent.kb is not None or ent.type_source == "predicate" or not ent.named:
                continue
            if ent.classes == {C.Person} and ent.type_source != "header" and _titled_organization(t, tok.i):
                ent.classes = {C.Organization}  # "the head of Vela Space", "Vela Space chief executive Tom Berg"
                ent.type_source = "predicate"
                continue
            if ent.classes == {C.Facility} and (maker_agent(t, tok.i) or _titled_organization(t, tok.i)
                                                 or body_names.acting_with_a_body(t, self.at, tok.i)):
                # "operated by the Remote Sensing Centre", "the head of the X Centre", "ESA and the X Centre
                # hosted a workshop": a body too, not only a building (its place still fits)
                ent.classes = {C.Facility, C.Organization}
                ent.type_source = "predicate"
                continue
            if ent.classes == {C.Place} and ent.type_source == "model" and maker_agent(t, tok.i):
                ent.classes = {C.Organization}  # "developed by Tessera": the model's guess of a place makes nothing
                ent.type_source = "predicate"
                continue
            nouns = []
            if tok.dep == "nsubj" and t.lemma(tok.head) in ("be", "become") and not fronted_aboard(t, tok.head):
                nouns = [c.i for c in t.children(tok.head, "attr")]
                # "Nova-3 was one of twelve CubeSats": the plural class noun "one" picks from
                nouns += [k for n in nouns if (k := t.partitive_of(n)) is not None and t.lowers[n] == "one"]
            # not a list's next item: "satellites from X Laboratories, a technology demonstrator from Y"
            nouns += [c.i for c in t.children(tok.i, "appos") if c.i > tok.i and c.pos == "NOUN"
                      and not t.parallel_apposition(tok.i, c.i)]
            for n in nouns:
                if self.at(n) is not None or t[n].pos != "NOUN" and not t.camel_plural(n):
                    continue  # (a camel class noun's plural the tagger calls a name: "CubeSats")
                cls = noun_class(t, n)
                if cls and cls not in ent.classes and not any(compatible(cls, k) for k in ent.classes):
                    if root_of(cls) in (C.Mission, C.Spacecraft, C.LaunchVehicle, C.Instrument, C.Event, C.Agent):
                        ent.classes = {cls}
                        ent.type_source = "predicate"
                        break

    # --- reading ----------------------------------------------------------
    def at(self, i: int) -> Entity | None:
        key = self.token_entity.get(i)
        return self.entities[key] if key else None

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and what is coordinated with it, over names of several words: in "the Ministry of
        Defence and Airbus signed", the parser hangs "Airbus" on "Defence", inside the first name, and
        the name's head has no conjunct. A name coordinated with a word inside another name is the
        whole name's conjunct when both are named things of one kind (two agents, two places): "the
        University of Bern and Geneva" keeps Geneva, a city, apart from the university. So is one the parser
        hung on the place of the name's "in" phrase ("OHB in Germany, Airbus in France and GMV")."""
        t = self.tree
        out = t.conjuncts(i)
        for j in list(out):
            ent = self.at(j)
            m = next((m for m in ent.mentions if m.start <= j < m.end), None) if ent is not None else None
            if m is None:
                continue
            kinds = {category(c) for c in ent.classes}
            # "OHB in Germany, Airbus in France and GMV": the next item hung on the place of the one before
            placed = [o.i for p in t.children(m.end - 1, "prep") if t.lowers[p.i] in ("in", "at", "from")
                      for o in t.children(p.i, "pobj")] if self.is_a(ent, C.Organization) else []
            for k in [*range(m.start, m.end), *placed]:
                for c in t.children(k, "conj"):
                    other = self.at(c.i)
                    if c.i >= m.end and other is not None and other is not ent and any(
                            category(x) in kinds for x in other.classes):
                        out.extend(x for x in t.conjuncts(c.i) if x not in out)
        return sorted(out)

    @staticmethod
    def is_a_class(sub: str, cls: str) -> bool:
        return cls in ancestors(sub)

    def is_a(self, ent: Entity | None, cls: str) -> bool:
        return ent is not None and any(cls in ancestors(c) for c in ent.classes)


_LEADING = re.compile(r"^(the|a|an|its|their|his|her)\s+", re.I)
_TRAILING_POSS = re.compile(r"(['’]s|['’])$")


def clean_name(text: str) -> str:
    """A name as a label: no leading article, no possessive, single spaces."""
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    return _TRAILING_POSS.sub("", text).strip(" ,;:")


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _titled_organization(t: Tree, i: int) -> bool:
    """True when the name ending at token ``i`` is what a title is of, so an organization whatever the
    model guessed: "the head of X" (the object of "of" after a title word), "X chief executive Tom Berg"
    (a name before the title words of another name)."""
    titles = WORD_CLASSES["TITLE_WORDS"]
    tok = t[i]
    if tok.dep == "pobj" and t[tok.head].text.lower() == "of":
        word = t[t[tok.head].head]
        return word.text.lower() in titles and word.pos == "NOUN"
    k = i + 1
    while k < len(t) and t[k].text.lower() in titles and t[k].pos == "NOUN":
        k += 1
    return k > i + 1 and k < len(t) and t[k].ent_type == "PERSON" and t[k].pos == "PROPN"


def _without_white(t: Tree, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white-space tokens at either end (one word at least stays)."""
    while end > start + 1 and t[end - 1].text.isspace():
        end -= 1
    while start < end - 1 and t[start].text.isspace():
        start += 1
    return start, end

