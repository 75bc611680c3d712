"""Finding knowledge-base names in text, robust to case, accents and punctuation.

A name's *key* keeps only its letters and digits, lower-cased and without
accents, so "Hayabusa 2", "Hayabusa2" and "HAYABUSA-2" meet, and tokenization
does not matter. Lower-case text never matches a capitalized name ("hope" is
not the Hope mission), which keeps common words out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import KBEntry, Token
from ..vocab import Class as C
from .classes import ancestors, compatible, root_of
from .lexicon import HEAD_CLASSES, TABLES, TITLE_WORDS

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING_THE = re.compile(r"^(the|a|an)\s+", re.I)
#: One spelling of each word names are made of (lexicon spellings.toml): British to American.
_SPELLINGS = TABLES["SPELLINGS"]


def strip_accents(text: str) -> str:
    """``text`` without combining accents (the one place presskg strips them).

    >>> strip_accents("Centre national d'études spatiales")
    "Centre national d'etudes spatiales"
    """
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Matching key of a name: letters and digits only, lower case, no accents.

    >>> name_key("Hayabusa 2") == name_key("HAYABUSA-2")
    True
    """
    text = strip_accents(_LEADING_THE.sub("", text.strip())).lower().replace("µ", "u")
    # each word in one spelling (lexicon SPELLINGS): "Space Centre" is the knowledge base's "Space Center"
    return "".join(_SPELLINGS.get(w, w) for w in _NON_ALNUM.split(text))


#: The words of a name or of a token's text (letters and digits).
_WORDS = re.compile(r"[^\W_]+")


def key_of(keys: list[str], i: int, length: int) -> str:
    return "".join(keys[i : i + length])


@dataclass(frozen=True, slots=True)
class Match:
    """A knowledge-base name found at tokens ``[start, end)``."""

    start: int
    end: int
    entries: tuple[KBEntry, ...]


def _national_names(entries: Iterable[KBEntry]) -> Iterator[tuple[str, KBEntry]]:
    """A body's name written "X of <country>" ("State Space Agency of Ukraine", "National Space Agency of Kestria")
    is written "<nationality> X" too ("the Ukrainian State Space Agency"): that name for each nationality adjective
    the knowledge base gives the country (``pk:demonym``)."""
    nationalities = {n: c.demonyms for c in entries if C.Country in c.classes for n in (c.label, *c.aliases)}
    for e in entries:
        if not any(C.Organization in ancestors(k) for k in e.classes):
            continue
        for name in (e.label, *e.aliases):
            body, of, place = name.rpartition(" of ")
            for d in nationalities.get(place.removeprefix("the "), ()) if of and body and " of " not in body else ():
                yield f"{d} {body}", e


