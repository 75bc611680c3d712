"""A subject description of a body ("The agency was founded ...") whose latest fit was told of only in passing
(a participle's "by" phrase) means the release's publisher when it fits (salience.publisher_over_passing); a body
told of as a subject is still the one meant. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

OPENING = "The Ostrava Space Office opened an exhibition on Friday. "


def test_the_agency_after_a_body_told_of_in_passing_is_the_publisher(read):
    text = (OPENING + "Visitors can see a model of the Kelvo rover, which was lent by NASA. The agency was founded "
            "in 1996 and has launched four satellites. Its first satellite, Ostsat-1, was launched in 2004.")
    got = triples(read(text, publisher="Ostrava Space Office"))
    assert ("Ostsat-1", "operatedBy", "Ostrava Space Office") in got, got
    assert ("Ostsat-1", "operatedBy", "NASA") not in got, got


def test_the_agency_after_a_body_told_of_as_subject_is_that_body(read):
    got = triples(read(OPENING + "NASA launched the Kelvo probe in 2019. The agency also operates its Kelvo-2 "
                       "satellite.", publisher="Ostrava Space Office"))
    assert ("Kelvo-2", "operatedBy", "Ostrava Space Office") not in got, got
