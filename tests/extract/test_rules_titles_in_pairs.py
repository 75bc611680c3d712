"""Two titled people in a row: a title the parser hangs on the second name, with the first name between
them, is the first person's (titles._person_between), and "<Org> Director-General <Name>" reads across
the hyphen (titles._org_title_before). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("first, second", [("Simonetta Cheli", "Phil Evans"), ("Anna Lind", "Phil Evans")])
def test_a_title_is_not_given_across_another_name(read, first, second):
    """With the first pair the parser hangs "ESA Director" on the second name (the title had made him ESA's head)."""
    got = triples(read(f"The ceremony was attended by ESA Director of Earth Observation Programmes {first} "
                       f"and EUMETSAT Director-General {second}."))
    assert not [x for x in got if x[0] == second and x[2] == "ESA"], sorted(got)
    assert (second, "headOf", "EUMETSAT") in got, sorted(got)


def test_each_titled_person_keeps_their_own_body(read):
    got = triples(read("The ceremony was attended by ESA Director Anna Lind and EUMETSAT Director-General Tomas Berg."))
    assert {("Anna Lind", "memberOf", "ESA"), ("Tomas Berg", "headOf", "EUMETSAT")} <= got, sorted(got)
    assert not [x for x in got if x[0] == "Tomas Berg" and x[2] == "ESA"], sorted(got)
