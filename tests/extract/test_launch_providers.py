"""The organization that launches a craft (the active subject of a launch verb) takes part in the launch the clause
tells of: contributesTo the launch event, as a body "responsible for the launch" does (rules/launch_customers.py).
A rocket that launches a craft is its launch vehicle, no provider; a programme "launched" is no launch.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _provided(got, org):
    return [o for s, p, o in got if s == org and p == "contributesTo" and o.startswith("launch")]


@pytest.mark.parametrize("text, org", [
    ("Torvane Launch Services will launch the Kelpra-2 satellite on 3 May 2027.", "Torvane Launch Services"),
    ("ISRO launched the Kestrel satellite on 3 May 2025.", "ISRO"),
    ("Torvane Launch Services will launch the Kelpra-2 satellite in 2027 from Sundvik Spaceport.",
     "Torvane Launch Services"),
    ("Arianespace successfully launched the Vela-3 satellite for EUMETSAT on 4 May 2020.", "Arianespace"),
])
def test_the_launching_organization_contributes_to_the_launch(read, text, org):
    got = triples(read(text))
    assert _provided(got, org), got


@pytest.mark.parametrize("text", [
    "Kelpra-2 was launched by a Valkor-1 rocket on 3 May 2027.",
    "A Valkor-1 rocket launched the Kelpra-2 satellite on 3 May 2027.",
    "ESA launched the Space Skills initiative in Paris in 2024.",
])
def test_no_launching_organization_no_contribution(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got


def test_the_customer_is_no_provider(read):
    got = triples(read("Arianespace successfully launched the Vela-3 satellite for EUMETSAT on 4 May 2020."))
    assert not _provided(got, "EUMETSAT") and ("Vela-3", "operatedBy", "EUMETSAT") in got, got


@pytest.mark.parametrize("text, org", [
    ("The Orvel-5 satellite, launched by ESA, carries a radar.", "ESA"),
    ("Kelpra-3 was launched by Arianespace on 3 May 2024.", "Arianespace"),
    ("The Tarn-2 probe was launched by the Kelvan Space Agency aboard a Vega rocket.", "Kelvan Space Agency"),
])
def test_the_organization_of_a_passive_by_contributes_to_the_launch(read, text, org):
    got = triples(read(text))
    assert _provided(got, org), got


@pytest.mark.parametrize("text, craft", [
    ("ESA launched the Orvel-3 satellite and signed an agreement with ISRO.", "Orvel-3"),
    ("The Orvel-4 satellite was launched aboard a Vega rocket.", "Orvel-4"),
    ("The Orvel-5 satellite, launched by ESA, carries a radar.", "Orvel-5"),
])
def test_a_launch_told_in_the_past_is_an_event_when_or_not_dated(read, text, craft):
    got = triples(read(text))
    assert any(s.startswith("launch") and p == "participant" and o == craft for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The Orvel-6 satellite will be launched by ESA.",
    "ESA plans to launch the Orvel-8 satellite.",
    "ESA will launch the Orvel-9 satellite from Kourou.",
    "The Orvel-7 satellite has been launched twice.",
    "Of the 30 satellites launched by ESA, ten are still operating.",  # craft told by a count: no launch of its own
    "Many spacecraft launched in the 1990s are still in orbit.",
])
def test_a_launch_to_come_or_of_craft_told_by_a_count_without_a_date_is_no_event(read, text):
    got = triples(read(text))
    assert not any(s.startswith("launch") for s, _, _ in got), got


@pytest.mark.parametrize("text, craft, destination", [
    ("NASA has assigned astronaut Jessica Wittner to the Crew-13 mission to the International Space Station, "
     "scheduled to launch in 2027.", "Crew-13", "International Space Station"),
    ("The Orla probe to Mars, launched in 2020, carries a camera.", "Orla", "Mars"),
    ("The Vela mission to the Moon, planned for launch in 2028, will carry a rover.", "Vela", "Moon"),
])
def test_a_participle_after_a_destination_launches_the_craft_not_the_destination(read, text, craft, destination):
    got = triples(read(text))
    launched = {o for s, p, o in got if s.startswith("launch") and p == "participant"}
    assert craft in launched and destination not in launched, got


def test_an_agency_launching_its_rocket_carrying_a_craft_provides_the_launch_from_its_site(read):
    # the parser makes the rocket the subject of "carrying" and hangs the site on it
    got = triples(read("ISRO successfully launched PSLV-C62 carrying the EOS-09 satellite from the First Launch Pad of "
                       "Satish Dhawan Space Centre (SDSC) SHAR, Sriharikota at 10:30 IST on 18 May 2025."))
    assert _provided(got, "ISRO"), got
    (launch,) = {s for s, p, o in got if p == "participant" and o == "EOS-09"}
    assert (launch, "launchSite", "Satish Dhawan Space Centre") in got, got
