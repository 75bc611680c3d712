"""Launch pads named with a number, a capital letter and a compass point ("Launch Complex 39A", "Space Launch
Complex 4 East"; name_ends.number_end, lexicon ``COMPASS_WORDS``) are one facility's name, and an event the model
finds inside such a name ("Space Launch") is none (mentions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, pad, site", [
    ("The Tessera mission will launch in 2028 from Space Launch Complex 4 East at Vandenberg Space Force Base.",
     "Space Launch Complex 4 East", "Vandenberg Space Force Base"),
    ("The Kestrel 2 rocket lifted off on 3 May 2026 from Launch Complex 39A at Kennedy Space Center.",
     "Launch Complex 39A", "Kennedy Space Center"),
])
def test_a_numbered_pad_is_one_facility(read, text, pad, site):
    ext = read(text)
    assert classes_of(ext, pad) == {"Facility"}, labels(ext)
    assert (pad, "locatedIn", site) in triples(ext), triples(ext)
    assert not any("Launch" in e.classes and e.named for e in ext.entities.values()), labels(ext)


@pytest.mark.parametrize("text, name", [
    ("ESA has 22 member states.", "ESA"),
    ("Apollo 17 landed on the Moon in December 1972.", "Apollo 17"),
])
def test_numbers_after_names_as_before(read, text, name):
    assert name in labels(read(text)), labels(read(text))


def test_a_pad_after_a_rocket_is_the_launch_site(read):
    ext = read("The Tessera mission is targeted to launch in March 2028 on a Kestrel 2 rocket from Space Launch "
               "Complex 4 East at Vandenberg Space Force Base in California.")
    assert classes_of(ext, "Space Launch Complex 4 East") == {"Facility"}, labels(ext)
    assert any(p == "launchSite" and o == "Space Launch Complex 4 East" for _, p, o in triples(ext)), triples(ext)
