""""The Board of the Nordavia Space Agency (NSA)": the acronym is the agency's, whose initials it spells, not the
board's (body_names.owners_of_bodies); a director the board appoints is the agency's member, not the board's
(rules/posts.py, appoint). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

_TOLD = ("The Board of the Nordavia Space Agency (NSA) has appointed Ingrid Halvorsen as Director of Earth "
         "Observation. NSA Director General Håkon Berg welcomed her.")


def test_the_acronym_is_the_governed_bodys(read):
    got = triples(read(_TOLD))
    assert ("Håkon Berg", "headOf", "Nordavia Space Agency") in got, got


def test_a_boards_appointee_is_a_member_of_what_it_governs(read):
    got = triples(read(_TOLD))
    assert ("Ingrid Halvorsen", "memberOf", "Nordavia Space Agency") in got, got
    assert ("Ingrid Halvorsen", "memberOf", "Board of the Nordavia Space Agency") not in got, got


def test_a_boards_own_chair_stays_the_boards(read):
    got = triples(read("The Board of Directors of Orvix elected Lena Varga as its Chair on 3 May 2026."))
    assert not any(s == "Lena Varga" and o == "Orvix" and p == "memberOf" for s, p, o in got), got


def test_each_appointee_with_its_own_as_phrase(read):
    """"appointed A as Director of Science and B as Director of Operations" (posts._gapped_appointees): both."""
    got = triples(read("The Board of the Vela Space Agency appointed Ingrid Halvorsen as Director of Science and "
                       "Marcus Lind as Director of Operations."))
    assert {("Ingrid Halvorsen", "memberOf", "Vela Space Agency"), ("Marcus Lind", "memberOf", "Vela Space Agency")} \
        <= got, got


def test_two_people_named_with_one_title_each_unsaid_stay_apart(read):
    got = triples(read("The Vela Space Agency named Ingrid Halvorsen and Marcus Lind on 3 May 2026."))
    assert not any(p in ("memberOf", "headOf") for _, p, _ in got), got
