"""Space observatories and ground telescopes that space-science releases name are known (data/kb): "the Fermi
telescope", "NASA's Solar Dynamics Observatory", "XMM-Newton" are craft; "the Very Large Telescope", "the Subaru
Telescope", "ALMA" stand on the ground, though "telescope" alone suggests a satellite: a known name that ends with
its own class noun is not vetoed by it (candidates.own_class_noun), as a noun after a name is ("the Europa
lander" is no moon). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The Fermi telescope detected the burst on 3 May.", "Fermi Gamma-ray Space Telescope", "Satellite"),
    ("NASA's Solar Dynamics Observatory captured images of the Sun.", "Solar Dynamics Observatory", "Satellite"),
    ("Astronomers used XMM-Newton to study the galaxy.", "XMM-Newton", "Satellite"),
    ("CHEOPS measured the size of the planet.", "CHEOPS", "Satellite"),
    ("The Very Large Telescope observed the star.", "Very Large Telescope", "Facility"),
    ("Astronomers also used the Subaru Telescope.", "Subaru Telescope", "Facility"),
    ("The signal was confirmed with ALMA.", "ALMA", "Facility"),
])
def test_a_known_observatory_has_its_kind(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), (classes_of(got, name), labels(got))


def test_a_known_ground_telescope_is_no_satellite(read):
    got = read("The Very Large Telescope observed the star.")
    assert "Satellite" not in classes_of(got, "Very Large Telescope"), labels(got)


def test_an_owner_before_a_known_observatory_operates_it(read):
    assert ("Solar Dynamics Observatory", "operatedBy", "NASA") in triples(
        read("NASA's Solar Dynamics Observatory captured images of the Sun."))


@pytest.mark.parametrize("text, name, cls", [
    ("The Europa lander will be built by JPL.", "Europa lander [t]", "Lander"),
    ("The H3 Launch Vehicle lifted off on 3 May.", "H3", "LaunchVehicle"),
])
def test_a_class_noun_after_a_known_name_still_types(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), (classes_of(got, name), labels(got))
