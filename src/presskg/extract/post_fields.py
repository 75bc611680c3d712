"""A post's field is no body: "Director of Space Transportation", "Vice President for Space Systems at Orvion",
"Head of Launch Systems at X" name a portfolio, written capitalized as a name would be.

The model (or a run of proper nouns) often takes the field for an organization ("Space Systems" a company,
"Launch Systems" a launch), and the title then makes its holder head or member of it. A stretch the knowledge
base does not know, right after a title word's "of" or "for" (no minister's: that names a ministry), whose
every word is a word of a department or a field (lexicon DEPARTMENT_ENDS, FIELD_NOUNS, POST_FIELD_WORDS) names
no thing: it is dropped, and the title's body is the one its "at" phrase or its owner names. A name with a word
of its own ("President of Maxwell Space Systems") is kept.
"""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import HEAD_TITLES, MEMBER_TITLES, WORD_CLASSES
from .tree import Tree

#: Words a field of a post may be written with (lexicon data).
_FIELD_WORDS = (WORD_CLASSES["DEPARTMENT_ENDS"] | WORD_CLASSES["FIELD_NOUNS"] | WORD_CLASSES["POST_FIELD_WORDS"])
#: Title nouns a field follows ("director", "president", "head", "officer"): the last word of a title. Not a
#: minister's or a secretary's, whose portfolio names a ministry ("Minister of Industry": portfolios.py).
_TITLE_NOUNS = frozenset(t.split()[-1] for t in HEAD_TITLES | MEMBER_TITLES) - WORD_CLASSES["PORTFOLIO_TITLES"] - {
    "secretary", "commissioner"}


def is_post_field(tree: Tree, c: Candidate) -> bool:
    """``c`` is the field of the title before it ("Director of [Space Transportation]"), no body."""
    start = c.start  # ("Director of Human and [Robotic Exploration]": the list's earlier words are the field's too)
    while start > 2 and (tree.lowers[start - 1] in ("and", "&", ",") or tree.lowers[start - 1] in _FIELD_WORDS
                         and tree[start - 1].text[:1].isupper()):
        start -= 1
    if c.kb or c.label is not None or start < 2 or tree.lowers[start - 1] not in ("of", "for"):
        return False
    if tree.lowers[start - 2] not in _TITLE_NOUNS:
        return False
    words = [tree.lowers[k] for k in range(start, c.end)]
    return words[-1] not in ("and", "&") and all(w in _FIELD_WORDS or w in ("and", "&", ",") for w in words)


def without_post_fields(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the fields of posts (:func:`is_post_field`)."""
    return [c for c in cands if not is_post_field(tree, c)]
