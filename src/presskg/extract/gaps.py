"""Gapping: clauses that leave out their verb ("CNES will provide the camera and DLR the spectrometer", "the
orbiter was built by Airbus and the lander by OHB").

The parser hangs a gapped clause's remnant anywhere (a conjunct of the object or of the verb, an apposition), so
the verb rules would read its subject as an object or miss it; :func:`gapped` finds the remnants by their words
and gives each a frame of its own in the verb's :attr:`~presskg.extract.frames.Frame.gaps`, which the verb
rules read as they read the verb's frame (``rules/verbs.py``). The remnants' heads go into ``Tree.gapped``, so
they join no coordination.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from .tree import Tree


class Frame(Protocol):
    """What gapping reads and writes of a :class:`~presskg.extract.frames.Frame` (which imports this module)."""

    verb: int
    subj: list[int]
    obj: list[int]
    dative: list[int]
    preps: list[tuple[str, int]]
    passive: bool
    gaps: list[Any]


_GAP_LINKS = ("and", ",", "while", "whereas")
_GAP_DETS = ("DT", "PRP$")  # and a number: "and CNES two cameras"


def gapped(tree: Tree, f: Frame) -> None:
    """"CNES will provide the camera and DLR the spectrometer", "NASA supplies the launcher, ESA the module and
    JAXA the lander": gapping, a clause that says again only a new subject and a new object and leaves the verb
    out. The parser hangs such a remnant anywhere (a conjunct of the object or of the verb, an apposition); its
    mark is in the words: a name right after "and" or a comma, and right after the name a determiner whose noun
    is the new object (coordinated names are never followed by one). Each remnant becomes a frame in the verb's
    ``gaps`` with the verb's lemma and the prepositions of the verb that follow it; the remnants' words leave
    the verb's own frame. Only an active verb with a subject and a direct object before the gap
    (and no dative: in "gave NASA the data and JAXA the samples" the names receive); a passive one has its
    own remnants (:func:`_gapped_passive`)."""
    if f.passive and f.subj and f.obj:
        _gapped_passive(tree, f)
    if f.passive or not f.subj or not f.obj or f.dative or tree[f.verb].pos != "VERB":
        return
    first = min(f.obj)
    if first < f.verb or tree[min(tree.subtree(first))].pos == "PROPN":
        return
    end = tree.sentence_of(f.verb).end - 1
    remnants: list[tuple[int, int, int]] = []  # (start of the name, name head, new object)
    k = first + 1
    while k < end:
        t, nxt = tree[k], tree[k + 1]
        name = t.pos == "PROPN" or t.dep == "conj" and t.pos == "VERB" and t.text[:1].isupper()  # "and CNES a
        if t.pos in ("VERB", "AUX") and not name:  # camera": the parser may take a name for a verb
            break  # a clause of its own from here: not a gap
        if name and (nxt.tag in _GAP_DETS and nxt.pos in ("DET", "PRON") or nxt.pos == "NUM"):
            start = k  # back to the name's first word: "the University of Bern"
            while start - 1 > first and (tree[start - 1].pos == "PROPN" or tree[start - 1].text.lower() in (
                    "of", "for", "&") and tree[start - 2].pos == "PROPN"):
                start -= 1
            if start - 1 > first and tree[start - 1].text.lower() == "the":
                start -= 1
            obj = nxt.head
            if tree[start - 1].text.lower() in _GAP_LINKS and obj > k and tree[obj].pos in ("NOUN", "PROPN"):
                remnants.append((start, tree.span_head(start, k + 1), obj))
        k += 1
    if not remnants:
        return
    gap_words = {i for s, _, o in remnants for i in range(s, max(tree.subtree(o)) + 1)}
    f.obj[:] = [i for i in f.obj if i not in gap_words]
    after = remnants[0][0]
    shared = [(p, i) for p, i in f.preps if i > max(gap_words)]
    f.preps[:] = [(p, i) for p, i in f.preps if i < after or i > max(gap_words)]
    for _, head, obj in remnants:
        tree.gapped.update((head, obj))
        f.gaps.append(_remnant(f, head, obj, preps=list(shared), passive=False))


def _gapped_passive(tree: Tree, f: Frame) -> None:
    """"The orbiter was built by Airbus and the lander by OHB", "X will be provided by ASI, Y by CNES": the
    passive remnant, a new patient (a noun phrase after "and" or a comma) right before "by" and a new agent."""
    agent = min(f.subj)
    if agent < f.verb or min(f.obj) > f.verb:
        return
    end = tree.sentence_of(f.verb).end
    for k in range(agent + 1, end - 2):
        # the new agent: a name, or "the" and a name ("and its spectrometer by the Physical Research Laboratory")
        named = k + 1 + (tree.lowers[k + 1] == "the" and tree[k + 2].pos == "PROPN")
        if tree[k].text.lower() != "by" or tree[k - 1].pos not in ("NOUN", "PROPN") or tree[named].pos != "PROPN":
            continue
        start = k - 1  # back over the phrase: "the lander", "the Zephyr camera", "its X-ray spectrometer"
        while start - 1 > agent and (tree[start - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET")
                                     or tree[start - 1].dep == "poss" and tree[start - 1].pos == "PRON"):
            start -= 1
        stop = named
        while stop + 1 < end and (tree[stop + 1].pos == "PROPN" or tree[stop + 1].text.lower() in ("of", "&")
                                  and stop + 2 < end and tree[stop + 2].pos == "PROPN"):
            stop += 1
        if tree[start - 1].text.lower() not in _GAP_LINKS or any(tree[i].pos == "VERB" for i in range(start, k)):
            continue
        obj, who = tree.span_head(start, k), tree.span_head(named, stop + 1)
        tree.gapped.update((obj, who))
        f.subj[:] = [i for i in f.subj if i != who]
        f.obj[:] = [i for i in f.obj if i != obj]
        f.gaps.append(_remnant(f, who, obj, preps=[], passive=True))


def _remnant(f: Frame, subj: int, obj: int, *, preps: list[tuple[str, int]], passive: bool) -> Frame:
    """The frame of a gapped clause: the verb's, with the remnant's subject and object."""
    return replace(f, subj=[subj], obj=[obj], dative=[], preps=preps, passive=passive,
                   where=None, noun=None, gaps=[])
