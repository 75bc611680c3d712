"""A centre named for a field of study is a research institute as well as a facility: "the Centre for Planetary
Research", "the Center for Space Studies" (type:centre-for-field, lexicon FIELD_CENTRE_NOUNS, STUDY_WORDS), so
the person who heads or directs it heads it. A centre named for work that is no study ("the European Centre for
Space Operations") stays a facility only. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The Centre for Planetary Research at the University of Kelso built the camera.", "Centre for Planetary Research"),
    ("Tom Hale is director of the Centre for Space Studies in Kelso.", "Centre for Space Studies"),
    ("The Norvik Centre for Climate Studies released the data.", "Norvik Centre for Climate Studies"),
])
def test_a_centre_for_a_field_of_study_is_a_research_institute(read, text, name):
    got = read(text)
    assert {"ResearchInstitute", "Facility"} <= classes_of(got, name), classes_of(got, name)


def test_who_heads_a_centre_for_a_field_heads_it(read):
    got = triples(read("Tom Hale, who heads the Centre for Planetary Research, is the principal investigator."))
    assert ("Tom Hale", "headOf", "Centre for Planetary Research") in got, sorted(got)


@pytest.mark.parametrize("text, name", [
    ("The European Centre for Space Operations is in Darmstadt.", "European Centre for Space Operations"),
    ("The Kelso Centre for Satellite Control tracked the craft.", "Kelso Centre for Satellite Control"),
])
def test_a_centre_for_other_work_is_no_research_institute(read, text, name):
    got = read(text)
    assert "ResearchInstitute" not in classes_of(got, name), classes_of(got, name)
