"""Institutions whose name holds or ends in a place ("Imperial College London", "Politecnico di Milano",
"Tokyo University of Science"): one organization typed by its class noun wherever it stands in the name
(lexicon HEAD_CLASSES: "college", "politecnico"), neither a place nor a person (body_names.holds_place,
body_nouns_inside, names.not_a_person). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The camera was built by Imperial College London.", "Imperial College London"),
    ("Scientists at Birkbeck College London will analyse the data.", "Birkbeck College London"),
    ("Politecnico di Milano developed the antenna.", "Politecnico di Milano"),
    ("Politecnico di Torino and the Vela Space Agency signed an agreement.", "Politecnico di Torino"),
    ("Tokyo University of Science provided the detector.", "Tokyo University of Science"),
    ("The University of Leicester will analyse the data.", "University of Leicester"),
])
def test_an_institution_named_with_a_place_is_one_organization(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
    assert classes_of(got, name) == {"ResearchInstitute"}, classes_of(got, name)


def test_the_institution_not_its_place_does_what_the_clause_says(read):
    t = triples(read("Imperial College London and the Vela Space Agency signed an agreement on 3 May."))
    signers = {o for s, p, o in t if p == "signatory"}
    assert "Imperial College London" in signers and "London" not in signers, sorted(t)


@pytest.mark.parametrize("text, place", [
    ("The team met in London on 3 May.", "London"),
    ("The rover was tested in Milano.", "Milan"),  # (the known city, by its Italian name)
])
def test_a_place_alone_stays_a_place(read, text, place):
    got = read(text)
    assert place in labels(got) and not classes_of(got, place) & {"ResearchInstitute", "Organization"}, \
        classes_of(got, place)
