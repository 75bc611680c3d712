"""A person's name set off by a comma after a title and its body ("signed by the director general of the Meridian
Space Agency, Dr Paolo Renzetti, and ...") is the title's apposition, however the parser hung it: the person
heads the body and signs, and is no name of the agreement (extract/title_appositions.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, body", [
    ("The agreement was signed in Arvelle by the director general of the Meridian Space Agency, Dr Paolo Renzetti, "
     "and the president of the Kestrian Institute for Remote Sensing, Professor Hana Okafor.",
     "Paolo Renzetti", "Meridian Space Agency"),
    ("The accord was signed on Monday by the chief executive of Orbix Systems, Dr Anna Weber, and the minister of "
     "research of Valdoria, Tomas Brandt.", "Anna Weber", "Orbix Systems"),
    ("The contract was signed by the president of the Norvane Space Agency, Ingrid Halvorsen, and by Orbix.",
     "Ingrid Halvorsen", "Norvane Space Agency"),
    ("The minister was accompanied by the head of VSA, Dr Jonas Ekberg, and by representatives of EUMETSAT.",
     "Jonas Ekberg", "VSA"),
])
def test_a_name_after_a_title_and_its_body_is_the_titles(read, text, person, body):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, classes_of(got, person)
    assert (person, "headOf", body) in triples(got), triples(got)


def test_the_titled_signer_signs_and_the_second_body_too(read):
    got = read("The agreement was signed in Arvelle by the director general of the Meridian Space Agency, Dr Paolo "
               "Renzetti, and the president of the Kestrian Institute for Remote Sensing, Professor Hana Okafor.")
    signed = {o for s, p, o in triples(got) if p == "signatory" and s.startswith("agreement")}
    assert {"Paolo Renzetti", "Kestrian Institute for Remote Sensing"} <= signed, triples(got)


def test_a_name_apposed_to_a_thing_stays_its_name(read):
    got = read("The company's new satellite, Lumen-1, was launched on Monday by the agency.")
    assert "Person" not in classes_of(got, "Lumen-1")
