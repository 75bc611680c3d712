"""A participle set off by a comma after the "for" phrase of a supplying clause tells of what is supplied, not of
the phrase's noun the parser hangs it on: "Japan provides a habitation module for the Aurora lunar station,
built by Hoshino Heavy Industries" (the module is built by Hoshino, not the station). Without a supplying verb
the participle keeps its noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, maker, whole", [
    ("Japan provides a habitation module for the Aurora lunar station, built by Hoshino Heavy Industries.",
     "habitation module", "Hoshino Heavy Industries", "Aurora"),
    ("ESA will supply a camera for the Vela mission, built by Halden Optics.", "camera", "Halden Optics", "Vela"),
])
def test_the_participle_tells_of_what_is_supplied(read, text, thing, maker, whole):
    got = triples(read(text))
    assert any(s.startswith(thing) and p == "providedBy" and o == maker for s, p, o in got), sorted(got)
    assert (whole, "providedBy", maker) not in got, sorted(got)


def test_without_a_supplying_verb_the_participle_keeps_its_noun(read):
    got = triples(read("The Kestrel satellite, built by Halden Optics, arrived in Kourou in May."))
    assert ("Kestrel", "providedBy", "Halden Optics") in got, sorted(got)
