"""Names listed after a counted plural noun take its class (rules/counted_lists.py); a Roman numeral that ends a
sentence keeps its series name ("during Artemis V.", series.numbered_end). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, labels

_DAY = dt.date(2026, 3, 14)


def test_three_companies_then_three_names(read):
    got = read("NASA has selected three companies to build the rovers. Kelvane Dynamics, Lunar Outpost and Venturi "
               "Astrolab will each receive a task order.", date=_DAY)
    for name in ("Lunar Outpost", "Venturi Astrolab"):
        assert "Company" in classes_of(got, name), (name, classes_of(got, name))


def test_a_list_of_another_length_keeps_its_types(read):
    got = read("NASA has selected three companies to build the rovers. Lunar Outpost and Venturi Astrolab will "
               "each receive a task order.", date=_DAY)
    assert "Company" not in classes_of(got, "Lunar Outpost"), classes_of(got, "Lunar Outpost")


def test_a_numeral_that_ends_the_text(read):
    got = read("Astronauts will first drive the vehicle during Artemis V.", date=_DAY)
    assert "Artemis V" in labels(got), labels(got)
