""""X completed a spacewalk with Leah Morrow", "will perform a spacewalk alongside Y": who shares an event only people
do is a person and takes part in it (lexicon PERSON_EVENT_NOUNS; described_names.fellow_walker). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "Jonas Feldmann completed a spacewalk with Leah Morrow on 3 May.",
    "Jonas Feldmann will perform a spacewalk alongside Leah Morrow on 3 May.",
])
def test_a_spacewalk_partner_is_a_person_taking_part(read, text):
    got = read(text)
    assert classes_of(got, "Leah Morrow") == {"Person"}, classes_of(got, "Leah Morrow")
    assert {o for _, p, o in triples(got) if p == "participant"} >= {"Jonas Feldmann", "Leah Morrow"}, triples(got)


def test_an_agreement_with_a_company_is_no_person(read):
    got = read("Jonas Feldmann signed an agreement with Orbix Space on 3 May.")
    assert "Person" not in classes_of(got, "Orbix Space"), classes_of(got, "Orbix Space")
