"""What a pronoun or a group noun refers back to: "he", "it", "we", "they", "the two agencies".

A part of :class:`~presskg.extract.context.Context` (its base class), split out of context.py: it reads the
entities mentioned before a token (``_before``), the groups the rules noted (``groups``), the release's
publisher and what definite descriptions denote (``definite``), all kept by the context.
"""

from __future__ import annotations

import bisect

from ..model import Entity
from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .commissions import commissioner
from .genders import may_take_back
from .givers import giver_subject
from .lexicon import FIRST_PLURAL, NEUTER, OCCURRENCE_NOUNS, PERSONAL, WORD_CLASSES
from .owned_seats import owns_a_seat, seat_actor
from .possessors import _CRAFT, _UNREAD, Possessors
from .salience import described_subjects, most_salient

#: Parts of a world ("its surface", "its south pole", "its atmosphere": lexicon BODY_PART_NOUNS).
_BODY_PARTS = frozenset(WORD_CLASSES["BODY_PART_NOUNS"])

#: Nouns of a programme or a series (lexicon data): a programme has many craft.
_PROGRAMME_NOUNS = WORD_CLASSES["PROGRAMME_NOUNS"]
#: What a counted plural may stand for: "the two satellites", "both instruments", "the three moons".
_COUNTED = (C.Spacecraft, C.Instrument, C.LaunchVehicle, C.CelestialBody)
#: Titles a person holds (lexicon titles.toml).
_TITLES = WORD_CLASSES["HEAD_TITLES"] | WORD_CLASSES["MEMBER_TITLES"]


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Plural nouns of states ("the two governments", "both countries"; lexicon GOVERNMENT_NOUNS).
_STATE_NOUNS = frozenset(WORD_CLASSES["GOVERNMENT_NOUNS"]) - {"embassy", "ministry"} | {"country", "nation"}




