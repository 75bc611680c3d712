"""A delegation told by its noun acts for the body its phrase names: "A delegation from MBRSC visited KARI" (MBRSC
takes part in the visit), and "the two organisations" after it are MBRSC and KARI, not the delegation and KARI
(a group's body stands for the group among bodies; "organisation" spelled either way). Sentences written for
these tests."""

from __future__ import annotations

from ..helpers import triples

VISIT = ("A delegation from the Vela Space Agency (VSA), led by its Director General Ana Lind, visited the Korrin "
         "Space Agency in Halden on 14 May. ")


def test_the_delegations_body_takes_part(read):
    found = triples(read(VISIT))
    assert any(s.startswith("meeting") and p == "participant" and o == "Vela Space Agency" for s, p, o in found), \
        sorted(found)


def test_the_two_organisations_are_the_bodies(read):
    found = triples(read(VISIT + "The visit follows a memorandum signed by the two organisations in 2024."))
    signers = {o for s, p, o in found if p == "signatory"}
    assert signers == {"Vela Space Agency", "Korrin Space Agency"}, sorted(found)
