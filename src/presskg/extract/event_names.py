"""Event nouns led by proper names are names: "the third France-Japan space dialogue", "the Vela Space Days".

A gathering named by the places or bodies that hold it is written with capitals before a common noun of events
(lexicon ``NAMED_EVENT_NOUNS``); the model leaves such names unmarked. One counted among the gatherings a named body
or series holds ("the fourth meeting of CoSpace", lexicon ``NUMBERED_EVENT_NOUNS``) is named by the whole phrase.
Read by :mod:`~presskg.extract.mentions`.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .classes import ancestors
from .lexicon import HEAD_CLASSES, NAMED_EVENT_NOUNS, NUMBERED_EVENT_NOUNS
from .tree import Tree


def event_names(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """An event noun led by proper names is a name: "the third France-Japan space dialogue"."""
    out = []
    for t in tree.tokens:
        if t.pos != "NOUN" or tree.lemma(t.i) not in NAMED_EVENT_NOUNS:
            continue
        mods = [c for c in tree.children(t.i, "compound", "nmod", "amod") if c.i < t.i]
        names = [c for c in mods if c.text[:1].isupper() and c.pos in ("PROPN", "NOUN")]
        if not names:
            continue
        start = min(min(tree.subtree(c.i)) for c in names)
        while start < t.i and not tree[start].text[:1].isupper():
            start += 1
        cand = Candidate(start, t.i + 1, "pattern:event-name", hint=HEAD_CLASSES.get(tree.lemma(t.i), C.Event))
        if not any(c.start == cand.start and c.end == cand.end for c in taken):
            out.append(cand)
    return out


def numbered_event_names(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """"the fourth meeting of CoSpace", "the 12th session of the Joint Commission": an ordinal and a noun of a
    gathering held again and again, then "of" and a proper name (not a person's, nor a state's: "the first
    meeting of Ana Duarte", "the first summit of Japan and Korea" tell of no series), name one gathering. (A
    single word the model calls a person's name is let through: it marks unknown bodies so, "of CoSpace".)"""
    out = []
    for t in tree.tokens:
        if t.pos != "NOUN" or tree.lemma(t.i) not in NUMBERED_EVENT_NOUNS:
            continue
        counted = [c.i for c in tree.children(t.i, "amod", "nummod") if c.i < t.i and c.ent_type == "ORDINAL"]
        series = [o for p in tree.children(t.i, "prep") if p.text.lower() == "of" for o in tree.children(p.i, "pobj")
                  if o.pos == "PROPN" and not _full_name(tree, o.i) and (o.ent_type not in ("GPE", "NORP") or any(
                      c.kb and c.start <= o.i < c.end and not any(C.Place in ancestors(k) for k in c.kb[0].classes)
                      for c in taken))]  # (a body the model took for a state: "the 62nd session of COPUOS")
        if not counted or not series:
            continue
        # (the name ends with its head: "the fourth meeting of CoSpace, the committee that ...")
        cand = Candidate(min(counted), series[0].i + 1, "pattern:event-name",
                         hint=HEAD_CLASSES.get(tree.lemma(t.i), C.Event))
        if not any(c.start == cand.start and c.end == cand.end for c in taken):
            out.append(cand)
    return out


def _full_name(tree: Tree, i: int) -> bool:
    """Proper noun ``i`` ends a person's name of several words ("Ana Duarte")."""
    return tree[i].ent_type == "PERSON" and any(c.ent_type == "PERSON" for c in tree.children(i, "compound"))