class Antecedents(Possessors):
    """Pronouns and group nouns resolved against what the context has read so far."""

    def antecedents(self, i: int) -> list[Entity]:
        """What a pronoun or group noun at ``i`` refers back to (a counted plural of things: :meth:`counted`)."""
        word = self.tree[i].text.lower()
        if self.tree[i].pos == "NOUN":
            if self.tree[i].tag == "NNS" and not self.is_group_phrase(i):
                return self.counted(i)
        sent = self.tree.sentence_of(i)
        fronted = self._fronted_owner(i) if word in ("its", "his", "her", "it", "he", "she") else None
        if fronted is not None:  # "Since its launch in 2015, Sentinel-2A has ...": the subject told after it
            return [fronted] if fronted is not _UNREAD else []
        if word in PERSONAL:
            subject = self._clause_subject(i)
            for ent in self.before(i):
                # "Jonas Pereira will replace her": an object pronoun is not its own clause's subject
                if C.Person in ent.classes and not any(m.start <= k < m.end for m in ent.mentions for k in subject) \
                        and may_take_back(self.tree, word, ent):  # "She" is no man the text marks as one (genders.py)
                    return [ent]
            return []
        if word in NEUTER:
            owner = self._means_owner(i)
            if owner is not None:
                return [owner]
            giver = commissioner(self.tree, i)  # "X selected Y to launch its satellite": X's
            if giver:
                return [e for e in (self.table.at(k) for k in giver) if e is not None and e.named][:1]
            actor = [e for k in seat_actor(self.tree, i) for e in [self.table.at(k)] if e is not None and e.named
                     and (self.table.is_a(e, C.Organization) or C.Country in e.classes)] if word == "its" else []
            if actor:  # "NASA will track the ESA probe from its station": NASA's (owned_seats.py)
                return actor[:1]
            own = self.tree[i].head
            subject = set(self._clause_subject(i))  # "IPMA, which will operate it": not IPMA
            fits = []
            for ent, start in self._before(i):
                if C.Person in ent.classes or not ent.named:
                    continue
                if any(m.start <= own < m.end or subject.intersection(range(m.start, m.end)) for m in ent.mentions):
                    continue
                if self.tree.sentence_index(ent.mentions[-1].start) < sent.index - 1:
                    break
                if word == "its" and self._listed_before(start, i):
                    continue
                fits.append((ent, start))
            if word == "its" and owns_a_seat(self.tree, i):  # "at its ground station": a body's or a state's
                fits = [p for p in fits if self.table.is_a(p[0], C.Organization) or C.Country in p[0].classes] or fits
            if word == "its" and self._owns_a_craft(i, own):  # "Polarcom, based in Oslo, placed its satellite in
                fits = [p for p in fits if self.table.is_a(p[0], C.Organization)] or fits  # safe mode": no town's
            if word == "its" and self.tree.lemma(own) in _BODY_PARTS:  # "landed on its surface": a world's
                fits = self._worlds(fits) or fits
            if word == "its" and OCCURRENCE_NOUNS.get(self.tree.lemma(own)) in (C.Launch, C.Landing):
                fits = [p for p in fits if any(self.table.is_a(p[0], k) for k in _CRAFT)] or fits  # "its launch"
            if word == "its" and self.tree[own].dep in _SUBJECT_DEPS and self._names_a_crafts_part(own):
                fits = [p for p in fits if any(self.table.is_a(p[0], k) for k in _CRAFT)] or fits  # "its payload"
            giver = set(giver_subject(self.tree, i)) if word == "its" else set()
            given = [p for p in fits if any(giver.intersection(range(m.start, m.end)) for m in p[0].mentions)]
            if given:  # "ISRO will provide NOAA with data from its satellite": the giver's (givers.py)
                return [given[0][0]]
            bound = self._own_subject(i, fits) if word == "its" else None
            if bound is not None:  # "Aurelia-1 has passed its final tests": the clause's own subject's
                return [bound] if bound is not _UNREAD else []
            described = described_subjects(self.tree, self.table.at, self._told, i, sent.index - 1)
            # (a subject, or the owner in one: "The agency was founded by X. Its first satellite ...": the agency's)
            if described and _SUBJECT_DEPS.intersection((self.tree[i].dep, self.tree[self.tree[i].head].dep
                                                        if self.tree[i].dep == "poss" else "")):
                fits = sorted(fits + described, key=lambda p: -p[1])
            best = most_salient(self.tree, fits, i, subjects={j for _, j in described})
            return [best] if best else []
        if word in FIRST_PLURAL:
            return self._we(i)
        if self.tree[i].pos == "PRON" and self._plain_plural_above(i):
            return []  # "the delegates toured the spaceport, where they met X": the delegates, no group named
        # plural pronouns and group nouns: the latest coordinated group
        want_org = self.tree.lemma(i) in {"agency", "agencies", "organization", "organisation", "side", "sides",
                                          "partner", "partners", "country", "countries", "nation", "nations"}
        # "the two governments", "both countries" after two agencies: the states they are of
        want_state = self.tree[i].pos == "NOUN" and self.tree.lemma(i) in _STATE_NOUNS
        series = self._series_before(i) if self.tree[i].pos == "PRON" else None
        for at, keys in reversed(self.groups):
            if at >= i:
                continue
            if series is not None and series[0] > at and self.tree.sentence_index(at) < self.tree.sentence_index(
                    series[0]):
                break  # ("the Corvane satellites. They ...": the series told of since; not "A and B fly the X")
            series = None
            ents = [self.table.entities[k] for k in keys]
            if want_org:
                ents = self._as_organizations(ents)
            if want_state and len(ents) >= 2:
                ents = self._as_states(ents)
            # "the two agencies" are agencies or government bodies, not a company listed last
            if len(ents) >= 2 and self.tree.lemma(i) == "agency" and not all(
                    self.table.is_a(e, C.SpaceAgency) or self.table.is_a(e, C.GovernmentBody) for e in ents):
                continue
            if len(ents) >= 2:
                return ents
        return [series[1]] if series is not None else []

    def _told(self, j: int) -> Entity | None:
        """What the definite noun at ``j`` stands for: a thing told of before (``definite``), the agreement the rules
        made of it ("The agreement, first signed in 2015, covers X. It was signed by ...": that agreement), or an
        unnamed thing of the same noun told of just before."""
        ent = self.definite(j)
        if ent is None and j in self.described:
            ent = self.table.entities.get(self.described[j])
        if ent is None and any(self.tree.lowers[c.i] in ("the", "this") for c in self.tree.children(j, "det")):
            # "held a workshop in Lund. The workshop gathered forty experts. It was opened by ...": the unnamed
            # thing of that noun told of in the sentence before
            lemma, here = self.tree.lemma(j), self.tree.sentence_index(j)
            ent = next((e for e, at in self._before(j) if not e.named and here - self.tree.sentence_index(at) <= 1
                        and any(self.tree.lemma(m.end - 1) == lemma for m in e.mentions)), None)
        return ent

    def _series_before(self, i: int) -> tuple[int, Entity] | None:
        """"The agency operates the Corvane satellites. They will carry ...": a plural craft noun a name is set
        before, in the pronoun's sentence or the one before, is the series the plural pronoun takes back (its
        position, and the named series)."""
        t = self.tree
        first = t.parse.sentences[max(t.sentence_index(i) - 1, 0)].start
        for k in range(i - 1, first - 1, -1):
            if t[k].tag != "NNS" or (cls := noun_class(t, k)) is None or not any(
                    c in ancestors(cls) for c in _CRAFT):
                continue
            named = [e for c in t.children(k, "compound") if (e := self.table.at(c.i)) is not None and e.named]
            if named:
                return k, named[0]
        return None

    def counted(self, i: int) -> list[Entity]:
        """"Halcyon ordered Halcyon-7 and Halcyon-8 ... The two satellites will be built in Cannes", "Both
        satellites", "the three moons": a plural noun of craft, instruments or worlds counted by "two", "both", "three"
        or "four" stands for that many named things of its class told of latest, in the sentence before or this one;
        else for none."""
        t = self.tree
        want = {"two": 2, "both": 2, "three": 3, "four": 4}
        n = next((want[t.lowers[c.i]] for c in t.children(i) if t.lowers[c.i] in want), 0)
        every = not n and self._bare_plural(i)  # "the satellites": every one told of in the nearest sentence
        cls = noun_class(t, i) if n or every else None
        if cls is None or not any(k in ancestors(cls) for k in _COUNTED):
            return []
        here, found, told = t.sentence_index(i), [], None
        for ent, start in self._before(i):
            if here - t.sentence_index(start) > 1 or n and len(found) == n or every and told not in (
                    None, t.sentence_index(start)):
                break
            # (a craft of no known kind may be the satellites counted: "Helion-25 and Helion-26 were launched ...
            # Both satellites were built by X")
            if ent.named and ent not in found and any(cls in ancestors(k) or k == C.Spacecraft and k in ancestors(
                    cls) and C.Mission not in ent.classes for k in ent.classes):
                found.append(ent)
                told = t.sentence_index(start)
        return found if len(found) == n or every and len(found) >= 2 else []

    def _bare_plural(self, i: int) -> bool:
        """"the satellites", "these instruments": a plural noun with "the" or "these" and nothing that says which
        ("the satellites of the constellation", "the Kite satellites" are others)."""
        t = self.tree
        kids = t.children(i)
        return t[i].tag == "NNS" and any(c.dep == "det" and t.lowers[c.i] in ("the", "these") for c in kids) \
            and not any(c.dep in ("prep", "compound", "nmod", "relcl", "acl", "poss", "nummod", "amod") for c in kids)

    def _plain_plural_above(self, i: int) -> bool:
        """Pronoun ``i`` is the subject of a clause set on a clause whose subject is a plural common noun that
        names no one read ("the Kestrian delegates toured X, where they met Y"; "Engineers tested it before
        they ..."): the pronoun means those people, not a group told of before."""
        t = self.tree
        tok = t[i]
        if tok.dep != "nsubj" or t[tok.head].dep not in ("relcl", "advcl", "conj"):
            return False
        above = t[tok.head].head
        above = t[above].head if t[above].pos in ("NOUN", "PROPN") else above  # (a relative on the object)
        return any(c.tag == "NNS" and c.pos == "NOUN" and self.ref(c.i) is None and not self.is_group_phrase(c.i)
                   for c in t.children(above, "nsubj"))

    def _clause_subject(self, i: int) -> list[int]:
        """The subject's tokens of the clause an object pronoun ("him", "her", "it", not "himself") at ``i`` is
        in: a pronoun object never means its own clause's subject (the reflexive does). Empty for a subject."""
        t = self.tree
        tok = t[i]
        if tok.text.lower() not in ("him", "her", "them", "it") or tok.dep not in ("dobj", "pobj", "dative"):
            return []
        verb = tok.head
        if tok.dep == "pobj":  # "takes over from him", "was replaced by her" (that one is the agent: skip)
            if t[verb].dep == "agent":
                return []
            verb = t[verb].head
        if t[verb].pos not in ("VERB", "AUX"):
            return []
        subj = [c.i for c in t.children(verb, "nsubj")]
        if not subj and t[verb].dep == "conj":  # "X arrived and will replace her": the shared subject
            subj = [c.i for c in t.children(t.conj_root(verb), "nsubj")]
        if t[verb].dep == "relcl" and any(t[s].tag in ("WDT", "WP") for s in subj):
            subj = [t[verb].head]  # "IPMA, which will operate it": the relative's antecedent is the subject
        return [k for s in subj for k in t.subtree(s)]

    def _we(self, i: int) -> list[Entity]:
        """"We at JAXA", or the release's publisher: who "we" are in a press release."""
        spans = self._mention_index()
        at = {key for start, _, _, key in spans[bisect.bisect_right(spans, (i + 1,)):
                                               bisect.bisect_left(spans, (i + 4,))]
              if i < start <= i + 3 and self.tree[start - 1].text.lower() == "at"}
        for ent in self.before(i + 3) if at else ():
            if ent.key in at:
                return [ent]
        if self.publisher_key and self.publisher_key in self.table.entities:
            return [self.table.entities[self.publisher_key]]
        return []

    def _as_organizations(self, ents: list[Entity]) -> list[Entity]:
        """The bodies of a group: its people's, and its bodies; a group told by its noun ("a delegation from X")
        stands for the body its phrase names (else it stays, but not beside two named bodies: "the two sides")."""
        out = []
        for e in ents:
            if C.Person in e.classes:  # (the first body a person heads: a named one before a group)
                heads = self.objects(e, "headOf")
                out.extend([o for o in heads if o.named][:1] or heads[:1])
            elif not e.named and (body := self.group_body(e)) is not None:
                out.append(body)  # "a delegation from MBRSC": MBRSC
            elif self.table.is_a(e, C.Organization) or C.Country in e.classes:
                out.append(e)
        out = list(dict.fromkeys(out))
        named = [e for e in out if e.named]
        return named if len(named) >= 2 else out

    def group_body(self, e: Entity) -> Entity | None:
        """The named body or state an unnamed group is "from" or "of" ("a delegation from MBRSC", "the delegation of
        Finland"), if its phrase names one."""
        t = self.tree
        head = e.mentions[0].end - 1 if e.mentions and not e.named else None
        return next((b for p in (t.children(head, "prep") if head is not None else ()) if t.lowers[p.i] in (
            "from", "of") for o in t.children(p.i, "pobj") if (b := self.table.at(o.i)) is not None and b.named
            and (self.table.is_a(b, C.Organization) or C.Country in b.classes)), None)

    def _as_states(self, ents: list[Entity]) -> list[Entity]:
        """The states of a group's bodies (a country stands for itself): "KASA and the Australian Space Agency ...
        the two governments" are South Korea and Australia. The group as it is when one has no known state."""
        states = [e if C.Country in e.classes else next(iter(sorted(self._countries(e))), None) for e in ents]
        if None in states:
            return ents
        out = [e if isinstance(e, Entity) else self.table.add_kb(self.gaz.entries[e]) for e in states
               if isinstance(e, Entity) or e in self.gaz.entries]
        return list(dict.fromkeys(out)) if len(out) == len(ents) else ents

    def _mission_of_craft(self, e: Entity, cls: str) -> bool:
        """Whether a craft noun of class ``cls`` ("the spacecraft", "the satellite") may take back ``e``, a
        named mission: a mission and its craft share a name. Not a programme ("the Blue Planet programme"
        has many craft)."""
        t = self.tree
        return e.named and C.Mission in e.classes and C.Spacecraft in ancestors(cls) and not any(
            m.end < len(t) and t.lemma(m.end) in _PROGRAMME_NOUNS or t.lemma(m.end - 1) in _PROGRAMME_NOUNS
            for m in e.mentions)

    def title_holder(self, i: int) -> Entity | None:
        """"EU Commissioner for Space Lena Varga visited X": the parser makes the title the subject and hangs
        the name on its "for" (or "of"); the title stands for the person named there. So does a title with the
        person's name set after it ("The EU Commissioner for Innovation, Piet Horvath, attended"), not the body
        its compound names."""
        t = self.tree
        if t.lemma(i) not in _TITLES and t[i].text.lower() not in _TITLES:
            return None
        for a in t.children(i, "appos"):
            e = self.table.at(a.i)
            if a.i > i and e is not None and C.Person in e.classes:
                return e
        for p in t.children(i, "prep"):
            if p.text.lower() in ("of", "for"):
                for o in t.children(p.i, "pobj"):
                    e = self.table.at(o.i)
                    if e is not None and C.Person in e.classes and any(m.start <= o.i < m.end for m in e.mentions):
                        return e
        return None
