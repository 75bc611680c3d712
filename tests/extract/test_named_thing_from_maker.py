"""A made thing's noun that a name modifies, with a "from" phrase naming its maker ("ordered the Kelpra-3
satellite from Astrelis Systems": the parser hangs "from" on the noun), is the named thing: its maker provides
it, and no second, unnamed satellite is made (rules/provided_from.py). An unnamed thing from a maker is still a
described one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, thing, maker", [
    ("Nordsat ordered the Kelpra-3 satellite from Astrelis Systems.", "Kelpra-3", "Astrelis Systems"),
    ("Orbis Mobility has ordered the Lumo-4 spacecraft from Tarn Avionics.", "Lumo-4", "Tarn Avionics"),
    ("The Kelpra-3 satellite from Astrelis Systems will be launched in 2027.", "Kelpra-3", "Astrelis Systems"),
    ("The agency selected the Tessa-2 camera from Morrow Optics for the mission.", "Tessa-2", "Morrow Optics"),
    ("ESA ordered the Vela-2 satellite from Halden Systems in 2024.", "Vela-2", "Halden Systems"),
    ("The operator has purchased the Orla-7 spacecraft from Halden Systems.", "Orla-7", "Halden Systems"),
])
def test_the_named_thing_is_provided_by_its_maker(read, text, thing, maker):
    got = read(text)
    assert (thing, "providedBy", maker) in triples(got), triples(got)
    assert not any(e.label == f"{thing} {w}" for e in got.entities.values() for w in ("satellite", "spacecraft",
                                                                                      "camera")), labels(got)


def test_an_unnamed_thing_from_a_maker_is_described(read):
    got = read("The cargo includes a plant growth experiment from the University of Leeds.")
    assert any(p == "providedBy" and o == "University of Leeds" for _, p, o in triples(got)), triples(got)
