"""Which entity told of before a definite noun may stand for: "the camera" is not the radar, "the station" not the
town, "the lander" no orbiter, "this programme" no satellite, "the team" no agency (split out of entities.py, which
it serves with :mod:`~presskg.extract.context` and :mod:`~presskg.extract.referents`); and which of a pair told of just
before "the former" and "the latter" stand for (:func:`former_or_latter`)."""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import GENERIC_NOUNS, GOVERNMENT_NOUNS, HEAD_CLASSES, SECOND_CLASSES, WORD_CLASSES
from .tree import Tree


def may_take_back(ent: Entity, lemma: str) -> bool:
    """True when a definite noun (its ``lemma``) may stand for ``ent`` told of before: a named thing, or
    a described one of the same noun ("the camera" is not the radar; "the instrument", a noun of
    lexicon ``GENERIC_NOUNS``, may be). A noun of a kind of place takes back only a place of its kind or
    below: "the station" is not the town named before it (a town is no station, though both are places);
    a noun of a carried craft of its own class (lexicon ``CARRIED_CRAFT_NOUNS``: "the lander", "the rover")
    takes back a named craft of that class only ("the capsule" is left to :func:`referents.things`); a gathering
    noun of its own kind, a named gathering of that noun only ("the workshop" is not the Congress)."""
    cls = HEAD_CLASSES.get(lemma)
    if cls is not None and cls != C.Place and C.Place in ancestors(cls) \
            and not any(c in ancestors(k) for c in (cls, SECOND_CLASSES.get(lemma)) for k in ent.classes):
        return False  # ("the station": a space station told of too, its second class)
    if lemma == "agency" and _government(ent.label.lower().split()):
        return False  # "the Italian government ... will lead the agency": a government is no agency
    if ent.named and lemma in CARRIED_CRAFT_NOUNS and cls not in (None, C.Spacecraft):  # "the lander": no orbiter
        return any(cls in ancestors(k) for k in ent.classes)
    if lemma in _PLAN_NOUNS and any(C.Spacecraft in ancestors(k) for k in ent.classes):
        return False  # "this programme" is no satellite, though a named craft may be typed a mission too
    if ent.named and cls == C.Conference and lemma not in _GENERAL_GATHERINGS and C.Conference in ent.classes:
        return lemma in ent.label.lower().split()  # "the workshop" is not the Congress told of before
    if lemma in _GROUP_NOUNS:  # "the team", "the crew": a group told of by that noun, not the agency named before
        return any(w == lemma or w.startswith(lemma + "-") for w in ent.label.lower().split())  # ("Crew-9")
    return ent.named or lemma in GENERIC_NOUNS or lemma in ent.label.lower().split()


#: Nouns of a gathering that may stand for any named one (lexicon ``GENERAL_GATHERING_NOUNS``).
_GENERAL_GATHERINGS = frozenset(WORD_CLASSES["GENERAL_GATHERING_NOUNS"])
#: Nouns of a group of people (lexicon ``MEMBER_GROUP_NOUNS``: team, crew, consortium, delegation).
_GROUP_NOUNS = frozenset(WORD_CLASSES["MEMBER_GROUP_NOUNS"])


def _government(words: list[str]) -> bool:
    """A government body's name: its last word a noun of lexicon ``GOVERNMENT_NOUNS`` ("the Italian government"),
    or another such word before it ("Ministry of Science", "Government of Canada"), save an administration's,
    which names agencies too ("National Aeronautics and Space Administration").

    >>> _government("ministry of science".split()), _government("uk space agency".split())
    (True, False)
    """
    return bool(words) and (words[-1] in GOVERNMENT_NOUNS
                            or any(w in GOVERNMENT_NOUNS and w != "administration" for w in words))


CARRIED_CRAFT_NOUNS = WORD_CLASSES["CARRIED_CRAFT_NOUNS"]
#: Nouns of a programme that is not a collection of craft ("the programme", "the initiative"; a "constellation"
#: is its satellites).
_PLAN_NOUNS = WORD_CLASSES["PROGRAMME_NOUNS"] - WORD_CLASSES["COLLECTIVE_NOUNS"]


def called_so(t: Tree, end: int, lemma: str) -> bool:
    """The name ending at token ``end`` is set beside a phrase headed by ``lemma`` ("Orla-6B, the second satellite of
    ..."), however the parser hung the apposition: a definite "the satellite" later is that name's first of all."""
    k = end + 1 if end < len(t) and t[end].text == "," else None
    while k is not None and k < len(t) and t[k].pos in ("DET", "ADJ", "NUM") and k < end + 5:
        k += 1
    return k is not None and k < len(t) and t[k].dep == "appos" and t.lemma(k) == lemma


def former_or_latter(tree: Tree, i: int, groups: list[tuple[int, list[str]]]) -> str | None:
    """The key of the entity "the former" or "the latter" at ``i`` stands for: the first or the last of the two
    bodies last told of together, in this sentence or the one before (``groups``: (token, keys) in text order, as
    the frames noted them); None for any other word, for "the former director" (an adjective), or with no pair."""
    word = tree.lowers[i]
    if word not in ("former", "latter") or i == 0 or tree.lowers[i - 1] != "the" or tree[i].dep in ("amod", "compound"):
        return None
    here = tree.sentence_index(i)
    pair = next((keys for at, keys in reversed(groups) if at < i), None)
    at = next((at for at, _ in reversed(groups) if at < i), None)
    if pair is None or len(pair) != 2 or here - tree.sentence_index(at) > 1:
        return None
    return pair[0] if word == "former" else pair[1]