class Gazetteer:
    """Index of every label and alternative label of the knowledge base."""

    def __init__(self, entries: Iterable[KBEntry]):
        self.entries: dict[str, KBEntry] = {}
        self.by_key: dict[str, list[KBEntry]] = defaultdict(list)
        self.demonyms: dict[str, KBEntry] = {}
        self.max_tokens = 1
        for e in sorted(entries, key=lambda e: e.iri):
            self.entries[e.iri] = e
            for name in (e.label, *e.aliases):
                key = name_key(name)
                if key and e not in self.by_key[key]:
                    self.by_key[key].append(e)
                    self.max_tokens = max(self.max_tokens, len(re.findall(r"\w+|[^\w\s]", name)) + 1)
            for d in e.demonyms:
                self.demonyms[d.lower()] = e
        for name, e in _national_names(list(self.entries.values())):  # "the Ukrainian State Space Agency"
            key = name_key(name)
            if key and e not in self.by_key[key]:
                self.by_key[key].append(e)
        self.max_tokens = min(self.max_tokens, 14)
        #: Every beginning of a key: a scan stops as soon as the words read begin no name.
        self._prefixes = {k[:j] for k in self.by_key for j in range(1, len(k) + 1)}
        surnames: dict[str, list[KBEntry]] = defaultdict(list)
        for e in self.entries.values():
            if C.Person in e.classes and len(e.label.split()) >= 2:
                for name in (e.label, *e.aliases):
                    key = name_key(name.split()[-1])
                    if e not in surnames[key]:
                        surnames[key].append(e)
        #: People of the knowledge base by surname ("Tachikawa" → Keiji Tachikawa when unique).
        self.people_by_surname: dict[str, tuple[KBEntry, ...]] = {k: tuple(v) for k, v in surnames.items()}

    def lookup(self, name: str) -> tuple[KBEntry, ...]:
        return tuple(self.by_key.get(name_key(name), ()))

    def country_of_word(self, word: str) -> KBEntry | None:
        """The country a nationality adjective or country name denotes ("French", "Japan")."""
        hit = self.demonyms.get(word.lower())
        if hit is not None:
            return hit
        for e in self.by_key.get(name_key(word), ()):
            if C.Country in e.classes:
                return e
        return None

    def find(self, tokens: tuple[Token, ...], start: int, end: int) -> Iterator[Match]:
        """Longest knowledge-base names in tokens ``[start, end)``, left to right."""
        keys = [name_key(t.text) for t in tokens[start:end]]
        i = 0
        n = end - start
        while i < n:
            best = 0
            key = ""
            for length in range(1, min(self.max_tokens, n - i) + 1) if keys[i] else ():
                key += keys[i + length - 1]
                if key not in self._prefixes:
                    break
                # a name neither starts nor ends with punctuation
                if keys[i + length - 1] and self.by_key.get(key) and \
                        self._acceptable(tokens[start + i : start + i + length]) and \
                        self._cased_as_named(tokens, start + i, start + i + length, key):
                    best = length
            if best == 1 and (_part_of_a_persons_name(tokens, start + i) or self._given_name(tokens, start + i, end))\
                    and not any(C.Person in e.classes for e in self.by_key[keys[i]]):
                best = 0  # "Director General Kari Lund": a given name, not KARI
            if best == 1 and self._acronym_in_a_compound(tokens, start + i, keys[i]):
                best = 0  # "Near-Earth Object Coordination Centre": no NEAR
            if best and _topic_inside_a_name(tokens, start + i, start + i + best, self.by_key[key_of(keys, i, best)]):
                best = 0  # "Andøya Launch Services" is a company, not the topic launch services
            if best:
                yield Match(start + i, start + i + best, tuple(self.by_key[key_of(keys, i, best)]))
                i += best
            else:
                i += 1

    def _given_name(self, tokens: tuple[Token, ...], k: int, end: int) -> bool:
        """A word in title case that spells a name the knowledge base writes only in capitals, right before another
        title-case proper noun that opens no known name and is no title or class noun, is a given name ("Minister
        Kari Lundvik", the model seeing no person): not KARI. "Nasa Administrator", "Nasa Goddard" stay NASA."""
        tok, after = tokens[k], tokens[k + 1] if k + 1 < end else None
        if tok.text.isupper() or not tok.text.istitle() or after is None or after.pos != "PROPN" \
                or not after.text.isalpha() or not after.text.istitle():
            return False
        word = after.text.lower()  # (a title, "Nasa Administrator", or a class noun keeps the acronym)
        if name_key(after.text) in self._prefixes or word in TITLE_WORDS or word in HEAD_CLASSES:
            return False
        return self._only_in_capitals(name_key(tok.text))

    def _only_in_capitals(self, key: str) -> bool:
        """The knowledge base writes every name of ``key`` in capitals (an acronym: NEAR, KARI)."""
        names = [n for e in self.by_key[key] for n in (e.label, *e.aliases) if name_key(n) == key]
        return bool(names) and all(n.isupper() for n in names)

    def _acronym_in_a_compound(self, tokens: tuple[Token, ...], k: int, key: str) -> bool:
        """A word not in capitals, hyphened to the next one ("Near-Earth", "Long-Term"), is the first half of
        a compound, not an acronym the knowledge base writes only in capitals (NEAR): an acronym written in
        lower case ("Nasa") stands alone."""
        tok = tokens[k]
        if tok.text.isupper() or k + 2 >= len(tokens) or tokens[k + 1].text not in ("-", "‐") or tok.whitespace:
            return False
        return self._only_in_capitals(key)

    def _cased_as_named(self, tokens: tuple[Token, ...], start: int, end: int, key: str) -> bool:
        """Whether the words ``[start, end)``, which modify a common noun after them, are written as a name: a word
        after the first that every name of ``key`` in the knowledge base capitalizes is not in lower case
        there. "a Mars sample-return orbiter" describes a craft; "the Mars Sample Return campaign" names the
        mission. Words that head their phrase are not judged ("Europe's spaceport", "the Mexican space
        agency": a name written in lower case), nor a name written in other words (a different count of
        them, or made by the gazetteer: "the Ukrainian State Space Agency").

        >>> from presskg.model import Token
        >>> gaz = Gazetteer([KBEntry("msr", "Mars Sample Return", frozenset({C.Mission}))])
        >>> def words(*ws):
        ...     return tuple(Token(i, w, 0, w, "NOUN", "NN", "compound", len(ws) - 1, "", "O", " ")
        ...                  for i, w in enumerate(ws))
        >>> key = name_key("Mars Sample Return")
        >>> gaz._cased_as_named(words("Mars", "Sample", "Return", "campaign"), 0, 3, key)
        True
        >>> gaz._cased_as_named(words("Mars", "sample", "-", "return", "orbiter"), 0, 4, key)
        False
        """
        last = tokens[end - 1]
        if end - start < 2 or last.dep not in ("compound", "amod", "nmod") or not end <= last.head < len(tokens) \
                or tokens[last.head].pos != "NOUN":
            return True
        written = [w for t in tokens[start:end] for w in _WORDS.findall(t.text)]
        names = [_WORDS.findall(n) for e in self.by_key[key] for n in (e.label, *e.aliases) if name_key(n) == key]
        return not names or any(len(words) != len(written) or not any(
            w[:1].isupper() and t.islower() for w, t in zip(words[1:], written[1:], strict=True)) for words in names)

    @staticmethod
    def _acceptable(span: tuple[Token, ...]) -> bool:
        # lower-case words are common nouns here, not names ("hope", "dawn", "us")
        if not any(c.isupper() for t in span for c in t.text):
            return False
        # a name does not run into a bracket it does not close: "Polvik Space (Norway)" does not spell Space Norway
        texts = [t.text for t in span]
        if texts.count("(") != texts.count(")"):
            return False
        # a single title-case word at a sentence start is still a name: keep it; a word with a capital inside is a
        # name whatever the tagger said ("NIRSpec was built": tagged a pronoun), a function word is not ("It", "This")
        if len(span) == 1:
            word = span[0]
            return word.pos not in ("PRON", "DET", "ADP", "CCONJ", "AUX") or any(c.isupper() for c in word.text[1:])
        # keys join words without spaces ("Hayabusa 2" is Hayabusa2), but a name does not end in a
        # lower-case function word: "Selex Galileo SpA in Italy" does not spell Spain
        last = span[-1]
        return not (last.text.islower() and last.pos in ("ADP", "DET", "CCONJ", "PART", "PRON", "AUX", "SCONJ"))


