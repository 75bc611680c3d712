"""Provisional designations of small bodies: "asteroid 2011 UW158", "the near-Earth object 2024 YR4".

A minor planet discovered but not yet numbered and named goes by the year of its discovery and a code of two
capital letters, with a number after them when the letters came round again ("2011 UW158", "1998 KY26"). The
language model reads the year as a date and the code as a name of its own; together they are one asteroid's
name. A year is kept as a date everywhere else: only a code of that shape right after it makes a designation.

Periodic comets go by a number, "P", a slash and their discoverers' name ("311P/PANSTARRS": :func:`periodic_comets`).
Stars and galaxies go by a catalogue's code and a number ("NGC 4411", "HD 189733", lexicon
``CATALOGUE_PREFIXES``): the model reads the number as a count and keeps the code alone, so the two are one
body's name (:func:`catalogue_designations`; with a planet's letter after it, "HD 209458 b", the planet's), and a
known name inside a body's name ("the Orion Nebula") names
only what the body is named after (:func:`without_namesakes`).

A craft's designation the tokenizer splits at its hyphen (:func:`split_designation_end`): "Tessaro-B will be
launched in 2027", "Kelva-SG carries a sounder": a capitalized word, a hyphen written without spaces and a
short code of capitals (with digits after them at most: "A", "SG", "B1") is the shape of a satellite's or a
rocket's name. The tokenizer cuts it in three words, and at a sentence's start the
tagger takes the first for a common noun (a capitalized word it does not know) and the model finds no
entity there, so no name finder read it and the sentence's relations had no subject. Mid-sentence the
model finds it (as an organization the context then retypes); only the first word of a sentence needs it.
A capitalized prefix ("Non-EU members", lexicon ``HYPHEN_PREFIXES``) makes a word, not a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..vocab import Class as C
from .candidates import Candidate, is_designation
from .classes import ancestors
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .tree import Tree

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CODE = re.compile(r"^[A-Z]{2}\d{0,4}$")


def provisional_designations(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each provisional designation one asteroid's name: a knowledge-base name of it is kept
    as it is; a candidate that holds only its code ("UW158") gives way to the whole designation.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["asteroid", "2011", "UW158", "in", "2026"]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", " ") for i, w in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 5, 0, 30, ""),), (), ""), "")
    >>> code = Candidate(2, 3, "pattern:proper-noun")  # "UW158" alone
    >>> [(c.start, c.end, str(c.hint)) for c in provisional_designations(tree, [code])]
    [(1, 3, 'Asteroid')]
    """
    out = list(cands)
    for i in range(len(tree) - 1):
        if not (_YEAR.match(tree[i].text) and _CODE.match(tree[i + 1].text)):
            continue
        if tree.sentence_index(i) != tree.sentence_index(i + 1):
            continue
        if any(c.kb and c.start <= i and i + 1 < c.end for c in out):
            continue  # known to the knowledge base: "1998 KY26"
        out = [c for c in out if not (i <= c.start and c.end <= i + 2)]
        out.append(Candidate(i, i + 2, "pattern:provisional-designation", hint=C.Asteroid))
    return out


_CATALOGUES = frozenset(WORD_CLASSES["CATALOGUE_PREFIXES"])
_NUMBER = re.compile(r"^[+-]?\d[\d.+-]*[A-Za-z]?$")


