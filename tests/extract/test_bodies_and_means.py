"""Written for these tests: a public body whose name holds a space word is a space agency, whatever its head noun
("the Kelmar Space Authority"; lexicon SPACE_BODY_HEADS), and "the authority" takes it back; a servicer is a
spacecraft; "its" in the means a subject acts with is the subject's ("approach X with its lidar"; lexicon
MEANS_PREPOSITIONS, antecedents._means_owner)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("name", ["Kelmar Space Authority", "Kelmar Space Commission", "Kelmar Space Office"])
def test_a_body_with_a_space_word_is_a_space_agency(read, name):
    assert classes_of(read(f"The {name} granted the licence on Tuesday."), name) == {"SpaceAgency"}


def test_a_body_without_one_is_a_government_body(read):
    got = read("The Kelmar Civil Aviation Authority approved the spaceport on Tuesday.")
    assert classes_of(got, "Kelmar Civil Aviation Authority") == {"GovernmentBody"}


def test_the_authority_takes_back_the_space_authority(read):
    found = triples(read("The Kelmar Space Authority granted the licence. It was presented by the authority's "
                         "chief executive, Dr Anika Solberg."))
    assert ("Anika Solberg", "headOf", "Kelmar Space Authority") in found, found


@pytest.mark.parametrize("text", [
    "The ClearSweep-1 servicer will approach the Meteor-K3 satellite with its lidar.",
    "The ClearSweep-1 servicer was launched in May. Once in orbit, the servicer will approach the Meteor-K3 "
    "satellite with its lidar.",
])
def test_its_in_the_means_is_the_subjects(read, text):
    found = triples(read(text))
    assert any(p == "partOf" and o == "ClearSweep-1" for _, p, o in found), found
    assert not any(p == "partOf" and o == "Meteor-K3" for _, p, o in found), found


def test_its_after_another_preposition_is_the_objects(read):
    found = triples(read("The ClearSweep-1 servicer will approach the Meteor-K3 satellite near its lidar."))
    assert any(p == "partOf" and o == "Meteor-K3" for _, p, o in found), found
