"""A craft whose control or operations pass "from" a body names its former operator, no maker
(rules/provided_from.py, lexicon OPERATIONS_NOUNS); "ordered the X satellite from Y" still names its maker.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_control_taken_from_a_body_names_no_provider(read):
    got = triples(read("The Orvik Weather Agency took over control of the Aeris-3 satellite from the Vela Space "
                       "Agency on 2 March.", date=_DAY))
    assert not any(p == "providedBy" for s, p, o in got), got


def test_ordered_from_a_company_is_still_its_maker(read):
    got = triples(read("The Orvik Space Agency ordered the Kelpra-4 satellite from Nordavia Space.", date=_DAY))
    assert ("Kelpra-4", "providedBy", "Nordavia Space") in got, got
