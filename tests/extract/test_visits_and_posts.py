"""Visits to a facility told by its noun, and meetings of a post with no name. "visited ESA's technical centre in
Noordwijk": the centre is where the visit was, its owner takes part (rules/occurrences.py); a seat ("ISRO
headquarters") still places the visit in its town. "The minister met X in Paris": a post with no name met X;
the body of its "of" phrase takes part, and the place the parser hangs on the person met is the meeting's
(rules/encounters.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _event(got, prop, obj, head="meeting"):
    return any(s.startswith(head) and p == prop and o == obj for s, p, o in triples(got))


@pytest.mark.parametrize("text, facility, owner", [
    ("A delegation from the Korea Aerospace Administration visited ESA's technical centre in Noordwijk on 14 May.",
     "technical centre", "ESA"),
    ("Lena Varga visited the new test centre of Orbix Aerospace in Bremen on 3 May.", "new test centre",
     "Orbix Aerospace"),
])
def test_a_visited_facility_told_by_its_noun(read, text, facility, owner):
    got = read(text)
    assert any(s.startswith("meeting") and p == "locatedIn" and o.startswith(facility) for s, p, o in triples(got)), \
        triples(got)
    assert _event(got, "participant", owner), triples(got)


@pytest.mark.parametrize("text, who, place", [
    ("The minister met Josef Aschbacher in Paris on 3 June.", "Josef Aschbacher", "Paris"),
    ("The Japanese Minister of Science met Josef Aschbacher in Paris on 3 June.", "Ministry of Science", "Paris"),
    ("Lena Varga met Josef Aschbacher in Paris on 3 June.", "Lena Varga", "Paris"),
])
def test_a_post_with_no_name_meets(read, text, who, place):
    got = read(text)
    assert _event(got, "participant", who), triples(got)
    assert _event(got, "locatedIn", place), triples(got)


def test_a_team_meeting_alone_is_no_meeting_of_a_post(read):
    got = read("The team met in Bremen.")
    assert not any(p == "participant" for _, p, _ in triples(got)), triples(got)


def test_posts_with_no_names_sign_for_their_bodies(read):
    got = read("ESA's Director General and the President of CNES signed the declaration in Paris.")
    signers = {o for s, p, o in triples(got) if p == "signatory"}
    assert {"ESA", "CNES"} <= signers, triples(got)


def test_a_named_person_signs_as_herself(read):
    got = read("The President of CNES, Lena Varga, signed the declaration in Paris.")
    assert "Lena Varga" in {o for s, p, o in triples(got) if p == "signatory"}, triples(got)
