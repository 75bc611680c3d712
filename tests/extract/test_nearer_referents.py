"""What a reference means when the parser or the nearest name points elsewhere. Sentences written for these
tests: "its" owning a subject means the subject told of before, even by a description, more than a body named
in its "by" phrase (antecedents); a participle after "a mission at the X facility in Y," is said of the facility
(placed_holders.facility_between); two one-word names after "in" or a verb of travel's "to" that the model
took for one are two places (body_names.places_split); a name listed with a place the model saw after
a preposition of place is a place (paired_places.listed_place)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


def test_its_in_a_subject_means_the_subject_before(read):
    got = triples(read("The Ostmark Space Agency (OSA) opened in 1999. The agency was set up in 1999 by the "
                       "Ministry of Industry and has since launched four satellites. Its first satellite, "
                       "Ostsat-1, was launched in 2004."))
    assert ("Ostsat-1", "operatedBy", "Ostmark Space Agency") in got, got
    assert ("Ostsat-1", "operatedBy", "Ministry of Industry") not in got, got


@pytest.mark.parametrize("text, wrong", [
    ("She took part in a two-week analogue mission at the training facility in Cologne, operated by ESA and DLR.",
     "analogue mission"),
    ("The crew lived for a month in a simulated mission at the habitat facility in Bremen, run by DLR.",
     "simulated mission"),
])
def test_a_participle_after_a_facility_is_said_of_it(read, text, wrong):
    got = triples(read(text))
    assert not any(p == "operatedBy" and wrong in s for s, p, o in got), got
    assert any(p == "operatedBy" and "facility" in s for s, p, o in got), got


@pytest.mark.parametrize("text, first, second", [
    ("The exhibition will then travel to Velden and Torvik.", "Velden", "Torvik"),
    ("The exhibition will then travel to Halden and Morvik.", "Halden", "Morvik"),
    ("The two prototypes were tested in Halden and Morvik.", "Halden", "Morvik"),
])
def test_places_listed_together_are_places(read, text, first, second):
    got = read(text)
    assert f"{first} and {second}" not in labels(got), labels(got)
    assert "Place" in classes_of(got, first) and "Place" in classes_of(got, second), labels(got)


def test_two_firms_awarded_a_contract_stay_as_the_model_read_them(read):
    got = read("ESA awarded a contract to Velden and Torvik.")
    assert "Place" not in classes_of(got, "Velden") and "Place" not in classes_of(got, "Torvik"), labels(got)
