"""Names listed right after a plural noun, set off by commas (session 23): "launched two satellites, Orsa-1 and
Orsa-2, on 4 May" (the parser reads a coded name as a number hung on the verb; listed_names hangs the names on the
noun), and a participle on the plural noun tells of every listed name ("two cameras, A and B, built by X":
rules/actions.supply). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "A Vega rocket launched two satellites, Orsa-1 and Orsa-2, on 4 May.",
    "On 4 May a Vega rocket launched three satellites, Orsa-1, Orsa-2 and Orsa-3, from Kourou.",
])
def test_listed_coded_names_are_what_was_launched(read, text):
    got = triples(read(text))
    for name in ("Orsa-1", "Orsa-2"):
        assert (name, "launchVehicle", "Vega") in got, got
        assert any(p == "participant" and o == name and s.startswith("launch") for s, p, o in got), got


@pytest.mark.parametrize("text, names", [
    ("The probe carries two cameras, Lyra-A and Lyra-B, built by Orvik Space.", ("Lyra-A", "Lyra-B")),
    ("The lander released two small rovers, Tarn-1 and Tarn-2, developed with Orvik Space and Halden Robotics.",
     ("Tarn-1", "Tarn-2")),
])
def test_participle_on_the_plural_noun_tells_of_every_name(read, text, names):
    got = triples(read(text))
    for name in names:
        assert (name, "providedBy", "Orvik Space") in got, got


def test_a_list_that_runs_on_is_no_apposition(read):
    got = triples(read("ESA and NASA signed two agreements, in 2019 and 2021."))
    assert not any(p == "signatory" and s in ("2019", "2021") for s, p, o in got), got
