"""Shared state of one release's extraction: what each phrase refers to.

The rule modules (``relations``, ``events``) ask a :class:`Context` which entities a token's phrase denotes,
through names, head nouns, coordination, pronouns and definite descriptions, and hand their findings back to it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from ..errors import ExtractionError
from ..model import DateFact, Entity, Evidence, Relation, Release
from ..vocab import DOMAIN, RANGE
from ..vocab import Class as C
from . import registry
from .antecedents import Antecedents
from .classes import same_root
from .definites import Definites
from .entities import EntityTable, ancestors, compatible
from .frames import Frame, build_frames
from .gazetteer import Gazetteer
from .lexicon import GROUP_NOUNS
from .mentions import noun_class
from .named_children import NamedChildren
from .predicated_names import predicated_referent
from .registry import Rule
from .sessions import edition_of
from .taking_back import former_or_latter
from .tree import Tree

#: A reference (a pronoun, "the agency") looks back at most this many tokens (some 3,000 words:
#: more than a whole ordinary release) for what it refers to, so a long text costs linear time.
LOOKBACK = 4000



class Context(Antecedents, NamedChildren, Definites):
    """What a release says, being assembled by the rules (what pronouns refer back to: ``Antecedents``)."""

    def __init__(self, release: Release, tree: Tree, table: EntityTable, gaz: Gazetteer):
        self.release, self.tree, self.table, self.gaz = release, tree, table, gaz
        self.frames: dict[int, Frame] = {f.verb: f for f in build_frames(tree)}  # verb token -> its frame
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.dates: dict[tuple[str, str], DateFact] = {}
        self.groups: list[tuple[int, list[str]]] = []  # (token, entity keys) of coordinated agents
        self.described: dict[int, str] = {}  # head token -> entity key of a described thing
        self.date_at: dict[int, list[tuple[str, int]]] = {}  # attachment token -> (value, date token)
        self.date_links: list[tuple[str, str]] = []  # (entity key, entity key or "verb:<i>") sharing a date
        self.pending_targets: list[tuple[Entity, Entity, int]] = []  # (craft, sample, token)
        self.events_seen: list[str] = []
        self.publisher_key: str | None = None
        self._index: list[tuple[int, int, int, str]] = []
        self._objects: dict[tuple[str, str], dict[str, None]] = {}  # (subject, property) → objects, in order
        self._index_seen: dict[str, tuple[Entity, int, int]] = {}  # key → (entity, mentions, order)
        self.rule: Rule | None = None  # the rule running now: its declaration bounds what it may add

    def running(self, rule: Rule) -> registry.Running:
        """Run ``rule``'s body (``with ctx.running(rule):``): what it adds is checked against, and
        defaults to, its declaration."""
        return registry.Running(self, rule)

    # --- output -------------------------------------------------------------
    def add(self, s: Entity | None, p: str, o: Entity | None, at: int, method: str | None = None,
            confidence: float | None = None) -> bool:
        """Record ``s p o`` with the sentence of token ``at`` as evidence.

        ``method`` and ``confidence`` default to the running rule's name and declared confidence; a property the
        rule does not declare is refused loudly (:class:`~presskg.errors.ExtractionError`): declarations stay true.
        """
        if self.rule is not None:
            if p not in self.rule.produces:
                raise ExtractionError(f"rule {self.rule.name!r} wrote {p}, which its declaration does not list "
                                      f"in produces")
            method = method or self.rule.name
            confidence = self.rule.confidence if confidence is None else confidence
        if s is None or o is None or s.key == o.key:
            return False
        assert method is not None and confidence is not None, "a finding outside a rule needs a method and confidence"
        if p == "launchSite" and self.table.is_a(s, C.Spacecraft) and not self.table.is_a(s, C.SpaceStation):
            s.classes.add(C.Mission)  # a craft that is launched is (also) a mission
        if not (self.fits(s, DOMAIN.get(p)) and self.fits(o, RANGE.get(p))):
            return False
        if p == "partnerOf" and s.key > o.key:
            s, o = o, s
        key = (s.key, p, o.key)
        old = self.relations.get(key)
        if old is not None and old.evidence.confidence >= confidence:
            return False
        self.relations[key] = Relation(s.key, p, o.key, self.evidence(at, method, confidence))
        self._objects.setdefault((s.key, p), {})[o.key] = None
        return True

    def fits(self, ent: Entity, allowed: tuple[str, ...] | None) -> bool:
        """True when one of ``ent``'s classes is one of ``allowed`` or below it."""
        return allowed is None or any(a in ancestors(c) for c in ent.classes for a in allowed)

    def add_partners(self, parties: list[Entity], at: int, method: str, confidence: float) -> None:
        """Every pair of ``parties`` cooperates (``pk:partnerOf`` is symmetric: each pair once)."""
        for a, b in itertools.combinations(dict.fromkeys(parties), 2):
            self.add(a, "partnerOf", b, at, method, confidence)

    def add_date(self, ent: Entity, value: str, at: int, method: str) -> None:
        """``ent`` took place on ``value``; what the knowledge base dates keeps its day ("X signed the Accords on" an
        accession's day)."""
        known = [v for p, v in ent.kb.facts if p == "date"] if ent.kb is not None else []
        if not known or any(v.startswith(value) or value.startswith(v) for v in known):
            self.dates.setdefault((ent.key, value), DateFact(ent.key, value, self.evidence(at, method, 0.8)))

    def evidence(self, at: int, method: str, confidence: float) -> Evidence:
        s = self.tree.sentence_of(at)
        return Evidence(s.index, s.start_char, s.end_char, s.text, method, confidence)

    def retract(self, key: tuple[str, str, str]) -> None:
        """Forget the relation ``key`` (subject, property, object keys), found wrong by a later reading."""
        if self.relations.pop(key, None) is not None:
            self._objects.get(key[:2], {}).pop(key[2], None)

    def has(self, s: Entity, p: str, o: Entity) -> bool:
        a, b = (s.key, o.key) if p != "partnerOf" or s.key < o.key else (o.key, s.key)
        return (a, p, b) in self.relations

    def objects(self, s: Entity, p: str) -> list[Entity]:
        return [self.table.entities[o] for o in self._objects.get((s.key, p), ())]

    def date_tokens(self, f: Frame) -> list[int]:
        """The tokens of the dates attached to a frame's verb or its noun (as :meth:`frame_date` reads them)."""
        return [k for at in (f.verb, f.noun) if at is not None for _, k in self.date_at.get(at, [])]

    def frame_date(self, verb: int) -> list[str]:
        """Date values attached to a verb's clause ("launched on 9 May 2003")."""
        f = self.frames.get(verb)
        noun = f.noun if f is not None else None  # "scheduled for launch in 2029": the noun's date is the clause's
        return [v for at in (verb, noun) if at is not None for v, _ in self.date_at.get(at, [])]

    def recent(self, i: int, cls: str, *, sentences: int = 2) -> list[Entity]:
        """Entities of ``cls`` mentioned before token ``i`` in the last few sentences, latest first."""
        here = self.tree.sentence_index(i)
        out = []
        for e, start in self._before(i):
            if here - self.tree.sentence_index(start) > sentences:
                break  # latest first: every later one is further back
            if self.table.is_a(e, cls):
                out.append(e)
        return out

    def latest_group(self, i: int) -> list[Entity]:
        for at, keys in reversed(self.groups):
            if at < i:
                return [self.table.entities[k] for k in keys]
        return []

    def current_event(self, i: int, subj: list[Entity]) -> Entity | None:
        """The event a discussion at token ``i`` belongs to: the latest meeting of (some of) ``subj``."""
        keys = {e.key for e in subj}
        fallback = None
        for key in reversed(self.events_seen):
            ev = self.table.entities[key]
            if not ev.mentions or ev.mentions[0].start > i:
                continue
            parts = self._objects.get((key, "participant"), {}).keys()
            if parts & keys:
                return ev
            fallback = fallback or ev
        return fallback if not keys or fallback is not None and not subj else fallback

    # --- reference ------------------------------------------------------------
    def ref(self, i: int) -> Entity | None:
        """The entity the phrase headed by token ``i`` denotes, if any."""
        t = self.tree[i]
        ent = self.table.at(i)  # "The first lander will be Vela", "X is the first lander": Vela (predicated_names)
        said = None if ent is not None and ent.named else predicated_referent(self.table, i, self._same_kind)
        if said is not None or ent is not None:
            return said or ent
        if i in self.described:
            # "The primary payload, the Tessa satellite,": the name set beside the description
            named = self.named_child(i) if any(c.dep == "appos" and c.i > i for c in self.tree.children(i)) else None
            return named or self.table.entities[self.described[i]]
        if t.pos == "PRON" or t.tag in ("PRP", "PRP$"):
            group = self.antecedents(i)
            return group[0] if len(group) == 1 else None
        if (key := former_or_latter(self.tree, i, self.groups)) is not None:  # "the latter will build X"
            return self.table.entities[key]
        if t.pos in ("NOUN", "PROPN") or self.tree.partitive_of(i) is not None:  # ("the first of them, X": X)
            k = self.tree.place_named(i)  # "the city of Torvik": Torvik
            named = self.title_holder(i) or self.named_child(i) or (self.table.at(k) if k is not None else None) \
                or edition_of(self.tree, i, self.ref)  # "the third edition of the X Forum": the forum
            if named is not None:
                return named
            beside = self.apposed(i)
            if beside is not None:
                return beside
            return self.definite(i)
        return None

    def apposed(self, i: int) -> Entity | None:
        """"MMX (Martian Moons Exploration), the Japanese sample return mission": a description
        set off by a comma right after a name is that name's apposition, however it was parsed."""
        t = self.tree
        if t[i].dep == "conj" or t[i].dep == "appos" and t.listed_apposition(t[i].head, i):
            return None  # "a radar sounder, a thermal imager and a magnetometer": a list's item, no apposition
        k = min(t.subtree(i)) - 1  # the name just before the comma first: parsers often hang it elsewhere
        if k >= 1 and t[k].text == ",":
            k -= 1
            if t[k].text == ")":  # skip a parenthetical: "MMX (Martian Moons Exploration),"
                while k > 0 and t[k].text != "(":
                    k -= 1
                k -= 1
            ent = (self.table.at(k) or self.named_child(k)) if k >= 0 else None  # ("the X satellite, a small ...")
            if ent is not None and self._same_kind(i, ent):
                return ent
        if t[i].dep == "appos" and t[i].head != i:
            ent = self.table.at(t[i].head) or self.named_child(t[i].head)
            if ent is not None and self._same_kind(i, ent):
                return ent
        return None

    def _same_kind(self, i: int, ent: Entity) -> bool:
        cls = noun_class(self.tree, i)
        return cls is not None and any(compatible(cls, k) or same_root(cls, k) for k in ent.classes)

    def refs(self, i: int) -> list[Entity]:
        """Entities the phrase at ``i`` denotes, distributing over coordination and groups."""
        out: list[Entity] = []
        for j in self.table.conjuncts(i):
            t = self.tree[j]
            if t.pos == "PRON" or (t.pos == "NOUN" and (self.is_group_phrase(j) or t.tag == "NNS")):
                group = self.antecedents(j)
                if group:
                    out.extend(group)
                    continue
            ent = self.ref(j)
            if ent is None and t.pos == "NOUN":
                # "the GOSAT-1 and GOSAT-2 satellites", "two satellites, Halcyon-7 and Halcyon-8,": names coordinated
                cls = noun_class(self.tree, j)  # under one noun of their kind (not agents: "two companies, A and B")
                kids = [c.i for c in self.tree.children(j, "compound", "nmod", "amod", "nummod", "appos")  # ("Lumo-1")
                        if self.table.at(c.i) and (c.dep not in ("amod", "nummod") or c.text[:1].isupper()
                                                   or self.table.at(c.i).label != c.text)  # ("Neo 5 and [6]")
                        and (c.dep != "appos" or t.tag == "NNS" and cls is not None and C.Agent not in ancestors(cls))]
                for k in kids:
                    for e in (self.table.at(x) for x in self.tree.conjuncts(k)):
                        if e and (cls is None or any(compatible(cls, c) or same_root(cls, c) for c in e.classes)):
                            out.append(e)
                continue
            if ent is not None:
                out.append(ent)
        seen, uniq = set(), []
        for e in out:
            if e.key not in seen:
                seen.add(e.key)
                uniq.append(e)
        return uniq

    def owned_apart(self, i: int) -> set[str]:
        """Keys of what the conjuncts of ``i`` after it denote that have an owner of their own, a possessor or a
        body's name in front ("the NASA/ESA Webb telescope and ESA's Euclid", "CNES's X and JAXA's Y"), or a
        determiner that opens a phrase of their own ("the module's batteries and the Zephyr cargo vehicle"). An
        owner of the first does not reach them."""
        t = self.tree
        return {e.key for j in self.table.conjuncts(i) if j > i and any(
            c.dep in ("poss", "det") or c.dep in ("compound", "nmod")
            and self.table.is_a(self.table.at(c.i), C.Organization) for c in t.children(j))
            and (e := self.ref(j)) is not None}

    def is_group_phrase(self, i: int) -> bool:
        """"the two heads of agency", "both agencies", "each agency", "the partners"."""
        t = self.tree[i]
        if self.tree.lemma(i) not in GROUP_NOUNS and t.text.lower() not in GROUP_NOUNS:
            return False
        if any(self.table.at(o.i) is not None for p in self.tree.children(i, "prep") if self.tree.lowers[p.i] in (
                "of", "from") for o in self.tree.children(p.i, "pobj")):
            return False  # "the heads of NASA, ESA and ISRO": the bodies named, not a group told of before
        mods = {self.tree.lemma(c.i) for c in self.tree.children(i)}
        plural = t.tag in ("NNS", "NNPS")
        return bool(mods & {"two", "both", "each", "three", "all"}) or (plural and "the" in mods)

    def before(self, i: int) -> Iterator[Entity]:
        """Entities mentioned before token ``i``, latest first, within :data:`LOOKBACK` tokens."""
        return (ent for ent, _ in self._before(i))

    def _before(self, i: int) -> Iterator[tuple[Entity, int]]:
        """Entities mentioned before token ``i`` with the start of their latest mention there,
        latest first (ties in the table's order). Walks back from ``i`` over the mentions sorted
        once (while the table is unchanged) and stops :data:`LOOKBACK` tokens back: scanning every
        mention of the release for each reference made a long release quadratic."""
        spans = self._mention_index()
        k = bisect.bisect_left(spans, (i,))
        floor = i - LOOKBACK
        seen: set[str] = set()
        while k > 0:
            k -= 1
            start, _, end, key = spans[k]
            if start < floor:
                return
            if end <= i and key not in seen:
                seen.add(key)
                yield self.table.entities[key], start

    def _mention_index(self) -> list[tuple[int, int, int, str]]:
        """Every mention as ``(start, -entity order, end, entity key)``, sorted, kept in line with
        the table: mentions added since the last call are inserted; should an entity be replaced,
        removed or lose mentions, the index is made again."""
        ents, seen = self.table.entities, self._index_seen
        new: list[tuple[int, int, int, str]] = []
        whole = len(seen) > len(ents)
        for n, (k, e) in enumerate(ents.items()) if not whole else ():
            count, before = len(e.mentions), seen.get(k)
            if before is None:
                new += [(m.start, -n, m.end, k) for m in e.mentions]
            elif before[0] is not e or before[1] > count or before[2] != n:
                whole = True
                break
            elif before[1] < count:
                new += [(m.start, -n, m.end, k) for m in e.mentions[before[1]:]]
            else:
                continue
            seen[k] = (e, count, n)
        if whole:
            self._index_seen = {k: (e, len(e.mentions), n) for n, (k, e) in enumerate(ents.items())}
            self._index = sorted((m.start, -n, m.end, e.key) for n, e in enumerate(ents.values())
                                 for m in e.mentions)
        elif len(new) > 64:
            self._index = sorted(self._index + new)
        else:
            for t in new:
                bisect.insort(self._index, t)
        return self._index

    def note_group(self, i: int, ents: list[Entity]) -> None:
        """The agents among ``ents`` (states too: "Japan and India agreed") acting at ``i``: a group to take back."""
        agents = [e for e in ents if self.table.is_a(e, C.Agent) or C.Country in e.classes]
        if len(agents) >= 2:
            self.groups.append((i, [e.key for e in agents]))
