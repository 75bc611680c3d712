"""Names of awards: "the Galileo Medal", "the Space Pioneer Award", "the Yuri Gagarin Prize".

An award is no class of the ontology, so its name names nothing the graph keeps: a name that ends in an
award noun (:data:`AWARD_NOUNS`, lexicon data, capitalized as names are) is no candidate, nor is the name
before one ("Galileo" of "the Galileo Medal" is no mission there) unless it is a body or a country, which
gives the award ("the ESA Award", "the Royal Society Medal").
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .classes import ancestors
from .lexicon import WORD_CLASSES
from .tree import Tree

AWARD_NOUNS = WORD_CLASSES["AWARD_NOUNS"]
#: Lowercase nouns of what is given for work (award, prize, medal, fellowship...), lexicon data.
PRIZE_NOUNS = WORD_CLASSES["PRIZE_NOUNS"]


def _giver(c: Candidate) -> bool:
    classes = [k for e in c.kb for k in e.classes] + ([c.hint] if c.hint else [])
    return any(C.Organization in ancestors(k) or k == C.Country for k in classes)


def without_award_names(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of awards and the names awards are named after."""
    n = len(tree)
    return [c for c in cands if tree[c.end - 1].text not in AWARD_NOUNS
            and not (c.end < n and tree[c.end].text in AWARD_NOUNS and not _giver(c))]


def prize_given(tree: Tree, verb: int) -> bool:
    """"The Young Engineer Award went to Maria Costa": a prize (lexicon ``PRIZE_NOUNS``) is what goes, so who it
    goes to is its recipient, a person as the model says, not a place someone travels to (names.not_a_person)."""
    return any(tree.lemma(s.i) in PRIZE_NOUNS or tree.lowers[s.i] in PRIZE_NOUNS
               for s in tree.children(verb, "nsubj", "nsubjpass"))
