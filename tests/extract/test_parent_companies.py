"""What a company is a subsidiary or an affiliate of is a company too, for a name nothing else types (lexicon
PARENT_OF_NOUNS; head_nouns.parent_of): "became a subsidiary of Kongsberg Tellus". A spin-off of a university
leaves the university a university. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("Polaris Ground Services was founded in 2019 and became a subsidiary of Kongsberg Tellus last year.",
     "Kongsberg Tellus"),
    ("Since 2021 Orbix has been a subsidiary of Kongsberg Tellus.", "Kongsberg Tellus"),
    ("Orbix is an affiliate of Marvane Orbital.", "Marvane Orbital"),
])
def test_the_owner_of_a_subsidiary_is_a_company(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), labels(got)


def test_a_spin_off_of_a_university_leaves_it_a_university(read):
    got = read("Vexel Space was founded in 2018 as a spin-off of the University of Bremen.")
    assert "ResearchInstitute" in classes_of(got, "University of Bremen"), labels(got)
