"""A pronoun object of a succession (rules/departures.py frame:succession, antecedents._clause_subject,
described_names.succeeds_a_person; lexicon SUCCEED_VERBS): "Y will replace her", "Y succeeds him", "Y takes
over from her" mean the person told of before, never the clause's own subject, and Y is a person whatever
the model guessed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, successor, org", [
    ("Marta Velez has been Director General of the Korvan Space Agency since 2019. In June, Jonas Pereira will "
     "replace her.", "Jonas Pereira", "Korvan Space Agency"),
    ("Tomas Lind heads the Orla Institute. Ana Ruiz succeeds him on 1 May.", "Ana Ruiz", "Orla Institute"),
    ("Leena Varga is the President of the Baltic Space Agency. Ivo Sarr will succeed her in January.", "Ivo Sarr",
     "Baltic Space Agency"),
    ("Marta Velez leads the Vela Space Agency. Tom Berg takes over from her in June.", "Tom Berg",
     "Vela Space Agency"),
])
def test_the_successor_of_a_pronoun_heads_what_the_person_headed(read, text, successor, org):
    got = read(text)
    t = triples(got)
    assert (successor, "headOf", org) in t, sorted(t)
    assert classes_of(got, successor) == {"Person"}, classes_of(got, successor)


@pytest.mark.parametrize("text", [
    "Marta Velez heads the Korvan Space Agency. The Vela orbiter will replace it in 2030.",
    "Marta Velez heads the Korvan Space Agency. Jonas Pereira met her in May.",
    "Marta Velez heads the Korvan Space Agency. Jonas Pereira replaced himself as treasurer.",
])
def test_no_succession_without_a_person_succeeded(read, text):
    t = triples(read(text))
    assert [x for x in t if x[1] == "headOf"] == [("Marta Velez", "headOf", "Korvan Space Agency")], sorted(t)
