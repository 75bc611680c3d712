"""A date told before its verb dates the occurrences coordinated with that verb that share its subject: "The
probe today made its descent ... and came to rest on its surface", "On 3 May, the capsule landed in the desert
and was recovered by JAXA" (rules/when.py dates:shared-predicates). A coordinated verb with a subject, an
auxiliary or a date of its own is another time; a deed that is no occurrence ("and sent its first images")
takes nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _dated(got) -> set[tuple[str, str]]:
    """(class, date) of each dated thing."""
    return {(sorted(got.entities[d.subject].classes)[0], d.value) for d in got.dates}


@pytest.mark.parametrize("text, expected", [
    ("The Orla probe today made a successful descent through the atmosphere of Titan and came to rest on its "
     "surface.", ("Landing", "2024-06-12")),
    ("On 3 May, the Orla capsule landed in the desert and was recovered by JAXA.", ("Event", "2024-05-03")),
    ("Yesterday the Tessa capsule separated from the orbiter and landed in the Woomera desert.",
     ("Landing", "2024-06-11")),
])
def test_a_date_before_its_verb_dates_the_coordinated_occurrence(read, text, expected):
    got = read(text, date=JUNE)
    assert expected in _dated(got), _dated(got)


@pytest.mark.parametrize("text, absent", [
    ("On 3 May, the Orla capsule landed in the desert, and JAXA recovered it on 5 May.", ("Event", "2024-05-03")),
    ("The Orla capsule landed in the desert on 3 May and was recovered by JAXA.", ("Event", "2024-05-03")),
    ("On 3 May, the Orla capsule landed in the desert and will be studied by JAXA in Sagamihara.",
     ("Event", "2024-05-03")),
])
def test_not_a_verb_of_another_time(read, text, absent):
    got = read(text, date=JUNE)
    assert absent not in _dated(got), _dated(got)


def test_no_deed_made_an_event(read):
    got = read("The Orla probe today made a successful descent through the atmosphere of Titan and sent its first "
               "images.", date=JUNE)
    assert len(got.dates) == 1, _dated(got)