def catalogue_designations(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each catalogue designation one celestial body's name: a catalogue's code (lexicon
    ``CATALOGUE_PREFIXES``) and the number after it ("NGC 4411", "HD 189733", "Gliese 581"). The model reads
    the number as a date or a count and keeps the code alone, a name of nothing; a knowledge-base name that
    covers both is kept as it is.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["the", "galaxy", "NGC", "4411", "in", "2026"]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", " ") for i, w in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 6, 0, 30, ""),), (), ""), "")
    >>> [(c.start, c.end, str(c.hint)) for c in catalogue_designations(tree, [Candidate(2, 3, "model:ORG")])]
    [(2, 4, 'CelestialBody')]
    """
    out = list(cands)
    for i in range(len(tree) - 1):
        if tree[i].text not in _CATALOGUES or not _NUMBER.match(tree[i + 1].text) or _YEAR.match(tree[i + 1].text) \
                and tree[i].text not in ("NGC", "IC", "HD", "HIP", "GJ", "Gliese", "Messier", "UGC", "PGC"):
            continue  # "Kepler 2024": a name and a year, unless the catalogue's numbers run past years
        if tree.sentence_index(i) != tree.sentence_index(i + 1):
            continue
        if any(c.kb and c.start <= i and i + 1 < c.end for c in out):
            continue
        # "HD 209458 b", "LHS 1140 b": a planet's letter after its star's designation is the planet's name's
        cls = _body_class_before(tree, i)
        end = i + 3 if i + 2 < len(tree) and _PLANET_LETTER.match(tree[i + 2].text) and cls in (
            C.CelestialBody, C.Planet) and tree.sentence_index(i + 2) == tree.sentence_index(i) else i + 2
        out = [c for c in out if not (i <= c.start and c.end <= end)]
        # (at a sentence's end the tokenizer keeps the full stop with the letter: "LHS 1140 b.")
        label = tree.span_text(i, end).rstrip(".") if end == i + 3 and tree[i + 2].text.endswith(".") else None
        out.append(Candidate(i, end, "pattern:catalogue-designation", hint=C.Planet if end == i + 3 else cls,
                             label=label))
    return out


#: A planet's letter after its star's name ("b" to "h"), with the sentence's full stop the tokenizer may keep on it.
_PLANET_LETTER = re.compile(r"^[b-h]\.?$")


_NUMBER_CODE = re.compile(r"^\d{1,5}[a-z]?$")


def hyphened_numbers(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a name the tokenizer cut at a hyphen before a number made whole: "the exoplanet K2-18b",
    "TOI-270d" (a name, a hyphen written without spaces, digits and at most one small letter). The model keeps
    the part before the hyphen alone, a name of nothing.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["planet", "K2", "-", "18b", "is"]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", "" if w in ("K2", "-") else " ")
    ...              for i, w in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 5, 0, 30, ""),), (), ""), "")
    >>> [(c.start, c.end) for c in hyphened_numbers(tree, [Candidate(1, 2, "pattern:proper-noun")])]
    [(1, 4)]
    """
    out = []
    for c in cands:
        e = c.end
        if not c.kb and e + 1 < len(tree) and tree[e].text in ("-", "‐") and not tree[e - 1].whitespace \
                and not tree[e].whitespace and _NUMBER_CODE.match(tree[e + 1].text) \
                and tree.sentence_index(e + 1) == tree.sentence_index(c.start):
            c = replace(c, end=e + 2)
        out.append(c)
    return out


_PERIODIC = re.compile(r"^\d{1,4}P$")


def periodic_comets(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each periodic comet's designation one comet's name: its number and "P", a slash written
    without spaces and its discoverers' name ("311P/PANSTARRS", "67P/Churyumov-Gerasimenko"); the model keeps
    the name alone, or the number as a count. A knowledge-base name over it is kept as it is.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["comet", "311P", "/", "PANSTARRS", "in"]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", "" if w in ("311P", "/") else " ")
    ...              for i, w in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 5, 0, 30, ""),), (), ""), "comet 311P/PANSTARRS in")
    >>> [(c.start, c.end, str(c.hint)) for c in periodic_comets(tree, [Candidate(3, 4, "model:ORG")])]
    [(1, 4, 'Comet')]
    """
    if "P/" not in tree.text:
        return cands
    out = list(cands)
    for i in range(len(tree) - 2):
        if not _PERIODIC.match(tree[i].text) or tree[i + 1].text != "/" or tree[i].whitespace \
                or tree[i + 1].whitespace or not tree[i + 2].text[:1].isupper():
            continue
        end = i + 3
        while end + 1 < len(tree) and tree[end].text in ("-", "‐") and not tree[end - 1].whitespace \
                and not tree[end].whitespace and tree[end + 1].text[:1].isupper():
            end += 2  # ("67P/Churyumov-Gerasimenko")
        if any(c.kb and c.start <= i < c.end for c in out):
            continue
        out = [c for c in out if not (i <= c.start and c.end <= end)]
        out.append(Candidate(i, end, "pattern:comet-designation", hint=C.Comet))
    return out


def designated_names(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each designation one name: a provisional one ("asteroid 2011 UW158"), a catalogue's ("the
    galaxy NGC 4411"), a periodic comet's ("311P/PANSTARRS"), a name cut before its number ("the exoplanet
    K2-18b")."""
    return hyphened_numbers(tree, periodic_comets(tree, catalogue_designations(
        tree, provisional_designations(tree, cands))))


