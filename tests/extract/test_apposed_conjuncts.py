"""A name with its own article joined to a name apposed to a class noun is the noun's conjunct
(conjunct_appositions.apposed_conjuncts, a parse repair): in "built by the French company Optix and the University
of Lyon" the parser joined the university to Optix, and it read as a French company that built nothing. Names with
no article of their own share the noun ("the companies Optix and Vexel Systems"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, thing, second, cls", [
    ("The camera was built by the French company Optix and the University of Lyon.", "camera [t]",
     "University of Lyon", "ResearchInstitute"),
    ("The experiment was developed by the Spanish company Bioflux Labs and the Granada Institute of Biology.",
     "experiment [t]", "Granada Institute of Biology", "ResearchInstitute"),
    ("The experiment was developed by the Spanish company Bioflux Labs and the Kestrian Space Agency.",
     "experiment [t]", "Kestrian Space Agency", "SpaceAgency"),
    ("The French company Optix and the University of Lyon built the camera.", "camera [t]", "University of Lyon",
     "ResearchInstitute"),
])
def test_a_name_with_its_own_article_is_the_class_nouns_conjunct(read, text, thing, second, cls):
    got = read(text)
    assert (thing, "providedBy", second) in triples(got), triples(got)
    assert cls in classes_of(got, second) and "Company" not in classes_of(got, second), classes_of(got, second)


def test_the_nationality_stays_with_the_apposed_name(read):
    got = triples(read("The experiment was developed by the Spanish company Bioflux Labs and the Kestrian Space "
                       "Agency."))
    assert ("Bioflux Labs", "country", "Spain") in got, got
    assert ("Kestrian Space Agency", "country", "Spain") not in got, got


def test_names_with_no_article_share_the_noun(read):
    got = read("The companies Optix and Vexel Systems built the camera.")
    assert "Company" in classes_of(got, "Vexel Systems"), classes_of(got, "Vexel Systems")
