"""States at a governing body's meeting: "The delegations of Finland and Estonia also attended" (a delegation of a
state takes part for it, as one of a body does; students or engineers from a country do not), and a state a
council admits joins what the council governs ("The Council of X welcomed Iceland as an associate member": X's
member, not the Council's; a person the council admits is the council's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

MEETING = "The Council of the Nordavia Space Agency met in Tromsø on 10 March. "


@pytest.mark.parametrize("text, states", [
    ("The delegations of Finland and Estonia also attended.", {"Finland", "Estonia"}),
    ("The delegation of Latvia attended as an observer.", {"Latvia"}),
    ("A delegation from Iceland attended as well.", {"Iceland"}),
])
def test_a_states_delegation_attends(read, text, states):
    found = triples(read(MEETING + text))
    assert states <= {o for s, p, o in found if p == "participant" and s.startswith("meeting")}, sorted(found)


def test_students_from_a_state_do_not_stand_for_it(read):
    found = triples(read(MEETING + "Students from Finland also attended."))
    assert not any(o == "Finland" for _, p, o in found if p == "participant"), sorted(found)


@pytest.mark.parametrize("text, member, body, not_body", [
    ("The Council of the Nordavia Space Agency welcomed Iceland as an associate member on 10 March.", "Iceland",
     "Nordavia Space Agency", "Council of the Nordavia Space Agency"),
    ("The Board of Orbix welcomed Ana Lind as a new member.", "Ana Lind", "Board of Orbix", None),
])
def test_whom_a_council_admits(read, text, member, body, not_body):
    found = triples(read(text))
    assert (member, "memberOf", body) in found, sorted(found)
    assert (member, "memberOf", not_body) not in found, sorted(found)
