"""A name candidate and the small helpers every name finder shares (split out of mentions.py).

A candidate is a stretch of text that may name something, before entities are
formed; these helpers tell what a noun names and which tokens are taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import KBEntry, Token
from ..vocab import Class as C
from .classes import ancestors, kin, root_of
from .lexicon import COMPASS_WORDS, HEAD_CLASSES, WORD_CLASSES
from .tree import Tree

#: The source of a governing body's name that holds its organization's ("the Board of [X]", body_names): the body
#: is never its organization, and an acronym after both ("... of the Vela Space Agency (VSA)") is the inner name's.
GOVERNING = "pattern:governing-body"


@dataclass(slots=True)
class Candidate:
    """A stretch of text that names something, before entities are formed."""

    start: int
    end: int
    source: str
    kb: tuple[KBEntry, ...] = ()
    hint: str | None = None  # class suggested by a head noun or the model
    aliases: list[str] = field(default_factory=list)
    defined: bool = False  # named by an acronym definition
    label: str | None = None  # the name, when the text writes it otherwise ("Minister of X": the Ministry of X)

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def fitting(self, hint: str | None) -> str | None:
        """``hint``, unless every knowledge-base entry is a city, a country or a world and the hint names no such
        thing: a class noun beside the name tells of something else ("Orbix of Houston, Lunar Outpost of ...",
        "NASA's Moon lander", "the agency's Mars missions")."""
        setting = bool(self.kb) and all(k in (C.City, C.Country) or C.CelestialBody in ancestors(k)
                                        for e in self.kb for k in e.classes)
        return None if hint and setting and not any(kin(hint, k) for e in self.kb for k in e.classes) else hint


@lru_cache(maxsize=2**16)  # asked of most words, and words repeat
def is_acronym(text: str) -> bool:
    """"JAXA", "MMX", "VENµS", "GOSAT-2": mostly capitals, two at least, no spaces."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return (2 <= len(text) <= 12 and " " not in text and text[:1].isalnum() and upper >= 2
            and upper >= 0.6 * len(letters))


def is_coined(text: str) -> bool:
    """A coined word with a capital inside ("OrbitKeep", "SpaceX", "iSpace"): a name, never a common word that
    a heading or a post capitalizes ("Science" of "Director of Science").

    >>> [is_coined(w) for w in ("OrbitKeep", "SpaceX", "iSpace", "Science", "ESA", "Lampoldshausen")]
    [True, True, True, False, False, False]
    """
    return _COINED.search(text) is not None


_COINED = re.compile(r"[a-z][A-Z]")

