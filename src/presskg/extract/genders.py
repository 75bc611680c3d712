"""Whether a personal pronoun may take back a person: "she" is no man the text marks as one, "he" no woman.

"Ingrid Vassmo succeeds Peter Harkland, who is retiring. She currently heads the Propulsion Laboratory": the
latest person before "She" is Harkland, but the text marks him a man (his given name), so "She" is Vassmo. A
person is marked by an honorific before a mention ("Ms Lund", "Sir John") or by a given name of one gender only
(lexicon people.toml); a person the text does not mark fits either pronoun, so a family name alone ("Harkland
joined ...") or a name worn by both changes nothing. The same given names make a name the model took for a
body a person's (:func:`given_named`).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .candidates import Candidate
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .tree import Tree

_PRONOUNS = {"f": WORD_CLASSES["FEMININE_PRONOUNS"], "m": WORD_CLASSES["MASCULINE_PRONOUNS"]}
_HONORIFICS = {"f": WORD_CLASSES["FEMININE_HONORIFICS"], "m": WORD_CLASSES["MASCULINE_HONORIFICS"]}
_GIVEN = {"f": WORD_CLASSES["FEMININE_GIVEN_NAMES"], "m": WORD_CLASSES["MASCULINE_GIVEN_NAMES"]}


def pronoun_gender(word: str) -> str | None:
    """``"f"`` for "she"/"her", ``"m"`` for "he"/"his", None for any other word."""
    word = word.lower()
    return next((g for g, words in _PRONOUNS.items() if word in words), None)


def person_gender(tree: Tree, person: Entity) -> str | None:
    """``"f"`` or ``"m"`` when the text marks ``person`` so (an honorific before a mention, else the first word
    of a name of two words or more being a given name of one gender); None when it does not, or marks both."""
    found = set()
    for m in person.mentions:
        if m.start > 0:
            before = tree[m.start - 1].text.lower()
            found |= {g for g, words in _HONORIFICS.items() if before in words or before + "." in words}
    if not found:
        for name in (person.label, *person.aliases):
            words = name.split()
            if len(words) >= 2:
                found |= {g for g, given in _GIVEN.items() if words[0].lower() in given}
    return found.pop() if len(found) == 1 else None


def may_take_back(tree: Tree, pronoun: str, person: Entity) -> bool:
    """False when ``pronoun`` ("she") and ``person`` are of genders the text tells apart, True otherwise."""
    want = pronoun_gender(pronoun)
    if want is None:
        return True
    has = person_gender(tree, person)
    return has is None or has == want


#: Words no person's name holds: class nouns of things and bodies, fields, departments ("Maria Space Systems",
#: "Victoria Station" are no people): lexicon data.
_THING_WORDS = (frozenset(HEAD_CLASSES) | WORD_CLASSES["DEPARTMENT_ENDS"] | WORD_CLASSES["FIELD_NOUNS"]
                | WORD_CLASSES["POST_FIELD_WORDS"])
#: What the model may wrongly call a person's name: a body or a place.
_RETYPED = frozenset({C.Organization, C.Company, C.Place})


def given_named(tree: Tree, cands: list[Candidate]) -> None:
    """A name of two or three capitalized words the knowledge base does not know, whose first word is a given
    name of one gender (lexicon people.toml) and no word a class noun, is a person's: "Ingrid Vassmo succeeds
    Peter Harkland" (the model took "Ingrid Vassmo" for an organization, and the clause's role keeps it one)."""
    for c in cands:
        if c.kb or c.hint not in _RETYPED | {None} or not 2 <= c.end - c.start <= 3:
            continue
        if person_words(tree, c.start, c.end) and any(tree.lowers[c.start] in given for given in _GIVEN.values()):
            c.hint = C.Person


def person_words(tree: Tree, start: int, end: int) -> bool:
    """Capitalized words of letters (a hyphen allowed), no acronym nor class noun among them: shaped like a person's
    name ("Ivo Sarr", "Min-ji Park"), not a body's ("Orbix Space", "Vexa Robotics")."""
    words = [tree[k].text for k in range(start, end)]
    return all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words) \
        and not _THING_WORDS.intersection(w.lower() for w in words)
