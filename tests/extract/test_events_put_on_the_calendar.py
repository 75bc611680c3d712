""""The first meeting is planned in Rome in January 2027", "The next meeting is scheduled to take place in Rome",
"The conference is expected to open in Bremen on 4 May": an event noun put on the calendar (lexicon SCHEDULE_VERBS)
is an event, placed and dated by its clause and the clause's "to" complement (rules/occurrences.took_place,
rules/events._COURSE). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, place", [
    ("The first meeting of the working group is planned in Rome in January 2027.", "first meeting (2027-01)", "Rome"),
    ("The workshop is planned in Kirnau in April 2027.", "workshop (2027-04)", "Kirnau"),
    ("The next meeting is scheduled to take place in Rome in January 2027.", "next meeting (2027-01)", "Rome"),
    ("The conference is expected to open in Bremen on 4 May.", "conference (2021-05-04)", "Bremen"),
])
def test_an_event_put_on_the_calendar_is_placed_and_dated(read, text, event, place):
    got = triples(read(text))
    assert any(s.startswith(event) and p == "locatedIn" and o == place for s, p, o in got), got


def test_a_plan_of_no_event_makes_none(read):
    got = read("The budget is planned in Rome in January 2027.")
    assert not any(p == "locatedIn" for _, p, _ in triples(got)), triples(got)
