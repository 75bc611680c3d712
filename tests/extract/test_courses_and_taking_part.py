"""A course begun or completed is an event of those who take it ("Astronauts from ESA and JAXA completed a cave
training course in Sardinia": lexicon TRAINING_NOUNS "course", WORKER_NOUNS "astronaut"); "Taking part (in the
course) were A and B", "Attending the workshop were A and B": those after "be" take part in the event named or in
view (rules/inversions.py dep:inverted-attending, lexicon ATTEND_VERBS). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _participants(got, word):
    return {o for s, p, o in got if p == "participant" and word in s}


def test_astronauts_from_two_agencies_complete_a_course(read):
    got = triples(read("Astronauts from CNES and the Orvik Space Agency completed a cave training course in Sardinia, "
                       "Italy, in May.", date=_DAY))
    assert {"CNES", "Orvik Space Agency"} <= _participants(got, "course"), got
    assert any("course" in s and p == "locatedIn" and o == "Sardinia" for s, p, o in got), got


def test_taking_part_were(read):
    got = triples(read("ESA astronauts completed a survival course in Finland in May. Taking part were OSA astronaut "
                       "Anna Lind and CNES astronaut Marc Roux.", date=_DAY))
    assert {"Anna Lind", "Marc Roux"} <= _participants(got, "course"), got


def test_taking_part_in_the_course_were(read):
    got = triples(read("ESA astronauts completed a survival course in Finland in May. Taking part in the course were "
                       "OSA astronaut Anna Lind and CNES astronaut Marc Roux.", date=_DAY))
    assert {"Anna Lind", "Marc Roux"} <= _participants(got, "course"), got


def test_taking_a_picture_is_no_taking_part(read):
    got = triples(read("ESA astronauts completed a survival course in Finland in May. Taking the pictures were "
                       "Anna Lind and Marc Roux.", date=_DAY))
    assert not {"Anna Lind", "Marc Roux"} & _participants(got, "course"), got