def _topic_inside_a_name(tokens: tuple[Token, ...], start: int, end: int, entries: list[KBEntry]) -> bool:
    """True when the words ``[start, end)`` spell only topics of the knowledge base (whose names are
    common nouns: "launch services", "space weather") but are capitalized words of a longer name, which
    runs on before or after them in capitals: "Andøya Launch Services", "the Space Weather Centre of
    Belgium" name a company and a centre. A topic in capitals alone ("Space Weather is ...") is kept.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP"), ("Andøya", "PROPN"), ("Launch", "PROPN"), ("Services", "PROPN")]
    >>> t = tuple(Token(i, w, 0, w, p, "NNP", "compound", 3, "", "O", " ") for i, (w, p) in enumerate(words))
    >>> topic = KBEntry("t", "launch services", frozenset({C.Topic}))
    >>> _topic_inside_a_name(t, 2, 4, [topic]), _topic_inside_a_name(t[:1] + t[2:], 1, 3, [topic])
    (True, False)
    """
    if not entries or not all(C.Topic in e.classes for e in entries):
        return False
    if not all(t.text[:1].isupper() for t in tokens[start:end]):
        return False

    def named(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper()

    return named(start - 1) or named(end)


def _programme_craft(hint: str, entry: KBEntry) -> bool:
    """The noun of a thing that belongs to a known mission or craft, after its name: a craft of a programme ("the
    Copernicus satellite", "two Galileo satellites"), an instrument of a mission ("the InSight instrument"), a
    mission a craft flies ("the first crewed Orion mission"). The name is the known mission's or craft's (not a
    probe that shares it, nor a thing of that name the release would mint); a body's ("the Europa lander") is not.
    """
    return root_of(hint) in (C.Spacecraft, C.Mission, C.Instrument) and all(
        root_of(c) in (C.Spacecraft, C.Mission) for c in entry.classes)


def _part_of_a_persons_name(tokens: tuple[Token, ...], k: int) -> bool:
    """True when the word at ``k``, not in capitals, is one word of a longer name the language model
    reads as a person's: a given or family name that happens to spell an acronym of the knowledge
    base ("Kari Lund" is not KARI, "Dr Nasa Ahmed" not NASA), which case-blind keys would match.

    >>> from presskg.model import Token
    >>> t = [Token(0, "Kari", 0, "Kari", "PROPN", "NNP", "compound", 1, "PERSON", "B", " "),
    ...      Token(1, "Lund", 5, "Lund", "PROPN", "NNP", "nsubj", 1, "PERSON", "I", "")]
    >>> _part_of_a_persons_name(tuple(t), 0), _part_of_a_persons_name(tuple(t), 1)
    (True, True)
    """
    tok = tokens[k]
    if tok.ent_type != "PERSON" or tok.text.isupper():
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tok.ent_iob == "I" or (after is not None and after.ent_type == "PERSON" and after.ent_iob == "I")


def choose_entry(entries: tuple[KBEntry, ...], hint: str | None, context: set[str],
                 gaz: Gazetteer) -> KBEntry | None:
    """Pick among knowledge-base entries sharing a name, by head noun and by neighbours.

    "the Callisto reusable launcher demonstrator" is the launcher, not the
    moon: the head noun's class wins; otherwise the entry whose background
    facts point at other things the release mentions.
    """
    if len(entries) == 1:
        entry = entries[0]
        if hint and hint not in (C.Organization, C.Place, C.Event, C.Person) and not any(
            compatible(hint, c) or root_of(hint) == root_of(c) for c in entry.classes
        ) and root_of(hint) in (C.LaunchVehicle, C.Spacecraft, C.Mission, C.Instrument, C.CelestialBody) \
                and not any(root_of(c) == C.Agent for c in entry.classes) and not _programme_craft(hint, entry):
            # "the Europa lander" is not the moon Europa, "the star Vega" not the Vega rocket; but in "the NASA
            # InSight mission" or "a JAXA satellite" the agency's name in front says who runs the craft
            return None
        return entry

    def score(e: KBEntry) -> tuple:
        fits = hint is not None and (any(compatible(hint, c) or root_of(hint) == root_of(c) for c in e.classes)
                                     or _programme_craft(hint, e))
        near = sum(o in context for _, o in e.facts)
        plain = e.iri.rsplit("/", 1)[-1].count("_")
        return (-fits, -near, plain, e.iri)

    return sorted(entries, key=score)[0]
