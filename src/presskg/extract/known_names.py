"""The knowledge base's names in a release, the first and most trusted source of mentions (:mod:`.mentions`): every
name the gazetteer finds, less a country or region inside a longer name ("South Australia", "the Gulf of Mexico"),
a known body inside another body's name ("the Kelmar Institute of Space and Astronautical Science"), a field inside
a body's name, a craft named after a person inside the name of a body named after that person too ("the Max
Planck Institute for Astronomy": no Planck mission), a world opening the name of a body or a site named after it
("the Vesta Test Centre", "the Mars Society"); a known craft's name run on into a numbered sibling ("Artemis
III", "Metop-SG-B1") is that sibling.
"""

from __future__ import annotations

from ..vocab import Class as C
from . import body_names, names
from .candidates import Candidate, is_acronym
from .classes import ancestors, kin
from .gazetteer import Gazetteer
from .lexicon import COMPASS_WORDS, HEAD_CLASSES
from .series import craft_class, joined_end, numbered_end
from .tree import Tree


def known_names(tree: Tree, gaz: Gazetteer) -> list[Candidate]:
    """Candidates of the knowledge base's names, in text order (see the module)."""
    cands: list[Candidate] = []
    for s in tree.parse.sentences:
        for m in gaz.find(tree.tokens, s.start, s.end):
            if m.start > s.start and tree[m.start - 1].text in COMPASS_WORDS:
                continue  # "South Australia", "Western Cape": a region named after the country, not the country
            if m.start >= 2 and body_names.geo_feature(tree, m.start - 2, m.end):
                continue  # "the Gulf of Mexico", "the Sea of Japan": a sea named after the country (the model's name)
            if craft_class(m.entries) and _inside_a_persons_name(tree, m.start, m.end, s.start, s.end):
                continue  # "the Max Planck Institute", "the Nicolaus Copernicus Astronomical Center"
            if m.start == s.start or tree[m.start - 1].pos != "PROPN" or is_acronym(tree[m.start - 1].text):
                if _celestial(m.entries) and _body_noun_within(tree, m.end, s.end):
                    continue  # "the Vesta Test Centre", "the Mars Society": a place or body named after the world
            cand = Candidate(m.start, m.end, "kb", m.entries)
            if (cls := craft_class(m.entries)) and (end := numbered_end(
                    tree, m.end, s.end, numbered=cls != C.LaunchVehicle)) > m.end:
                text = tree.span_text(m.start, end)  # "Artemis | III": another flight ("Artemis V." ending a sentence)
                cand = Candidate(m.start, end, "pattern:series", hint=cls, label=text.removesuffix(".") or None)
            elif (cls := craft_class(m.entries)) and (end := joined_end(tree, m.end, s.end)) > m.end:
                cand = Candidate(m.start, end, "pattern:series", hint=cls)  # "Metop | -SG-B1": another craft
            elif (cls := names.named_class(tree, cand)) and not any(kin(cls, k) for e in m.entries for k in e.classes):
                cand = Candidate(m.start, m.end, "pattern:named", hint=cls)  # "her mission, named Epsilon": no rocket
            glued = bool(cands) and cands[-1].end == m.start  # ("Thales Alenia Space Italy": national_arms reads it)
            if not (body_names.field_of_body(tree, cand) or not glued and body_names.named_apart(tree, gaz, cand)):
                cands.append(cand)
    return cands


def _inside_a_persons_name(tree: Tree, start: int, end: int, first: int, last: int) -> bool:
    """The words ``[start, end)`` are a surname in a body's name: a capitalized word that is neither an acronym nor a
    class noun (a given name) right before them, and a body's class noun among the next three words of the run
    ("Max [Planck] Institute", "Nicolaus [Copernicus] Astronomical Center"; not "Satellite [Michibiki] No. 7")."""
    if not first < start or end >= last:
        return False
    given = tree[start - 1]
    if given.pos != "PROPN" or not given.text[:1].isupper() or not given.text.isalpha() or is_acronym(given.text) \
            or given.text.lower() in HEAD_CLASSES:
        return False
    return _body_noun_within(tree, end, last)


def _celestial(entries) -> bool:
    return bool(entries) and all(any(C.CelestialBody in ancestors(c) for c in e.classes) for e in entries)


def _body_noun_within(tree: Tree, end: int, last: int) -> bool:
    """A body's or a facility's class noun among the next three words from ``end``, all capitalized names: the
    words before ``end`` open that body's name."""
    for k in range(end, min(end + 3, last)):
        if tree[k].pos != "PROPN" or not tree[k].text[:1].isupper():
            return False
        cls = HEAD_CLASSES.get(tree.lowers[k])
        if cls is not None and any(c in ancestors(cls) for c in (C.Organization, C.Facility)):
            return True
    return False
