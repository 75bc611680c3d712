"""Two classes of wording (session 36), each on sentences written for these tests:

- a passive verb coordinated with an active clause, with no subject of its own, is done to the active clause's
  subject: "Argo is part of the Lunar Logistics programme and is scheduled to launch on an Ariane 6 in 2031"
  (frames: the conjunct had no one to launch);
- a date the parser hangs on the name of a vehicle or a place left ("on an Ariane 6 in 2031", "from Kourou on
  3 May") dates the verb that phrase belongs to (dated_words.attachment), as one hung on a destination does.
"""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("Argo is part of ESA's Lunar Logistics programme and is scheduled to launch on an Ariane 6 in 2031.", "Argo"),
    ("Teodor is a small radar satellite and is expected to launch on a Vega-C in 2029.", "Teodor"),
])
def test_a_conjoined_passive_is_done_to_the_first_clauses_subject(read, text, craft):
    got = triples(read(text))
    assert any(s == craft and p == "launchVehicle" for s, p, _ in got), got
    assert any(p == "participant" and o == craft and s.startswith("launch") for s, p, o in got), got


@pytest.mark.parametrize("text, date", [
    ("The Argo probe was built by OHB and will launch on an Ariane 6 in 2031.", "2031"),
    ("The Hydra orbiter was built by Airbus and will launch on a Falcon 9 in 2030.", "2030"),
    ("The Lyra lander was designed by OHB and will launch on a Long March 5 in 2027.", "2027"),  # (the parser
    # hangs this one's date on the verb already: a guard)
])
def test_a_date_hung_on_the_vehicle_dates_the_launch(read, text, date):
    got = read(text)
    assert any(d.value == date and got.entities[d.subject].classes & {"Launch"} for d in got.dates), \
        [(got.entities[d.subject].label, d.value) for d in got.dates]


def test_a_passive_with_a_subject_of_its_own_keeps_it(read):
    got = triples(read("Orbix signed the contract and the satellite was launched on a Vega in 2027."))
    assert not any(p == "participant" and o == "Orbix" for s, p, o in got), got
