"""Programmes named inside the names of bodies: "the Galileo Control Centre", "the Copernicus Emergency
Management Service", "the Artemis Programme Office".

A programme's known name that begins a longer name whose head makes it a body or a place (a centre, a
service, an office: its class from the head noun, lexicon HEAD_CLASSES) is part of that name, as "Galileo" of
"the Galileo Medal" is (honours.py): the centre is the thing named, and the programme is no participant of
what the sentence says of the centre. Only a programme (a name one of whose known readings is class Mission
and nothing narrower) yields: a craft or a
station keeps its name inside ("the Kibo Exposed Facility"), an agency too ("the NASA Johnson Space Center"),
since those names say whose the facility is.

So does a town's known name that begins a longer name of a company or a university ("the Boston Consulting Group",
"Braunschweig University of Technology"): the name is the body's, and it says nothing of where the body is. A
facility's or a government's keeps its town, which says where it is ("the Toulouse Space Centre", "the Tokyo
Metropolitan Government").

So does a world's name that begins a longer name of a mission or a craft ("the ninth Earth Explorer mission",
"the Moon Pathfinder satellite"): the mission is named, and the world is no thing the sentence tells of.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .classes import ancestors


def _programme_only(c: Candidate) -> bool:
    """A known name one of whose readings is a programme only ("Galileo": the navigation programme, and a probe)."""
    return c.source == "kb" and any(set(e.classes) == {C.Mission} for e in c.kb)


def _body_or_place(c: Candidate) -> bool:
    return c.source != "kb" and c.hint is not None and bool(
        {C.Organization, C.Facility, C.Place} & set(ancestors(c.hint)))


def without_programme_in_body_names(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a programme's name that begins a longer name of a body or facility."""
    bodies = [c for c in cands if _body_or_place(c)]
    return [k for k in cands if not (_programme_only(k) and any(
        b.start == k.start and k.end < b.end for b in bodies))]


def without_town_in_body_names(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a town's name that begins a longer name of a body that is neither a facility nor a
    government's, and a world's that begins a mission's or a craft's (see the module)."""
    bodies = [c for c in cands if c.source != "kb" and c.hint is not None and C.Organization in ancestors(c.hint)
              and C.GovernmentBody not in ancestors(c.hint)]
    craft = [c for c in cands if c.source != "kb" and c.hint is not None and (
        C.Mission in ancestors(c.hint) or C.Spacecraft in ancestors(c.hint))]
    return [k for k in cands if not (k.source == "kb" and any(b.start == k.start and k.end < b.end for b in (
        bodies if all(set(e.classes) == {C.City} for e in k.kb) else craft if all(
            C.CelestialBody in ancestors(c) for e in k.kb for c in e.classes) else ())))]

