"""Where a name ends: the pieces a hyphen or a slash glues on ("EPS" + "-SG", "ABC/DEF"), a designation's small
number after it ("Apollo 17", "Launch Complex 39A", "Space Launch Complex 4 East") and a planet's letter ("Tarsis
b"). The model and the proper-noun chunks often stop short of them (split out of :mod:`names`); and a model's
name that is only the first words of a longer run (:func:`model_prefix`).
"""

from __future__ import annotations

import re

from .candidates import Candidate, noun_class
from .lexicon import COMPASS_WORDS, WORD_CLASSES
from .tree import Tree


def joined_end(tree: Tree, end: int, limit: int) -> int:
    """The end of a name after the pieces a hyphen or slash glues on: "EPS" + "-SG", "ABC/DEF"."""
    while end + 1 < limit and tree[end].text in ("-", "‐", "/") and not tree[end - 1].whitespace \
            and not tree[end].whitespace and tree[end + 1].text[:1].isalnum() and tree[end + 1].text[:1].isupper():
        end += 2
    return end


def number_end(tree: Tree, end: int, limit: int) -> int:
    """"Apollo 17 mission", "Vela 2", "Launch Complex 39A", "Space Launch Complex 4 East": a small number (with a
    capital letter, and a capitalized compass point after it) right after a name is its designation when a class
    noun, a verb, punctuation or the sentence's end follows (not "ESA 22 member states", not a year); so is a
    planet's letter ("the exoplanet Tarsis b,")."""
    if end >= limit or not tree[end - 1].whitespace:
        return end
    if tree[end].text in _PLANET_LETTERS and tree[end].tag in ("NN", "NNP") and tree[end - 1].text[:1].isupper() and (
            end + 1 >= limit or tree[end + 1].pos in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ")):
        return end + 1  # "Tarsis b", "Kepler-1649 c": a planet's letter after its star's name
    if not _SMALL_NUMBER.fullmatch(tree[end].text):
        return end
    if end + 1 < limit and tree[end + 1].text in _POINTS:
        end += 1  # "Complex 4 East"
    after = end + 1
    if after >= limit or tree[after].pos in ("PUNCT", "VERB", "AUX", "ADP", "CCONJ"):
        return end + 1
    if tree[after].pos == "NOUN" and noun_class(tree, after) and tree[after].tag != "NNS":
        return end + 1
    return end


def designation_number(tree: Tree, i: int) -> bool:
    """Word ``i`` is the small number of a designation ("Complex [39A]", "Apollo [17]")."""
    return _SMALL_NUMBER.fullmatch(tree[i].text) is not None


#: The letters that name the planets of a star after its name ("Tarsis b"; "a" is the star itself).
_PLANET_LETTERS = frozenset("bcdefgh")
#: A designation's number: "17", "39A", "0B".
_SMALL_NUMBER = re.compile(r"\d{1,2}[A-Z]?")
#: Compass points written after a pad's number ("Space Launch Complex 4 East"; lexicon ``COMPASS_WORDS``).
_POINTS = frozenset(COMPASS_WORDS)


def model_prefix(tree: Tree, o: Candidate, c: Candidate) -> bool:
    """The model's name that is the first words of a longer run of capitalized words is a piece of it: "[Meteosat
    Third Generation] Sounder-1", the model's organization, is the satellite's name cut short (not in "[Marlo
    Basin] on Mars", which a later step cuts at "on")."""
    return o.start == c.start and o.end < c.end and not o.kb \
        and all(tree[k].text[:1].isupper() or tree[k].text[:1].isdigit() for k in range(o.end, c.end))


def common_tail(tree: Tree, start: int, end: int) -> bool:
    """The last word of the name ``[start, end)`` the model read is a common noun after it, no word of it: "the
    Aldebra-2 satellite" (its class), "the ELSA-M debris removal mission" (its field); not a hyphened word's end
    ("X-ray"), a series' noun ("the Kelva Next Generation series", lexicon ``PROGRAMME_NOUNS``) or a lower-case
    term the model took whole."""
    last = tree[end - 1]
    return last.text.islower() and last.pos == "NOUN" and tree[end - 2].text != "-" \
        and not tree[start].text.islower() and last.text not in _PROGRAMMES


#: Nouns of a series or programme a name may end on (lexicon PROGRAMME_NOUNS).
_PROGRAMMES = frozenset(WORD_CLASSES["PROGRAMME_NOUNS"])