def without_namesakes(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a knowledge-base name inside a celestial body's longer name: "the [Orion] Nebula", "the
    [Andromeda] Galaxy" are named after what the inner name also names (a craft, a constellation), which the
    text does not mention."""
    bodies = [c for c in cands if c.hint and C.CelestialBody in ancestors(c.hint) and not c.kb]
    return [c for c in cands if not (c.kb and any(b.start <= c.start and c.end <= b.end and (b.start, b.end)
                                                  != (c.start, c.end) for b in bodies))]


def _body_class_before(tree: Tree, i: int) -> str:
    """The body class the noun before a designation says ("the star HD 189733" a star), else a celestial body."""
    cls = HEAD_CLASSES.get(tree.lemma(i - 1).lower()) if i > 0 else None
    return cls if cls and C.CelestialBody in ancestors(cls) else C.CelestialBody


_CRAFT_CODE = re.compile(r"^[A-Z]{1,3}\d{0,2}$")
_WORD = re.compile(r"^[A-Z][a-z]{2,}$")
_PREFIXES = WORD_CLASSES["HYPHEN_PREFIXES"]


def split_designation_end(tree: Tree, i: int, limit: int) -> int:
    """The end of the designation that starts a sentence at ``i`` ("Tessaro | - | B"), else ``i + 1``.

    >>> from presskg.model import Parse, Sentence, Token
    >>> def tree(words):
    ...     toks = tuple(Token(i, w, 0, w, "NOUN", "NN", "dep", 0, "", "O", "" if "-" in (w, (words + [""])[i + 1])
    ...                  else " ") for i, w in enumerate(words))
    ...     return Tree(Parse(toks, (Sentence(0, 0, len(words), 0, 30, ""),), (), ""), "")
    >>> split_designation_end(tree(["Tessaro", "-", "B", "will", "fly"]), 0, 5)
    3
    >>> split_designation_end(tree(["Non", "-", "EU", "members", "met"]), 0, 5)
    1
    """
    if not (tree.sentence_of(i).start == i and i + 2 < limit and _WORD.match(tree[i].text)
            and tree[i].text.lower() not in _PREFIXES and tree[i + 1].text in ("-", "‐")
            and not tree[i].whitespace and not tree[i + 1].whitespace and _CRAFT_CODE.match(tree[i + 2].text)):
        return i + 1
    return i + 3


def designated_span(tree: Tree, start: int, end: int) -> bool:
    """The name has a designation's shape: "Oceanis-4", "GEOSAT3", or a word and a number ("Kestra 8"); one
    the tokenizer split at its hyphen ("Tessaro | - | A") is read whole."""
    last = tree[end - 1].text
    whole = "".join(tree[k].text for k in range(start, end)) if not any(
        tree[k].whitespace for k in range(start, end - 1)) else last
    return is_designation(tree[start].text if end - start == 1 else last) or is_designation(whole) or (
        end - start == 2 and last.isdigit() and len(last) <= 3 and tree[start].text[:1].isupper())
