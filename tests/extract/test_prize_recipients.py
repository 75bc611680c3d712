"""Who a prize, an award or a medal "goes to" is its recipient, a person or a body, not a place travelled to
(lexicon PRIZE_NOUNS; names.not_a_person): "the Young Engineer Award went to Maria Costa". People still go to
places ("the minister went to Vela Bhavan"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The award went to Julien Marchetti, a researcher at the University of Valmont.", "Julien Marchetti"),
    ("The Young Engineer Award went to Maria Costa of the Technical University of Lisbon.", "Maria Costa"),
    ("The first prize went to Laura Bianchi.", "Laura Bianchi"),
    ("This year's gold medal goes to Sofia Reyes for her work on comets.", "Sofia Reyes"),
])
def test_who_a_prize_goes_to_is_no_facility(read, text, name):
    got = read(text)
    assert "Facility" not in classes_of(got, name), labels(got)
    assert "Person" in classes_of(got, name), classes_of(got, name)


def test_a_recipient_keeps_their_employer(read):
    got = triples(read("The Young Engineer Award went to Maria Costa of the Technical University of Lisbon."))
    assert ("Maria Costa", "memberOf", "Technical University of Lisbon") in got, got
    assert not any(p == "operatedBy" for _, p, _ in got), got


def test_people_still_go_to_a_site(read):
    got = read("The minister went to Vela Bhavan in Bengaluru on 3 May.")
    assert "Person" not in classes_of(got, "Vela Bhavan"), labels(got)
