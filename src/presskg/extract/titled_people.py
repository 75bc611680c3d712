"""People named right after a long title, where the language model finds no person.

"said ESA's Director of Earth Observation Programmes Ingrid Solheim": a title, "of", a department
written in capitals and then the person's name, with no comma between them. The model reads the
whole run as one organization's name (or as nothing); a reader splits it where the department's
last word (`DEPARTMENT_ENDS` in `lexicon/titles.toml`) ends and takes the two words after it as the
person. Titles (`dep:title`) then make the person head or member of the organization the title
is of.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate, is_acronym
from .lexicon import HEAD_CLASSES, HEAD_TITLES, MEMBER_TITLES, NAME_INNER, TITLE_WORDS, WORD_CLASSES
from .tree import Tree

DEPARTMENT_ENDS = WORD_CLASSES["DEPARTMENT_ENDS"]
_TITLES = TITLE_WORDS | HEAD_TITLES | MEMBER_TITLES


def _word(tree: Tree, i: int) -> bool:
    t = tree[i]
    return t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ")


def _person_word(tree: Tree, i: int) -> bool:
    """A word a person's name may be made of: capitalized, no acronym, no class noun nor title."""
    t = tree[i]
    low = t.text.lower()
    return t.pos == "PROPN" and t.text[:1].isupper() and not is_acronym(t.text) and low not in HEAD_CLASSES \
        and tree.lemma(i) not in HEAD_CLASSES and low not in _TITLES and low not in DEPARTMENT_ENDS


def _run_end(tree: Tree, i: int, limit: int) -> int:
    """End of the capitalized run from ``i`` ("Earth Observation Programmes Ingrid Solheim"), hyphens and
    inner words ("and") included."""
    j = i
    while j < limit:
        if _word(tree, j):
            j += 1
        elif j + 1 < limit and _word(tree, j + 1) and (
                tree[j].text.lower() in NAME_INNER or tree[j].text in ("-", "‐") and not tree[j].whitespace):
            j += 2
        else:
            break
    return j


def _name_words(tree: Tree, start: int, end: int) -> list[tuple[int, int]]:
    """The run's words, a hyphenated one ("Tolker-Nielsen") as one."""
    words: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j + 1 < end and tree[j].text in ("-", "‐") and not tree[j].whitespace and not tree[j - 1].whitespace:
            j += 2
        words.append((i, j))
        i = j
    return words


def after_long_titles(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """Person candidates after "<Title> of <Department>" (see the module's docstring); a candidate that ran
    the department and the name together is taken out of ``taken`` (in place)."""
    out: list[Candidate] = []
    for s in tree.parse.sentences:
        for i in range(s.start, s.end - 4):
            if tree[i + 1].text.lower() != "of" or not tree[i].text[:1].isupper() \
                    or tree.lemma(i) not in _TITLES and tree[i].text.lower() not in _TITLES:
                continue
            end = _run_end(tree, i + 2, s.end)
            words = _name_words(tree, i + 2, end)
            if len(words) < 3 or tree[words[-3][1] - 1].text.lower() not in DEPARTMENT_ENDS:
                continue
            start = words[-2][0]
            if not all(_person_word(tree, k) for k in range(start, end) if tree[k].text not in ("-", "‐")):
                continue
            if any(c.kb and c.start < end and start < c.end for c in taken):
                continue  # a known name ("... Programmes Copernicus Sentinel") is no person
            # "Space Transportation Toni Tolker-Nielsen", "Earth Observation Programmes Ingrid Solheim": a name
            # the model or a chunk ran over department and person names neither (the department is no body)
            taken[:] = [c for c in taken if c.kb or not (i + 2 <= c.start < start < c.end <= end)]
            out.append(Candidate(start, end, "pattern:titled-person", hint=C.Person))
    return out
