"""Verbs told through their noun: "Vexel will lead the development of X" says that Vexel develops X.

A verb of conducting (lexicon ``CONDUCT_VERBS``: lead, oversee, manage, head, direct...) whose object is
the noun of an activity of making (``MAKING_NOUN_VERBS``: development → develop, construction → construct,
assembly → assemble...) with an "of" phrase tells of that making, done by the verb's subject, to what the
"of" phrase names. The frame takes the making verb's lemma and the "of" phrase's objects, so every rule of
the making verb (a provider, a builder) reads it. Both word lists are data: a new word joins without code.

The object's noun also tells a verb's sense: "ESA launched the Space Skills initiative" starts a programme, no
rocket flies (:func:`sense_by_object`, lexicon ``STARTED_NOUNS`` and ``STARTED_SENSES``).
"""

from __future__ import annotations

from .lexicon import TABLES, WORD_CLASSES
from .tree import Tree, verb_key

#: "development" -> "develop": the verb of a noun of making.
MAKING_NOUN_VERBS = TABLES["MAKING_NOUN_VERBS"]
#: "lead", "oversee": verbs that only conduct the activity their object names.
CONDUCT_VERBS = WORD_CLASSES["CONDUCT_VERBS"]
#: "launch" -> "launch:start" when what is launched is a programme, an initiative, a call (STARTED_NOUNS).
STARTED_SENSES = TABLES["STARTED_SENSES"]
STARTED_NOUNS = WORD_CLASSES["STARTED_NOUNS"]
#: Nouns of work on a thing or of making it ("work on X", "the development of X": lexicon WORK_NOUNS, MAKING_NOUNS).
WORKED_NOUNS = frozenset(WORD_CLASSES["WORK_NOUNS"]) | frozenset(WORD_CLASSES["MAKING_NOUNS"])


def made_through_noun(tree: Tree, lemma: str, objects: list[int]) -> tuple[str, list[int]] | None:
    """"X will lead the development of Y", "X oversees the construction and testing of Y", "the assembly of Y
    will be carried out by X": for the frame of a conducting verb (``lemma``, with its particle if any, and
    ``objects``: a passive's subject among them), the making verb and its objects (what the noun's "of" phrase
    names); None when the verb conducts no making."""
    if lemma not in CONDUCT_VERBS:
        return None
    for o in objects:
        verb = MAKING_NOUN_VERBS.get(tree.lemma(o))
        made = [q.i for p in tree.children(o, "prep") if p.text.lower() == "of" for q in tree.children(p.i, "pobj")]
        if verb is not None and made and not tree.children(o, "poss"):  # not "leads its partner's development of"
            return verb, made
    return None


def making_key(tree: Tree, verb: int) -> str:
    """The verb's lemma with its particle, or the making verb a conducting verb stands for with the noun of a
    making as its object ("Orbitek will carry out the integration of X", "the assembly of X was completed by
    Orbitek": Orbitek integrates, assembles); the key a name's role is read by (doing.role_class)."""
    key = verb_key(tree, verb)
    objects = [c.i for c in tree.children(verb, "dobj", "obj", "attr", "nsubjpass")]
    made = made_through_noun(tree, key, objects)
    return key if made is None else made[0]


def worked_on(tree: Tree, heads: list[int]) -> list[int]:
    """What the nouns of work among ``heads`` are work on: "work on X began in 2024 with the support of CNES",
    "the development of X will start with ...", "work on X will begin in partnership with CNES": X, whom the
    backing or the partnership is for (rules/roles.py, rules/joint_work.py)."""
    return [o.i for i in heads if tree.lemma(i) in WORKED_NOUNS for p in tree.children(i, "prep")
            if tree.lowers[p.i] in ("of", "on") for o in tree.children(p.i, "pobj")]


def sense_by_object(tree: Tree, lemma: str, objects: list[int]) -> str:
    """The lemma a verb's frame takes given its ``objects`` (passive subjects among them): "launch:start" for a
    "launch" of nothing but programmes, initiatives, calls ("the Kestrel programme was launched in 2019"),
    else ``lemma``."""
    sense = STARTED_SENSES.get(lemma)
    if sense is None or not objects or not all(tree.lemma(o) in STARTED_NOUNS for o in objects):
        return lemma
    return sense

