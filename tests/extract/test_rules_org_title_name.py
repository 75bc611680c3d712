"""An organization, title words and a person's name in a row, parsed apart (rules/titles.py)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_rules_org_title_name_coordinated_second_signer_heads_its_agency(read):
    t = triples(read("The memorandum was signed by Portugal Space President Ricardo Conde and Vela Space Agency "
                     "Director General Amira Haddad on Wednesday."))
    assert ("Amira Haddad", "headOf", "Vela Space Agency") in t, t


def test_rules_org_title_name_deputy_is_a_member(read):
    t = triples(read("The plan was signed by Portugal Space President Ricardo Conde and Vela Space Agency "
                     "Deputy Director Omar Saleh on Wednesday."))
    assert ("Omar Saleh", "memberOf", "Vela Space Agency") in t, t
    assert ("Omar Saleh", "headOf", "Vela Space Agency") not in t, t


def test_rules_org_title_name_no_title_between_makes_no_post(read):
    t = triples(read("The memorandum was signed by Portugal Space and Vela Space Agency, Amira Haddad said."))
    assert not any(s == "Amira Haddad" and p in ("headOf", "memberOf") for s, p, o in t), t


def test_rules_org_title_name_deputy_of_a_title_of_two_words_is_a_member(read):
    # "Deputy" hangs on "Director", which hangs on "General": the whole title is read, not its last two words
    for text in ("ESA Deputy Director General Anna Berg visited Tokyo.",
                 "Anna Berg, Deputy Director General of ESA, spoke."):
        t = triples(read(text))
        assert ("Anna Berg", "memberOf", "ESA") in t and ("Anna Berg", "headOf", "ESA") not in t, (text, t)
    t = triples(read("ESA Director General Josef Aschbacher visited Tokyo."))
    assert ("Josef Aschbacher", "headOf", "ESA") in t, t


@pytest.mark.parametrize("text, person, org", [
    ("ESA Council Chair Anna Berg visited Bonn.", "Anna Berg", "ESA"),
    ("NASA Science Division Director Eva Kos visited Paris.", "Eva Kos", "NASA"),
    ("CNES Programme Committee Chair Jon Ulf spoke.", "Jon Ulf", "CNES"),
])
def test_rules_org_title_name_a_title_after_a_part_of_the_body_is_a_members(read, text, person, org):
    # a council's, a division's or a committee's chair holds a post in a part of the body: a member, no head
    t = triples(read(text))
    assert (person, "memberOf", org) in t and (person, "headOf", org) not in t, t


@pytest.mark.parametrize("text, person, org", [
    ('"We are ready," said DLR Executive Board Chair Anna Berg.', "Anna Berg", "DLR"),
    ("ESA Director General Jan Wik visited Rome.", "Jan Wik", "ESA"),
])
def test_rules_org_title_name_a_boards_chair_heads_the_body(read, text, person, org):
    t = triples(read(text))
    assert (person, "headOf", org) in t, t


def test_rules_org_title_name_a_part_of_a_known_body_and_its_title_are_no_part_of_the_name(read):
    # the model sees no person: the run "Council Chair Ola Lund" after ESA was one body's name
    t = triples(read("ESA Council Chair Ola Lund visited Bonn."))
    assert ("Ola Lund", "memberOf", "ESA") in t, t
    assert not any("Council Chair" in s or "Council Chair" in o for s, _, o in t), t


@pytest.mark.parametrize("text, person, org", [
    ("Chairman ISRO, Dr V. Narayanan, congratulated the team.", "V. Narayanan", "ISRO"),
    ("President CNES, Dr Anna Berg, congratulated the team.", "Anna Berg", "CNES"),
])
def test_rules_org_title_name_a_title_before_a_bodys_name_set_beside_a_person(read, text, person, org):
    # "Chairman ISRO": the title written before the body's name, without "of", the person its apposition
    t = triples(read(text))
    assert (person, "headOf", org) in t, t
