"""Given names written with a hyphen and a lower-case syllable: "Min-ji Park", "Sang-ryul Lee", "Kim Jong-hoon".

Korean given names are romanized as two syllables joined by a hyphen, the second in lower case. The tagger
calls that syllable a noun, so a run of proper nouns stops at it, and the model often marks only a piece of the
name as a person ("Cho" of "Hae-won Cho"). :func:`given_name_end` lets a name run on through the hyphen, and
such a name is a person's (its shape says so); :func:`without_pieces` drops the model's pieces inside it.

A person's surname written alone after the full name is that person, whatever the clause had it do
(:func:`surnames_of_people`), also where the tagger took it for a common noun (:func:`surnames_taken_for_nouns`).
"""

from __future__ import annotations

import re

from ..vocab import Class as C
from .candidates import Candidate
from .head_nouns import head_noun_class
from .tree import Tree

#: A syllable of a romanized name, capitalized: "Min", "Sang", "Ji", "Kim" (not "X" of "X-ray", not "NASA").
_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,4}$")


def given_name_end(tree: Tree, start: int, hyphen: int, name_word) -> bool:
    """True when the token after ``hyphen`` ends a hyphened given name begun before it, in a name run from
    ``start`` (``name_word(tree, i, first=True)`` tells a name's word). The syllable is short, lower case and
    tagged a noun (a participle or an adjective, as in "Japan-led" or "Toulouse-based", is not one), the part
    before the hyphen a capitalized syllable too ("Microchannel X-ray Telescope" is no name), and a family name
    stands right after the syllable, or a family name's syllable right before the given name (written first)."""
    first, end = tree[hyphen - 1], hyphen + 1
    syllable = tree[end]
    if not (_SYLLABLE.match(first.text) and syllable.text.isalpha() and syllable.text.islower()
            and 2 <= len(syllable.text) <= 5 and syllable.tag in ("NN", "NNP", "NNS", "NNPS")):
        return False
    if end + 1 < len(tree) and name_word(tree, end + 1, first=True):
        return True  # "(KARI President) Min-ji Park": the family name after it
    return start <= hyphen - 2 and _SYLLABLE.match(tree[hyphen - 2].text) is not None  # "Kim Jong-hoon"


def without_pieces(cands: list[Candidate], names: list[Candidate]) -> list[Candidate]:
    """``cands`` less the model's candidates that lie inside one of ``names`` (hyphened given names): "Cho"
    gives way to "Hae-won Cho"."""
    if not names:
        return cands
    return [c for c in cands if c.source != "model" or not any(n.start <= c.start and c.end <= n.end for n in names)]


def surnames_taken_for_nouns(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"Jenni Gibbons visited Cologne. Gibbons later held a workshop": the tagger reads a capitalized word
    ending in "s" at a sentence's start as a plural noun ("Gibbons", "Rivers", "Simmons"), so no name run
    holds it and whatever the clause says of the person is lost. Such a word, the last word of a person
    named before, standing alone as a subject or an object and never written in lower case in the release,
    is that person. (A word with a determiner or a modifier is a noun: "the Rivers project".)"""
    lasts: dict[str, int] = {}
    for c in cands:
        if c.hint == C.Person and c.end - c.start >= 2:
            lasts.setdefault(tree[c.end - 1].text, c.end)
    if not lasts:
        return []
    covered = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for i, t in enumerate(tree.tokens):
        if (t.pos == "NOUN" and lasts.get(t.text, len(tree)) <= i and i not in covered and t.text[:1].isupper()
                and t.text[1:].islower() and t.text.lower() not in tree.written_lower
                and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
                and not any(True for _ in tree.children(i, "compound", "amod", "det", "nummod", "poss"))):
            out.append(Candidate(i, i + 1, "pattern:surname", hint=C.Person))
    return out


def surnames_of_people(tree: Tree, cands: list[Candidate]) -> None:
    """"Astronaut Piet Holm returned ... Holm landed in Kazakhstan": one word that is the last word of a
    person named before is that person, though what the clause has it do ("landed") made it a craft. (A class
    noun after it, "the Holm satellite", still makes it a thing of its own.)"""
    people = [c for c in cands if c.hint == C.Person and c.end - c.start >= 2]
    for c in cands:
        if c.end - c.start != 1 or c.hint in (None, C.Person) or c.kb or head_noun_class(tree, c) is not None:
            continue
        if any(p.end <= c.start and tree[p.end - 1].text == tree[c.start].text for p in people):
            c.hint = C.Person
