"""Four classes of wording about a launch and what a craft is made of (session 23), on sentences written for
these tests:

- "lifted off ... at 21:24 local time carrying X": the parser hangs the participle on the hour (or another noun
  that carries nothing); the rocket still carries X, and the launch too (rules/launchers.py);
- a named craft "for" a named programme is part of it (rules/wholes.craft_for_programme);
- "built by X, with Y supplying the radar": the radar is part of what was built (rules/wholes.made_with);
- a subject "it" continues its sentence's main subject rather than the subject of a clause inside it
  (salience.most_salient).
"""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "A Vega-C rocket lifted off from Europe's Spaceport at 21:24 local time carrying the Orsa-2 satellite.",
    "A Vega-C rocket lifted off on 4 May at dawn carrying the Orsa-2 satellite.",
])
def test_participle_hung_on_the_hour_still_carries(read, text):
    got = triples(read(text))
    assert ("Orsa-2", "launchVehicle", "Vega-C") in got, got
    assert any(p == "participant" and o == "Orsa-2" and s.startswith("launch") for s, p, o in got), got


def test_participle_on_a_rocket_is_the_rockets(read):
    got = triples(read("The launch of the Vega-C rocket carrying the Orsa-2 satellite went well on 4 May."))
    assert ("Orsa-2", "launchVehicle", "Vega-C") in got, got


@pytest.mark.parametrize("text, craft, whole", [
    ("The Orsa-2 satellite for the Copernicus programme was launched on 4 May.", "Orsa-2", "Copernicus"),
    ("ESA ordered the Lyra-7 satellite for its Galileo constellation.", "Lyra-7", "Galileo"),
])
def test_craft_for_a_programme_is_part_of_it(read, text, craft, whole):
    assert (craft, "partOf", whole) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The funding for the Copernicus programme grew in 2025.",
    "An Ariane 6 rocket for the Galileo programme is ready.",
])
def test_no_craft_for_the_programme_no_part(read, text):
    assert not any(p == "partOf" for _, p, _ in triples(read(text)))


def test_with_a_supplier_clause_the_instrument_is_part(read):
    got = triples(read("The Orsa-2 satellite was built by Orvik Space, with Halden Optics supplying the camera."))
    parts = {s for s, p, o in got if p == "partOf" and o == "Orsa-2"}
    assert parts and all((s, "providedBy", "Halden Optics") in got for s in parts), got


def test_with_a_supplier_clause_of_no_instrument_no_part(read):
    got = triples(read("The Orsa-2 satellite was built by Orvik Space, with Halden Bank supplying the funding."))
    assert not any(p == "partOf" for _, p, _ in got), got


def test_it_continues_the_main_subject_not_the_inner_one(read):
    got = triples(read("The Orsa-2 satellite was built by Orvik Space, with Halden Optics supplying the camera. "
                       "It will be launched on a Vega-C rocket in 2027."))
    assert ("Orsa-2", "launchVehicle", "Vega-C") in got, got
    assert not any(s == "Halden Optics" and p == "launchVehicle" for s, p, o in got), got


def test_it_inside_a_quote_keeps_the_subject_before_it(read):
    got = triples(read('"In 2019 Norway became a partner of the Orsa mission, and in October it signed the Lyra '
                       'Accords," said Marta Kell.'))
    assert ("Lyra Accords", "signatory", "Norway") in got, got


@pytest.mark.parametrize("text, body", [
    ("The lander will carry a spectrometer from NASA's Goddard Space Flight Center.", "NASA"),
    ("A camera from ESA's European Space Research and Technology Centre was mounted on Orsa-2.", "ESA"),
])
def test_an_instrument_from_a_site_is_its_bodys(read, text, body):
    """(session 23) "a spectrometer from NASA's Goddard Space Flight Center": provided by the body that runs the
    site (providers are agents, never places)."""
    got = triples(read(text))
    assert any(p == "providedBy" and o == body for s, p, o in got), got


@pytest.mark.parametrize("text, part, body", [
    ("The Orsa orbiter carries six instruments, including a radar sounder provided by the Italian Space Agency.",
     "radar sounder", "ASI"),
    ("The Orsa probe will carry four payloads, including a drill developed by Halden Robotics.", "drill",
     "Halden Robotics"),
])
def test_a_part_named_after_including_is_a_part(read, text, part, body):
    """(session 23, rules/payloads._included) What a plural class noun names some of after "including" is part of
    the craft that carries them, each provided by whom its clause says."""
    got = triples(read(text))
    parts = {s for s, p, o in got if p == "partOf" and o == "Orsa" and s.startswith(part)}
    assert parts and all((s, "providedBy", body) in got for s in parts), got
