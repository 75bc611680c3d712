"""Titles of publications: "published today in the journal Nature Astronomy", "published in Geophysical
Research Letters".

A journal is no class of the ontology, and the words of its title name nothing the text tells of: "Astronomy"
of "Nature Astronomy" is no topic of the release, "Geophysical Research Letters" no organization. The
capitalized words right after a publication noun (:data:`PUBLICATION_NOUNS`, lexicon data: "the journal X"),
or after the "in" of a verb of publishing with no object (lexicon ``PUBLISH_VERBS``: "were published in X Y",
"reported in Nature"; one word may be a place the knowledge base knows, "published in Paris"), are such a title,
and no candidate inside them is kept.
"""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import WORD_CLASSES
from .tree import Tree

PUBLICATION_NOUNS = WORD_CLASSES["PUBLICATION_NOUNS"]
PUBLISH_VERBS = WORD_CLASSES["PUBLISH_VERBS"]
#: Small words inside a title ("Planetary Science and Space Physics", "Journal of Geophysical Research").
_INNER = frozenset({"and", "of", "&", "for", "the", "in", "on"})


def title_spans(tree: Tree) -> list[tuple[int, int]]:
    """``[start, end)`` of every publication title in the release."""
    spans = []
    for t in tree.tokens:
        after_noun = tree.lemma(t.i) in PUBLICATION_NOUNS and t.pos == "NOUN"
        # "were published in Geophysical Research Letters" (not "published the report in Paris")
        after_in = t.text.lower() == "in" and tree.lemma(t.head) in PUBLISH_VERBS and not tree.children(t.head, "dobj")
        if not (after_noun or after_in):
            continue
        start = t.i + 1
        if after_in and start < len(tree) and tree.lowers[start] == "the":
            start += 1
            if start < len(tree) and tree.lemma(start) in PUBLICATION_NOUNS:
                continue  # "published in the journal X": the noun's
        end = start
        while end < len(tree) and (tree[end].text[:1].isupper() or tree.lowers[end] in _INNER
                                   and end + 1 < len(tree) and tree[end + 1].text[:1].isupper()):
            end += 1
        if end > start:
            spans.append((start, end))
    return spans


def without_publication_titles(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less those inside a publication's title; a one-word title may be a place the knowledge base knows
    ("published in Paris"), whose candidate is kept."""
    spans = title_spans(tree)
    if not spans:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b and not (b - a == 1 and c.kb) for a, b in spans)]