#: A designation: "Aurora-3", "H-IIA", "GOSAT2", "Hayabusa2": a word joined to a number or a capital by a
#: hyphen, capitals and digits, or a word and a number run together.
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]*(?:['’][a-z]+)?[-‐][A-Z0-9][A-Za-z0-9]*$|^[A-Z]+\d+[A-Z]?$"
                         r"|^[A-Z][a-z]{2,}\d{1,2}[A-Z]?$")


def is_designation(text: str) -> bool:
    """"Aurora-3", "Vela-2B", "GOSAT2", "Hayabusa2", "Chang'e-7": the shape of a craft's or a rocket's name,
    which no common word has (the tagger may still call it an adverb, an adjective or an existential "there").

    >>> [is_designation(w) for w in ("Aurora-3", "Hayabusa2", "H-IIA", "Chang'e-7", "Finally", "Yesterday", "COVID")]
    [True, True, True, True, False, False, False]
    """
    return _DESIGNATION.match(text) is not None


def after_lower_prefix(tokens: tuple[Token, ...], k: int) -> bool:
    """The word at ``k`` follows a lower-case word of three letters or more and a hyphen written together with it: the
    second half of an adjective ("near-Earth", "lunar-Earth"), not a name of its own ("US-Japan" keeps Japan, and a
    name's particle, "al-Mansouri", its name). Read by :func:`~presskg.extract.mentions.find_candidates`.

    >>> from presskg.model import Token
    >>> t = tuple(Token(i, w, 0, w, "ADJ", "JJ", "amod", 3, "", "O", "") for i, w in enumerate(["near", "-", "Earth"]))
    >>> after_lower_prefix(t, 2), after_lower_prefix(t, 0)
    (True, False)
    """
    if k < 2 or tokens[k - 1].text not in ("-", "‐") or tokens[k - 1].whitespace or tokens[k - 2].whitespace:
        return False
    before = tokens[k - 2].text
    return before.isalpha() and before.islower() and len(before) >= 3


def noun_class(tree: Tree, i: int) -> str | None:
    """Class named by common noun ``i``, using a two-word compound when there is one (kept per
    tree: the rules ask it of the same nouns a few hundred times per release)."""
    memo = tree.noun_classes
    if i not in memo:
        memo[i] = _noun_class(tree, i)
    return memo[i]


_ASSEMBLY_NOUNS = frozenset(WORD_CLASSES["ASSEMBLY_NOUNS"])
_COMPONENTS = frozenset(WORD_CLASSES["COMPONENT_NOUNS"])
#: Words before "Agency" in a name that make it a space agency (lexicon SPACE_AGENCY_WORDS).
_SPACE_WORDS = WORD_CLASSES["SPACE_AGENCY_WORDS"]
_SPACE_BODY_HEADS = WORD_CLASSES["SPACE_BODY_HEADS"]
#: Size prefixes a head noun may be written with, also with a hyphen ("micro-launcher"; lexicon SIZE_PREFIXES).
_SIZE_PREFIXES = frozenset(WORD_CLASSES["SIZE_PREFIXES"])


def _noun_class(tree: Tree, i: int) -> str | None:
    t = tree[i]
    lemma = tree.lemma(i)
    if i >= 2 and tree[i - 1].dep in ("compound", "amod") and (three := " ".join(
            (tree.lowers[i - 2], tree.lowers[i - 1], lemma.lower()))) in HEAD_CLASSES:
        return HEAD_CLASSES[three]  # "the Kessler Deep Space Station": a word before the two says more
    for c in tree.children(i, "compound", "amod"):
        two = f"{tree.lemma(c.i).lower()} {lemma}"  # "a Langmuir probe": the key is lower case
        if two in HEAD_CLASSES and c.i == i - 1:
            return HEAD_CLASSES[two]
    if i >= 3 and tree[i - 2].text in ("-", "‐") and (  # "an X-ray observatory", "a gamma-ray telescope"
            joined := f"{tree.lowers[i - 3]}-{tree.lowers[i - 1]} {lemma}") in HEAD_CLASSES:
        return HEAD_CLASSES[joined]
    if (j := i + 2) < len(tree) and lemma.lower() in _SIZE_PREFIXES and tree[i + 1].text in ("-", "‐") \
            and not tree[i].whitespace and not tree[i + 1].whitespace and (
            cls := HEAD_CLASSES.get(lemma.lower() + tree.lemma(j).lower())) is not None:
        return cls  # "the Sirocco micro-launcher": split in three, the parser may make "micro" the head of the name
    for p in tree.children(i, "prep"):  # "a letter of intent": a class word of three
        if p.text.lower() == "of":
            for o in tree.children(p.i, "pobj"):
                if f"{lemma} of {tree.lemma(o.i)}" in HEAD_CLASSES:
                    return HEAD_CLASSES[f"{lemma} of {tree.lemma(o.i)}"]
    if lemma in _ASSEMBLY_NOUNS:  # "the external camera system": what the system is made of
        for c in tree.children(i, "compound"):
            if c.i == i - 1 and c.pos == "NOUN" and (cls := HEAD_CLASSES.get(tree.lemma(c.i))) is not None \
                    and C.Event not in ancestors(cls):  # ("the landing module": no landing)
                return cls
            if c.i == i - 1 and c.pos == "NOUN" and tree.lemma(c.i) in _COMPONENTS:
                return None  # "the mirror modules": parts, no craft
    if lemma in _SPACE_BODY_HEADS:
        # "the Zeltan Aerospace Agency", "the Kelmar Space Authority" are space agencies; a "Regional Development
        # Agency", a "Civil Aviation Authority" are not
        if any(tree.lemma(k).lower() in _SPACE_WORDS for c in tree.children(i) if c.i < i for k in tree.subtree(c.i)):
            return C.SpaceAgency
        if lemma == "agency":
            return C.GovernmentBody
    return HEAD_CLASSES.get(lemma) or HEAD_CLASSES.get(t.text.lower())


class Taken:
    """Candidates by the tokens they cover: whether a span overlaps one costs the length of the
    span, not the number of candidates (which made a long release quadratic)."""

    def __init__(self, cands: list[Candidate] = ()):
        self.at: dict[int, list[Candidate]] = {}
        for c in cands:
            self.add(c)

    def add(self, c: Candidate) -> None:
        for i in range(c.start, c.end):
            self.at.setdefault(i, []).append(c)

    def covers(self, i: int) -> bool:
        """Some candidate covers token ``i``."""
        return i in self.at

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        found: dict[int, Candidate] = {}
        for i in range(start, end):
            for c in self.at.get(i, ()):
                found[id(c)] = c
        return list(found.values())


def span_head(tree: Tree, start: int, end: int) -> int:
    for i in range(end - 1, start - 1, -1):
        if not (start <= tree[i].head < end) or tree[i].head == i:
            return i
    return end - 1


def document_words(tree: Tree, start: int, end: int) -> bool:
    """A model name that is only a kind of document ("Memoranda of Understanding", "Letter of
    Intent"), or the word after "<document> of": in "two Memorandums of | Understanding" neither
    piece names anything (the whole is a described agreement)."""
    words = range(start, end)
    if all(_is_document(tree, k) or after_document_of(tree, k)
           or (tree[k].text.lower() == "of" and k + 1 < end) for k in words):
        return True  # the kind of document and what it is "of", nothing more
    return after_document_of(tree, start) and not any(_is_document(tree, k) for k in words)


def _is_document(tree: Tree, i: int) -> bool:
    return noun_class(tree, i) == C.Agreement


def after_document_of(tree: Tree, i: int) -> bool:
    """Word ``i`` follows "<kind of document> of": "Memoranda of | Understanding"."""
    return i >= 2 and tree[i - 1].text.lower() == "of" and _is_document(tree, i - 2)


def known_name_and_class(tree: Tree, c: Candidate, taken: Taken) -> bool:
    """"the H3 Launch Vehicle", "the Hayabusa2 Spacecraft": a chunk that is a knowledge-base name followed by
    a class noun (of one or two words, capitalized as in the agency's own style) of that name's kind is the
    known name; the noun says its class and is no part of another name. Only things: "the EUMETSAT
    Council" is a body of its own."""
    for k in taken.at.get(c.start, ()):
        if k.source != "kb" or k.start != c.start or not c.start < k.end < c.end or c.end - k.end > 2:
            continue
        tail = " ".join(tree.lemma(i).lower() for i in range(k.end, c.end))
        cls = HEAD_CLASSES.get(tail) or HEAD_CLASSES.get(tree[c.end - 1].text.lower() if c.end - k.end == 1 else "")
        if cls is not None and root_of(cls) in _THINGS and any(kin(cls, x) for e in k.kb for x in e.classes):
            return True
    return False


def own_class_noun(tree: Tree, c: Candidate) -> bool:
    """A knowledge-base name that ends with its own class noun ("the Subaru Telescope", "the Very Large
    Telescope"): the noun is a word of the known name, so what it suggests ("telescope": a satellite) does not
    veto the entry, as the noun after a name does ("the Europa lander" is no moon)."""
    return c.source == "kb" and len(c.kb) == 1 and c.end - c.start > 1 and noun_class(tree, c.end - 1) is not None


#: Kinds of things whose class noun a name may carry in capitals ("the H3 Launch Vehicle").
_THINGS = frozenset({C.Mission, C.Spacecraft, C.LaunchVehicle, C.Instrument})


def without_bands(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the radio bands ("Ka-band payloads", "the S-band transponder", lexicon ``RADIO_BANDS``): a
    band's letters, with its "-band" inside the name or right after it, name nothing."""
    def band(c: Candidate) -> bool:
        text = "".join(tree[k].text for k in range(c.start, c.end)).lower()
        after = c.end + 1 < len(tree) and tree[c.end].text in ("-", "‐") and tree.lowers[c.end + 1] == "band"
        return not c.kb and (text in _BANDS or after and f"{text}-band" in _BANDS)

    return [c for c in cands if not band(c)]


_BANDS = frozenset(WORD_CLASSES["RADIO_BANDS"])
_WAVEBANDS = frozenset(WORD_CLASSES["WAVEBAND_WORDS"])


def without_waveband_tails(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a waveband written after a name cut off ("the Corvane [X-ray] observatory", "the Lumen
    [X-ray] telescope", lexicon ``WAVEBAND_WORDS``): the band says what the class noun after it observes, and
    the model runs the name on over its capital X. A knowledge-base name keeps its words."""
    out = []
    for c in cands:
        cut = next((k for k in range(c.start + 1, c.end) if k + 2 < len(tree) and tree[k + 1].text in ("-", "‐")
                    and f"{tree.lowers[k]}-{tree.lowers[k + 2]}" in _WAVEBANDS), None)
        if cut is not None and c.end < len(tree) and tree[c.end].text[:1].isupper():
            cut = None  # "a Microchannel X-ray Telescope (MXT)": a capitalized class noun goes on with the name
        out.append(c if c.kb or cut is None else Candidate(c.start, cut, c.source, hint=None, aliases=c.aliases))
    return out


_MEMBER_WORDS = frozenset(WORD_CLASSES["MEMBER_WORDS"])


def counted_from(tree: Tree, i: int) -> int:
    """The noun a word that picks a member (lexicon MEMBER_WORDS) picks it from, else ``i``: "the first of
    four satellites" is a satellite, "one of the six instruments" an instrument."""
    if tree[i].pos in ("ADJ", "NUM") and tree[i].text.lower() in _MEMBER_WORDS:
        for p in tree.children(i, "prep"):
            if p.text.lower() == "of":
                return next((o.i for o in tree.children(p.i, "pobj")), i)
    return i


def names_a_zone(tree: Tree, c: Candidate) -> bool:
    """"at 14:22 Beijing time", "10:15 Moscow time": a place's name that modifies "time" names a time zone; "at 13
    degrees East": a compass word after degrees is an orbital position, no place."""
    return c.end < len(tree) and tree.lowers[c.end] == "time" and tree[c.end - 1].head == c.end or c.start > 0 and (
        tree.lowers[c.start - 1] in ("degrees", "degree", "°") and tree[c.start].text in COMPASS_WORDS)
