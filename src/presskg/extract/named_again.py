"""A name mentioned again as the modifier of a noun, which the tagger took for an adjective: "The Meridian mission
was launched in 2025. The Meridian consortium includes CNES and DLR." The tagger reads a capitalized word it does
not know before a noun as an adjective (often a nationality), so no proper-noun chunk holds it and the second
"Meridian" named nothing. Such a word becomes a bare candidate with no class of its own: the entity table keeps a
bare name only when the release named it before (entities.EntityTable.add_candidates), so a word never named as a
name ("the Nordic countries") stays an adjective. Nationality words (the gazetteer's demonyms), words of the
class lexicon and a sentence's first word are left alone.
"""

from __future__ import annotations

from .candidates import Candidate
from .gazetteer import Gazetteer
from .lexicon import HEAD_CLASSES, WORD_CLASSES
from .tree import Tree

_PLANET_ADJECTIVES = frozenset(WORD_CLASSES["PLANET_ADJECTIVES"])


def named_again(tree: Tree, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """Bare candidates for capitalized adjectives before a noun that no candidate covers ("the [Meridian]
    consortium"), to be kept only if the release named them before.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = [("The", "DET"), ("Meridian", "ADJ"), ("team", "NOUN"), ("met", "VERB")]
    >>> toks = tuple(Token(i, w, 0, w, p, "JJ", "dep", 2, "", "O", " ") for i, (w, p) in enumerate(words))
    >>> tree = Tree(Parse(toks, (Sentence(0, 0, 4, 0, 20, ""),), (), ""), "")
    >>> [(c.start, c.end, c.hint) for c in named_again(tree, Gazetteer(()), [])]
    [(1, 2, None)]
    """
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for i in range(1, len(tree) - 1):
        t = tree[i]
        low = t.text.lower()
        if (t.pos != "ADJ" or not t.text[:1].isupper() or t.text.isupper() or i in covered
                or tree.sentence_of(i).start == i or tree[i + 1].pos != "NOUN" or low in gaz.demonyms
                or low in HEAD_CLASSES or low in _PLANET_ADJECTIVES):
            continue
        out.append(Candidate(i, i + 1, "pattern:named-again"))
    return out
